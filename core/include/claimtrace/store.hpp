#pragma once
// The SQLite provenance store. It knows the data model (documents, entities,
// claims, hops, reasons, credits) and nothing of how claims are extracted.
// Schema: schemas/claimtrace.sql (compiled into the library).

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/entity.hpp"
#include "claimtrace/error.hpp"
#include "claimtrace/extraction.hpp"

struct sqlite3;  // the C handle stays out of public headers

namespace claimtrace {

// A claim as stored: the claim itself (claim.id is its number within its
// document, claim.group the database-wide group id) and where it lives.
struct StoredClaim {
  std::int64_t id = 0;           // database-wide claim id (what `claimtrace chain` takes)
  std::int64_t document_id = 0;
  std::string document_path;
  std::string document_lang;
  std::string sentence_text;     // the evidence sentence, text[claim.sentence]
  Claim claim;
};

// Filters of `claimtrace claims`. Every field is bound as an SQL parameter.
struct ClaimQuery {
  std::optional<std::int64_t> document_id;
  std::optional<std::string> source;  // entity id or mention text, any hop
  std::optional<std::string> via;     // an inner or outer relay hop (not the root)
  std::optional<std::string> root;    // the last hop
  std::optional<std::string> status;  // a CONTRACT.md status
  bool unconfirmed_only = false;
  std::optional<std::string> lang;
  std::optional<std::string> since;   // published >= since (ISO date)
  std::optional<std::string> until;   // published <= until
  std::optional<std::string> search;  // FTS5 query over claim text
  std::int64_t limit = -1;            // -1: no limit
  std::int64_t offset = 0;
};

struct StoredDocument {
  std::int64_t id = 0;
  std::string ingested;  // UTC timestamp
  Extraction extraction;  // claims carry their document-local ids; groups are database-wide
  std::vector<std::int64_t> claim_ids;  // database id of each claim, same order
};

struct SourceStats {
  std::string entity;   // canonical id, or the mention when unknown
  std::string kind;
  std::int64_t claims = 0;          // claims with the source on any hop
  std::int64_t as_root = 0;
  std::int64_t as_relay = 0;
  std::int64_t unconfirmed = 0;     // of `claims`, how many are unconfirmed
};

class Store {
 public:
  enum class Mode { read_write, read_only };
  static constexpr int k_schema_version = 3;

  // Opens (and in read_write mode creates and migrates) the database. Refuses
  // a database whose schema is newer than k_schema_version, a file that is not
  // a database, and an unwritable location in read_write mode, naming the path.
  [[nodiscard]] static Expected<Store> open(const std::filesystem::path& path, Mode mode,
                                            int busy_timeout_ms = 5000);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  ~Store();

  [[nodiscard]] const std::filesystem::path& path() const noexcept;
  [[nodiscard]] int schema_version() const noexcept;

  // Transactions: everything between begin() and commit() lands together or not at all.
  // A Store destroyed (or a process killed) inside a transaction leaves no trace of it.
  [[nodiscard]] Expected<void> begin();
  [[nodiscard]] Expected<void> commit();
  void rollback() noexcept;
  [[nodiscard]] bool in_transaction() const noexcept;

  // Inserts or updates the known sources (plugins and the entity file).
  [[nodiscard]] Expected<void> upsert_entities(std::span<const EntityInfo> entities);

  // The id of the document with this text hash, if it is stored.
  [[nodiscard]] Expected<std::optional<std::int64_t>> find_document(std::string_view sha256);

  // Stores one extracted document with its claims, hops, reasons and credits.
  // Claim groups get database-wide ids. Must be called inside a transaction.
  [[nodiscard]] Expected<std::int64_t> insert(const Extraction& extraction);

  // insert() in steps, for a document whose claims come section by section
  // (Extractor::extract with a sink): begin_document, then add_claims any number of times,
  // then end_document. Still all or nothing: a failing step, abandon_document() or the end
  // of the transaction without end_document() leaves no row of the document.
  [[nodiscard]] Expected<std::int64_t> begin_document(const DocumentRecord& document);
  [[nodiscard]] Expected<void> add_claims(std::span<const Claim> claims);
  [[nodiscard]] Expected<void> end_document();
  void abandon_document() noexcept;

  // Finds a document by id, sha256 prefix (at least 6 hex digits) or path.
  [[nodiscard]] Expected<std::optional<std::int64_t>> resolve_document(std::string_view ref);
  [[nodiscard]] Expected<std::optional<StoredDocument>> document(std::int64_t id);
  [[nodiscard]] Expected<std::vector<std::int64_t>> document_ids();

  [[nodiscard]] Expected<std::vector<StoredClaim>> claims(const ClaimQuery& query);
  [[nodiscard]] Expected<std::optional<StoredClaim>> claim(std::int64_t id);
  [[nodiscard]] Expected<std::vector<SourceStats>> sources(std::int64_t top);
  [[nodiscard]] Expected<std::vector<EntityInfo>> entities();

  // Counts for summaries and tests.
  [[nodiscard]] Expected<std::int64_t> count_documents();
  [[nodiscard]] Expected<std::int64_t> count_claims();

  // The raw connection, for the CLI's read-only SQL passthrough and tests.
  [[nodiscard]] sqlite3* handle() const noexcept;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl) noexcept;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace claimtrace
