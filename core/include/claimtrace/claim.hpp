#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/source_kind.hpp"
#include "claimtrace/span.hpp"

namespace claimtrace {

// One source in a chain, outermost first (CONTRACT.md "hop").
struct Hop {
  std::string mention;         // the text of the mention, text[span]
  Span span;
  std::string entity;          // canonical id ("tass", "kremlin"), empty when unknown
  SourceKind kind = SourceKind::unknown;
  std::string cue;             // the reporting cue that introduced it ("quoted ... as saying")
  Span cue_span;               // empty when the hop is carried over without a cue of its own
  std::string plugin;          // plugin that knows the entity, empty for core entities
  bool implicit = false;       // carried from an earlier sentence ("the official added")
  std::string refers_to;       // for "he", "the agency", a dropped subject: the earlier mention it stands for
  bool recipient = false;      // relayed as the one told ("told Reuters"): used while extracting,
                               // false in a finished extraction (not serialized)
  friend bool operator==(const Hop&, const Hop&) = default;
};

enum class QuoteType { direct, indirect, mixed };

enum class ClaimStatus {
  confirmed,
  single_source,
  anonymous,
  hedged,
  unconfirmed,
  disputed,
  denied,
  unsourced,
};

enum class ReasonCode { hedge, not_confirmed, unnamed_source, vague_source, allegation, denial, dispute };

// Why a claim is flagged, with the cue that shows it.
struct Reason {
  ReasonCode code = ReasonCode::hedge;
  std::string cue;
  Span span;
  friend bool operator==(const Reason&, const Reason&) = default;
};

// How strongly the root commits to the proposition (from the cue lexicon).
enum class Commitment { report, strong_report, factive, belief, allegation, denial, hedge };

struct Claim {
  int id = 0;                  // 1-based, in reading order within the document
  std::string text;            // text[span]
  Span span;
  Span sentence;
  QuoteType quote = QuoteType::indirect;
  std::vector<Hop> chain;      // outermost first; empty for an unsourced statement
  ClaimStatus status = ClaimStatus::single_source;
  bool unconfirmed = false;
  std::vector<Reason> reasons;
  int group = 0;
  std::string rule;            // which lexicon entry or plugin produced it
  Commitment commitment = Commitment::report;
  friend bool operator==(const Claim&, const Claim&) = default;
};

[[nodiscard]] std::string_view to_string(QuoteType q) noexcept;
[[nodiscard]] std::string_view to_string(ClaimStatus s) noexcept;
[[nodiscard]] std::string_view to_string(ReasonCode r) noexcept;
[[nodiscard]] std::string_view to_string(Commitment c) noexcept;
[[nodiscard]] std::optional<QuoteType> parse_quote_type(std::string_view text) noexcept;
[[nodiscard]] std::optional<ClaimStatus> parse_claim_status(std::string_view text) noexcept;
[[nodiscard]] std::optional<ReasonCode> parse_reason_code(std::string_view text) noexcept;
[[nodiscard]] std::optional<Commitment> parse_commitment(std::string_view text) noexcept;

// CONTRACT.md: the boolean is true for anonymous, hedged, unconfirmed, disputed and denied.
[[nodiscard]] constexpr bool is_unconfirmed_status(ClaimStatus s) noexcept {
  return s == ClaimStatus::anonymous || s == ClaimStatus::hedged || s == ClaimStatus::unconfirmed ||
         s == ClaimStatus::disputed || s == ClaimStatus::denied;
}

}  // namespace claimtrace
