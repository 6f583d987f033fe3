#pragma once
// Lookup keys of word tokens. A token's key is its search-folded, case-folded
// text. Arabic attaches conjunctions, prepositions and the article to the
// word ("وقال", "لوكالة", "للأنباء", "بالكرملين"), so an Arabic token also has
// the keys left after removing those proclitics; a lexicon entry matches a
// token when it equals any of its keys.

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/key_hash.hpp"
#include "text/normalized_text.hpp"
#include "text/segmenter.hpp"

namespace claimtrace::lexicon {

struct TokenKey {
  std::u16string_view exact;           // the whole token, lower-cased
  std::vector<std::u16string> stripped;  // Arabic proclitic-stripped variants, longest first
  std::size_t exact_hash = 0;             // hash_key(exact)
  std::vector<std::size_t> stripped_hash;  // hash_key(stripped[i])
  [[nodiscard]] HashedKey exact_key() const noexcept { return {exact, exact_hash}; }
  [[nodiscard]] HashedKey stripped_key(std::size_t i) const noexcept { return {stripped[i], stripped_hash[i]}; }
  [[nodiscard]] bool matches(std::u16string_view key) const noexcept {
    if (exact == key) {
      return true;
    }
    for (const auto& s : stripped) {
      if (s == key) {
        return true;
      }
    }
    return false;
  }
  // Compares hashes first: phrase lookups test many candidate keys against a token.
  [[nodiscard]] bool matches(const HashedKey& key) const noexcept {
    if (exact_hash == key.hash && exact == key.text) {
      return true;
    }
    for (std::size_t i = 0; i < stripped.size(); ++i) {
      if (stripped_hash[i] == key.hash && stripped[i] == key.text) {
        return true;
      }
    }
    return false;
  }
};

// The proclitic-stripped variants of an Arabic word (not including the word itself):
// و/ف conjunction, then ب/ل/ك preposition, with "لل" read as "ل" + "ال".
[[nodiscard]] std::vector<std::u16string> arabic_proclitic_variants(std::u16string_view word);

// Keys for every token of a sentence.
[[nodiscard]] std::vector<TokenKey> make_keys(const text::NormalizedText& text,
                                              const std::vector<text::Token>& tokens);

// Splits a lexicon phrase ("according to", "نقلا عن") into token keys, folded
// and tokenized exactly as documents are.
[[nodiscard]] std::vector<std::u16string> phrase_keys(std::string_view utf8_phrase);

// UTF-16 <-> UTF-8 helpers for keys.
[[nodiscard]] std::u16string to_u16(std::string_view utf8);
[[nodiscard]] std::string to_utf8(std::u16string_view u16);

}  // namespace claimtrace::lexicon
