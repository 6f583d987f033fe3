// Names of the enumerations as CONTRACT.md spells them, both ways.

#include <array>
#include <utility>

#include "claimtrace/claim.hpp"
#include "claimtrace/source_kind.hpp"

namespace claimtrace {
namespace {

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E value) noexcept {
  for (const auto& [e, name] : table) {
    if (e == value) {
      return name;
    }
  }
  return "unknown";
}

template <class E, std::size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& table,
                          std::string_view text) noexcept {
  for (const auto& [e, name] : table) {
    if (name == text) {
      return e;
    }
  }
  return std::nullopt;
}

constexpr std::array<std::pair<SourceKind, std::string_view>, 9> k_kinds{{
    {SourceKind::agency, "agency"},
    {SourceKind::outlet, "outlet"},
    {SourceKind::government, "government"},
    {SourceKind::organization, "organization"},
    {SourceKind::person, "person"},
    {SourceKind::officials, "officials"},
    {SourceKind::anonymous, "anonymous"},
    {SourceKind::reports, "reports"},
    {SourceKind::unknown, "unknown"},
}};

constexpr std::array<std::pair<QuoteType, std::string_view>, 3> k_quotes{{
    {QuoteType::direct, "direct"},
    {QuoteType::indirect, "indirect"},
    {QuoteType::mixed, "mixed"},
}};

constexpr std::array<std::pair<ClaimStatus, std::string_view>, 8> k_statuses{{
    {ClaimStatus::confirmed, "confirmed"},
    {ClaimStatus::single_source, "single-source"},
    {ClaimStatus::anonymous, "anonymous"},
    {ClaimStatus::hedged, "hedged"},
    {ClaimStatus::unconfirmed, "unconfirmed"},
    {ClaimStatus::disputed, "disputed"},
    {ClaimStatus::denied, "denied"},
    {ClaimStatus::unsourced, "unsourced"},
}};

constexpr std::array<std::pair<ReasonCode, std::string_view>, 7> k_reasons{{
    {ReasonCode::hedge, "hedge"},
    {ReasonCode::not_confirmed, "not-confirmed"},
    {ReasonCode::unnamed_source, "unnamed-source"},
    {ReasonCode::vague_source, "vague-source"},
    {ReasonCode::allegation, "allegation"},
    {ReasonCode::denial, "denial"},
    {ReasonCode::dispute, "dispute"},
}};

constexpr std::array<std::pair<Commitment, std::string_view>, 7> k_commitments{{
    {Commitment::report, "report"},
    {Commitment::strong_report, "strong-report"},
    {Commitment::factive, "factive"},
    {Commitment::belief, "belief"},
    {Commitment::allegation, "allegation"},
    {Commitment::denial, "denial"},
    {Commitment::hedge, "hedge"},
}};

}  // namespace

std::string_view to_string(SourceKind kind) noexcept { return name_of(k_kinds, kind); }
std::optional<SourceKind> parse_source_kind(std::string_view text) noexcept { return value_of(k_kinds, text); }
std::string_view to_string(QuoteType q) noexcept { return name_of(k_quotes, q); }
std::optional<QuoteType> parse_quote_type(std::string_view text) noexcept { return value_of(k_quotes, text); }
std::string_view to_string(ClaimStatus s) noexcept { return name_of(k_statuses, s); }
std::optional<ClaimStatus> parse_claim_status(std::string_view text) noexcept { return value_of(k_statuses, text); }
std::string_view to_string(ReasonCode r) noexcept { return name_of(k_reasons, r); }
std::optional<ReasonCode> parse_reason_code(std::string_view text) noexcept { return value_of(k_reasons, text); }
std::string_view to_string(Commitment c) noexcept { return name_of(k_commitments, c); }
std::optional<Commitment> parse_commitment(std::string_view text) noexcept { return value_of(k_commitments, text); }

}  // namespace claimtrace
