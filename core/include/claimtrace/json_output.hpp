#pragma once
// The JSON of CONTRACT.md: one object per document.

#include <iosfwd>
#include <string>
#include <string_view>

#include "claimtrace/error.hpp"
#include "claimtrace/extraction.hpp"

namespace claimtrace {

// Serializes an extraction as CONTRACT.md shows. indent < 0 gives one line (JSONL).
[[nodiscard]] std::string to_json(const Extraction& extraction, int indent = 2);
// The same text written to `out` one claim at a time: a huge article's output is
// never held whole in memory (to_json is write_json into a string).
void write_json(std::ostream& out, const Extraction& extraction, int indent = 2);

// Serializes one claim object (as inside "claims").
[[nodiscard]] std::string claim_to_json(const Claim& claim, int indent = -1);

// Reads back what to_json wrote (tests, round trips). Errors name the field.
[[nodiscard]] Expected<Extraction> extraction_from_json(std::string_view json);

}  // namespace claimtrace
