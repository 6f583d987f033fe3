#include "catch.hpp"

#include <map>
#include <string>

#include "lexicon/key_hash.hpp"

using claimtrace::lexicon::hash_key;
using claimtrace::lexicon::HashedKey;
using claimtrace::lexicon::KeyMap;
using claimtrace::lexicon::KeySet;

TEST_CASE("KeyMap agrees with std::map through growth, in insertion order") {
  KeyMap<int> table;
  std::map<std::u16string, int> reference;
  std::vector<std::u16string> order;
  // Words of every length from 1 to 12 units, Latin and Arabic, so the hash's
  // 4-unit blocks and tails are all exercised; 3,000 keys grow the table many times.
  for (int i = 0; i < 3000; ++i) {
    std::u16string key;
    for (int n = i; ; n /= 7) {
      key.push_back(static_cast<char16_t>((i % 2 ? u'\u0627' : u'a') + n % 7));
      if (n < 7) {
        break;
      }
    }
    key.append(static_cast<std::size_t>(i % 5), u'x');
    if (reference.emplace(key, i).second) {
      order.push_back(key);
    }
    table.emplace(key, i);  // a repeated key keeps its first value, as in std::map
  }
  REQUIRE(table.size() == reference.size());
  for (const auto& [key, value] : reference) {
    const int* found = table.find(key);
    REQUIRE(found != nullptr);
    CHECK(*found == value);
    const int* hashed = table.find(HashedKey{key, hash_key(key)});
    CHECK(hashed == found);
  }
  std::size_t at = 0;
  for (const auto& entry : table) {
    REQUIRE(at < order.size());
    CHECK(entry.key == order[at++]);
  }
  CHECK(table.find(std::u16string_view(u"absent")) == nullptr);
  CHECK(table.find(std::u16string_view(u"")) == nullptr);
}

TEST_CASE("KeyMap operator[] inserts a default value once") {
  KeyMap<std::uint8_t> table;
  table[u"said"] |= 1;
  table[u"said"] |= 4;
  table[u"قال"] |= 2;
  REQUIRE(table.size() == 2);
  CHECK(*table.find(std::u16string_view(u"said")) == 5);
  CHECK(*table.find(std::u16string_view(u"قال")) == 2);
}

TEST_CASE("KeySet and hash_key: equal text, equal hash; empty table finds nothing") {
  KeySet set;
  CHECK_FALSE(set.contains(std::u16string_view(u"x")));
  set.insert(u"according");
  set.insert(u"according");
  CHECK(set.size() == 1);
  const std::u16string copy = u"according";
  CHECK(hash_key(copy) == hash_key(u"according"));
  CHECK(set.contains(HashedKey{copy, hash_key(copy)}));
  CHECK_FALSE(set.contains(std::u16string_view(u"accordin")));
  CHECK(hash_key(u"ab") != hash_key(u"ba"));
  CHECK(hash_key(u"a") != hash_key(std::u16string_view(u"a\0", 2)));
}
