#pragma once
// Groups the claims of a document that state the same proposition and
// decides each group's status (CONTRACT.md "Status of a claim").

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/claim.hpp"
#include "extract/language_resources.hpp"
#include "lexicon/key_hash.hpp"

namespace claimtrace::extract {

// The content words of a claim, folded and lightly stemmed, as ids of one document's
// WordIds: grouping only asks whether two claims share words, so ids compare as well as
// the words and cost no allocation per word. Sorted, without repeats.
using PropositionWords = std::vector<std::uint32_t>;

class WordIds {
 public:
  [[nodiscard]] std::uint32_t id(std::u16string_view word);
  [[nodiscard]] std::size_t size() const noexcept { return m_ids.size(); }

 private:
  lexicon::KeyMap<std::uint32_t> m_ids;
};

// The proposition word of one token key, or k_no_word for a stopword, a number or a
// one-letter token.
inline constexpr std::uint32_t k_no_word = 0xFFFFFFFF;
[[nodiscard]] std::uint32_t proposition_word(const lexicon::HashedKey& key, const LanguageResources& res, WordIds& ids);

// From a claim's text (re-tokenized).
[[nodiscard]] PropositionWords proposition_words(const std::string& text, const LanguageResources& res, WordIds& ids);

// Do two word sets state the same proposition? (enough shared content words)
[[nodiscard]] bool same_proposition(const PropositionWords& a, const PropositionWords& b);

// How many words two sorted word lists share.
[[nodiscard]] std::size_t shared_words(const PropositionWords& a, const PropositionWords& b);

// The identity of a root source after following relays and affiliations: TASS,
// Sputnik, the Kremlin and Putin share "russia"; unknown sources are their mention.
[[nodiscard]] std::string root_identity(const Hop& root, const LanguageResources& res);

// The content words of a claim from its sentence's tokens (no re-tokenizing).
[[nodiscard]] PropositionWords proposition_words(const std::vector<lexicon::HashedKey>& token_keys,
                                                 const LanguageResources& res, WordIds& ids);

// Sets group, status, unconfirmed and dispute reasons on every claim. `words[i]` are the
// proposition words of claims[i] (proposition_words); when empty they are computed.
void decide_status(std::vector<Claim>& claims, std::vector<PropositionWords> words, const LanguageResources& res,
                   WordIds& ids);

}  // namespace claimtrace::extract
