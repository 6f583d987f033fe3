#include "lexicon/phrase_index.hpp"

namespace claimtrace::lexicon {

void PhraseIndex::add(const std::vector<std::u16string>& keys, std::uint32_t payload) {
  if (keys.empty()) {
    return;
  }
  Entry e{std::vector<std::u16string>(keys.begin() + 1, keys.end()), {}, payload};
  for (const std::u16string& k : e.rest) {
    e.rest_hash.push_back(hash_key(k));
  }
  auto& bucket = m_by_first[keys.front()];
  for (const Entry& existing : bucket) {
    if (existing.rest == e.rest && existing.payload == payload) {
      return;
    }
  }
  bucket.push_back(std::move(e));
}

void PhraseIndex::matches_at(const std::vector<TokenKey>& keys, std::size_t i,
                             std::vector<PhraseMatch>& out) const {
  auto try_first = [&](const HashedKey& first) {
    const std::vector<Entry>* entries = m_by_first.find(first);
    if (entries == nullptr) {
      return;
    }
    for (const Entry& e : *entries) {
      if (i + 1 + e.rest.size() > keys.size()) {
        continue;
      }
      bool ok = true;
      for (std::size_t k = 0; k < e.rest.size() && ok; ++k) {
        ok = keys[i + 1 + k].matches(HashedKey{e.rest[k], e.rest_hash[k]});
      }
      if (ok) {
        out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1 + e.rest.size()), e.payload});
      }
    }
  };
  const TokenKey& key = keys[i];
  try_first(key.exact_key());
  for (std::size_t k = 0; k < key.stripped.size(); ++k) {
    try_first(key.stripped_key(k));
  }
}

std::vector<PhraseMatch> PhraseIndex::find_longest(const std::vector<TokenKey>& keys, std::size_t begin,
                                                   std::size_t end, std::span<const std::uint8_t> starts,
                                                   std::uint8_t table) const {
  std::vector<PhraseMatch> out;
  std::vector<PhraseMatch> here;
  std::size_t i = begin;
  while (i < end) {
    if (!starts.empty() && (starts[i] & table) == 0) {
      ++i;
      continue;
    }
    here.clear();
    matches_at(keys, i, here);
    const PhraseMatch* best = nullptr;
    for (const PhraseMatch& m : here) {
      if (m.end <= end && (best == nullptr || m.end > best->end)) {
        best = &m;
      }
    }
    if (best != nullptr) {
      out.push_back(*best);
      i = best->end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace claimtrace::lexicon
