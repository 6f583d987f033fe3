#include "catch.hpp"

#include "claimtrace/claim.hpp"

using namespace claimtrace;

TEST_CASE("statuses, kinds and reason codes read back as CONTRACT.md spells them", "[model]") {
  for (const ClaimStatus s : {ClaimStatus::confirmed, ClaimStatus::single_source, ClaimStatus::anonymous,
                              ClaimStatus::hedged, ClaimStatus::unconfirmed, ClaimStatus::disputed,
                              ClaimStatus::denied, ClaimStatus::unsourced}) {
    CHECK(parse_claim_status(to_string(s)) == s);
  }
  CHECK(to_string(ClaimStatus::single_source) == "single-source");
  CHECK(to_string(ReasonCode::not_confirmed) == "not-confirmed");
  CHECK(to_string(SourceKind::officials) == "officials");
  CHECK_FALSE(parse_source_kind("agencies"));
  CHECK(is_unconfirmed_status(ClaimStatus::anonymous));
  CHECK_FALSE(is_unconfirmed_status(ClaimStatus::single_source));
  CHECK(is_unnamed(SourceKind::reports));
  CHECK_FALSE(is_unnamed(SourceKind::person));
}
