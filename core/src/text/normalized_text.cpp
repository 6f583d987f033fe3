#include "text/normalized_text.hpp"

#include <algorithm>

#include <unicode/uchar.h>

#include "text/char_fold.hpp"
#include "text/utf8.hpp"

namespace claimtrace::text {

NormalizedText NormalizedText::from_plain(std::string_view utf8, std::uint32_t cp_base) {
  NormalizedText out;
  out.m_text.reserve(utf8.size());
  out.m_lower.reserve(utf8.size());
  out.m_begin.reserve(utf8.size());
  out.m_end.reserve(utf8.size());
  out.m_upper.reserve(utf8.size());
  std::uint32_t cp_index = cp_base;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const auto b0 = static_cast<unsigned char>(utf8[pos]);
    char32_t cp = 0;
    if (b0 < 0x80) {
      cp = b0;
      ++pos;
    } else if ((b0 & 0xE0) == 0xC0 && pos + 1 < utf8.size()) {
      cp = (static_cast<char32_t>(b0 & 0x1F) << 6) | (static_cast<unsigned char>(utf8[pos + 1]) & 0x3F);
      pos += 2;
    } else {
      cp = decode_utf8(utf8, pos);
    }
    out.append(cp, cp_index, cp_index + 1);
    ++cp_index;
  }
  out.m_doc_end = cp_index;
  out.unwrap_hard_wrapped_lines();
  out.space_arabic_hyphens();
  return out;
}

NormalizedText NormalizedText::from_chars(std::span<const SourceChar> chars) {
  NormalizedText out;
  out.m_text.reserve(chars.size());
  for (const SourceChar& c : chars) {
    out.append(c.cp, c.begin, c.end);
  }
  out.m_doc_end = chars.empty() ? 0 : chars.back().end;
  out.unwrap_hard_wrapped_lines();
  out.space_arabic_hyphens();
  return out;
}

void NormalizedText::append_unit(char16_t unit, char16_t lower_unit, bool upper, std::uint32_t begin,
                                 std::uint32_t end) {
  m_text.push_back(unit);
  m_lower.push_back(lower_unit);
  m_begin.push_back(begin);
  m_end.push_back(end);
  m_upper.push_back(upper ? 1 : 0);
}

void NormalizedText::append(char32_t cp, std::uint32_t begin, std::uint32_t end) {
  // CR LF reads as one line break; a lone CR is a line break too.
  if (cp == U'\r') {
    append_unit(u'\n', u'\n', false, begin, end);
    m_pending_cr = true;
    return;
  }
  if (cp == U'\n' && m_pending_cr) {
    m_end.back() = end;  // the CR unit now stands for both
    m_pending_cr = false;
    return;
  }
  m_pending_cr = false;
  if (cp < k_unit_fold_size) {
    const UnitFold& u = unit_fold(cp);
    if (u.kind == 0) {
      return;
    }
    if (u.kind == 1) {
      append_unit(u.unit, u.lower, u.upper, begin, end);
      return;
    }
  }
  const FoldedChar folded = fold_char(cp);
  for (std::uint8_t k = 0; k < folded.count; ++k) {
    const char32_t f = folded.cps[k];
    const char32_t l = fold_case(f);
    if (f < 0x10000) {
      append_unit(static_cast<char16_t>(f), static_cast<char16_t>(l < 0x10000 ? l : f), folded.upper,
                  begin, end);
    } else {
      // A supplementary character: both surrogates map to the same source range.
      const char32_t v = f - 0x10000;
      const auto high = static_cast<char16_t>(0xD800 + (v >> 10));
      const auto low = static_cast<char16_t>(0xDC00 + (v & 0x3FF));
      append_unit(high, high, false, begin, end);
      append_unit(low, low, false, begin, end);
    }
  }
}

Span NormalizedText::source_span(std::size_t begin, std::size_t end) const noexcept {
  if (end <= begin || begin >= m_text.size()) {
    const std::uint32_t at = begin < m_text.size() ? m_begin[begin] : m_doc_end;
    return Span{at, at};
  }
  end = std::min(end, m_text.size());
  return Span{m_begin[begin], m_end[end - 1]};
}

std::size_t NormalizedText::unit_at_source(std::uint32_t cp) const noexcept {
  const auto it = std::upper_bound(m_end.begin(), m_end.end(), cp);
  return static_cast<std::size_t>(it - m_end.begin());
}

void NormalizedText::unwrap_hard_wrapped_lines() {
  // Measure the lines: a hard-wrapped text has most lines of similar, modest
  // length, and most of them do not end a sentence.
  struct Line {
    std::size_t begin;
    std::size_t end;  // position of the '\n' (or size())
  };
  std::vector<Line> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= m_text.size(); ++i) {
    if (i == m_text.size() || m_text[i] == u'\n') {
      lines.push_back({start, i});
      start = i + 1;
    }
  }
  std::size_t non_empty = 0;
  std::size_t wrapped_like = 0;
  for (const Line& line : lines) {
    const std::size_t len = line.end - line.begin;
    if (len == 0) {
      continue;
    }
    ++non_empty;
    const char16_t last = m_text[line.end - 1];
    const bool ends_sentence = last == u'.' || last == u'!' || last == u'?' || last == u':';
    if (len >= 35 && len <= 90 && !ends_sentence) {
      ++wrapped_like;
    }
  }
  if (non_empty < 4 || wrapped_like * 2 < non_empty) {
    return;
  }
  // A break followed by text at the margin continues the paragraph; a break
  // followed by an indent or a blank line starts a new one.
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    const Line& line = lines[k];
    const Line& next = lines[k + 1];
    if (line.end == line.begin || next.end == next.begin) {
      continue;
    }
    const char16_t next_first = m_text[next.begin];
    if (next_first == u' ') {
      continue;
    }
    m_text[line.end] = u' ';
    m_lower[line.end] = u' ';
  }
}

void NormalizedText::space_arabic_hyphens() {
  for (std::size_t i = 1; i + 1 < m_text.size(); ++i) {
    if (m_text[i] == u'-' && is_arabic_letter_range(m_text[i - 1]) && is_arabic_letter_range(m_text[i + 1]) &&
        u_isalpha(m_text[i - 1]) && u_isalpha(m_text[i + 1])) {
      m_text[i] = u' ';
      m_lower[i] = u' ';
    }
  }
}

}  // namespace claimtrace::text
