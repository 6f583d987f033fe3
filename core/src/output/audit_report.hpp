#pragma once
// Audit views of stored documents: a terminal report and a self-contained HTML
// page (no network, no scripts, no external assets) with the article text,
// every claim highlighted by status, source mentions and cues marked, the
// chain/status/reasons of each claim on hover and in a list, a provenance
// graph as inline SVG, and the unconfirmed claims linked into the text.

#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/extraction.hpp"
#include "output/table_output.hpp"

namespace claimtrace::output {

struct AuditDocument {
  std::int64_t id = 0;                 // database document id (0 when not stored)
  Extraction extraction;               // claims carry their document-local numbers
  std::vector<std::int64_t> claim_ids; // database claim ids, same order (may be empty)
};

[[nodiscard]] std::string terminal_audit(const AuditDocument& doc, const DisplayName& display, bool color);

[[nodiscard]] std::string html_audit_page(const std::vector<AuditDocument>& docs, const DisplayName& display,
                                          const std::string& title);

}  // namespace claimtrace::output
