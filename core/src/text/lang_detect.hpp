#pragma once
// Language detection for `--lang auto`: by script, which is reliable for the
// languages claimtrace has lexicons for (Arabic script -> "ar", Latin -> "en")
// and gives the right script family for the others (Cyrillic -> "ru", Hangul
// -> "ko", Han/Kana -> "zh"/"ja", Hebrew -> "he", Greek -> "el").
// It does not tell English from French or Arabic from Persian.

#include <string>
#include <string_view>

namespace claimtrace::text {

// Looks at up to the first 20 000 bytes of valid UTF-8.
[[nodiscard]] std::string detect_language(std::string_view utf8);

}  // namespace claimtrace::text
