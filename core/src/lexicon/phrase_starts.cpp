#include "lexicon/phrase_starts.hpp"

namespace claimtrace::lexicon {

void PhraseStarts::add(const PhraseIndex& index, std::uint8_t table) {
  index.for_each_first_key([&](const std::u16string& key) { m_tables[key] |= table; });
}

std::uint8_t PhraseStarts::at(const TokenKey& key) const {
  // The same keys PhraseIndex::matches_at tries as a phrase's first word.
  std::uint8_t tables = 0;
  if (const std::uint8_t* t = m_tables.find(key.exact_key())) {
    tables |= *t;
  }
  for (std::size_t k = 0; k < key.stripped.size(); ++k) {
    if (const std::uint8_t* t = m_tables.find(key.stripped_key(k))) {
      tables |= *t;
    }
  }
  return tables;
}

std::vector<std::uint8_t> PhraseStarts::of(const std::vector<TokenKey>& keys) const {
  std::vector<std::uint8_t> out;
  out.reserve(keys.size());
  for (const TokenKey& k : keys) {
    out.push_back(at(k));
  }
  return out;
}

}  // namespace claimtrace::lexicon
