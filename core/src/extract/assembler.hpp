#pragma once
// Builds claims from the attributions of a document's sentences: resolves
// sources against the discourse, nests relays ("…, Yonhap reported" around
// "officials said P"), splits quotations that run over several sentences,
// continues unattributed follow-on quotations, adds the outlet's own
// (unsourced) statements, and attaches uncertainty reasons.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/claim.hpp"
#include "claimtrace/document_record.hpp"
#include "extract/discourse.hpp"
#include "extract/doc_text.hpp"
#include "extract/language_resources.hpp"
#include "extract/sentence.hpp"
#include "extract/status.hpp"

namespace claimtrace::extract {

struct ResolvedSource;

// Lines of the document that are not article prose (titles, boilerplate, credits).
struct LineRoles {
  std::vector<Span> skip;        // stored-text spans never read for claims
  std::vector<Span> titles;      // headline and subheadings
  std::vector<Span> datelines;   // dateline prefixes at paragraph starts
};

class Assembler {
 public:
  Assembler(const LanguageResources& resources, std::string doc_lang);

  // The document's own outlets (sign-off, dateline agency): never an antecedent.
  void exclude_from_anaphora(std::vector<std::string> entities) { m_discourse.exclude(std::move(entities)); }

  // Reads one chunk (all of a normal document). `roles` are stored-text spans.
  void read(const DocText& doc, const LineRoles& roles);

  // Decides groups and statuses over everything read; returns the claims in reading order.
  [[nodiscard]] std::vector<Claim> finish();

  // Sources credited by a bare "بحسب رويترز." sentence (a credit line inside the text).
  [[nodiscard]] const std::vector<CreditedSource>& inline_credits() const noexcept { return m_inline_credits; }
  // Outlets the text speaks of as itself: "Reuters could not independently verify", "ولم
  // يتسن لسكاي نيوز عربية التحقق". Only the document's own outlet says what it could not check.
  [[nodiscard]] const std::vector<std::string>& self_named_outlets() const noexcept { return m_self_named; }

 private:
  // An agency hop without a name takes the one news agency the story names.
  void name_unnamed_agencies();
  // A paper's bare word ("الصحيفة", "the newspaper") takes the one newspaper the story names.
  void name_unnamed_papers();
  struct SentenceClaims {
    std::vector<std::size_t> claims;  // indices into m_claims
    Span lead;                        // the clause before the first attribution, if it makes no claim
    Span sentence;
    std::string lang;
  };

  // Does a sentence that makes no claim only say the previous claims are unverified? If
  // so, their reasons get its marker.
  bool applies_to_previous(const DocText& doc, const Sentence& s);
  bool mark_accounts_before(const DocText& doc, const Reason& r, std::size_t reach_back);
  void link_anaphoric_denials(const DocText& doc, const Sentence& s);
  // The claim a denial with a clause of its own answers, if any (see link_anaphoric_denials).
  std::optional<std::size_t> claim_a_denial_answers(std::size_t denial, std::size_t position) const;
  // Mark the claims those denials answer disputed (after the statuses are decided).
  void dispute_answered_claims();
  // After "X rejected that account", what X's side says next answers it: disputed too.
  void dispute_counter_accounts(const std::vector<bool>& pointer_claim);
  void add_quoted_sentence_reasons(const DocText& doc, const Sentence& speaker_sentence,
                                   const text::Sentence& quoted, const std::vector<QuoteRegion>& quotes,
                                   Claim& claim, std::uint32_t unit_b, std::uint32_t unit_e);
  void note_self_named_outlets(const DocText& doc, const Sentence& s);
  void attribute_open_paragraph_before(const DocText& doc, const QuoteRegion& q, const std::vector<QuoteRegion>& quotes,
                                       const std::vector<text::Sentence>& all, const std::vector<Hop>& chain,
                                       const std::string& rule);
  void read_sentence(const DocText& doc, const Sentence& s, const std::vector<QuoteRegion>& quotes,
                     const std::vector<text::Sentence>& all, std::size_t index_in_chunk, bool is_title);
  // Remembers the subject of a sentence that opens with a verb (Arabic).
  void remember_clause_subject(const DocText& doc, const Sentence& s);
  void remember_named_subject(const DocText& doc, const Sentence& s);
  // Remembers a sentence's subject that reported nothing, for a dropped subject or a
  // pronoun in the sentence after it.
  void add_clause_subject(const ResolvedSource& r, const Sentence& s, Gender gender, bool by_surname = false);
  void add_reasons(const DocText& doc, const Sentence& s, Claim& claim, std::uint32_t content_begin,
                   std::uint32_t content_end, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& regions);

  const LanguageResources& m_resources;
  std::string m_lang;
  Discourse m_discourse;
  std::vector<Claim> m_claims;
  WordIds m_word_ids;                         // this document's proposition words
  std::vector<PropositionWords> m_words;  // proposition words of each claim
  // A denial with a clause of its own and the claim before it that it answers, by span
  // (claims are merged and renumbered before the statuses are decided).
  struct DenialAnswer {
    Span denial;
    Span target;
  };
  std::vector<DenialAnswer> m_denial_answers;
  std::vector<SentenceClaims> m_by_sentence;
  std::vector<CreditedSource> m_inline_credits;
  std::vector<std::string> m_self_named;
  // Each outlet's self-references in this document's language.
  std::vector<const SelfReference*> m_self_references;
  std::uint32_t m_sentence_counter = 0;
  // The last direct quotation's chain, for unattributed follow-on quotations.
  std::vector<Hop> m_last_quote_chain;
  std::uint32_t m_last_quote_sentence = 0;
  std::uint32_t m_last_quote_paragraph = 0;
  bool m_has_last_quote = false;
  std::string m_last_quote_rule;
};

}  // namespace claimtrace::extract
