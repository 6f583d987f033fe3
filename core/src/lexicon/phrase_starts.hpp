#pragma once
// Which phrase tables (cue forms, markers, source nouns, nationalities, entity names) have
// a phrase starting with a given key. A sentence looks each token up here once, instead
// of once per table, and then asks only the tables that can match there: most tokens
// start no phrase at all, and the per-table lookups were a tenth of extraction time.

#include <cstdint>
#include <vector>

#include "lexicon/key_hash.hpp"
#include "lexicon/phrase_index.hpp"
#include "lexicon/token_keys.hpp"

namespace claimtrace::lexicon {

// One bit per table.
enum PhraseTable : std::uint8_t {
  table_cue = 1,
  table_marker = 2,
  table_source_noun = 4,
  table_nationality = 8,
  table_entity = 16,
};

class PhraseStarts {
 public:
  void add(const PhraseIndex& index, std::uint8_t table);

  // The tables in which a phrase may start at a token with these keys.
  [[nodiscard]] std::uint8_t at(const TokenKey& key) const;

  // at() for every token.
  [[nodiscard]] std::vector<std::uint8_t> of(const std::vector<TokenKey>& keys) const;

 private:
  KeyMap<std::uint8_t> m_tables;
};

}  // namespace claimtrace::lexicon
