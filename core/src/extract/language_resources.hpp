#pragma once
// Everything the extractor knows, built once and shared read-only by all
// threads: one cue lexicon per language and the gazetteer of known sources.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "claimtrace/entity.hpp"
#include "claimtrace/plugin_host.hpp"
#include "lexicon/cue_lexicon.hpp"
#include "lexicon/gazetteer.hpp"
#include "lexicon/phrase_starts.hpp"
#include "lexicon/token_keys.hpp"

namespace claimtrace::extract {

// An outlet's name for itself ("this agency", "لـ«العربية.نت»"), as phrase keys.
struct SelfReference {
  std::string entity_id;
  std::string lang;  // empty: any language
  std::vector<std::u16string> keys;
};

struct LanguageResources {
  std::map<std::string, lexicon::CueLexicon> lexicons;  // by language
  lexicon::Gazetteer gazetteer;
  std::vector<LoadedPlugin> plugins;  // keeps plugin instances alive
  // By language, over that lexicon's tables and the gazetteer: made once all are loaded.
  std::map<std::string, lexicon::PhraseStarts> phrase_starts;
  // Keyed once here rather than by each document's assembler, where it cost 5%
  // of extraction.
  std::vector<SelfReference> self_references;

  [[nodiscard]] const lexicon::CueLexicon* lexicon_for(const std::string& lang) const {
    const auto it = lexicons.find(lang);
    return it == lexicons.end() ? nullptr : &it->second;
  }
  [[nodiscard]] const lexicon::PhraseStarts* phrase_starts_for(const std::string& lang) const {
    const auto it = phrase_starts.find(lang);
    return it == phrase_starts.end() ? nullptr : &it->second;
  }
  // Call after the lexicons and the gazetteer are complete.
  void index_phrase_starts() {
    phrase_starts.clear();
    for (const auto& [lang, lex] : lexicons) {
      lexicon::PhraseStarts& starts = phrase_starts[lang];
      starts.add(lex.cue_index(), lexicon::table_cue);
      starts.add(lex.marker_index(), lexicon::table_marker);
      starts.add(lex.source_noun_index(), lexicon::table_source_noun);
      starts.add(lex.nationality_index(), lexicon::table_nationality);
      starts.add(gazetteer.name_index(), lexicon::table_entity);
    }
  }
  // Call after the gazetteer is complete.
  void index_self_references() {
    self_references.clear();
    for (const EntityInfo& e : gazetteer.entities()) {
      for (const EntityName& n : e.self_references) {
        self_references.push_back(SelfReference{e.id, n.lang, lexicon::phrase_keys(n.text)});
      }
    }
  }
};

}  // namespace claimtrace::extract
