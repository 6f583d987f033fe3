#include "catch.hpp"

#include "lexicon/arabic_dual.hpp"
#include "lexicon/cue_lexicon.hpp"
#include "lexicon/gazetteer.hpp"
#include "lexicon/token_keys.hpp"
#include "text/normalized_text.hpp"
#include "text/segmenter.hpp"

using namespace claimtrace;
using lexicon::to_u16;
using lexicon::to_utf8;

namespace {

struct Tokens {
  text::NormalizedText view;
  std::vector<text::Token> tokens;
  std::vector<lexicon::TokenKey> keys;
  explicit Tokens(const std::string& s) : view(text::NormalizedText::from_plain(s)) {
    text::tokenize(view, 0, static_cast<std::uint32_t>(view.size()), tokens);
    keys = lexicon::make_keys(view, tokens);
  }
};

}  // namespace

TEST_CASE("Arabic proclitics: conjunction, preposition, article", "[lexicon]") {
  auto variants = [](const char* w) {
    std::vector<std::string> out;
    for (const auto& v : lexicon::arabic_proclitic_variants(to_u16(w))) {
      out.push_back(to_utf8(v));
    }
    return out;
  };
  const auto waqala = variants("وقال");
  CHECK(std::find(waqala.begin(), waqala.end(), "قال") != waqala.end());
  const auto lil = variants("للانباء");  // keys are folded: "للأنباء" reads as "للانباء"
  CHECK(std::find(lil.begin(), lil.end(), "الانباء") != lil.end());
  CHECK(std::find(lil.begin(), lil.end(), "انباء") != lil.end());
  const auto latin = variants("لCNN");
  CHECK(latin == std::vector<std::string>{"CNN"});
}

TEST_CASE("CueLexicon loads forms, frames, markers and reports errors with a position", "[lexicon]") {
  lexicon::CueLexicon lex("en");
  REQUIRE(lex.load(R"(lang = "en"
[words]
complementizer = ["that"]
[[cue]]
id = "say"
frame = "speech"
forms = ["said", "according to"]
[[marker]]
id = "believed"
code = "hedge"
forms = ["believed to"]
[[source_noun]]
id = "officials"
kind = "officials"
plural = true
forms = ["officials"]
)",
                   "t.toml"));
  REQUIRE(lex.cues().size() == 1);
  CHECK(lex.cues()[0].id == "en.say");
  Tokens t("Officials said, according to the note, it was believed to be true.");
  const auto cues = lex.cue_index().find_longest(t.keys, 0, t.keys.size());
  REQUIRE(cues.size() == 2);
  CHECK(cues[1].end - cues[1].begin == 2);  // "according to" as one match
  CHECK(lex.marker_index().find_longest(t.keys, 0, t.keys.size()).size() == 1);
  CHECK(lex.is(lexicon::WordClass::complementizer, t.keys[0]) == false);

  lexicon::CueLexicon bad("en");
  auto r = bad.load("lang = \"en\"\n[[cue]]\nid = \"x\"\nframe = \"speach\"\nforms = [\"said\"]\n", "bad.toml");
  REQUIRE_FALSE(r);
  CHECK(r.error().message == "bad.toml:4:9: unknown frame 'speach'");
  auto wrong_lang = bad.load("lang = \"ar\"\n", "w.toml");
  REQUIRE_FALSE(wrong_lang);
  CHECK(wrong_lang.error().message == "w.toml:1:8: lang must be \"en\" in a lexicon for that language");
  auto unknown = bad.load("[words]\nadjectives = [\"big\"]\n", "u.toml");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message == "u.toml:2:14: unknown word class 'adjectives' in [words]");
}

TEST_CASE("Gazetteer: names in several scripts, capitals, acronyms, ambiguity", "[lexicon]") {
  EntityInfo tass;
  tass.id = "tass";
  tass.kind = SourceKind::agency;
  tass.names = {{"TASS", "en"}, {"تاس", "ar"}, {"ТАСС", "ru"}};
  EntityInfo who;
  who.id = "who";
  who.kind = SourceKind::organization;
  who.names = {{"WHO", "en"}, {"World Health Organization", "en"}};
  EntityInfo aj;
  aj.id = "aljazeera";
  aj.kind = SourceKind::outlet;
  aj.names = {{"قناة الجزيرة", "ar"}};
  aj.ambiguous_names = {{"الجزيرة", "ar"}};
  const lexicon::Gazetteer g({tass, who, aj});
  auto ids = [&](const std::string& s) {
    Tokens t(s);
    std::vector<std::string> out;
    for (const auto& m : g.find(t.tokens, t.keys, 0, t.tokens.size())) {
      out.push_back(g.entities()[m.entity].id + (m.ambiguous ? "?" : ""));
    }
    return out;
  };
  CHECK(ids("TASS and ТАСС and وكالة تاس") == std::vector<std::string>{"tass", "tass", "tass"});
  CHECK(ids("Who said the World Health Organization and WHO agree?") == std::vector<std::string>{"who", "who"});
  CHECK(ids("وقالت قناة الجزيرة إن الجزيرة") == std::vector<std::string>{"aljazeera", "aljazeera?"});
  CHECK(g.find("tass") != nullptr);
  CHECK(g.index_of("nothing") == UINT32_MAX);
}

TEST_CASE("Gazetteer: a lookalike hides the shorter name inside another body's name", "[lexicon]") {
  EntityInfo council;
  council.id = "un-security-council";
  council.kind = SourceKind::organization;
  council.names = {{"Security Council", "en"}, {"UN Security Council", "en"}, {"مجلس الأمن", "ar"}};
  council.lookalikes = {{"National Security Council", "en"}, {"مجلس الأمن القومي", "ar"}};
  EntityInfo us;
  us.id = "united-states";
  us.kind = SourceKind::government;
  us.names = {{"United States", "en"}};
  const lexicon::Gazetteer g({council, us});
  auto ids = [&](const std::string& s) {
    Tokens t(s);
    std::vector<std::string> out;
    for (const auto& m : g.find(t.tokens, t.keys, 0, t.tokens.size())) {
      out.push_back(g.entities()[m.entity].id);
    }
    return out;
  };
  CHECK(ids("The UN Security Council met.") == std::vector<std::string>{"un-security-council"});
  CHECK(ids("The United States National Security Council said") == std::vector<std::string>{"united-states"});
  CHECK(ids("وقال مجلس الأمن القومي الأمريكي") == std::vector<std::string>{});
  CHECK(ids("ودعا مجلس الأمن إلى وقف القتال، وقال مجلس الأمن القومي") == std::vector<std::string>{"un-security-council"});
  // Without the capital, the lookalike is no name, and neither is the council's.
  CHECK(ids("a national security council").empty());
}

TEST_CASE("Arabic duals of singular source nouns are derived, not listed", "[lexicon]") {
  using Forms = std::vector<std::string>;
  CHECK(lexicon::arabic_dual_forms("تاجر") == Forms{"تاجران", "تاجرين"});
  CHECK(lexicon::arabic_dual_forms("ممرضة") == Forms{"ممرضتان", "ممرضتين"});
  CHECK(lexicon::arabic_dual_forms("مصدر مطلع") == Forms{"مصدران مطلعان", "مصدرين مطلعين"});
  CHECK(lexicon::arabic_dual_forms("مصدرا").empty());      // accusative: its case is set
  CHECK(lexicon::arabic_dual_forms("أحد السكان").empty());  // a definite word: no singular person
  CHECK(lexicon::arabic_dual_forms("عامل إغاثة").empty());  // a noun in construct keeps its number

  lexicon::CueLexicon lex("ar");
  REQUIRE(lex.load(R"(lang = "ar"
[[source_noun]]
id = "masdar"
kind = "anonymous"
duals = true
forms = ["تاجر", "مصدر"]
[[source_noun]]
id = "masadir"
kind = "anonymous"
plural = true
forms = ["مصدران"]
)",
                   "ar.toml"));
  REQUIRE(lex.source_nouns().size() == 3);
  const lexicon::SourceNounEntry& dual = lex.source_nouns()[2];
  CHECK(dual.id == "ar.masdar-dual");
  CHECK(dual.plural);
  // ("مصدران" is another entry's already: it stays that entry's alone.)
  CHECK(dual.forms == std::vector<std::string>{"تاجران", "تاجرين", "مصدرين"});
  Tokens t("وقال تاجران في دبي");
  const auto nouns = lex.source_noun_index().find_longest(t.keys, 0, t.keys.size());
  REQUIRE(nouns.size() == 1);
  CHECK(nouns[0].payload == 2);

  lexicon::CueLexicon bad("ar");
  auto plural_duals = bad.load("[[source_noun]]\nid = \"x\"\nkind = \"anonymous\"\nplural = true\nduals = true\nforms = [\"تجار\"]\n",
                               "p.toml");
  REQUIRE_FALSE(plural_duals);
  CHECK(plural_duals.error().message.starts_with("p.toml:5:9: "));
}
