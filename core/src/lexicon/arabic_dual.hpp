#pragma once
// Arabic dual forms of a singular source noun. Copy names two unnamed people
// with the dual ("قال تاجران في دبي"، "مصدران مطلعان"، "ممرضتان"), and listing
// every dual beside its singular in the lexicon is how they went missing. The
// nominative ("ـان") and the oblique ("ـين") are both derived; a feminine "ة"
// opens to "ت" before the ending.

#include <string>
#include <string_view>
#include <vector>

namespace claimtrace::lexicon {

// The dual forms of `singular` (UTF-8, one or more words: a noun and the
// adjectives that agree with it), or none when it has no regular dual here:
// an accusative form ("مصدرا"), a definite word ("السكان"), or a later word
// that is a noun in construct rather than an adjective ("عامل إغاثة").
[[nodiscard]] std::vector<std::string> arabic_dual_forms(std::string_view singular);

}  // namespace claimtrace::lexicon
