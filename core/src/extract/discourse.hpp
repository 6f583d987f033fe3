#pragma once
// Discourse memory: the sources a document has named so far, most recent
// last, for pronouns ("he", "it"), definite descriptions ("the agency",
// "الوكالة", "نفس المصدر"), short names ("Lavrov" after "Sergei Lavrov") and
// dropped Arabic subjects ("وأضاف أن").

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/claim.hpp"
#include "extract/attribution.hpp"

namespace claimtrace::extract {

struct Referent {
  Hop hop;                               // the source as first resolved
  std::vector<Hop> chain;                // the chain it was last reported under, ending with hop
  std::u16string head;                   // head noun key ("وكاله", "agency", "official")
  std::vector<std::u16string> name_tokens;  // lower-cased tokens of a person's name
  std::string medium;                    // newspaper, tv, agency (outlets)
  std::string country;                   // entity id of its country, when known
  Gender gender = Gender::unknown;
  std::uint32_t sentence = 0;
  bool is_source = false;                // spoke in the text (not only mentioned)
  // The subject of a sentence opening with its verb ("ونشرت هيئة المرور ..."): the likely
  // subject of a dropped one in the next sentence ("وقالت إن ...").
  bool clause_subject = false;
  // A clause subject named by a surname alone: "he" may be it only against an unnamed source
  // ("Fernandez founded the bank. She alleged …" keeps "she" for the woman who spoke).
  bool by_surname = false;
};

class Discourse {
 public:
  void add(Referent r);
  // Entities that are never antecedents: the document's own outlet ("it said" in a Reuters
  // story is not Reuters).
  void exclude(std::vector<std::string> entities) { m_excluded = std::move(entities); }

  // The most recent referent with this head noun (or, for media nouns, kind/medium), optionally
  // of a country and not of sentence `skip_sentence`; nullptr when none.
  [[nodiscard]] const Referent* by_head(std::u16string_view head, std::optional<SourceKind> kind,
                                        std::string_view medium, std::string_view country,
                                        std::optional<std::uint32_t> skip_sentence = std::nullopt) const;
  // The most recent person whose name contains all these tokens.
  [[nodiscard]] const Referent* by_name(const std::vector<std::u16string>& tokens) const;
  // The most recent source that agrees with a pronoun or a dropped subject; with
  // `singular` ("he", "she"), not a plural one.
  // (A bare unknown name counts as a person only before `sentence`: in ""Q," he said,
  // according to Montsame", "he" is not the name beside it.)
  [[nodiscard]] const Referent* by_agreement(Gender gender, bool want_person, bool want_thing,
                                             bool sources_only, bool singular = false,
                                             std::uint32_t sentence = UINT32_MAX,
                                             Gender pronoun = Gender::unknown) const;
  // The most recent person merely mentioned (not a source) no more than `back` sentences
  // before `sentence`, who agrees with `gender` (unknown agrees with any).
  [[nodiscard]] const Referent* recent_mention(Gender gender, std::uint32_t sentence, std::uint32_t back) const;
  // The most recent clause subject no more than `back` sentences before `sentence` that
  // agrees with `gender`.
  [[nodiscard]] const Referent* recent_clause_subject(Gender gender, std::uint32_t sentence, std::uint32_t back) const;
  // The most recent referent with this entity id.
  [[nodiscard]] const Referent* by_entity(std::string_view entity) const;
  // The most recent person or official of this country who spoke no more than `back`
  // sentences before `sentence` ("المسؤول الياباني" after "كبير أمناء مجلس الوزراء الياباني").
  [[nodiscard]] const Referent* person_of_country(std::string_view country, std::uint32_t sentence,
                                                  std::uint32_t back) const;
  // The last one who spoke, no more than `back` sentences before `sentence`, if that one is a
  // single person or official ("وأضاف المسؤول" after "مدير مكتب الصحة"); none if the last
  // speaker was a body or several people.
  [[nodiscard]] const Referent* last_single_speaker(std::uint32_t sentence, std::uint32_t back) const;
  // The referent first resolved at this span of the text (a hop of a chain), if any.
  [[nodiscard]] const Referent* by_span(const Span& span) const;
  // The source of sentence `sentence` whose mention starts at `start` (a longer or shorter
  // reading of the same phrase), if any.
  [[nodiscard]] const Referent* spoke_from(std::uint32_t start, std::uint32_t sentence) const;
  [[nodiscard]] const Referent* last_source() const;
  // "he" or "she" took up this entity: a later pronoun of the other gender passes it by.
  void note_pronoun(std::string_view entity, Gender gender);
  [[nodiscard]] bool empty() const noexcept { return m_items.empty(); }

 private:
  // The gender a pronoun gave this entity when it took it up ("he" after "Trump"), if any.
  [[nodiscard]] Gender gender_taken_up(std::string_view entity) const;
  std::vector<std::string> m_excluded;
  std::vector<std::pair<std::string, Gender>> m_taken_up;  // entity, the pronoun that took it up
  // The most recent referent no more than `back` sentences before `sentence` that is wanted.
  [[nodiscard]] const Referent* most_recent_within(std::uint32_t sentence, std::uint32_t back,
                                                   const std::function<bool(const Referent&)>& wanted) const;

  std::vector<Referent> m_items;
};

}  // namespace claimtrace::extract
