#pragma once
// The stored text of the document being extracted and the analysis view of
// the chunk being read: turns token ranges into contract spans and texts.

#include <string>
#include <string_view>

#include "claimtrace/span.hpp"
#include "extract/sentence.hpp"
#include "text/normalized_text.hpp"
#include "text/utf8.hpp"

namespace claimtrace::extract {

struct DocText {
  std::string_view original;          // the stored UTF-8 text
  const text::CodePointIndex* index;  // code points of `original`
  const text::NormalizedText* view;   // the chunk being analysed

  [[nodiscard]] Span units_span(std::uint32_t unit_begin, std::uint32_t unit_end) const {
    // A wire's angle brackets around a name are no tokens ("maker <Gommifera SpA> denied"):
    // a span that holds one of the pair takes in the other.
    const std::u16string_view t = view->text();
    if (unit_begin < unit_end && unit_end <= t.size()) {
      const std::u16string_view inside = t.substr(unit_begin, unit_end - unit_begin);
      const auto open = inside.rfind(u'<');
      if (unit_end < t.size() && t[unit_end] == u'>' && open != std::u16string_view::npos &&
          inside.find(u'>', open) == std::u16string_view::npos) {
        ++unit_end;
      }
      const auto close = inside.find(u'>');
      if (unit_begin > 0 && t[unit_begin - 1] == u'<' && close != std::u16string_view::npos &&
          inside.substr(0, close).find(u'<') == std::u16string_view::npos) {
        --unit_begin;
      }
    }
    return view->source_span(unit_begin, unit_end);
  }
  [[nodiscard]] Span tokens_span(const Sentence& s, std::size_t b, std::size_t e) const {
    if (e <= b) {
      return {};
    }
    return units_span(s.tokens[b].begin, s.tokens[e - 1].end);
  }
  [[nodiscard]] std::string slice(const Span& span) const {
    return std::string(index->slice(span.start, span.end));
  }
};

}  // namespace claimtrace::extract
