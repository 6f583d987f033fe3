#include "catch.hpp"

#include <string>

#include "lexicon/token_keys.hpp"
#include "text/html_text.hpp"
#include "text/normalized_text.hpp"
#include "text/utf8.hpp"

using namespace claimtrace;
using claimtrace::lexicon::to_u16;
using claimtrace::lexicon::to_utf8;

TEST_CASE("Arabic letter variants, diacritics, tatweel and bidi marks fold", "[text][normalize]") {
  // "أَعلنَ" with fatha, "إن" and "آن", tatweel, alef maqsura, ta marbuta, an RLM.
  const std::string input = "\xD8\xA3\xD9\x8E\xD8\xB9\xD9\x84\xD9\x86\xD9\x8E \xD8\xA5\xD9\x86 \xD9\x83\xD9\x80\xD9\x80\xD9\x85 \xD8\xB9\xD9\x84\xD9\x89 \xD9\x88\xD9\x83\xD8\xA7\xD9\x84\xD8\xA9\xE2\x80\x8F";
  const auto n = text::NormalizedText::from_plain(input);
  CHECK(to_utf8(n.lower()) == "\xD8\xA7\xD8\xB9\xD9\x84\xD9\x86 \xD8\xA7\xD9\x86 \xD9\x83\xD9\x85 \xD8\xB9\xD9\x84\xD9\x8A \xD9\x88\xD9\x83\xD8\xA7\xD9\x84\xD9\x87");
}

TEST_CASE("Latin text folds accents and case but keeps case in text()", "[text][normalize]") {
  const auto n = text::NormalizedText::from_plain("Erdo\xC4\x9F" "an SAID");
  CHECK(to_utf8(n.text()) == "Erdogan SAID");
  CHECK(to_utf8(n.lower()) == "erdogan said");
  CHECK(n.is_upper(0));
  CHECK_FALSE(n.is_upper(1));
}

TEST_CASE("every unit maps back to code points of the stored text", "[text][normalize]") {
  const std::string input = "\xD9\x82\xD8\xA7\xD9\x84\xD9\x8E X";  // "قالَ X": the fatha is dropped
  const auto n = text::NormalizedText::from_plain(input, 10);
  REQUIRE(n.size() == 5);  // ق ا ل ' ' X
  CHECK(n.source_begin(0) == 10);
  CHECK(n.source_begin(3) == 14);  // the space after the dropped mark
  CHECK(n.source_span(0, 3) == claimtrace::Span{10, 13});
  CHECK(n.source_span(4, 5) == claimtrace::Span{15, 16});
}

TEST_CASE("CRLF reads as one line break; wrapped wire copy is unwrapped", "[text][normalize]") {
  const auto crlf = text::NormalizedText::from_plain("a\r\nb");
  CHECK(to_utf8(crlf.text()) == "a\nb");
  CHECK(crlf.source_span(1, 2) == claimtrace::Span{1, 3});
  std::string wire =
      "Relief convoys are moving along two separate roads in a new\n"
      "push into the hill villages of the eastern province, the\n"
      "agency said on Tuesday according to a report from the capital\n"
      "    A second paragraph starts with an indent like the old wire\n"
      "stories that were wrapped at sixty five columns for printing\n";
  const auto n = text::NormalizedText::from_plain(wire);
  const std::string out = to_utf8(n.text());
  CHECK(out.find("new push") != std::string::npos);
  CHECK(out.find("capital\n    A second") != std::string::npos);
}

TEST_CASE("HTML: tags stripped, entities decoded, offsets into the markup", "[text][html]") {
  const std::string html = "<p>Reuters &amp; AP said <b>no</b>.</p><script>var x = '<p>';</script><p>Next</p>";
  const auto chars = text::read_html(html);
  const auto n = text::NormalizedText::from_chars(chars);
  CHECK(to_utf8(n.text()) == "\nReuters & AP said no.\n\nNext\n");
  // "&" stands for the five code points "&amp;".
  const std::size_t amp = to_utf8(n.text()).find('&');
  CHECK(n.source_span(amp, amp + 1) == claimtrace::Span{11, 16});
  CHECK(text::looks_like_html(html));
  CHECK_FALSE(text::looks_like_html("a < b and c > d"));
}

TEST_CASE("HTML: a broken tag is read as text", "[text][html]") {
  const auto chars = text::read_html("a <b c");
  const auto n = text::NormalizedText::from_chars(chars);
  CHECK(to_utf8(n.text()) == "a <b c");
}
