// A document larger than Extractor::k_section_bytes is read in sections whose claims are
// handed over one section at a time; the streamed JSON and the collected extraction agree.

#include <sstream>
#include <string>

#include "catch.hpp"
#include "claimtrace/extractor.hpp"
#include "claimtrace/json_output.hpp"
#include "text/utf8.hpp"

using claimtrace::Claim;
using claimtrace::Extraction;
using claimtrace::Extractor;
using claimtrace::InputDocument;

namespace {

// Paragraphs written for this test, numbered so that no two are the same text.
std::string long_article(std::size_t bytes) {
  std::string text = "Ministers meet over the port strike\n\n";
  for (int n = 1; text.size() < bytes; ++n) {
    const std::string k = std::to_string(n);
    text += "The transport minister said on Monday that talks number " + k +
            " with the dock workers would resume within days.\n\n";
    text += "A union official, speaking on background, told Reuters that round " + k +
            " had apparently collapsed over pay.\n\n";
  }
  return text;
}

class CountingSink final : public claimtrace::ExtractionSink {
 public:
  void begin(const claimtrace::DocumentRecord& /*document*/) override { ++begins; }
  void claims(std::vector<Claim>&& section) override {
    ++sections;
    largest = std::max(largest, section.size());
    for (Claim& c : section) {
      all.push_back(std::move(c));
    }
  }
  void end(claimtrace::DocumentRecord&& document) override {
    ++ends;
    doc = std::move(document);
  }
  int begins = 0;
  int ends = 0;
  int sections = 0;
  std::size_t largest = 0;
  std::vector<Claim> all;
  claimtrace::DocumentRecord doc;
};

}  // namespace

TEST_CASE("extract: a huge document is handed over section by section", "[extract][sections]") {
  // Sections of 64 KiB (4 MiB by default) keep the test small; the reading chunks are
  // 1 MiB, so a section is then read as one chunk.
  claimtrace::ExtractorOptions options;
  options.section_bytes = 64 * 1024;
  auto made = Extractor::create({}, options);
  REQUIRE(made);
  const Extractor& ex = *made;
  InputDocument input;
  input.path = "long.txt";
  input.lang = "en";
  input.text = long_article(options.section_bytes * 2 + options.section_bytes * 6 / 10);

  CountingSink sink;
  InputDocument copy = input;
  ex.extract(std::move(copy), sink);
  CHECK(sink.begins == 1);
  CHECK(sink.ends == 1);
  CHECK(sink.sections == 3);
  REQUIRE(!sink.all.empty());
  CHECK(sink.largest < sink.all.size() / 2);  // never all claims at once

  // Ids run 1..n across sections; groups go on from section to section; offsets hold.
  const claimtrace::text::CodePointIndex index(sink.doc.text);
  int last_group = 0;
  for (std::size_t i = 0; i < sink.all.size(); ++i) {
    const Claim& c = sink.all[i];
    CHECK(c.id == static_cast<int>(i + 1));
    CHECK(c.group >= 1);
    CHECK(c.group <= last_group + 1);
    last_group = std::max(last_group, c.group);
    CHECK(std::string(index.slice(c.span.start, c.span.end)) == c.text);
  }
  CHECK(sink.all.back().span.start > index.size() * 3 / 4);  // the last section was read
  // Both claims of every pair of paragraphs, in every section: nothing lost at the cuts.
  CHECK(sink.all.size() >= 2 * static_cast<std::size_t>(input.text.size() / 230));

  // The collected extraction and the streamed JSON are the same.
  InputDocument again = input;
  const Extraction collected = ex.extract(std::move(again));
  CHECK(collected.claims == sink.all);
  for (const int indent : {-1, 2}) {
    std::ostringstream streamed;
    claimtrace::JsonStreamSink json(streamed, indent);
    InputDocument third = input;
    ex.extract(std::move(third), json);
    CHECK(streamed.str() == claimtrace::to_json(collected, indent));
  }
}
