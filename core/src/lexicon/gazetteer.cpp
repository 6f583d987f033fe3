#include "lexicon/gazetteer.hpp"

#include <limits>

#include "lexicon/phrase_starts.hpp"

namespace claimtrace::lexicon {
namespace {

bool starts_with_capital_latin(std::string_view name) {
  return !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
}

// "WHO", "AP", "UN": an acronym must be written in capitals ("Who said", "up" are words).
bool is_acronym(std::string_view name) {
  int letters = 0;
  for (const char c : name) {
    if (c >= 'a' && c <= 'z') {
      return false;
    }
    letters += (c >= 'A' && c <= 'Z') ? 1 : 0;
  }
  return letters >= 2;
}

// "The Athletic", "the Independent": an article, then a capitalised word. Sentence case may
// capitalise the article, never the word after it ("The athletic director").
bool capital_after_article(std::string_view name) {
  return (name.starts_with("The ") || name.starts_with("the ")) && name.size() > 4 && name[4] >= 'A' && name[4] <= 'Z';
}

// The article before a name's bare first word: "البترا", "والبترا", "بالبترا", "للبترا" (not
// "بترا", "لبترا", and not "للبنان", which is "ل" + "لبنان").
bool has_article(std::u16string_view word, std::u16string_view name_first) {
  if (word.size() <= name_first.size() || !word.ends_with(name_first)) {
    return false;
  }
  const std::u16string_view before = word.substr(0, word.size() - name_first.size());
  return before.ends_with(u"\u0627\u0644") /* ال */ || before.ends_with(u"\u0644\u0644") /* لل */;
}

// Is the acronym written in capitals? ("S&P", "AT&T": single capitals joined by an ampersand
// are one acronym; a token of one letter is never all_caps on its own.)
bool written_in_capitals(const std::vector<text::Token>& tokens, const PhraseMatch& m) {
  if (tokens[m.begin].all_caps) {
    return true;
  }
  if (m.end <= m.begin + 1) {
    return false;
  }
  for (std::size_t t = m.begin; t < m.end; ++t) {
    if (tokens[t].kind == text::TokenKind::word && !tokens[t].all_caps &&
        !(tokens[t].capitalized && tokens[t].end == tokens[t].begin + 1)) {
      return false;
    }
  }
  return true;
}

}  // namespace

Gazetteer::Gazetteer(std::vector<EntityInfo> entities) : m_entities(std::move(entities)) {
  for (std::uint32_t i = 0; i < m_entities.size(); ++i) {
    const EntityInfo& e = m_entities[i];
    m_by_id.emplace(e.id, i);
    if (is_country(e) && !e.country.empty()) {
      m_country_by_iso.emplace(e.country, e.id);
    }
    auto add = [&](const EntityName& name, bool ambiguous, bool lookalike) {
      const auto payload = static_cast<std::uint32_t>(m_names.size());
      // Single-word all-lower names would match ordinary words; keep the capital requirement
      // for Latin names written with one.
      const std::vector<std::u16string> keys = phrase_keys(name.text);
      const std::u16string first = keys.empty() ? std::u16string() : keys.front();
      // (Agencies and outlets only: a country's name may be its adjective with the article,
      // "سورية" and "وزارة الصحة السورية".)
      const bool medium = e.kind == SourceKind::agency || e.kind == SourceKind::outlet;
      const bool arabic = !first.empty() && first[0] >= u'\u0600' && first[0] <= u'\u06FF';
      const bool article = first.size() > 2 && first[0] == u'\u0627' && first[1] == u'\u0644';
      m_names.push_back({i, ambiguous, starts_with_capital_latin(name.text), is_acronym(name.text),
                         capital_after_article(name.text), medium && arabic && !article, lookalike, first});
      m_index.add(keys, payload);
    };
    for (const EntityName& name : e.names) {
      add(name, false, false);
    }
    for (const EntityName& name : e.ambiguous_names) {
      add(name, true, false);
    }
    for (const EntityName& name : e.lookalikes) {
      add(name, false, true);
    }
  }
}

const EntityInfo* Gazetteer::find(std::string_view id) const noexcept {
  const std::uint32_t i = index_of(id);
  return i == std::numeric_limits<std::uint32_t>::max() ? nullptr : &m_entities[i];
}

std::uint32_t Gazetteer::index_of(std::string_view id) const noexcept {
  const auto it = m_by_id.find(std::string(id));
  return it == m_by_id.end() ? std::numeric_limits<std::uint32_t>::max() : it->second;
}

std::string Gazetteer::country_id(std::string_view iso) const {
  const auto it = m_country_by_iso.find(std::string(iso));
  return it == m_country_by_iso.end() ? std::string() : it->second;
}

std::vector<EntityMatch> Gazetteer::find(const std::vector<text::Token>& tokens, const std::vector<TokenKey>& keys,
                                         std::size_t begin, std::size_t end, std::span<const std::uint8_t> starts) const {
  std::vector<EntityMatch> out;
  std::vector<PhraseMatch> here;
  std::size_t i = begin;
  while (i < end) {
    if (!starts.empty() && (starts[i] & table_entity) == 0) {
      ++i;
      continue;
    }
    here.clear();
    m_index.matches_at(keys, i, here);
    const PhraseMatch* best = nullptr;
    for (const PhraseMatch& m : here) {
      if (m.end > end) {
        continue;
      }
      const NameInfo& info = m_names[m.payload];
      if ((info.needs_capital && !tokens[m.begin].capitalized) || (info.needs_all_caps && !written_in_capitals(tokens, m)) ||
          (info.name_after_the && m.begin + 1 < m.end && !tokens[m.begin + 1].capitalized)) {
        continue;
      }
      // ("سلطة إقليم البترا": with the article, "البترا" is the city; the agency is "بترا".)
      if (info.arabic_bare && has_article(keys[m.begin].exact, info.first)) {
        continue;
      }
      // (Of names of the same length, a real one before a lookalike, a plain one before an
      // ambiguous one.)
      const NameInfo* held = best == nullptr ? nullptr : &m_names[best->payload];
      if (best == nullptr || m.end > best->end ||
          (m.end == best->end && held->lookalike && !info.lookalike) ||
          (m.end == best->end && held->ambiguous && !info.ambiguous && !info.lookalike)) {
        best = &m;
      }
    }
    if (best == nullptr) {
      ++i;
      continue;
    }
    const NameInfo& info = m_names[best->payload];
    if (!info.lookalike) {
      out.push_back({best->begin, best->end, info.entity, info.ambiguous});
    }
    i = best->end;
  }
  return out;
}

}  // namespace claimtrace::lexicon
