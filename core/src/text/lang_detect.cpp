#include "text/lang_detect.hpp"

#include <array>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/utf8.hpp"

namespace claimtrace::text {

std::string detect_language(std::string_view utf8) {
  std::size_t limit = std::min<std::size_t>(utf8.size(), 20000);
  // Do not cut a code point in half.
  while (limit < utf8.size() && limit > 0 && (static_cast<unsigned char>(utf8[limit]) & 0xC0) == 0x80) {
    --limit;
  }
  const std::string_view head = utf8.substr(0, limit);
  std::size_t arabic = 0, latin = 0, cyrillic = 0, hangul = 0, han = 0, kana = 0, hebrew = 0, greek = 0;
  std::size_t pos = 0;
  while (pos < head.size()) {
    const char32_t cp = decode_utf8(head, pos);
    if (cp < 0x80) {
      latin += ((cp | 0x20) >= U'a' && (cp | 0x20) <= U'z') ? 1 : 0;
      continue;
    }
    if ((cp >= 0x0620 && cp <= 0x064A && cp != 0x0640) || (cp >= 0x0671 && cp <= 0x06D3)) {
      ++arabic;  // the Arabic letters proper, without asking ICU for each
      continue;
    }
    if (!u_isalpha(static_cast<UChar32>(cp))) {
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(static_cast<UChar32>(cp), &status)) {
      case USCRIPT_ARABIC: ++arabic; break;
      case USCRIPT_LATIN: ++latin; break;
      case USCRIPT_CYRILLIC: ++cyrillic; break;
      case USCRIPT_HANGUL: ++hangul; break;
      case USCRIPT_HAN: ++han; break;
      case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: ++kana; break;
      case USCRIPT_HEBREW: ++hebrew; break;
      case USCRIPT_GREEK: ++greek; break;
      default: break;
    }
  }
  const std::array<std::pair<std::size_t, const char*>, 8> counts{{
      {arabic, "ar"}, {latin, "en"}, {cyrillic, "ru"}, {hangul, "ko"},
      {kana > 0 ? han + kana : 0, "ja"}, {kana == 0 ? han : 0, "zh"}, {hebrew, "he"}, {greek, "el"},
  }};
  std::pair<std::size_t, const char*> best{0, "en"};
  for (const auto& c : counts) {
    if (c.first > best.first) {
      best = c;
    }
  }
  return best.second;
}

}  // namespace claimtrace::text
