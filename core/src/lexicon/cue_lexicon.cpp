#include "lexicon/cue_lexicon.hpp"

#include <algorithm>

#include <array>
#include <set>
#include <sstream>
#include <utility>

#include <toml++/toml.h>

#include "lexicon/arabic_dual.hpp"

namespace claimtrace::lexicon {
namespace {

constexpr std::array<std::pair<Frame, std::string_view>, 10> k_frames{{
    {Frame::speech, "speech"},
    {Frame::participle, "participle"},
    {Frame::according, "according"},
    {Frame::relay, "relay"},
    {Frame::passive_relay, "passive-relay"},
    {Frame::citing, "citing"},
    {Frame::postmod_relay, "postmod-relay"},
    {Frame::describe, "describe"},
    {Frame::accuse, "accuse"},
    {Frame::nominal, "nominal"},
}};

constexpr std::array<std::string_view, static_cast<std::size_t>(WordClass::k_count)> k_word_classes{{
    "determiner", "preposition", "subordinator", "auxiliary", "pronoun_male", "pronoun_female",
    "pronoun_thing", "pronoun_plural", "adverb", "time_word", "month", "statement_noun",
    "recipient_noun", "title", "honorific", "complementizer", "quote_noun", "conjunction",
    "relative", "contentless", "stopword", "verb_blocker", "as_saying", "concessive", "negation",
    "rule_noun", "continuation", "dismissive",
}};

std::string where(std::string_view origin, const toml::source_region& src) {
  std::ostringstream os;
  os << origin << ':' << src.begin.line << ':' << src.begin.column;
  return os.str();
}

// Reads the TOML tables of a lexicon, checking keys and types as it goes.
class Reader {
 public:
  explicit Reader(std::string_view origin) : m_origin(origin) {}

  tl::unexpected<Error> fail(const toml::node& node, const std::string& what) const {
    return make_error(ErrorKind::usage, where(m_origin, node.source()) + ": " + what);
  }

  Expected<void> check_keys(const toml::table& table, std::initializer_list<std::string_view> allowed,
                            std::string_view context) const {
    for (const auto& [key, value] : table) {
      bool ok = false;
      for (const std::string_view a : allowed) {
        ok = ok || key.str() == a;
      }
      if (!ok) {
        return fail(value, "unknown key '" + std::string(key.str()) + "' in " + std::string(context));
      }
    }
    return {};
  }

  Expected<std::string> string_of(const toml::table& table, std::string_view key, std::string_view context,
                                  bool required, std::string fallback = {}) const {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
      if (required) {
        return make_error(ErrorKind::usage, where(m_origin, table.source()) + ": " + std::string(context) +
                                                " needs '" + std::string(key) + "'");
      }
      return fallback;
    }
    if (!node->is_string()) {
      return fail(*node, std::string(context) + " '" + std::string(key) + "' must be a string");
    }
    return std::string(*node->value<std::string_view>());
  }

  Expected<bool> bool_of(const toml::table& table, std::string_view key, std::string_view context) const {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
      return false;
    }
    if (!node->is_boolean()) {
      return fail(*node, std::string(context) + " '" + std::string(key) + "' must be true or false");
    }
    return *node->value<bool>();
  }

  Expected<std::vector<std::string>> strings_of(const toml::table& table, std::string_view key,
                                                std::string_view context, bool required) const {
    std::vector<std::string> out;
    const toml::node* node = table.get(key);
    if (node == nullptr) {
      if (required) {
        return make_error(ErrorKind::usage, where(m_origin, table.source()) + ": " + std::string(context) +
                                                " needs '" + std::string(key) + "'");
      }
      return out;
    }
    const toml::array* arr = node->as_array();
    if (arr == nullptr) {
      return fail(*node, std::string(context) + " '" + std::string(key) + "' must be an array of strings");
    }
    for (const toml::node& item : *arr) {
      if (!item.is_string()) {
        return fail(item, std::string(context) + " '" + std::string(key) + "' must contain only strings");
      }
      out.emplace_back(*item.value<std::string_view>());
    }
    return out;
  }

 private:
  std::string_view m_origin;
};

template <class T, class F>
Expected<void> for_each_table(const Reader& reader, const toml::table& root, std::string_view key, F&& f) {
  const toml::node* node = root.get(key);
  if (node == nullptr) {
    return {};
  }
  const toml::array* arr = node->as_array();
  if (arr == nullptr) {
    return reader.fail(*node, "'" + std::string(key) + "' must be an array of tables ([[" + std::string(key) + "]])");
  }
  for (const toml::node& item : *arr) {
    const toml::table* table = item.as_table();
    if (table == nullptr) {
      return reader.fail(item, "'" + std::string(key) + "' entries must be tables");
    }
    if (auto r = f(*table); !r) {
      return r;
    }
  }
  return {};
}

}  // namespace

std::string_view to_string(Frame f) noexcept {
  for (const auto& [frame, name] : k_frames) {
    if (frame == f) {
      return name;
    }
  }
  return "speech";
}

std::string_view to_string(WordClass c) noexcept { return k_word_classes[static_cast<std::size_t>(c)]; }

void CueLexicon::add_cue(CueEntry entry) {
  const auto payload = static_cast<std::uint32_t>(m_cues.size());
  for (const std::string& form : entry.forms) {
    std::vector<std::u16string> keys = phrase_keys(form);
    if (!keys.empty()) {
      entry.first_keys.push_back(keys.front());
    }
    m_cue_index.add(keys, payload);
  }
  m_cues.push_back(std::move(entry));
}

Expected<void> CueLexicon::load(std::string_view toml_text, std::string_view origin) {
  toml::table root;
  try {
    root = toml::parse(toml_text, origin);
  } catch (const toml::parse_error& e) {
    return make_error(ErrorKind::usage, where(origin, e.source()) + ": " + std::string(e.description()));
  }
  const Reader reader(origin);
  if (auto r = reader.check_keys(root, {"lang", "words", "cue", "marker", "source_noun", "nationality"},
                                 "the lexicon");
      !r) {
    return r;
  }
  if (const toml::node* lang = root.get("lang"); lang != nullptr) {
    if (!lang->is_string() || *lang->value<std::string_view>() != m_lang) {
      return reader.fail(*lang, "lang must be \"" + m_lang + "\" in a lexicon for that language");
    }
  }

  if (const toml::node* words = root.get("words"); words != nullptr) {
    const toml::table* table = words->as_table();
    if (table == nullptr) {
      return reader.fail(*words, "'words' must be a table");
    }
    for (const auto& [key, value] : *table) {
      std::size_t index = k_word_classes.size();
      for (std::size_t i = 0; i < k_word_classes.size(); ++i) {
        if (k_word_classes[i] == key.str()) {
          index = i;
        }
      }
      if (index == k_word_classes.size()) {
        return reader.fail(value, "unknown word class '" + std::string(key.str()) + "' in [words]");
      }
      auto list = reader.strings_of(*table, key.str(), "[words]", true);
      if (!list) {
        return tl::unexpected(list.error());
      }
      for (const std::string& w : *list) {
        for (auto& k : phrase_keys(w)) {
          m_words[index].insert(k);
          m_class_masks[k] |= std::uint32_t{1} << index;
        }
      }
    }
  }

  auto cue_result = for_each_table<CueEntry>(reader, root, "cue", [&](const toml::table& t) -> Expected<void> {
    if (auto r = reader.check_keys(t, {"id", "frame", "commitment", "recipient", "np_complement", "present", "bi_anna_only",
                                       "quotation_only", "clause_only", "finding", "plain", "forms"},
                                   "[[cue]]");
        !r) {
      return r;
    }
    CueEntry e;
    auto id = reader.string_of(t, "id", "[[cue]]", true);
    auto frame = reader.string_of(t, "frame", "[[cue]]", true);
    auto commitment = reader.string_of(t, "commitment", "[[cue]]", false, "report");
    auto recipient = reader.bool_of(t, "recipient", "[[cue]]");
    auto np = reader.bool_of(t, "np_complement", "[[cue]]");
    auto present = reader.bool_of(t, "present", "[[cue]]");
    auto bi_anna = reader.bool_of(t, "bi_anna_only", "[[cue]]");
    auto quotation_only = reader.bool_of(t, "quotation_only", "[[cue]]");
    auto clause_only = reader.bool_of(t, "clause_only", "[[cue]]");
    auto finding = reader.bool_of(t, "finding", "[[cue]]");
    auto plain = reader.bool_of(t, "plain", "[[cue]]");
    auto forms = reader.strings_of(t, "forms", "[[cue]]", true);
    for (const auto* r : {&id, &frame, &commitment}) {
      if (!*r) {
        return tl::unexpected(r->error());
      }
    }
    for (const auto* r : {&recipient, &np, &present, &bi_anna, &quotation_only, &clause_only, &finding, &plain}) {
      if (!*r) {
        return tl::unexpected(r->error());
      }
    }
    if (!forms) {
      return tl::unexpected(forms.error());
    }
    e.id = m_lang + "." + *id;
    bool known_frame = false;
    for (const auto& [f, name] : k_frames) {
      if (name == *frame) {
        e.frame = f;
        known_frame = true;
      }
    }
    if (!known_frame) {
      return reader.fail(*t.get("frame"), "unknown frame '" + *frame + "'");
    }
    const auto c = parse_commitment(*commitment);
    if (!c) {
      return reader.fail(t.get("commitment") != nullptr ? *t.get("commitment") : static_cast<const toml::node&>(t),
                         "unknown commitment '" + *commitment + "'");
    }
    e.commitment = *c;
    e.recipient = *recipient;
    e.np_complement = *np;
    e.present = *present;
    e.bi_anna_only = *bi_anna;
    e.quotation_only = *quotation_only;
    e.clause_only = *clause_only;
    e.finding = *finding;
    e.plain = *plain;
    e.forms = std::move(*forms);
    add_cue(std::move(e));
    return {};
  });
  if (!cue_result) {
    return cue_result;
  }

  auto marker_result = for_each_table<MarkerEntry>(reader, root, "marker", [&](const toml::table& t) -> Expected<void> {
    if (auto r = reader.check_keys(t, {"id", "code", "scope", "before_verb", "introduces", "forms"}, "[[marker]]"); !r) {
      return r;
    }
    MarkerEntry e;
    auto id = reader.string_of(t, "id", "[[marker]]", true);
    auto code = reader.string_of(t, "code", "[[marker]]", true);
    auto scope = reader.string_of(t, "scope", "[[marker]]", false, "claim");
    auto before_verb = reader.bool_of(t, "before_verb", "[[marker]]");
    auto introduces = reader.bool_of(t, "introduces", "[[marker]]");
    auto forms = reader.strings_of(t, "forms", "[[marker]]", true);
    if (!id || !code || !scope || !before_verb || !introduces || !forms) {
      return tl::unexpected(!id ? id.error() : !code ? code.error() : !scope ? scope.error()
                                       : !before_verb ? before_verb.error() : !introduces ? introduces.error()
                                                                                          : forms.error());
    }
    const auto rc = parse_reason_code(*code);
    if (!rc || (*rc != ReasonCode::hedge && *rc != ReasonCode::not_confirmed && *rc != ReasonCode::allegation)) {
      return reader.fail(*t.get("code"), "marker code must be hedge, not-confirmed or allegation, not '" + *code + "'");
    }
    if (*scope != "claim" && *scope != "previous") {
      return reader.fail(*t.get("scope"), "marker scope must be \"claim\" or \"previous\"");
    }
    e.id = m_lang + "." + *id;
    e.code = *rc;
    e.scope_previous = *scope == "previous";
    e.before_verb = *before_verb;
    e.introduces = *introduces;
    e.forms = std::move(*forms);
    const auto payload = static_cast<std::uint32_t>(m_markers.size());
    for (const std::string& form : e.forms) {
      m_marker_index.add(phrase_keys(form), payload);
    }
    m_markers.push_back(std::move(e));
    return {};
  });
  if (!marker_result) {
    return marker_result;
  }

  std::vector<std::size_t> with_duals;  // entries whose Arabic duals are derived below
  auto noun_result = for_each_table<SourceNounEntry>(reader, root, "source_noun", [&](const toml::table& t) -> Expected<void> {
    if (auto r = reader.check_keys(t, {"id", "kind", "plural", "feminine", "medium", "duals", "forms"}, "[[source_noun]]"); !r) {
      return r;
    }
    SourceNounEntry e;
    auto id = reader.string_of(t, "id", "[[source_noun]]", true);
    auto kind = reader.string_of(t, "kind", "[[source_noun]]", true);
    auto plural = reader.bool_of(t, "plural", "[[source_noun]]");
    auto feminine = reader.bool_of(t, "feminine", "[[source_noun]]");
    auto medium = reader.string_of(t, "medium", "[[source_noun]]", false);
    auto duals = reader.bool_of(t, "duals", "[[source_noun]]");
    auto forms = reader.strings_of(t, "forms", "[[source_noun]]", true);
    if (!id || !kind || !plural || !feminine || !medium || !duals || !forms) {
      return tl::unexpected(!id ? id.error() : !kind ? kind.error() : !plural ? plural.error()
                                : !feminine ? feminine.error() : !medium ? medium.error()
                                : !duals ? duals.error() : forms.error());
    }
    if (*duals && *plural) {
      return reader.fail(*t.get("duals"), "'duals' derives the dual of singular forms; this entry is plural");
    }
    const auto k = parse_source_kind(*kind);
    if (!k) {
      return reader.fail(*t.get("kind"), "unknown source kind '" + *kind + "'");
    }
    e.id = m_lang + "." + *id;
    e.kind = *k;
    e.plural = *plural;
    e.feminine = *feminine;
    e.medium = std::move(*medium);
    e.forms = std::move(*forms);
    const auto payload = static_cast<std::uint32_t>(m_source_nouns.size());
    for (const std::string& form : e.forms) {
      m_source_noun_index.add(phrase_keys(form), payload);
    }
    if (*duals) {
      with_duals.push_back(m_source_nouns.size());
    }
    m_source_nouns.push_back(std::move(e));
    return {};
  });
  if (!noun_result) {
    return noun_result;
  }
  add_dual_source_nouns(with_duals);

  return for_each_table<NationalityEntry>(reader, root, "nationality", [&](const toml::table& t) -> Expected<void> {
    if (auto r = reader.check_keys(t, {"entity", "forms"}, "[[nationality]]"); !r) {
      return r;
    }
    auto entity = reader.string_of(t, "entity", "[[nationality]]", true);
    auto forms = reader.strings_of(t, "forms", "[[nationality]]", true);
    if (!entity || !forms) {
      return tl::unexpected(!entity ? entity.error() : forms.error());
    }
    NationalityEntry e{std::move(*entity), std::move(*forms)};
    const auto payload = static_cast<std::uint32_t>(m_nationalities.size());
    for (const std::string& form : e.forms) {
      m_nationality_index.add(phrase_keys(form), payload);
      // An Arabic nisba adjective of one word ("ياباني") has its plurals too ("يابانيون",
      // "يابانيين": "باحثون يابانيون"), so that a lexicon lists only the singular.
      constexpr std::string_view k_ya = "\xD9\x8A";  // ي
      if (form.size() >= 8 && form.ends_with(k_ya) && form.find(' ') == std::string::npos &&
          std::none_of(e.forms.begin(), e.forms.end(), [&](const std::string& f) { return f == form + "\xD9\x88\xD9\x86"; })) {
        m_nationality_index.add(phrase_keys(form + "\xD9\x88\xD9\x86"), payload);  // -ون
        m_nationality_index.add(phrase_keys(form + "\xD9\x8A\xD9\x86"), payload);  // -ين
      }
    }
    m_nationalities.push_back(std::move(e));
    return {};
  });
}

void CueLexicon::add_dual_source_nouns(const std::vector<std::size_t>& singular_entries) {
  std::set<std::vector<std::u16string>> listed;
  for (const SourceNounEntry& e : m_source_nouns) {
    for (const std::string& form : e.forms) {
      listed.insert(phrase_keys(form));
    }
  }
  for (const std::size_t index : singular_entries) {
    SourceNounEntry dual;
    dual.id = m_source_nouns[index].id + "-dual";
    dual.kind = m_source_nouns[index].kind;
    dual.plural = true;
    dual.feminine = m_source_nouns[index].feminine;
    for (const std::string& form : m_source_nouns[index].forms) {
      for (std::string& derived : arabic_dual_forms(form)) {
        if (listed.insert(phrase_keys(derived)).second) {
          dual.forms.push_back(std::move(derived));
        }
      }
    }
    if (dual.forms.empty()) {
      continue;
    }
    const auto payload = static_cast<std::uint32_t>(m_source_nouns.size());
    for (const std::string& form : dual.forms) {
      m_source_noun_index.add(phrase_keys(form), payload);
    }
    m_source_nouns.push_back(std::move(dual));
  }
}

bool CueLexicon::is(WordClass c, const TokenKey& key) const {
  const WordSet& set = m_words[static_cast<std::size_t>(c)];
  if (set.contains(key.exact_key())) {
    return true;
  }
  for (std::size_t i = 0; i < key.stripped.size(); ++i) {
    if (set.contains(key.stripped_key(i))) {
      return true;
    }
  }
  return false;
}

bool CueLexicon::is_exact(WordClass c, std::u16string_view key) const {
  const WordSet& set = m_words[static_cast<std::size_t>(c)];
  return set.contains(key);
}

bool CueLexicon::is_exact(WordClass c, const HashedKey& key) const {
  const WordSet& set = m_words[static_cast<std::size_t>(c)];
  return set.contains(key);
}

}  // namespace claimtrace::lexicon
