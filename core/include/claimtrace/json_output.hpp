#pragma once
// The JSON of CONTRACT.md: one object per document.

#include <iosfwd>
#include <memory>
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

// Writes the JSON of one document as the extractor streams it (Extractor::extract with a
// sink): the same text as write_json gives for the whole extraction.
class JsonStreamSink final : public ExtractionSink {
 public:
  JsonStreamSink(std::ostream& out, int indent);
  ~JsonStreamSink() override;
  JsonStreamSink(const JsonStreamSink&) = delete;
  JsonStreamSink& operator=(const JsonStreamSink&) = delete;

  void begin(const DocumentRecord& document) override;
  void claims(std::vector<Claim>&& section) override;
  void end(DocumentRecord&& document) override;
  // One claim, as claims() writes each.
  void claim(const Claim& claim);

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

// Serializes one claim object (as inside "claims").
[[nodiscard]] std::string claim_to_json(const Claim& claim, int indent = -1);

// Reads back what to_json wrote (tests, round trips). Errors name the field.
[[nodiscard]] Expected<Extraction> extraction_from_json(std::string_view json);

}  // namespace claimtrace
