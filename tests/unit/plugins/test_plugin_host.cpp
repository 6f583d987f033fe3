#include "catch.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "claimtrace/extractor.hpp"
#include "claimtrace/plugin_host.hpp"

namespace fs = std::filesystem;
using namespace claimtrace;

namespace {

const Error* refusal(const PluginLoadReport& r, std::string_view file_part) {
  for (const Error& e : r.refused) {
    if (e.message.find(file_part) != std::string::npos) {
      return &e;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the project's plugins load from the build tree with no configuration", "[plugins][host]") {
  PluginLoadOptions options;
  options.dirs = default_plugin_dirs();
  const PluginLoadReport report = load_plugins(options);
  CHECK(report.refused.empty());
  std::size_t agencies = 0;
  std::vector<std::string> ids;
  for (const LoadedPlugin& p : report.plugins) {
    agencies += p.agencies.size();
    CHECK(p.api_version == plugin::k_api_version);
    CHECK(p.instance != nullptr);
    for (const EntityInfo& e : p.agencies) {
      ids.push_back(e.id);
    }
  }
  CHECK(agencies >= 44);
  for (const char* id : {"tass", "ria", "interfax", "sputnik", "rt", "yonhap", "kcna", "kyodo", "xinhua", "reuters",
                         "ap", "afp", "dpa", "efe", "ansa", "irna", "anadolu", "sana", "spa", "ina", "kuna", "petra",
                         "wam", "mena", "qna", "wafa", "bna", "aps", "bbc", "cnn", "voa", "aljazeera", "alarabiya",
                         "france24", "skynewsarabia", "ona", "saba", "suna", "map", "tap", "lana", "nna", "bloomberg", "ana-mpa", "pa", "montsame", "rodong-sinmun", "uza", "hespress", "sabq", "pti", "ians", "breitbart", "ukrinform", "kazinform", "mti", "tanjug", "lusa", "ami", "dha", "cna", "guardian", "daily-nation", "almasirah",
                         "alqabas", "shafaq-news", "al-jadeed", "rudaw", "alsumaria", "mosaique-fm", "annahar", "news24", "enabbaladi", "syria-tv", "alwasat", "almasdar-online", "alquds", "alkhaleej", "rnz",
                         "bein-sports", "kooora", "madamasr", "asharq-al-awsat", "alain", "arabnews",
                         "libya-observer", "elaph", "dawn", "jakarta-post",
                         "al-mayadeen", "rferl", "al-akhbar-lebanon",
                         // Family plugins: several outlets each.
                         "marca", "lequipe", "sky-sports", "the-athletic", "cbc", "gleaner", "globe-and-mail",
                         "hurriyet", "kayhan", "alittihad", "elheddaf", "nyt", "washington-post", "politico",
                         "the-times", "daily-mail", "argaam", "mubasher", "asharq", "nk-news", "daily-nk", "korea-herald",
                         "echorouk", "el-khabar", "sahara-medias", "assabah-tn", "le360", "express-tribune", "geo-news", "prothom-alo",
                         "kathmandu-post", "lloyds-list", "tradewinds", "al-ahram", "youm7", "the-verge",
                         "the-information", "techcrunch", "tolonews", "bakhtar", "al-watan", "north-press",
                         "emarat-alyoum", "alghad", "premium-times", "addis-standard", "the-herald-zw", "baghdad-today",
                         "kurdistan24", "al-sabah-iq", "coindesk", "the-block"}) {
    INFO(id);
    CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
  }
}

TEST_CASE("enabled and disabled lists choose plugins", "[plugins][host]") {
  PluginLoadOptions options;
  options.dirs = default_plugin_dirs();
  options.enabled = {"tass", "yonhap"};
  options.disabled = {"yonhap"};
  const PluginLoadReport report = load_plugins(options);
  REQUIRE(report.plugins.size() == 1);
  CHECK(report.plugins.front().name == "tass");
}

TEST_CASE("broken plugins are refused with a message naming the file; the rest load", "[plugins][host]") {
  const fs::path dir = CLAIMTRACE_BROKEN_PLUGIN_DIR;
  {
    std::ofstream fake(dir / "claimtrace-notalibrary.so");
    fake << "this is not a shared library\n";
  }
  PluginLoadOptions options;
  options.dirs = {dir};
  const PluginLoadReport report = load_plugins(options);

  const Error* api = refusal(report, "claimtrace-wrong_api_version.so");
  REQUIRE(api != nullptr);
  CHECK(api->message.find("plugin API version 999, this claimtrace expects 1") != std::string::npos);
  const Error* entry = refusal(report, "claimtrace-no_entry_point.so");
  REQUIRE(entry != nullptr);
  CHECK(entry->message.find("entry point") != std::string::npos);
  const Error* factory = refusal(report, "claimtrace-throwing_factory.so");
  REQUIRE(factory != nullptr);
  CHECK(factory->message.find("factory threw: cannot start") != std::string::npos);
  const Error* manifest = refusal(report, "claimtrace-bad_manifest.so");
  REQUIRE(manifest != nullptr);
  CHECK(manifest->message.find("unknown key 'nmes' in [[agency]]") != std::string::npos);
  const Error* fake = refusal(report, "claimtrace-notalibrary.so");
  REQUIRE(fake != nullptr);
  CHECK(fake->message.find("cannot load") != std::string::npos);

  REQUIRE(report.plugins.size() == 1);
  CHECK(report.plugins.front().name == "throwingscan");
}

TEST_CASE("a plugin that throws while scanning loses its findings, not the document", "[plugins][host]") {
  PluginLoadOptions options;
  options.dirs = {fs::path(CLAIMTRACE_BROKEN_PLUGIN_DIR)};
  options.enabled = {"throwing_scan"};
  const PluginLoadReport report = load_plugins(options);
  REQUIRE(report.plugins.size() == 1);
  auto extractor = Extractor::create(report.plugins);
  REQUIRE(extractor);
  InputDocument doc;
  doc.path = "t.txt";
  doc.text = "The Throwing Scan Agency said the bridge would reopen on Monday.";
  const Extraction x = extractor->extract(doc);
  CHECK(x.document.datelines.empty());  // the finding before the throw is dropped too
  REQUIRE_FALSE(x.claims.empty());
  CHECK(x.claims.front().chain.front().entity == "throwingscan");
}

TEST_CASE("objects made by a plugin outlive the LoadedPlugin that loaded them", "[plugins][host]") {
  std::shared_ptr<const plugin::SourcePlugin> keep;
  {
    PluginLoadOptions options;
    options.dirs = default_plugin_dirs();
    options.enabled = {"reuters"};
    PluginLoadReport report = load_plugins(options);
    REQUIRE(report.plugins.size() == 1);
    keep = report.plugins.front().instance;
  }
  // The library is still loaded: calling into the object is safe.
  const plugin::DocumentView view{"Wire text.\n REUTER\n", "en"};
  CHECK(keep->identify(view));
  CHECK(keep->manifest().find("reuters") != std::string_view::npos);
}

TEST_CASE("style code: Reuters sign-off, TASS slash dateline, AFP credit line", "[plugins][style]") {
  PluginLoadOptions options;
  options.dirs = default_plugin_dirs();
  options.enabled = {"reuters", "tass", "afp"};
  const PluginLoadReport report = load_plugins(options);
  REQUIRE(report.plugins.size() == 3);
  auto extractor = Extractor::create(report.plugins);
  REQUIRE(extractor);
  auto credited = [&](const std::string& text) {
    InputDocument d;
    d.path = "t";
    d.text = text;
    std::vector<std::string> out;
    for (const CreditedSource& c : extractor->extract(d).document.byline.credited_sources) {
      out.push_back(c.entity + "/" + c.via);
    }
    return out;
  };
  CHECK(credited("TOKYO, March 3 - The bank said rates would stay.\n REUTER\n") ==
        std::vector<std::string>{"reuters/signoff"});
  CHECK(credited("MOSCOW, September 11. /TASS/. The Kremlin said the visit was planned.\n") ==
        std::vector<std::string>{"tass/dateline"});
  CHECK(credited("قال الوزير إن الاتفاق قريب.\n(أ ف ب)\n") == std::vector<std::string>{"afp/credit-line"});
  // Negative texts: a Reuters mention mid-text, "TASS" without slashes, AFP inside a sentence.
  CHECK(credited("Reuters said the bank would keep rates.\nMore text follows here.\n").empty());
  CHECK(credited("TASS said the visit was planned.\n").empty());
  CHECK(credited("قال مسؤول لوكالة (أ ف ب) إن الاتفاق قريب.\n").empty());
}
