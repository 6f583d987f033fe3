#pragma once
// Hashing of lexicon keys (folded UTF-16 words). A document token is looked up in
// a dozen tables (cue forms, markers, source nouns, entity names, word classes),
// so its hash is computed once, when its keys are made, and travels with it as a
// HashedKey; the tables accept either a plain view or a HashedKey.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace claimtrace::lexicon {

[[nodiscard]] inline std::size_t hash_key(std::u16string_view s) noexcept {
  return std::hash<std::u16string_view>{}(s);
}

// A key with its hash_key() already computed.
struct HashedKey {
  std::u16string_view text;
  std::size_t hash = 0;

  friend bool operator==(const HashedKey& a, std::u16string_view b) noexcept { return a.text == b; }
};

struct KeyHash {
  using is_transparent = void;
  // Deliberately not noexcept: libstdc++ stores each node's hash only when the hasher
  // may throw, and without stored hashes every probe of a bucket rehashes the next
  // node's key (measured: a fifth of extraction time went to that).
  std::size_t operator()(std::u16string_view s) const { return hash_key(s); }
  std::size_t operator()(const HashedKey& k) const { return k.hash; }
};

template <typename Value>
using KeyMap = std::unordered_map<std::u16string, Value, KeyHash, std::equal_to<>>;
using KeySet = std::unordered_set<std::u16string, KeyHash, std::equal_to<>>;

}  // namespace claimtrace::lexicon
