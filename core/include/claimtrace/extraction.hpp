#pragma once

#include <iterator>
#include <utility>
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

// Receives one document's extraction as it is made: the record, then the claims
// section by section in reading order, then the record again, handed over. A huge
// article then never has all its claims in memory at once (Extractor::extract).
class ExtractionSink {
 public:
  virtual ~ExtractionSink() = default;
  // Before any claim. The record is complete except for its claims.
  virtual void begin(const DocumentRecord& document) = 0;
  // Claims of one section; ids and groups continue across sections.
  virtual void claims(std::vector<Claim>&& section) = 0;
  // Last: the same record, to keep (its text included).
  virtual void end(DocumentRecord&& document) = 0;
};

// Collects everything into an Extraction.
class CollectingSink final : public ExtractionSink {
 public:
  void begin(const DocumentRecord& /*document*/) override {}
  void claims(std::vector<Claim>&& section) override {
    if (m_result.claims.empty()) {
      m_result.claims = std::move(section);
    } else {
      m_result.claims.insert(m_result.claims.end(), std::make_move_iterator(section.begin()),
                             std::make_move_iterator(section.end()));
    }
  }
  void end(DocumentRecord&& document) override { m_result.document = std::move(document); }
  [[nodiscard]] Extraction take() { return std::move(m_result); }

 private:
  Extraction m_result;
};

}  // namespace claimtrace
