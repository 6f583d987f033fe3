#pragma once
// The analysis view of (a chunk of) a document: the search-folded text the
// matchers read, mapped unit by unit back to code points of the stored text.
//
// Two parallel UTF-16 strings of equal length: text() keeps case (sentence
// segmentation and name detection need it), lower() is its simple case
// folding (cue and name matching). Unit i stands for the stored code points
// [source_begin(i), source_end(i)).

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/span.hpp"
#include "text/html_text.hpp"

namespace claimtrace::text {

class NormalizedText {
 public:
  // Plain text: utf8 is valid UTF-8 whose first code point has offset cp_base in the document.
  [[nodiscard]] static NormalizedText from_plain(std::string_view utf8, std::uint32_t cp_base = 0);
  // Characters already read from markup (read_html).
  [[nodiscard]] static NormalizedText from_chars(std::span<const SourceChar> chars);

  [[nodiscard]] std::u16string_view text() const noexcept { return {m_text.data(), m_text.size()}; }
  [[nodiscard]] std::u16string_view lower() const noexcept { return {m_lower.data(), m_lower.size()}; }
  [[nodiscard]] std::size_t size() const noexcept { return m_text.size(); }
  [[nodiscard]] bool empty() const noexcept { return m_text.empty(); }

  [[nodiscard]] std::uint32_t source_begin(std::size_t unit) const noexcept { return m_begin[unit]; }
  [[nodiscard]] std::uint32_t source_end(std::size_t unit) const noexcept { return m_end[unit]; }
  [[nodiscard]] bool is_upper(std::size_t unit) const noexcept { return m_upper[unit] != 0; }

  // The stored-text span of units [begin, end); empty spans sit at the next unit's start.
  [[nodiscard]] Span source_span(std::size_t begin, std::size_t end) const noexcept;

  // Index of the first unit whose source range ends after `cp` (size() if none).
  [[nodiscard]] std::size_t unit_at_source(std::uint32_t cp) const noexcept;

  // Text with hard line wraps (wire copy wrapped at ~65 columns) reads a
  // wrapped line break as a space; paragraph breaks stay. Called by the builders.
  void unwrap_hard_wrapped_lines();

  // A hyphen between two Arabic letters, no space on either side, reads as a space: names
  // transliterated with one ("كيم جونغ-أون"، "لوران ماسيه-دوبوا") read as the gazetteer and
  // the phrase readers know them, word by word. Called by the builders.
  void space_arabic_hyphens();

 private:
  void append(char32_t cp, std::uint32_t begin, std::uint32_t end);
  void append_unit(char16_t unit, char16_t lower_unit, bool upper, std::uint32_t begin, std::uint32_t end);

  // Vectors, not u16strings: appending a unit is the innermost loop of reading a text,
  // and a string's push_back keeps its terminator up to date on every call.
  std::vector<char16_t> m_text;
  std::vector<char16_t> m_lower;
  std::vector<std::uint32_t> m_begin;
  std::vector<std::uint32_t> m_end;
  std::vector<std::uint8_t> m_upper;
  bool m_pending_cr = false;
  std::uint32_t m_doc_end = 0;
};

}  // namespace claimtrace::text
