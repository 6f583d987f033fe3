#include "lexicon/arabic_dual.hpp"

#include <array>

namespace claimtrace::lexicon {
namespace {

constexpr std::string_view k_ta_marbuta = "\u0629";  // ة
constexpr std::string_view k_ta = "\u062a";          // ت
constexpr std::string_view k_alef = "\u0627";        // ا
constexpr std::string_view k_article = "\u0627\u0644";  // ال

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t space = text.find(' ', start);
    const std::size_t end = space == std::string_view::npos ? text.size() : space;
    if (end > start) {
      words.push_back(text.substr(start, end - start));
    }
    start = end + 1;
  }
  return words;
}

}  // namespace

std::vector<std::string> arabic_dual_forms(std::string_view singular) {
  const std::vector<std::string_view> words = words_of(singular);
  if (words.empty()) {
    return {};
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    // (An accusative "مصدرا" already carries its case; "السكان" is no singular of a person.)
    if (w.ends_with(k_alef) || w.starts_with(k_article)) {
      return {};
    }
    // ("عامل إغاثة": the second noun names the trade and keeps its number.)
    if (i > 0 && w.ends_with(k_ta_marbuta)) {
      return {};
    }
  }
  std::vector<std::string> out;
  for (const std::string_view ending : std::array<std::string_view, 2>{"\u0627\u0646" /* ان */, "\u064a\u0646" /* ين */}) {
    std::string form;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i > 0) {
        form += ' ';
      }
      std::string_view w = words[i];
      if (w.ends_with(k_ta_marbuta)) {
        w.remove_suffix(k_ta_marbuta.size());
        form.append(w).append(k_ta);
      } else {
        form.append(w);
      }
      form.append(ending);
    }
    out.push_back(std::move(form));
  }
  return out;
}

}  // namespace claimtrace::lexicon
