#pragma once
// The search folding of one code point: what the matcher sees instead of it.
// NFKD with marks removed (so "Erdoğan" matches "Erdogan" and presentation
// forms match base letters), Arabic letter variants folded (alef/hamza forms to
// alef, alef maqsura to ya, ta marbuta to ha, Persian kaf/ya to Arabic), tatweel,
// Arabic diacritics and bidi controls dropped, Arabic-Indic digits to ASCII,
// Arabic comma/semicolon/question mark to ASCII, every space to ' ', every line
// break to '\n'. Case is kept; lower() gives the simple case folding.

#include <array>
#include <cstdint>

namespace claimtrace::text {

struct FoldedChar {
  std::array<char32_t, 4> cps{};  // the replacement, usually one code point
  std::uint8_t count = 0;         // 0: the code point is dropped
  bool upper = false;             // the original was upper- or title-case
  bool truncated = false;         // the decomposition was longer than 4 (extremely rare)
};

[[nodiscard]] FoldedChar fold_char(char32_t cp) noexcept;

// fold_char and fold_case together, for the code points most text is made of
// (U+0000..U+07FF: Latin, Greek, Cyrillic, Arabic) when the fold is one UTF-16 unit:
// one table read per character instead of two lookups and an ICU call.
struct UnitFold {
  char16_t unit = 0;   // the folded code point
  char16_t lower = 0;  // its case folding
  std::uint8_t kind = 0;  // 0: dropped, 1: one unit (unit/lower valid), 2: ask fold_char
  bool upper = false;
};
inline constexpr char32_t k_unit_fold_size = 0x800;
// cp must be below k_unit_fold_size.
[[nodiscard]] const UnitFold& unit_fold(char32_t cp) noexcept;

// Simple (1:1) case folding of an already folded code point.
[[nodiscard]] char32_t fold_case(char32_t cp) noexcept;

// True for U+0600..U+06FF, U+0750..U+077F, U+08A0..U+08FF and the presentation forms.
[[nodiscard]] constexpr bool is_arabic_letter_range(char32_t cp) noexcept {
  return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
         (cp >= 0x08A0 && cp <= 0x08FF) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
         (cp >= 0xFE70 && cp <= 0xFEFF);
}

}  // namespace claimtrace::text
