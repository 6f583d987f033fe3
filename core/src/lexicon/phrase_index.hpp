#pragma once
// An index of multi-token phrases (cue forms, entity names) for longest-match
// lookup over a sentence's tokens. The first token of a phrase may match any
// key of a document token (Arabic proclitics); the following tokens match the
// exact or stripped keys as well, since Arabic phrases can carry "و" inside
// ("وكالة الأنباء" never needs it, "وفقا لما" does not either, but names in
// lists do: "وسبوتنيك").

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/token_keys.hpp"

namespace claimtrace::lexicon {

struct PhraseMatch {
  std::uint32_t begin = 0;  // token index
  std::uint32_t end = 0;    // token index, exclusive
  std::uint32_t payload = 0;
};

class PhraseIndex {
 public:
  void add(const std::vector<std::u16string>& keys, std::uint32_t payload);

  // Every phrase that matches starting at token i (all lengths).
  void matches_at(const std::vector<TokenKey>& keys, std::size_t i, std::vector<PhraseMatch>& out) const;

  // Non-overlapping longest matches over tokens [begin, end), left to right. With
  // `starts` (PhraseStarts::of the same keys), tokens whose bits lack `table` are skipped
  // without a lookup.
  [[nodiscard]] std::vector<PhraseMatch> find_longest(const std::vector<TokenKey>& keys, std::size_t begin,
                                                      std::size_t end, std::span<const std::uint8_t> starts = {},
                                                      std::uint8_t table = 0) const;

  template <typename Fn>
  void for_each_first_key(Fn&& fn) const {
    for (const auto& entry : m_by_first) {
      fn(entry.key);
    }
  }

  [[nodiscard]] bool empty() const noexcept { return m_by_first.empty(); }

 private:
  struct Entry {
    std::vector<std::u16string> rest;
    std::vector<std::size_t> rest_hash;  // hash_key(rest[i])
    std::uint32_t payload;
  };
  KeyMap<std::vector<Entry>> m_by_first;
};

}  // namespace claimtrace::lexicon
