#pragma once
// What a frame finds in a sentence: a cue, its sources (outermost first) and
// its content, before sources are resolved into hops.

#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/claim.hpp"
#include "lexicon/cue_lexicon.hpp"

namespace claimtrace::extract {

// A source phrase: tokens of the sentence naming a source, or a dropped
// subject (Arabic pro-drop, "and said") that the discourse resolves.
struct SourcePhrase {
  std::uint32_t begin = 0;  // token range; empty when dropped
  std::uint32_t end = 0;
  std::uint32_t cue_begin = 0;  // the cue that introduced this hop (token range)
  std::uint32_t cue_end = 0;
  std::string cue;              // cue label ("quoted ... as saying")
  bool recipient = false;       // the one told ("told Reuters", "قال لرويترز"), a relay
  [[nodiscard]] bool dropped() const { return end <= begin; }
};

enum class Gender : std::uint8_t { unknown, male, female, plural };

struct Attribution {
  lexicon::Frame frame = lexicon::Frame::speech;
  Commitment commitment = Commitment::report;
  std::string rule;
  std::uint32_t cue_begin = 0;  // tokens
  std::uint32_t cue_end = 0;
  std::vector<SourcePhrase> sources;  // outermost first
  std::uint32_t content_begin = 0;    // tokens [begin, end) of the sentence
  std::uint32_t content_end = 0;
  std::int32_t quote_region = -1;     // content is this whole quotation (may span sentences)
  bool content_before = false;        // postposed: the content precedes the cue
  bool wrapper = false;               // "…, X reported" / "according to X": wraps attributions inside
  bool coordinated = false;           // subject shared with an earlier attribution ("and said")
  bool participle = false;            // ", saying …" / "مؤكدا أن"
  bool np_content = false;            // the content is a noun phrase
  bool plain = false;                 // its cue is plain saying (the lexicon's `plain`)
  bool passive_belief = false;        // "يعتقد أن" without a subject: a hedge, not a source
  Gender gender = Gender::unknown;    // Arabic verb agreement of the cue
  std::uint32_t region_begin = 0;     // tokens covered by sources and cue (not content)
  std::uint32_t region_end = 0;
  bool dropped = false;               // removed after nesting (a wrapper that wrapped something)
  bool source_is_document = false;    // "according to a report by X": X is the root, not a relay
  bool own_clause_subject = false;    // the fallback is a "but" clause's own subject ("، غير أن X نفى …، مؤكدا")
  bool relay_aside = false;           // ", in a report carried by X,": an outer hop for the nearest verb
  bool clause_aside = false;          // "said the project, according to X, would cost P": an inner hop for
                                      // the verb before, whose content becomes this one's whole clause
  std::uint32_t fallback_begin = 0;   // for a dropped subject: the clause's subject, if any
  std::uint32_t fallback_end = 0;
  // For a dropped subject whose clause's subject cannot speak ("Oil prices rose after Saudi
  // Arabia cut output, saying P"): the subject of the subordinate clause the participle follows.
  std::uint32_t alternate_begin = 0;
  std::uint32_t alternate_end = 0;
};

}  // namespace claimtrace::extract
