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
