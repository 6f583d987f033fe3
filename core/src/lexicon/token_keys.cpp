#include "lexicon/token_keys.hpp"

#include <unicode/unistr.h>

namespace claimtrace::lexicon {
namespace {

constexpr char16_t k_waw = u'\u0648';
constexpr char16_t k_fa = u'\u0641';
constexpr char16_t k_ba = u'\u0628';
constexpr char16_t k_lam = u'\u0644';
constexpr char16_t k_kaf = u'\u0643';
constexpr char16_t k_alef = u'\u0627';

bool is_arabic(char16_t c) { return c >= 0x0600 && c <= 0x06FF; }

void add_unique(std::vector<std::u16string>& out, std::u16string s) {
  for (const auto& e : out) {
    if (e == s) {
      return;
    }
  }
  out.push_back(std::move(s));
}

// Variants after an optional preposition (and "لل" = "ل" + "ال").
void add_preposition_variants(std::u16string_view w, std::vector<std::u16string>& out) {
  if (w.size() >= 4 && w[0] == k_lam && w[1] == k_lam) {
    // "للأنباء" -> "الانباء"
    std::u16string s = u"\u0627";
    s.append(w.substr(1));
    add_unique(out, std::move(s));
    add_unique(out, std::u16string(w.substr(2)));
    return;
  }
  if (w.size() >= 3 && (w[0] == k_ba || w[0] == k_lam || w[0] == k_kaf)) {
    add_unique(out, std::u16string(w.substr(1)));
    if (w.size() >= 5 && w[1] == k_alef && w[2] == k_lam) {
      add_unique(out, std::u16string(w.substr(3)));  // without the article too
    }
  }
}

// "a WHO official said", "the WHO's chief": the World Health Organization's initials, in
// capitals, are kept apart from the relative "who" the rules read (a name's key is built the
// same way, so the gazetteer still finds them).
constexpr std::u16string_view k_who_initials = u"WHO";

std::u16string_view key_of(std::u16string_view surface, std::u16string_view lowered) {
  return surface == k_who_initials ? k_who_initials : lowered;
}

}  // namespace

std::vector<std::u16string> arabic_proclitic_variants(std::u16string_view word) {
  std::vector<std::u16string> out;
  if (word.size() < 3 || !is_arabic(word[0])) {
    // Latin names glued to an Arabic preposition: "لCNN" (tatweel already removed).
    if (word.size() >= 3 && (word[0] == k_lam || word[0] == k_ba) && !is_arabic(word[1])) {
      add_unique(out, std::u16string(word.substr(1)));
    }
    return out;
  }
  if ((word[0] == k_lam || word[0] == k_ba) && word.size() >= 2 && !is_arabic(word[1])) {
    add_unique(out, std::u16string(word.substr(1)));
    return out;
  }
  if (word[0] == k_waw || word[0] == k_fa) {
    const std::u16string_view rest = word.substr(1);
    if (rest.size() >= 2) {
      add_unique(out, std::u16string(rest));
      add_preposition_variants(rest, out);
    }
  }
  add_preposition_variants(word, out);
  // The article: "التقارير" is also "تقارير", so that indefinite lexicon forms match definite words.
  const std::size_t n = out.size();
  auto strip_article = [&](std::u16string_view w) {
    if (w.size() >= 4 && w[0] == k_alef && w[1] == k_lam) {
      add_unique(out, std::u16string(w.substr(2)));
    }
  };
  strip_article(word);
  for (std::size_t i = 0; i < n; ++i) {
    const std::u16string copy = out[i];
    strip_article(copy);
  }
  return out;
}

std::vector<TokenKey> make_keys(const text::NormalizedText& text, const std::vector<text::Token>& tokens) {
  std::vector<TokenKey> keys;
  keys.reserve(tokens.size());
  const std::u16string_view lower = text.lower();
  const std::u16string_view surface = text.text();
  for (const text::Token& t : tokens) {
    TokenKey k;
    k.exact = key_of(surface.substr(t.begin, t.end - t.begin), lower.substr(t.begin, t.end - t.begin));
    if (t.kind == text::TokenKind::word && !k.exact.empty() &&
        (t.arabic || k.exact[0] == k_lam || k.exact[0] == k_ba)) {
      k.stripped = arabic_proclitic_variants(k.exact);
      k.stripped_hash.reserve(k.stripped.size());
      for (const std::u16string& v : k.stripped) {
        k.stripped_hash.push_back(hash_key(v));
      }
    }
    k.exact_hash = hash_key(k.exact);
    keys.push_back(std::move(k));
  }
  return keys;
}

std::vector<std::u16string> phrase_keys(std::string_view utf8_phrase) {
  const text::NormalizedText norm = text::NormalizedText::from_plain(utf8_phrase);
  std::vector<text::Token> tokens;
  text::tokenize(norm, 0, static_cast<std::uint32_t>(norm.size()), tokens);
  std::vector<std::u16string> out;
  out.reserve(tokens.size());
  for (const text::Token& t : tokens) {
    out.emplace_back(key_of(norm.text().substr(t.begin, t.end - t.begin), norm.lower().substr(t.begin, t.end - t.begin)));
  }
  return out;
}

std::u16string to_u16(std::string_view utf8) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  return std::u16string(reinterpret_cast<const char16_t*>(u.getBuffer()), static_cast<std::size_t>(u.length()));
}

std::string to_utf8(std::u16string_view u16) {
  std::string out;
  icu::UnicodeString(false, reinterpret_cast<const UChar*>(u16.data()), static_cast<int32_t>(u16.size())).toUTF8String(out);
  return out;
}

}  // namespace claimtrace::lexicon
