#pragma once
// Turns a source phrase of a sentence into a hop: its mention, the known
// entity it names (if any), its kind (agency, person, officials, reports...),
// and, for pronouns, definite descriptions, short names and dropped subjects,
// the earlier source it refers to (with the relays that source came through).

#include <string>
#include <vector>

#include "claimtrace/claim.hpp"
#include "extract/attribution.hpp"
#include "extract/discourse.hpp"
#include "extract/doc_text.hpp"
#include "extract/sentence.hpp"

namespace claimtrace::extract {

struct ResolvedSource {
  Hop hop;
  std::vector<Hop> carried;  // relays carried over from the antecedent (implicit hops)
  Referent referent;         // what the discourse should remember
  bool valid = false;        // false: the phrase does not name a plausible source
  bool from_antecedent = false;
  bool memorable = true;     // false: nothing a later pronoun may stand for ("It is understood")
  Gender pronoun = Gender::unknown;  // "he" or "she" that took up its antecedent
};

// Resolves tokens [b, e) of `s`. For a dropped subject (b == e) the antecedent
// is found by agreement with `gender` (Arabic verb agreement) among recent sources.
[[nodiscard]] ResolvedSource resolve_source(const Sentence& s, std::uint32_t b, std::uint32_t e,
                                            const Discourse& discourse, Gender gender, const DocText& doc);

// A referent for an entity merely mentioned (not speaking), for later "the agency".
[[nodiscard]] Referent mention_referent(const Sentence& s, const lexicon::EntityMatch& m, const DocText& doc);

// Is token i a possible first/last token of a source phrase (not punctuation or a function word)?
[[nodiscard]] bool is_source_word(const Sentence& s, std::size_t i);

// A word that names a newspaper in a masthead: "Post", "Times", "Journal" (lower-cased).
[[nodiscard]] bool is_masthead_word(std::u16string_view lower);

// The head-noun key of a lexicon word: lower-cased, article and proclitics removed.
[[nodiscard]] std::u16string head_key(const Sentence& s, std::size_t token);

}  // namespace claimtrace::extract
