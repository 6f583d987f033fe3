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

namespace claimtrace::extract {

struct LanguageResources {
  std::map<std::string, lexicon::CueLexicon> lexicons;  // by language
  lexicon::Gazetteer gazetteer;
  std::vector<LoadedPlugin> plugins;  // keeps plugin instances alive

  [[nodiscard]] const lexicon::CueLexicon* lexicon_for(const std::string& lang) const {
    const auto it = lexicons.find(lang);
    return it == lexicons.end() ? nullptr : &it->second;
  }
};

}  // namespace claimtrace::extract
