#pragma once
// Hashing and tables of lexicon keys (folded UTF-16 words). A document token is
// looked up in a dozen tables (cue forms, markers, source nouns, entity names,
// word classes), so its hash is computed once, when its keys are made, and
// travels with it as a HashedKey; the tables accept either a plain view or a
// HashedKey.
//
// The tables are flat (open addressing, linear probing, load <= 1/2) rather than
// std::unordered_map: a lookup that misses, the common case for document words,
// then touches one array slot instead of a bucket's node chain, and the slot's
// hash tag settles most probes without comparing strings. Entries stay in
// insertion order, so iterating a table is deterministic.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimtrace::lexicon {

// A multiplicative hash over 4 UTF-16 units at a time: keys are short words, where
// this is several times cheaper than std::hash's byte-wise Murmur, and the table
// takes its slot from the high bits, which the multiplications mix well.
[[nodiscard]] inline std::size_t hash_key(std::u16string_view s) noexcept {
  constexpr std::uint64_t k_mul = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = 0x243F6A8885A308D3ULL ^ (s.size() * k_mul);
  std::size_t i = 0;
  for (; i + 4 <= s.size(); i += 4) {
    std::uint64_t w = 0;
    // g++ 12 inlines this for short literals and warns of a read past them that the loop
    // condition rules out (-Warray-bounds false positive).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"
#endif
    std::memcpy(&w, s.data() + i, sizeof w);
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
    h = (std::rotl(h, 23) ^ w) * k_mul;
  }
  if (i < s.size()) {
    std::uint64_t w = 0;
    std::memcpy(&w, s.data() + i, (s.size() - i) * sizeof(char16_t));
    h = (std::rotl(h, 23) ^ w) * k_mul;
  }
  return static_cast<std::size_t>(h ^ (h >> 29));
}

// A key with its hash_key() already computed.
struct HashedKey {
  std::u16string_view text;
  std::size_t hash = 0;
};

// A map from key to Value. find() returns the value or nullptr.
template <typename Value>
class KeyMap {
 public:
  struct Entry {
    std::u16string key;
    std::size_t hash;
    Value value;
  };

  [[nodiscard]] const Value* find(const HashedKey& k) const noexcept {
    if (m_slots.empty()) {
      return nullptr;
    }
    const std::size_t mask = m_slots.size() - 1;
    const auto tag = static_cast<std::uint32_t>(k.hash);
    for (std::size_t i = slot_of(k.hash);; i = (i + 1) & mask) {
      const Slot s = m_slots[i];
      if (s.index == 0) {
        return nullptr;
      }
      if (s.tag == tag) {
        const Entry& e = m_entries[s.index - 1];
        if (e.hash == k.hash && e.key == k.text) {
          return &e.value;
        }
      }
    }
  }
  [[nodiscard]] const Value* find(std::u16string_view k) const noexcept { return find(HashedKey{k, hash_key(k)}); }
  [[nodiscard]] Value* find(const HashedKey& k) noexcept {
    return const_cast<Value*>(std::as_const(*this).find(k));
  }
  [[nodiscard]] bool contains(std::u16string_view k) const noexcept { return find(k) != nullptr; }
  [[nodiscard]] bool contains(const HashedKey& k) const noexcept { return find(k) != nullptr; }

  // Inserts `value` under `key` unless the key is present; returns the stored value.
  Value& emplace(std::u16string_view key, Value value = Value{}) {
    const HashedKey hk{key, hash_key(key)};
    if (Value* v = find(hk)) {
      return *v;
    }
    if ((m_entries.size() + 1) * 2 > m_slots.size()) {
      rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
    }
    m_entries.push_back({std::u16string(key), hk.hash, std::move(value)});
    place(m_entries.size() - 1);
    return m_entries.back().value;
  }
  Value& operator[](std::u16string_view key) { return emplace(key); }

  [[nodiscard]] std::size_t size() const noexcept { return m_entries.size(); }
  [[nodiscard]] bool empty() const noexcept { return m_entries.empty(); }
  // Entries in insertion order.
  [[nodiscard]] auto begin() const noexcept { return m_entries.begin(); }
  [[nodiscard]] auto end() const noexcept { return m_entries.end(); }

 private:
  struct Slot {
    std::uint32_t index = 0;  // entry index + 1; 0 when the slot is empty
    std::uint32_t tag = 0;    // low bits of the entry's hash
  };

  [[nodiscard]] std::size_t slot_of(std::size_t hash) const noexcept {
    // The high bits: the hash's last multiplication moves its entropy there.
    return static_cast<std::size_t>(static_cast<std::uint64_t>(hash) >> m_shift);
  }
  void place(std::size_t entry) {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = slot_of(m_entries[entry].hash);
    while (m_slots[i].index != 0) {
      i = (i + 1) & mask;
    }
    m_slots[i] = {static_cast<std::uint32_t>(entry + 1), static_cast<std::uint32_t>(m_entries[entry].hash)};
  }
  void rehash(std::size_t slots) {
    m_slots.assign(slots, Slot{});
    m_shift = 64 - static_cast<unsigned>(std::countr_zero(slots));
    for (std::size_t e = 0; e < m_entries.size(); ++e) {
      place(e);
    }
  }

  std::vector<Entry> m_entries;
  std::vector<Slot> m_slots;
  unsigned m_shift = 64;
};

// A set of keys.
class KeySet {
 public:
  void insert(std::u16string_view key) { m_map.emplace(key); }
  [[nodiscard]] bool contains(std::u16string_view k) const noexcept { return m_map.contains(k); }
  [[nodiscard]] bool contains(const HashedKey& k) const noexcept { return m_map.contains(k); }
  [[nodiscard]] std::size_t size() const noexcept { return m_map.size(); }

 private:
  struct Present {};
  KeyMap<Present> m_map;
};

}  // namespace claimtrace::lexicon
