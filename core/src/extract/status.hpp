#pragma once
// Groups the claims of a document that state the same proposition and
// decides each group's status (CONTRACT.md "Status of a claim").

#include <string>
#include <vector>

#include "claimtrace/claim.hpp"
#include "extract/language_resources.hpp"

namespace claimtrace::extract {

// The content words of a claim text, folded and lightly stemmed, for comparing propositions.
[[nodiscard]] std::vector<std::u16string> proposition_words(const std::string& text, const LanguageResources& res);

// Do two word sets state the same proposition? (enough shared content words)
[[nodiscard]] bool same_proposition(const std::vector<std::u16string>& a, const std::vector<std::u16string>& b);

// The identity of a root source after following relays and affiliations: TASS,
// Sputnik, the Kremlin and Putin share "russia"; unknown sources are their mention.
[[nodiscard]] std::string root_identity(const Hop& root, const LanguageResources& res);

// The content words of a claim from its sentence's tokens (no re-tokenizing).
[[nodiscard]] std::vector<std::u16string> proposition_words(const std::vector<std::u16string_view>& token_keys,
                                                            const LanguageResources& res);

// Sets group, status, unconfirmed and dispute reasons on every claim. `words[i]` are the
// proposition words of claims[i] (proposition_words); when empty they are computed.
void decide_status(std::vector<Claim>& claims, std::vector<std::vector<std::u16string>> words,
                   const LanguageResources& res);

}  // namespace claimtrace::extract
