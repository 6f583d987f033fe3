#pragma once
// A known source: an agency or outlet declared by a plugin manifest, or a
// government, organization or person from the entity file (core/data/entities.toml).

#include <string>
#include <vector>

#include "claimtrace/source_kind.hpp"

namespace claimtrace {

struct EntityName {
  std::string text;  // as written in the manifest ("TASS", "تاس", "ТАСС")
  std::string lang;  // BCP 47 language of the name ("en", "ar", "ru", "ko", "zh")
  friend bool operator==(const EntityName&, const EntityName&) = default;
};

// A template of an agency's dateline, e.g. "{PLACE}, {DATE} ({NAME}) --".
// Placeholders: {PLACE} (a place name), {DATE} (a date), {NAME} (any of the
// entity's names). Whitespace matches any run of spaces; any dash matches any dash.
struct DatelineTemplate {
  std::string pattern;
  std::string lang;  // "" for any language
  friend bool operator==(const DatelineTemplate&, const DatelineTemplate&) = default;
};

// A phrase typical of the agency's attribution style, added to the cue lexicon.
struct StyleCue {
  std::string lang;
  std::vector<std::string> forms;
  std::string frame;       // a frame of the cue lexicon (docs/lexicons.md)
  std::string commitment;  // report, strong-report, factive, belief, allegation, denial, hedge
  friend bool operator==(const StyleCue&, const StyleCue&) = default;
};

struct EntityInfo {
  std::string id;                     // canonical id: "tass", "kremlin"
  std::string display_name;           // "TASS"
  SourceKind kind = SourceKind::unknown;
  std::string medium;                 // agency, newspaper, tv, radio, online ("" if not media)
  std::string country;                // ISO 3166-1 alpha-2, "" when international
  std::string affiliation;            // state, public, private, cooperative, international
  std::string controlled_by;          // entity id of the body that controls it ("russia")
  std::vector<EntityName> names;      // every name and alias, in every language
  std::vector<EntityName> ambiguous_names;  // matched only in an explicit agency context
  // Names of other bodies that contain one of this entity's names ("National Security
  // Council", "مجلس الأمن القومي" beside the UN's "Security Council", "مجلس الأمن"): the
  // longest name wins, and a lookalike names no entity at all.
  std::vector<EntityName> lookalikes;
  std::vector<DatelineTemplate> datelines;
  std::vector<EntityName> credit_lines;     // whole-line credits: "(وكالات)"-like forms
  std::vector<EntityName> signoffs;         // "Reuter" at the end of a wire story
  // How a story of this outlet that carries no dateline speaks of its own reporting ("told
  // the BBC", "لبي بي سي"): a document with one is the outlet's own, and the outlet relays nothing.
  std::vector<EntityName> self_references;
  std::vector<StyleCue> cues;
  std::string plugin;                 // plugin that declared it; "" for the entity file
  friend bool operator==(const EntityInfo&, const EntityInfo&) = default;
};

}  // namespace claimtrace
