#pragma once

#include <vector>

#include "claimtrace/claim.hpp"
#include "claimtrace/document_record.hpp"

namespace claimtrace {

// The result of reading one document: what CONTRACT.md's JSON shows.
struct Extraction {
  DocumentRecord document;
  std::vector<Claim> claims;
  friend bool operator==(const Extraction&, const Extraction&) = default;
};

}  // namespace claimtrace
