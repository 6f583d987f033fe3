#pragma once
// Classes of single code points that several readers test the same way.

namespace claimtrace::text {

// The hyphen-minus and the figure, en, em and horizontal-bar dashes: the marks
// a dateline, an aside or a list item is set off with. The tatweel some Arabic
// papers use as a dash is not here: it is also a letter's stretching.
[[nodiscard]] constexpr bool is_dash(char32_t cp) noexcept {
  return cp == U'-' || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2015;
}

}  // namespace claimtrace::text
