#include "catch.hpp"

#include <string>
#include <vector>

#include "lexicon/token_keys.hpp"
#include "text/normalized_text.hpp"
#include "text/segmenter.hpp"

using namespace claimtrace;

namespace {
std::vector<std::string> sentences_of(const std::string& s, const std::string& lang) {
  const auto n = text::NormalizedText::from_plain(s);
  std::vector<std::string> out;
  for (const auto& sent : text::split_sentences(n, lang)) {
    out.push_back(lexicon::to_utf8(n.text().substr(sent.begin, sent.end - sent.begin)));
  }
  return out;
}
}  // namespace

TEST_CASE("sentences: abbreviations do not end a sentence", "[text][segment]") {
  const auto s = sentences_of("Mr. Kim left on Sept. 11 for the U.S. capital. Gen. Smith said so.", "en");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Mr. Kim left on Sept. 11 for the U.S. capital.");
  CHECK(s[1] == "Gen. Smith said so.");
}

TEST_CASE("sentences: a word ending in \"pp.\" ends a sentence (CLDR's \"pp.\" is a suffix match)", "[text][segment]") {
  const auto s = sentences_of("He made it with the company's app. \"It was my voice,\" he said. Philipp. Then he left.", "en");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "He made it with the company's app.");
  CHECK(s[1] == "\"It was my voice,\" he said.");
}

TEST_CASE("sentences: a dotted initialism before a name does not end a sentence", "[text][segment]") {
  const auto s = sentences_of(
      "Officials said the U.S. Senate would vote. He said the U.N. Security Council met in the U.S. The dollar fell.",
      "en");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Officials said the U.S. Senate would vote.");
  CHECK(s[1] == "He said the U.N. Security Council met in the U.S.");
  CHECK(s[2] == "The dollar fell.");
}

TEST_CASE("sentences: an ellipsis after an article or a preposition marks words left out", "[text][segment]") {
  const auto s = sentences_of("He said it is adhering by the ... Accord. Islands such as... Fiji grew. We tried... Nothing worked.",
                              "en");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "He said it is adhering by the ... Accord.");
  CHECK(s[1] == "Islands such as... Fiji grew.");
  CHECK(s[2] == "We tried...");
  CHECK(s[3] == "Nothing worked.");
}

TEST_CASE("sentences: every line break ends a paragraph", "[text][segment]") {
  const auto s = sentences_of("Headline without stop\n\nفي 11 سبتمبر. قال المتحدث إن الوضع هادئ.", "ar");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Headline without stop");
}

TEST_CASE("tokens: punctuation apart, possessive split, Arabic flagged", "[text][segment]") {
  const auto n = text::NormalizedText::from_plain("Russia's TASS (agency) \xD9\x82\xD8\xA7\xD9\x84");
  std::vector<text::Token> tokens;
  text::tokenize(n, 0, static_cast<std::uint32_t>(n.size()), tokens);
  std::vector<std::string> words;
  for (const auto& t : tokens) {
    words.push_back(lexicon::to_utf8(n.lower().substr(t.begin, t.end - t.begin)));
  }
  CHECK(words == std::vector<std::string>{"russia", "'s", "tass", "(", "agency", ")", "\xD9\x82\xD8\xA7\xD9\x84"});
  CHECK(tokens[2].all_caps);
  CHECK(tokens[0].capitalized);
  CHECK(tokens.back().arabic);
  CHECK(tokens[3].kind == text::TokenKind::punct);
}

TEST_CASE("tokens: a wire's angle brackets around a company name are no tokens; a ticker's and a stray one's are", "[text][segment]") {
  auto words_of = [](const std::string& s) {
    const auto n = text::NormalizedText::from_plain(s);
    std::vector<text::Token> tokens;
    text::tokenize(n, 0, static_cast<std::uint32_t>(n.size()), tokens);
    std::vector<std::string> words;
    for (const auto& t : tokens) {
      words.push_back(lexicon::to_utf8(n.lower().substr(t.begin, t.end - t.begin)));
    }
    return words;
  };
  CHECK(words_of("maker <Acme Tyre SpA> denied") == std::vector<std::string>{"maker", "acme", "tyre", "spa", "denied"});
  CHECK(words_of("Acme Corp <ACM.L> said") == std::vector<std::string>{"acme", "corp", "<", "acm.l", ">", "said"});
  CHECK(words_of("if a < b then") == std::vector<std::string>{"if", "a", "<", "b", "then"});
  // (A bracket whose partner is further than a name's length away stays a token.)
  const std::string far = "<Acme " + std::string(100, 'x') + ">";
  CHECK(words_of(far).front() == "<");
}
