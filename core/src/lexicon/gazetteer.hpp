#pragma once
// Known sources by name: every name and alias of every entity (plugin
// agencies and the entity file), in every language, matched as token phrases.

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "claimtrace/entity.hpp"
#include "lexicon/phrase_index.hpp"

namespace claimtrace::lexicon {

struct EntityMatch {
  std::uint32_t begin = 0;  // token range
  std::uint32_t end = 0;
  std::uint32_t entity = 0;  // index into Gazetteer::entities()
  bool ambiguous = false;    // an ambiguous name: needs an agency context to count
};

class Gazetteer {
 public:
  Gazetteer() = default;
  explicit Gazetteer(std::vector<EntityInfo> entities);

  [[nodiscard]] const std::vector<EntityInfo>& entities() const noexcept { return m_entities; }
  [[nodiscard]] const EntityInfo* find(std::string_view id) const noexcept;
  [[nodiscard]] std::uint32_t index_of(std::string_view id) const noexcept;  // UINT32_MAX if unknown
  // The entity id of the country with this ISO code ("CN" -> "china"), "" when unknown.
  [[nodiscard]] std::string country_id(std::string_view iso) const;
  // Is this entity a country (its own controlling government)?
  [[nodiscard]] static bool is_country(const EntityInfo& e) noexcept {
    return e.kind == SourceKind::government && e.controlled_by == e.id;
  }

  // Longest non-overlapping entity names in tokens [begin, end).
  // With `starts` (PhraseStarts::of the same keys), tokens that cannot start a name
  // (no table_entity bit) are skipped without a lookup.
  [[nodiscard]] std::vector<EntityMatch> find(const std::vector<text::Token>& tokens,
                                              const std::vector<TokenKey>& keys, std::size_t begin,
                                              std::size_t end, std::span<const std::uint8_t> starts = {}) const;

  [[nodiscard]] const PhraseIndex& name_index() const noexcept { return m_index; }

 private:
  struct NameInfo {
    std::uint32_t entity;
    bool ambiguous;
    bool needs_capital;   // a Latin name written with a capital: "Petra"
    bool needs_all_caps;  // an acronym: "WHO", "AP"
    bool name_after_the;  // "The Athletic", "the Telegraph": the word after the article is capitalised too
    bool arabic_bare;     // an agency's or outlet's Arabic name whose first word has no article: "بترا"
    bool lookalike;       // another body's name: matched to hide the entity's shorter name inside it
    std::u16string first;  // that first word, folded
  };
  std::vector<EntityInfo> m_entities;
  std::unordered_map<std::string, std::uint32_t> m_by_id;
  std::unordered_map<std::string, std::string> m_country_by_iso;
  std::vector<NameInfo> m_names;
  PhraseIndex m_index;
};

}  // namespace claimtrace::lexicon
