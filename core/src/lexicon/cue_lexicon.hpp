#pragma once
// The cue lexicon of one language (core/data/lexicon/<lang>.toml, plus any
// extra files from the config): reporting cues with their commitment level and
// syntax frame, uncertainty markers, source nouns, nationality adjectives and
// the closed word classes the frames need. Format: docs/lexicons.md.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "claimtrace/claim.hpp"
#include "claimtrace/error.hpp"
#include "claimtrace/source_kind.hpp"
#include "lexicon/phrase_index.hpp"

namespace claimtrace::lexicon {

// How a cue relates its source and its content (docs/lexicons.md has examples).
enum class Frame : std::uint8_t {
  speech,         // X said (that) P / P, X said / P, said X / قال X إن P
  participle,     // ..., saying P / مؤكدا أن P: the source is the clause's subject
  according,      // according to X, P / P, according to X / بحسب X
  relay,          // X quoted Y as saying P / نقلت X عن Y قوله إن P
  passive_relay,  // Y was quoted by X as saying P
  citing,         // X, citing Y, said P / نقلا عن Y: adds an inner hop
  postmod_relay,  // a source "quoted in X" / "monitored by X": adds an outer hop
  describe,       // X described Y as P / وصف X Y بأنه P
  accuse,         // X accused Y of P / اتهم X Y بـ P
  nominal,        // a statement noun carries the source: تصريحات أدلى بها X مفادها أن P
};

[[nodiscard]] std::string_view to_string(Frame f) noexcept;

struct CueEntry {
  std::string id;  // "en.say": what `rule` names in the output
  Frame frame = Frame::speech;
  Commitment commitment = Commitment::report;
  bool recipient = false;      // takes a recipient ("told Reuters", "قال لـCNN")
  bool np_complement = false;  // a noun phrase after it can be the claim ("نفى وقوع ...")
  bool present = false;        // present tense ("says"): also used in headlines
  bool bi_anna_only = false;   // reports only a clause with "بأن" ("هدد بأن P", not "هدد بالانسحاب")
  bool quotation_only = false; // reports only a quotation ('"Q," mumbled X', not "shouted insults")
  bool clause_only = false;    // reports only a clause ("maintained that P", not "maintained a bureau")
  bool finding = false;        // what an inquiry or a speaker found ("found that P"): inside what
                               // its speaker says it is the speaker's own statement
  bool plain = false;          // plain saying: "X said Y said P" passes Y's report on, one claim P
  std::vector<std::string> forms;
  std::vector<std::u16string> first_keys;  // first token of each form, as matched (filled by add_cue)
};

// What an uncertainty marker says about the claim it sits in.
struct MarkerEntry {
  std::string id;
  ReasonCode code = ReasonCode::hedge;  // hedge, not-confirmed or allegation
  bool scope_previous = false;  // "these reports could not be verified": the previous sentence's claims
  bool before_verb = false;     // Arabic "قد": a hedge only before an imperfect verb
  bool introduces = false;      // "قيل إنه": a hedge only of the content it introduces, never inside one
  std::vector<std::string> forms;
};

// A noun that classifies a source ("officials", "مصادر", "ministry").
struct SourceNounEntry {
  std::string id;
  SourceKind kind = SourceKind::unknown;
  bool plural = false;
  bool feminine = false;  // Arabic grammatical gender, for pro-drop agreement
  std::string medium;     // for outlets: newspaper, tv, radio, agency
  std::vector<std::string> forms;
  // ("duals" in the TOML: the entry's Arabic dual forms are derived into a plural entry
  // "<id>-dual"; see arabic_dual.hpp.)
};

struct NationalityEntry {
  std::string entity;  // the country's entity id ("russia")
  std::vector<std::string> forms;
};

enum class WordClass : std::uint8_t {
  determiner,
  preposition,
  subordinator,     // after, when, although, بينما, ...
  auxiliary,        // has, had, will, was, قد (as a verbal particle), كان
  pronoun_male,
  pronoun_female,
  pronoun_thing,
  pronoun_plural,
  adverb,           // also, later, earlier, أيضا, لاحقا, مجددا
  time_word,        // yesterday, today, أمس, مساء, الجمعة
  month,
  statement_noun,   // statement, interview, بيان, تصريح, تغريدة
  recipient_noun,   // reporters, journalists, للصحافيين
  title,            // President, Minister, الرئيس, وزير
  honorific,        // Mr, Mrs, السيد
  complementizer,   // that, أن, إن, بأن
  quote_noun,       // قوله, قولها, تأكيده
  conjunction,      // and, but, و, لكن
  relative,         // who, which, الذي
  contentless,      // details, comment, تفاصيل: objects that are not propositions
  stopword,         // function words ignored when comparing propositions
  verb_blocker,     // is, are, were: a clause verb, never inside a source phrase
  as_saying,        // "as saying", "as telling": second half of the relay frame
  concessive,       // although, though, على الرغم, رغم
  negation,         // not, never, declined to; لا, لم, لن: a negated cue reports nothing
  rule_noun,        // القانون, الاتفاق, اللائحة: "وفقا للقانون" is "in accordance with", no source
  continuation,     // added, went on, أضاف, تابع: a verb that goes on with the same statement
  dismissive,       // baseless, false, fabricated: a label that rejects what was reported
  k_count,
};

[[nodiscard]] std::string_view to_string(WordClass c) noexcept;

class CueLexicon {
 public:
  explicit CueLexicon(std::string lang) : m_lang(std::move(lang)) {}

  // Adds the entries of one TOML file; `origin` names it in errors (file:line:col).
  [[nodiscard]] Expected<void> load(std::string_view toml_text, std::string_view origin);

  // Adds style cues declared by plugins (rule ids "plugin.<plugin>.<n>").
  void add_cue(CueEntry entry);

  [[nodiscard]] const std::string& lang() const noexcept { return m_lang; }
  [[nodiscard]] const std::vector<CueEntry>& cues() const noexcept { return m_cues; }
  [[nodiscard]] const std::vector<MarkerEntry>& markers() const noexcept { return m_markers; }
  [[nodiscard]] const std::vector<SourceNounEntry>& source_nouns() const noexcept { return m_source_nouns; }
  [[nodiscard]] const std::vector<NationalityEntry>& nationalities() const noexcept { return m_nationalities; }
  [[nodiscard]] const PhraseIndex& cue_index() const noexcept { return m_cue_index; }
  [[nodiscard]] const PhraseIndex& marker_index() const noexcept { return m_marker_index; }
  [[nodiscard]] const PhraseIndex& source_noun_index() const noexcept { return m_source_noun_index; }
  [[nodiscard]] const PhraseIndex& nationality_index() const noexcept { return m_nationality_index; }

  // Is the token (any of its keys) in the word class?
  [[nodiscard]] bool is(WordClass c, const TokenKey& key) const;
  // Is the token exactly (no proclitic stripping) in the word class?
  [[nodiscard]] bool is_exact(WordClass c, std::u16string_view key) const;
  // The same with the hash already known (a token's exact key).
  [[nodiscard]] bool is_exact(WordClass c, const HashedKey& key) const;
  // Every word class a key belongs to, as bits (1 << WordClass): one lookup where the frames
  // ask a token about a dozen classes.
  [[nodiscard]] std::uint32_t class_mask(const HashedKey& key) const noexcept {
    const std::uint32_t* mask = m_class_masks.find(key);
    return mask != nullptr ? *mask : 0;
  }

 private:
  using WordSet = KeySet;

  // Adds, for each entry at `singular_entries`, one plural entry of its Arabic dual forms (the
  // "duals" key), leaving out any form another entry already lists.
  void add_dual_source_nouns(const std::vector<std::size_t>& singular_entries);

  std::string m_lang;
  std::vector<CueEntry> m_cues;
  std::vector<MarkerEntry> m_markers;
  std::vector<SourceNounEntry> m_source_nouns;
  std::vector<NationalityEntry> m_nationalities;
  PhraseIndex m_cue_index;
  PhraseIndex m_marker_index;
  PhraseIndex m_source_noun_index;
  PhraseIndex m_nationality_index;
  std::array<WordSet, static_cast<std::size_t>(WordClass::k_count)> m_words;
  KeyMap<std::uint32_t> m_class_masks;  // key -> the classes of m_words that hold it
  static_assert(static_cast<std::size_t>(WordClass::k_count) <= 32, "class masks are 32 bits");
};

}  // namespace claimtrace::lexicon
