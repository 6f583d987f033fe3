#pragma once
// One sentence prepared for the frames: its tokens, their lookup keys, and
// every lexicon hit in it (cues, uncertainty markers, source nouns, known
// entities, nationality adjectives), plus which quotation each token is in.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/cue_lexicon.hpp"
#include "lexicon/gazetteer.hpp"
#include "lexicon/phrase_starts.hpp"
#include "text/normalized_text.hpp"
#include "text/segmenter.hpp"
#include "text/utf8.hpp"

namespace claimtrace::extract {

struct QuoteRegion {
  std::uint32_t open = 0;   // unit of the opening mark
  std::uint32_t close = 0;  // unit of the closing mark (or the end of the paragraph if unclosed)
  bool closed = true;
  [[nodiscard]] std::uint32_t content_begin() const { return open + 1; }
  [[nodiscard]] std::uint32_t content_end() const { return close; }
};

struct Hit {
  std::uint32_t begin = 0;  // token range
  std::uint32_t end = 0;
  std::uint32_t payload = 0;  // index into the lexicon's entries
};

class Sentence {
 public:
  Sentence(const text::NormalizedText& text, const text::Sentence& span, std::uint32_t index,
           const lexicon::CueLexicon& lex, const lexicon::Gazetteer& gazetteer,
           const std::vector<QuoteRegion>& quotes, std::string_view original = {},
           const text::CodePointIndex* original_index = nullptr, const lexicon::PhraseStarts* starts = nullptr);

  const text::NormalizedText& text;
  const lexicon::CueLexicon& lex;
  const lexicon::Gazetteer& gazetteer;
  text::Sentence span;
  std::uint32_t index = 0;
  std::vector<text::Token> tokens;
  std::vector<lexicon::TokenKey> keys;
  std::vector<std::int32_t> quote;  // per token: index of the quote region it lies in, -1 if none
  std::vector<Hit> cues;
  std::vector<Hit> markers;
  std::vector<Hit> nouns;
  std::vector<Hit> nationalities;
  std::vector<lexicon::EntityMatch> entities;

  [[nodiscard]] std::size_t size() const noexcept { return tokens.size(); }
  [[nodiscard]] std::u16string_view lower(std::size_t i) const;
  [[nodiscard]] bool is_word(std::size_t i) const { return tokens[i].kind != text::TokenKind::punct; }
  [[nodiscard]] bool is_punct(std::size_t i, char16_t c) const {
    return tokens[i].kind == text::TokenKind::punct && tokens[i].punct == c;
  }
  [[nodiscard]] bool is_comma(std::size_t i) const;
  [[nodiscard]] bool is_dash(std::size_t i) const;
  // Arabic: the word opens with the article "ال". ("ألكسندر"، "إلياس": a hamza on the alef
  // makes it a name's own letters, which the folded text cannot tell.)
  [[nodiscard]] bool has_article(std::size_t i) const;
  [[nodiscard]] bool is_open_quote(std::size_t i) const;
  [[nodiscard]] bool is_close_quote(std::size_t i) const;
  [[nodiscard]] bool is_quote_mark(std::size_t i) const;
  [[nodiscard]] bool is_end_punct(std::size_t i) const;  // . ! ? ;
  // Word classes of a token: any of its keys (is), or the whole token (is_exact).
  [[nodiscard]] bool is(lexicon::WordClass c, std::size_t i) const {
    return i < size() && ((m_class_any[i] >> static_cast<unsigned>(c)) & 1U) != 0;
  }
  [[nodiscard]] bool is_exact(lexicon::WordClass c, std::size_t i) const {
    return i < size() && ((m_class_exact[i] >> static_cast<unsigned>(c)) & 1U) != 0;
  }
  [[nodiscard]] bool is_exact(lexicon::WordClass c, std::u16string_view key) const { return lex.is_exact(c, key); }
  [[nodiscard]] bool word_is(std::size_t i, std::u16string_view w) const { return i < size() && keys[i].matches(w); }
  [[nodiscard]] bool in_quote(std::size_t i) const { return quote[i] >= 0; }

  // Hits that start at token i (nullptr if none).
  [[nodiscard]] const Hit* cue_at(std::size_t i) const;
  [[nodiscard]] const Hit* noun_covering(std::size_t i) const;
  [[nodiscard]] const lexicon::EntityMatch* entity_covering(std::size_t i) const;
  [[nodiscard]] const Hit* nationality_covering(std::size_t i) const;

  // Units of tokens [b, e).
  [[nodiscard]] std::uint32_t unit_begin(std::size_t b) const { return tokens[b].begin; }
  [[nodiscard]] std::uint32_t unit_end(std::size_t e) const { return tokens[e - 1].end; }
  // The stored text of tokens [b, e) (the folded text when no original was given).
  [[nodiscard]] std::string utf8(std::size_t b, std::size_t e) const;
  // Whether the stored text writes token i as a hashtag, "#الشرطة" (the folded text reads the
  // sign as a space, so that "في #ليبيا" names the country).
  [[nodiscard]] bool hashtag(std::size_t i) const;
  // Whether word i, a noun as often as a verb ("claims", "forecasts", "hopes"), is the verb of
  // a clause whose subject is "the" and one name: "The Kremlin claims the plan will …".
  [[nodiscard]] bool verb_after_the_name(std::size_t i) const;

 private:
  void add_names_across_quotes(const std::vector<QuoteRegion>& quotes, const lexicon::PhraseStarts* starts);
  std::vector<std::uint8_t> m_quote_marks;  // per token: 1 opens a quotation, 2 closes one
  std::vector<std::uint32_t> m_class_exact;  // per token: word classes of its exact key
  std::vector<std::uint32_t> m_class_any;    // per token: word classes of any of its keys
  std::string_view m_original;                // the document's stored text
  const text::CodePointIndex* m_original_index = nullptr;
};

// "عاد", "خرج" (went back, came out) and their feminine, with "و" or "ف" before: the verb of
// "وعاد الوزير ليؤكد أن P", whose subject speaks through the verb with "ل" after it.
[[nodiscard]] bool is_returning_verb(std::u16string_view folded);

// Quotation regions of a paragraph-structured text: paired “ ” « » „ ‹ › and
// straight quotes; a quote left open at the end of a paragraph closes there.
[[nodiscard]] std::vector<QuoteRegion> find_quotes(const text::NormalizedText& text);

}  // namespace claimtrace::extract
