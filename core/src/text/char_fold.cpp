#include "text/char_fold.hpp"

#include <mutex>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace claimtrace::text {
namespace {

bool is_dropped(char32_t cp) noexcept {
  switch (cp) {
    case 0x00AD:  // soft hyphen
    case 0x061C:  // Arabic letter mark
    case 0x0640:  // tatweel
    case 0xFEFF:  // BOM / zero-width no-break space
    case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2060: case 0x2066: case 0x2067: case 0x2068: case 0x2069:
      return true;
    default:
      break;
  }
  // Arabic harakat, Quranic annotation marks, superscript alef.
  return (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
         (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E8) ||
         (cp >= 0x06EA && cp <= 0x06ED) || (cp >= 0x08D3 && cp <= 0x08FF);
}

// Arabic and Persian letter variants, digits and punctuation.
char32_t fold_arabic(char32_t cp) noexcept {
  switch (cp) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
      return 0x0627;  // alef with madda/hamza, wasla -> bare alef
    case 0x0649: case 0x06CC: case 0x0626: case 0x06D0:
      return 0x064A;  // alef maqsura, Farsi yeh, yeh with hamza -> yeh
    case 0x0629: case 0x06C0: case 0x06BE: case 0x06D5: case 0x06C1:
      return 0x0647;  // ta marbuta and heh variants -> heh
    case 0x0624:
      return 0x0648;  // waw with hamza -> waw
    case 0x06A9: case 0x06AA: case 0x06AF:
      return 0x0643;  // keheh, swash kaf, gaf -> kaf
    case 0x067E:
      return 0x0628;  // peh -> beh ("فرانس پرس")
    case 0x0686:
      return 0x062C;  // tcheh -> jeem
    case 0x0698:
      return 0x0632;  // jeh -> zain
    case 0x06A4:
      return 0x0641;  // veh -> feh
    case 0x060C:
      return U',';
    case 0x061B:
      return U';';
    case 0x061F:
      return U'?';
    case 0x066B:
      return U'.';  // Arabic decimal separator
    case 0x066C:
      return U',';
    case 0x066A:
      return U'%';
    case 0x06D4:
      return U'.';  // Arabic full stop
    default:
      break;
  }
  if (cp >= 0x0660 && cp <= 0x0669) {
    return U'0' + (cp - 0x0660);
  }
  if (cp >= 0x06F0 && cp <= 0x06F9) {
    return U'0' + (cp - 0x06F0);
  }
  return cp;
}

bool is_line_break(char32_t cp) noexcept {
  return cp == U'\n' || cp == 0x000B || cp == 0x000C || cp == 0x0085 || cp == 0x2028 || cp == 0x2029;
}

FoldedChar compute_fold(char32_t cp) noexcept {
  FoldedChar out;
  if (is_dropped(cp)) {
    return out;
  }
  if (is_line_break(cp)) {
    out.cps[0] = U'\n';
    out.count = 1;
    return out;
  }
  if (cp == U'\t' || cp == U'\r' || u_isUWhiteSpace(static_cast<UChar32>(cp)) ||
      (cp < 0x20) || (cp >= 0x7F && cp < 0xA0)) {
    // '\r' is handled by the caller (CRLF); other controls read as spaces.
    out.cps[0] = U' ';
    out.count = 1;
    return out;
  }
  out.upper = u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
  if (cp == U'_' || cp == U'#') {
    // Hashtags join words with underscores: "#كوريا_الشمالية" reads as "كوريا الشمالية". The
    // sign itself is no word of the name: "المؤسسة الوطنية للنفط في #ليبيا" names the
    // corporation as without it.
    out.cps[0] = U' ';
    out.count = 1;
    return out;
  }
  if (cp < 0x80) {
    out.cps[0] = cp;
    out.count = 1;
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status)) {
    decomposed = nfkd->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
  }
  if (U_FAILURE(status)) {
    decomposed = icu::UnicodeString(static_cast<UChar32>(cp));
  }
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    const auto d = static_cast<char32_t>(c);
    if (is_dropped(d) || u_charType(c) == U_NON_SPACING_MARK) {
      continue;
    }
    char32_t f = fold_arabic(d);
    if (u_isUWhiteSpace(c)) {
      f = U' ';
    }
    if (out.count == out.cps.size()) {
      out.truncated = true;
      break;
    }
    out.cps[out.count++] = f;
  }
  return out;
}

// Folds of U+0000..U+07FF (Latin, Greek, Cyrillic, Arabic) are computed once.
constexpr char32_t k_table_size = 0x800;

const std::vector<FoldedChar>& fold_table() {
  static const std::vector<FoldedChar> table = [] {
    std::vector<FoldedChar> t(k_table_size);
    for (char32_t cp = 0; cp < k_table_size; ++cp) {
      t[cp] = compute_fold(cp);
    }
    return t;
  }();
  return table;
}

}  // namespace

FoldedChar fold_char(char32_t cp) noexcept {
  if (cp < k_table_size) {
    return fold_table()[cp];
  }
  return compute_fold(cp);
}

const UnitFold& unit_fold(char32_t cp) noexcept {
  static const std::vector<UnitFold> table = [] {
    std::vector<UnitFold> t(k_unit_fold_size);
    for (char32_t c = 0; c < k_unit_fold_size; ++c) {
      const FoldedChar& f = fold_char(c);
      UnitFold& u = t[c];
      u.upper = f.upper;
      if (f.count == 0) {
        u.kind = 0;
      } else if (f.count == 1 && f.cps[0] < 0x10000 && fold_case(f.cps[0]) < 0x10000) {
        u.kind = 1;
        u.unit = static_cast<char16_t>(f.cps[0]);
        u.lower = static_cast<char16_t>(fold_case(f.cps[0]));
      } else {
        u.kind = 2;
      }
    }
    return t;
  }();
  return table[cp];
}

char32_t fold_case(char32_t cp) noexcept {
  if (cp < 0x80) {
    return (cp >= U'A' && cp <= U'Z') ? cp + 32 : cp;
  }
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
}

}  // namespace claimtrace::text
