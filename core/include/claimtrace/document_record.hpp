#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimtrace/span.hpp"

namespace claimtrace {

// A source the document credits as a whole (byline, dateline, sign-off).
struct CreditedSource {
  std::string entity;
  std::string mention;
  Span span;
  std::string via;  // "byline", "dateline", "signoff", "credit-line", "self-reference"
  friend bool operator==(const CreditedSource&, const CreditedSource&) = default;
};

// "SEOUL, Sept. 11 (Yonhap) --": where and when the wire story was filed.
struct Dateline {
  std::string entity;
  std::string text;   // the whole dateline as written
  Span span;
  std::string place;
  std::string date;
  std::string plugin;
  friend bool operator==(const Dateline&, const Dateline&) = default;
};

// A credit that is not a claim source, such as a photo credit.
struct Credit {
  std::string role;    // "photo", "video", "graphic"; "publisher": the page's own outlet named with the writer
  std::string entity;  // empty when the credited name is not a known source
  std::string mention;
  Span span;
  friend bool operator==(const Credit&, const Credit&) = default;
};

struct Byline {
  std::optional<std::string> author;
  Span author_span;
  std::vector<CreditedSource> credited_sources;
  friend bool operator==(const Byline&, const Byline&) = default;
};

// Everything known about one document besides its claims.
struct DocumentRecord {
  std::string path;        // file path, "-" for stdin, or the JSONL id
  std::string sha256;      // of the stored UTF-8 text
  std::string lang;        // "ar", "en", ...
  std::string text;        // stored exactly as given (after BOM removal, see docs)
  std::string title;
  std::string url;
  std::string published;   // as given (ISO 8601 when known)
  std::string metadata_json = "{}";  // unknown JSONL fields, kept verbatim
  std::string format = "text";      // "text" or "html"
  Byline byline;
  std::vector<Dateline> datelines;
  std::vector<Credit> credits;
  friend bool operator==(const DocumentRecord&, const DocumentRecord&) = default;
};

}  // namespace claimtrace
