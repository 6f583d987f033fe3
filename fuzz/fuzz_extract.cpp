// libFuzzer target: the input bytes as an article, extracted once as plain text and once as
// HTML, with the plugins the build tree holds. Checks the offset contract of
// docs/ARCHITECTURE.md ("Offsets"): every span lies inside the stored text, and where the
// program reports the text of a span, that text is text[start:end) in code points. The
// extraction must also serialize (to_json) and read back unchanged (extraction_from_json).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <spdlog/spdlog.h>

#include "check.hpp"
#include "claimtrace/extractor.hpp"
#include "claimtrace/json_output.hpp"
#include "claimtrace/plugin_host.hpp"
#include "code_points.hpp"
#include "io/input_reader.hpp"

namespace {

using claimtrace::Claim;
using claimtrace::Extraction;
using claimtrace::Extractor;
using claimtrace::Span;
using claimtrace::fuzz::CodePoints;
using claimtrace::fuzz::fail;
using claimtrace::fuzz::require;

// Built once per process, as `claimtrace extract` builds it once per run: lexicons, the
// gazetteer and every plugin found where the CLI looks without configuration
// (build-fuzz/lib/claimtrace/plugins), so the plugins' style code is fuzzed too.
const Extractor& extractor() {
  static const Extractor instance = [] {
    claimtrace::PluginLoadOptions options;
    options.dirs = claimtrace::default_plugin_dirs();
    // The report owns the loaded libraries; the extractor's plugins refer to them.
    static const claimtrace::PluginLoadReport report = claimtrace::load_plugins(options);
    for (const claimtrace::Error& e : report.refused) {
      std::fprintf(stderr, "fuzz_extract: plugin refused: %s\n", e.message.c_str());
    }
    std::fprintf(stderr, "fuzz_extract: %zu plugins loaded\n", report.plugins.size());
    auto made = Extractor::create(report.plugins);
    if (!made) {
      fail("Extractor::create: " + made.error().message);
    }
    return std::move(*made);
  }();
  return instance;
}

std::string describe(const Span& s) {
  return "[" + std::to_string(s.start) + ", " + std::to_string(s.end) + ")";
}

// A span inside the text: start <= end <= number of code points.
void check_bounds(const CodePoints& text, const Span& span, const std::string& what) {
  require(span.start <= span.end && span.end <= text.size(), [&] {
    return what + " span " + describe(span) + " outside the text of " +
           std::to_string(text.size()) + " code points";
  });
}

// A span whose reported text must be text[start:end).
void check_spanned(const CodePoints& text, const Span& span, std::string_view reported,
                   const std::string& what) {
  check_bounds(text, span, what);
  require(text.slice(span.start, span.end) == reported, [&] {
    return what + " span " + describe(span) + " is \"" +
           std::string(text.slice(span.start, span.end)) + "\" but the reported text is \"" +
           std::string(reported) + "\"";
  });
}

void check_claim(const CodePoints& text, const Claim& claim, std::size_t index) {
  const std::string name = "claim " + std::to_string(claim.id);
  // Ids are 1-based, in reading order (claim.hpp).
  require(claim.id == static_cast<int>(index) + 1,
          [&] { return name + " is number " + std::to_string(index + 1) + " in the list"; });
  check_spanned(text, claim.span, claim.text, name);
  check_bounds(text, claim.sentence, name + " sentence");
  for (std::size_t h = 0; h < claim.chain.size(); ++h) {
    const claimtrace::Hop& hop = claim.chain[h];
    const std::string hop_name = name + " hop " + std::to_string(h);
    // A hop without a span of its own (a dropped subject) reports no text to compare.
    if (hop.span.empty()) {
      check_bounds(text, hop.span, hop_name);
    } else {
      check_spanned(text, hop.span, hop.mention, hop_name);
    }
    // The cue is shown shortened ("quoted ... as saying"), so only its span is checked.
    check_bounds(text, hop.cue_span, hop_name + " cue");
  }
  for (const claimtrace::Reason& reason : claim.reasons) {
    check_spanned(text, reason.span, reason.cue, name + " reason");
  }
}

void check_extraction(const std::string& stored, const Extraction& x, const char* format) {
  const std::string where = std::string(format) + ": ";
  require(x.document.text == stored,
          [&] { return where + "the document text is not the input text"; });
  const auto text = CodePoints::decode(x.document.text);
  require(text.has_value(), [&] { return where + "the stored text is not valid UTF-8"; });
  for (std::size_t i = 0; i < x.claims.size(); ++i) {
    check_claim(*text, x.claims[i], i);
  }
  // Headlines, bylines and credits are read from the laid-out page for HTML, so their
  // mentions are compared with the text only through the bounds of their spans.
  const claimtrace::Byline& byline = x.document.byline;
  // (An author put together from several names has no span.)
  if (byline.author && !byline.author_span.empty()) {
    if (std::string_view(format) == "text") {
      check_spanned(*text, byline.author_span, *byline.author, where + "byline author");
    } else {
      check_bounds(*text, byline.author_span, where + "byline author");
    }
  }
  for (const claimtrace::CreditedSource& c : byline.credited_sources) {
    check_bounds(*text, c.span, where + "credited source (" + c.via + ")");
  }
  for (const claimtrace::Dateline& d : x.document.datelines) {
    check_bounds(*text, d.span, where + "dateline");
  }
  for (const claimtrace::Credit& c : x.document.credits) {
    check_bounds(*text, c.span, where + "credit");
  }

  // The JSON carries everything but the stored text and the input's extra metadata.
  const std::string json = claimtrace::to_json(x, -1);
  const auto back = claimtrace::extraction_from_json(json);
  require(back.has_value(), [&] {
    return where + "extraction_from_json refused to_json's output: " + back.error().message;
  });
  Extraction expected = x;
  expected.document.text.clear();
  expected.document.metadata_json = "{}";
  require(back->document == expected.document,
          [&] { return where + "the document does not survive to_json/extraction_from_json"; });
  require(back->claims == expected.claims,
          [&] { return where + "the claims do not survive to_json/extraction_from_json"; });
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  // Plugins that fail on a document are logged as warnings; at tens of thousands of inputs a
  // second that would drown libFuzzer's own output. Errors still show.
  spdlog::set_level(spdlog::level::err);
  (void)extractor();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The same preparation as a file read by `claimtrace extract`: BOM removed, empty input,
  // NUL bytes and invalid UTF-8 refused.
  std::vector<std::string> notes;
  auto prepared = claimtrace::io::prepare_text(
      std::string(reinterpret_cast<const char*>(data), size), "fuzz-input", false, notes);
  if (!prepared) {
    return -1;  // not an article the CLI would extract: keep it out of the corpus
  }
  claimtrace::InputDocument doc;
  doc.path = "fuzz-input";
  doc.lang = "auto";
  doc.text = std::move(*prepared);
  for (const auto format : {claimtrace::InputFormat::text, claimtrace::InputFormat::html}) {
    doc.format = format;
    const Extraction x = extractor().extract(doc);
    check_extraction(doc.text, x, format == claimtrace::InputFormat::html ? "html" : "text");
  }
  return 0;
}
