#pragma once
// Paragraphs, sentences and word tokens of a NormalizedText, from ICU break
// iterators. Sentence breaks suppress the usual abbreviations ("Mr.", "Sept.",
// "Gen.") on top of ICU's own list; every line break ends a paragraph.

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/normalized_text.hpp"

namespace claimtrace::text {

struct Sentence {
  std::uint32_t begin = 0;  // units of the NormalizedText, whitespace trimmed
  std::uint32_t end = 0;
  std::uint32_t paragraph = 0;
  bool paragraph_start = false;
};

enum class TokenKind : std::uint8_t { word, number, punct };

struct Token {
  std::uint32_t begin = 0;  // units of the NormalizedText
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::word;
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // every letter upper case (and more than one letter)
  bool arabic = false;       // Arabic script
  char16_t punct = 0;        // the character, for punct tokens
};

// Sentences of the text, in order; `lang` picks ICU's locale rules ("en", "ar", ...).
[[nodiscard]] std::vector<Sentence> split_sentences(const NormalizedText& text, std::string_view lang);

// Word, number and punctuation tokens of units [begin, end) (spaces dropped; every
// punctuation character is its own token; English "'s" is split from its noun).
void tokenize(const NormalizedText& text, std::uint32_t begin, std::uint32_t end, std::vector<Token>& out);

}  // namespace claimtrace::text
