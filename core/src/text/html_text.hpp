#pragma once
// Reads HTML as the characters a reader sees: tags stripped (block tags read as
// line breaks), script/style/comments skipped, character references decoded.
// Each character keeps the code-point range of the stored HTML it came from,
// so offsets still point into the stored text. Broken markup never fails: a
// '<' that does not open a tag is text.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrace::text {

// One visible character and the code points [begin, end) of the stored text it stands for.
struct SourceChar {
  char32_t cp = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// Visible characters of valid UTF-8 HTML; cp_base is the code-point offset of html[0].
[[nodiscard]] std::vector<SourceChar> read_html(std::string_view html, std::uint32_t cp_base = 0);

// The page laid out as plain text with the stored HTML's code-point positions:
// code point i of the result stands for code point i of the HTML. A visible
// character is at the first position of its source range, a block tag is a line
// break, and everything else (tags, the rest of a character reference) is a space.
// Line-based readers (headlines, bylines, credits) read this instead of the markup.
[[nodiscard]] std::string html_layout(std::string_view html);

// Heuristic: does this text look like HTML (doctype, <html>, or several block tags early on)?
[[nodiscard]] bool looks_like_html(std::string_view text) noexcept;

}  // namespace claimtrace::text
