#include "claimtrace/store.hpp"

#include <chrono>
#include <map>
#include <thread>
#include <unordered_map>

#include "store/migrations.hpp"
#include "store/sqlite_handle.hpp"

namespace claimtrace {

using store::Statement;

struct Store::Impl {
  // The connection is declared first so that it is destroyed last: every statement
  // below is finalized before sqlite3_close_v2 runs.
  store::DatabasePtr db;
  std::filesystem::path path;
  std::string path_string;
  int version = 0;
  bool in_transaction = false;
  bool read_only = false;
  int busy_timeout_ms = 0;
  std::int64_t fts_indexed_up_to = 0;  // claims with a larger id enter claims_fts at commit

  // The document being stored between begin_document and end_document (inside the
  // "document" savepoint), with its document-local groups mapped to database-wide ones.
  bool document_open = false;
  std::int64_t document_id = 0;
  std::string document_path;
  std::unordered_map<int, std::int64_t> document_groups;

  Statement find_document;
  Statement insert_document;
  Statement insert_credit;
  Statement insert_group;
  Statement insert_claim;
  Statement insert_hop;
  Statement insert_reason;
  Statement select_hops;
  Statement select_reasons;
  Statement select_claim;
  Statement select_document;
  Statement select_credits;
  Statement select_document_claims;

  ~Impl() {
    if (in_transaction && db) {
      // Dropping the store inside a transaction rolls it back: nothing half-written lands.
      sqlite3_exec(db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
  }

  Error error(int rc, std::string_view doing) const { return store::database_error(db.get(), rc, path_string, doing); }

  Expected<void> prepare(Statement& s, std::string_view sql) {
    if (s.valid()) {
      return {};
    }
    Error e;
    s = Statement(db.get(), sql, e);
    if (!s.valid()) {
      e.message = path_string + ": " + e.message;
      return tl::unexpected(e);
    }
    return {};
  }

  Expected<void> load_chain(std::int64_t claim_id, Claim& c) {
    if (auto r = prepare(select_hops,
                         "SELECT mention, start, \"end\", entity, kind, cue, cue_start, cue_end, plugin, implicit, "
                         "refers_to FROM hops WHERE claim_id = ?1 ORDER BY position");
        !r) {
      return r;
    }
    if (auto r = prepare(select_reasons,
                         "SELECT code, cue, start, \"end\" FROM reasons WHERE claim_id = ?1 ORDER BY position");
        !r) {
      return r;
    }
    select_hops.reset();
    select_hops.bind(1, claim_id);
    int rc = 0;
    while ((rc = select_hops.step()) == SQLITE_ROW) {
      Hop h;
      h.mention = select_hops.text(0);
      h.span = Span{static_cast<std::uint32_t>(select_hops.int64(1)), static_cast<std::uint32_t>(select_hops.int64(2))};
      h.entity = select_hops.text(3);
      h.kind = parse_source_kind(select_hops.text(4)).value_or(SourceKind::unknown);
      h.cue = select_hops.text(5);
      h.cue_span = Span{static_cast<std::uint32_t>(select_hops.int64(6)), static_cast<std::uint32_t>(select_hops.int64(7))};
      h.plugin = select_hops.text(8);
      h.implicit = select_hops.int64(9) != 0;
      h.refers_to = select_hops.text(10);
      c.chain.push_back(std::move(h));
    }
    if (rc != SQLITE_DONE) {
      return tl::unexpected(error(rc, "cannot read a chain"));
    }
    select_reasons.reset();
    select_reasons.bind(1, claim_id);
    while ((rc = select_reasons.step()) == SQLITE_ROW) {
      Reason r;
      r.code = parse_reason_code(select_reasons.text(0)).value_or(ReasonCode::hedge);
      r.cue = select_reasons.text(1);
      r.span = Span{static_cast<std::uint32_t>(select_reasons.int64(2)), static_cast<std::uint32_t>(select_reasons.int64(3))};
      c.reasons.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE) {
      return tl::unexpected(error(rc, "cannot read reasons"));
    }
    return {};
  }

  // Reads a claim row laid out as claim_columns() below, starting at column `at`.
  static Claim claim_from_row(const Statement& s, int at) {
    Claim c;
    c.id = static_cast<int>(s.int64(at));
    c.text = s.text(at + 1);
    c.span = Span{static_cast<std::uint32_t>(s.int64(at + 2)), static_cast<std::uint32_t>(s.int64(at + 3))};
    c.sentence = Span{static_cast<std::uint32_t>(s.int64(at + 4)), static_cast<std::uint32_t>(s.int64(at + 5))};
    c.quote = parse_quote_type(s.text(at + 6)).value_or(QuoteType::indirect);
    c.status = parse_claim_status(s.text(at + 7)).value_or(ClaimStatus::single_source);
    c.unconfirmed = s.int64(at + 8) != 0;
    c.rule = s.text(at + 9);
    c.group = static_cast<int>(s.int64(at + 10));
    c.commitment = parse_commitment(s.text(at + 11)).value_or(Commitment::report);
    return c;
  }
};

namespace {

constexpr const char* k_claim_columns =
    "c.doc_claim_no, c.text, c.start, c.\"end\", c.sentence_start, c.sentence_end, c.quote, c.status, "
    "c.unconfirmed, c.rule, c.group_id, c.commitment";

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) noexcept : m_impl(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Expected<Store> Store::open(const std::filesystem::path& path, Mode mode, int busy_timeout_ms) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->path_string = path.string();
  impl->read_only = mode == Mode::read_only;
  impl->busy_timeout_ms = busy_timeout_ms;
  std::error_code ec;
  if (mode == Mode::read_only && !std::filesystem::exists(path, ec)) {
    return make_error(ErrorKind::database, impl->path_string + ": no database here (create one with `claimtrace ingest`)");
  }
  sqlite3* raw = nullptr;
  const int flags = mode == Mode::read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  const int rc = sqlite3_open_v2(impl->path_string.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  impl->db.reset(raw);
  if (rc != SQLITE_OK) {
    return tl::unexpected(impl->error(rc, "cannot open the database"));
  }
  sqlite3_extended_result_codes(impl->db.get(), 1);
  sqlite3_busy_timeout(impl->db.get(), busy_timeout_ms);
  // Reading the version is the first access: a file that is not a database fails here.
  Error e;
  {
    Statement v(impl->db.get(), "PRAGMA user_version", e);
    if (!v.valid()) {
      const int code = sqlite3_errcode(impl->db.get());
      return tl::unexpected(impl->error(code, "cannot read the database"));
    }
    const int step = v.step();
    if (step != SQLITE_ROW) {
      return tl::unexpected(impl->error(step, "cannot read the database"));
    }
    impl->version = static_cast<int>(v.int64(0));
  }
  if (impl->version > k_schema_version) {
    return make_error(ErrorKind::database, impl->path_string + ": the database has schema version " +
                                               std::to_string(impl->version) + ", newer than this claimtrace (" +
                                               std::to_string(k_schema_version) + "); upgrade claimtrace to use it");
  }
  if (auto r = store::exec(impl->db.get(), "PRAGMA foreign_keys = ON", impl->path_string); !r) {
    return tl::unexpected(r.error());
  }
  if (mode == Mode::read_only) {
    if (impl->version == 0) {
      return make_error(ErrorKind::database, impl->path_string + ": not a claimtrace database (no schema)");
    }
    return Store(std::move(impl));
  }
  // WAL: readers (claims, audit) work while an ingest writes.
  // Switching a new database to WAL needs an exclusive lock, and SQLite answers BUSY at once
  // (without the busy handler) when another process is creating the same file: retry within
  // the busy timeout, so that two ingests started together both get in.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
  for (;;) {
    const int wal = sqlite3_exec(impl->db.get(), "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    if (wal == SQLITE_OK) {
      break;
    }
    if ((wal & 0xFF) != SQLITE_BUSY || std::chrono::steady_clock::now() >= give_up) {
      return tl::unexpected(impl->error(wal, "cannot switch the database to WAL mode"));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (auto r = store::exec(impl->db.get(), "PRAGMA synchronous = NORMAL", impl->path_string); !r) {
    return tl::unexpected(r.error());
  }
  // Every document is stored inside a savepoint, whose undo journal past 64 KiB spills to a
  // temporary file: kept in memory, an ingest spends a quarter of the system time it did.
  if (auto r = store::exec(impl->db.get(), "PRAGMA temp_store = MEMORY", impl->path_string); !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = store::migrate(impl->db.get(), impl->path_string, impl->version, k_schema_version, busy_timeout_ms); !r) {
    return tl::unexpected(r.error());
  }
  impl->version = k_schema_version;
  return Store(std::move(impl));
}

const std::filesystem::path& Store::path() const noexcept { return m_impl->path; }
int Store::schema_version() const noexcept { return m_impl->version; }
sqlite3* Store::handle() const noexcept { return m_impl->db.get(); }
bool Store::in_transaction() const noexcept { return m_impl->in_transaction; }

Expected<void> Store::begin() {
  if (m_impl->in_transaction) {
    return {};
  }
  if (auto r = store::begin_immediate(m_impl->db.get(), m_impl->path_string, m_impl->busy_timeout_ms); !r) {
    return r;
  }
  m_impl->in_transaction = true;
  Error e;
  Statement max_id(m_impl->db.get(), "SELECT COALESCE(MAX(id), 0) FROM claims", e);
  if (!max_id.valid() || max_id.step() != SQLITE_ROW) {
    rollback();
    return tl::unexpected(m_impl->error(sqlite3_errcode(m_impl->db.get()), "cannot begin a transaction"));
  }
  m_impl->fts_indexed_up_to = max_id.int64(0);
  return {};
}

Expected<void> Store::commit() {
  if (!m_impl->in_transaction) {
    return {};
  }
  abandon_document();  // a document never ended is not committed half-written
  // The transaction's claims enter the full-text index in one statement (see claimtrace.sql).
  {
    Error e;
    Statement index(m_impl->db.get(),
                    "INSERT INTO claims_fts(rowid, text) SELECT id, text FROM claims WHERE id > ?1", e);
    const int rc = index.valid() ? (index.bind(1, m_impl->fts_indexed_up_to), index.step())
                                 : sqlite3_errcode(m_impl->db.get());
    if (rc != SQLITE_DONE) {
      Error err = m_impl->error(rc, "cannot update the full-text index");
      rollback();
      return tl::unexpected(err);
    }
  }
  const int rc = sqlite3_exec(m_impl->db.get(), "COMMIT", nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) {
    Error e = m_impl->error(rc, "cannot commit");
    rollback();
    return tl::unexpected(e);
  }
  m_impl->in_transaction = false;
  return {};
}

void Store::rollback() noexcept {
  if (m_impl->in_transaction) {
    sqlite3_exec(m_impl->db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
    m_impl->in_transaction = false;
  }
  m_impl->document_open = false;
  m_impl->document_groups.clear();
}

Expected<void> Store::upsert_entities(std::span<const EntityInfo> entities) {
  const bool own = !m_impl->in_transaction;
  if (own) {
    if (auto r = begin(); !r) {
      return r;
    }
  }
  Error e;
  Statement up(m_impl->db.get(),
               "INSERT INTO entities(id, display_name, kind, medium, country, affiliation, controlled_by, plugin) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO UPDATE SET display_name = ?2, kind = ?3, "
               "medium = ?4, country = ?5, affiliation = ?6, controlled_by = ?7, plugin = ?8",
               e);
  Statement del(m_impl->db.get(), "DELETE FROM entity_names WHERE entity = ?1", e);
  Statement name(m_impl->db.get(),
                 "INSERT OR IGNORE INTO entity_names(entity, lang, name, ambiguous) VALUES (?1, ?2, ?3, ?4)", e);
  if (!up.valid() || !del.valid() || !name.valid()) {
    rollback();
    return tl::unexpected(Error{ErrorKind::database, m_impl->path_string + ": " + e.message});
  }
  for (const EntityInfo& en : entities) {
    up.reset();
    up.bind(1, en.id);
    up.bind(2, en.display_name.empty() ? en.id : en.display_name);
    up.bind(3, to_string(en.kind));
    up.bind_optional(4, en.medium);
    up.bind_optional(5, en.country);
    up.bind_optional(6, en.affiliation);
    up.bind_optional(7, en.controlled_by);
    up.bind_optional(8, en.plugin);
    if (const int rc = up.step(); rc != SQLITE_DONE) {
      rollback();
      return tl::unexpected(m_impl->error(rc, "cannot store entity " + en.id));
    }
    del.reset();
    del.bind(1, en.id);
    del.step();
    auto add_names = [&](const std::vector<EntityName>& names, bool ambiguous) -> int {
      for (const EntityName& n : names) {
        name.reset();
        name.bind(1, en.id);
        name.bind(2, n.lang);
        name.bind(3, n.text);
        name.bind(4, ambiguous);
        if (const int rc = name.step(); rc != SQLITE_DONE) {
          return rc;
        }
      }
      return SQLITE_DONE;
    };
    if (int rc = add_names(en.names, false); rc != SQLITE_DONE || (rc = add_names(en.ambiguous_names, true)) != SQLITE_DONE) {
      rollback();
      return tl::unexpected(m_impl->error(rc, "cannot store the names of " + en.id));
    }
  }
  if (own) {
    return commit();
  }
  return {};
}

Expected<std::optional<std::int64_t>> Store::find_document(std::string_view sha256) {
  if (auto r = m_impl->prepare(m_impl->find_document, "SELECT id FROM documents WHERE sha256 = ?1"); !r) {
    return tl::unexpected(r.error());
  }
  Statement& s = m_impl->find_document;
  s.reset();
  s.bind(1, sha256);
  const int rc = s.step();
  const std::optional<std::int64_t> found = rc == SQLITE_ROW ? std::optional<std::int64_t>(s.int64(0)) : std::nullopt;
  // A cached statement left on its row holds a read transaction open: this connection's
  // snapshot would then never move on, and its next BEGIN IMMEDIATE fail for good
  // (SQLITE_BUSY_SNAPSHOT) once another ingest has committed.
  s.reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    return tl::unexpected(m_impl->error(rc, "cannot look up a document"));
  }
  return found;
}

Expected<std::int64_t> Store::insert(const Extraction& x) {
  auto id = begin_document(x.document);
  if (!id) {
    return id;
  }
  if (auto r = add_claims(x.claims); !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = end_document(); !r) {
    return tl::unexpected(r.error());
  }
  return id;
}

void Store::abandon_document() noexcept {
  Impl& m = *m_impl;
  if (m.document_open) {
    sqlite3_exec(m.db.get(), "ROLLBACK TO document; RELEASE document", nullptr, nullptr, nullptr);
    m.document_open = false;
    m.document_groups.clear();
  }
}

namespace {

// A step of storing a document that fails (an early return) takes the document's rows back.
struct AbandonUnlessKept {
  Store& store;
  bool kept = false;
  explicit AbandonUnlessKept(Store& s) : store(s) {}
  AbandonUnlessKept(const AbandonUnlessKept&) = delete;
  AbandonUnlessKept& operator=(const AbandonUnlessKept&) = delete;
  ~AbandonUnlessKept() {
    if (!kept) {
      store.abandon_document();
    }
  }
};

}  // namespace

Expected<std::int64_t> Store::begin_document(const DocumentRecord& d) {
  if (!m_impl->in_transaction) {
    return make_error(ErrorKind::internal, "Store::begin_document outside a transaction");
  }
  Impl& m = *m_impl;
  abandon_document();  // one left open by a caller that gave up on it
  // All of a document or nothing of it: a failure halfway through (a full disk, a constraint)
  // rolls back this document's rows and leaves the batch's earlier documents as they were.
  if (auto r = store::exec(m.db.get(), "SAVEPOINT document", m.path_string); !r) {
    return tl::unexpected(r.error());
  }
  m.document_open = true;
  m.document_path = d.path;
  m.document_groups.clear();
  AbandonUnlessKept undo{*this};
  for (const auto& [stmt, sql] :
       {std::pair{&m.insert_document,
                  "INSERT INTO documents(sha256, path, url, title, lang, published, format, metadata, text) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
        std::pair{&m.insert_credit,
                  "INSERT INTO document_credits(document_id, position, kind, role, entity, mention, start, \"end\", "
                  "via, place, date, plugin) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"},
        std::pair{&m.insert_group, "INSERT INTO claim_groups DEFAULT VALUES"},
        std::pair{&m.insert_claim,
                  "INSERT INTO claims(document_id, doc_claim_no, text, start, \"end\", sentence_start, sentence_end, "
                  "quote, status, unconfirmed, rule, group_id, commitment) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"},
        std::pair{&m.insert_hop,
                  "INSERT INTO hops(claim_id, position, is_root, mention, start, \"end\", entity, kind, cue, cue_start, "
                  "cue_end, plugin, implicit, refers_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                  "?13, ?14)"},
        std::pair{&m.insert_reason,
                  "INSERT INTO reasons(claim_id, position, code, cue, start, \"end\") VALUES (?1, ?2, ?3, ?4, ?5, ?6)"}}) {
    if (auto r = m.prepare(*stmt, sql); !r) {
      return tl::unexpected(r.error());
    }
  }
  Statement& doc = m.insert_document;
  doc.reset();
  doc.bind(1, d.sha256);
  doc.bind(2, d.path);
  doc.bind_optional(3, d.url);
  doc.bind_optional(4, d.title);
  doc.bind(5, d.lang);
  doc.bind_optional(6, d.published);
  doc.bind(7, d.format);
  doc.bind(8, d.metadata_json.empty() ? std::string_view("{}") : std::string_view(d.metadata_json));
  doc.bind_static(9, d.text);  // not copied: a huge article would be held twice
  const int doc_rc = doc.step();
  doc.reset();  // clears the bindings too: the statement keeps no pointer into `d`
  if (doc_rc != SQLITE_DONE) {
    return tl::unexpected(m.error(doc_rc, "cannot store document " + d.path));
  }
  const std::int64_t doc_id = sqlite3_last_insert_rowid(m.db.get());

  int position = 0;
  auto credit = [&](std::string_view kind, std::string_view role, std::string_view entity, std::string_view mention,
                    const Span& span, std::string_view via, std::string_view place, std::string_view date,
                    std::string_view plugin) -> int {
    Statement& s = m.insert_credit;
    s.reset();
    s.bind(1, doc_id);
    s.bind(2, position++);
    s.bind(3, kind);
    s.bind_optional(4, role);
    s.bind_optional(5, entity);
    s.bind(6, mention);
    s.bind(7, span.start);
    s.bind(8, span.end);
    s.bind_optional(9, via);
    s.bind_optional(10, place);
    s.bind_optional(11, date);
    s.bind_optional(12, plugin);
    return s.step();
  };
  int rc = SQLITE_DONE;
  if (d.byline.author) {
    rc = credit("author", "", "", *d.byline.author, d.byline.author_span, "", "", "", "");
  }
  for (const CreditedSource& c : d.byline.credited_sources) {
    rc = rc == SQLITE_DONE ? credit("credited_source", "", c.entity, c.mention, c.span, c.via, "", "", "") : rc;
  }
  for (const Dateline& dl : d.datelines) {
    rc = rc == SQLITE_DONE ? credit("dateline", "", dl.entity, dl.text, dl.span, "", dl.place, dl.date, dl.plugin) : rc;
  }
  for (const Credit& c : d.credits) {
    rc = rc == SQLITE_DONE ? credit("credit", c.role, c.entity, c.mention, c.span, "", "", "", "") : rc;
  }
  if (rc != SQLITE_DONE) {
    return tl::unexpected(m.error(rc, "cannot store the credits of " + d.path));
  }

  m.document_id = doc_id;
  undo.kept = true;
  return doc_id;
}

Expected<void> Store::add_claims(std::span<const Claim> claims) {
  Impl& m = *m_impl;
  if (!m.document_open) {
    return make_error(ErrorKind::internal, "Store::add_claims without begin_document");
  }
  AbandonUnlessKept undo{*this};
  const std::int64_t doc_id = m.document_id;
  const std::string& path = m.document_path;
  // Document-local groups become database-wide ones.
  std::unordered_map<int, std::int64_t>& groups = m.document_groups;
  for (const Claim& c : claims) {
    auto it = groups.find(c.group);
    if (it == groups.end()) {
      m.insert_group.reset();
      if (const int g = m.insert_group.step(); g != SQLITE_DONE) {
        return tl::unexpected(m.error(g, "cannot store a claim group"));
      }
      it = groups.emplace(c.group, sqlite3_last_insert_rowid(m.db.get())).first;
    }
    Statement& s = m.insert_claim;
    s.reset();
    s.bind(1, doc_id);
    s.bind(2, c.id);
    s.bind(3, c.text);
    s.bind(4, c.span.start);
    s.bind(5, c.span.end);
    s.bind(6, c.sentence.start);
    s.bind(7, c.sentence.end);
    s.bind(8, to_string(c.quote));
    s.bind(9, to_string(c.status));
    s.bind(10, c.unconfirmed);
    s.bind(11, c.rule);
    s.bind(12, it->second);
    s.bind(13, to_string(c.commitment));
    if (const int r = s.step(); r != SQLITE_DONE) {
      return tl::unexpected(m.error(r, "cannot store a claim of " + path));
    }
    const std::int64_t claim_id = sqlite3_last_insert_rowid(m.db.get());
    for (std::size_t k = 0; k < c.chain.size(); ++k) {
      const Hop& h = c.chain[k];
      Statement& hs = m.insert_hop;
      hs.reset();
      hs.bind(1, claim_id);
      hs.bind(2, static_cast<std::int64_t>(k));
      hs.bind(3, k + 1 == c.chain.size());
      hs.bind(4, h.mention);
      hs.bind(5, h.span.start);
      hs.bind(6, h.span.end);
      hs.bind_optional(7, h.entity);
      hs.bind(8, to_string(h.kind));
      hs.bind(9, h.cue);
      hs.bind(10, h.cue_span.start);
      hs.bind(11, h.cue_span.end);
      hs.bind_optional(12, h.plugin);
      hs.bind(13, h.implicit);
      hs.bind_optional(14, h.refers_to);
      if (const int r = hs.step(); r != SQLITE_DONE) {
        return tl::unexpected(m.error(r, "cannot store a chain of " + path));
      }
    }
    for (std::size_t k = 0; k < c.reasons.size(); ++k) {
      const Reason& rr = c.reasons[k];
      Statement& rs = m.insert_reason;
      rs.reset();
      rs.bind(1, claim_id);
      rs.bind(2, static_cast<std::int64_t>(k));
      rs.bind(3, to_string(rr.code));
      rs.bind(4, rr.cue);
      rs.bind(5, rr.span.start);
      rs.bind(6, rr.span.end);
      if (const int r = rs.step(); r != SQLITE_DONE) {
        return tl::unexpected(m.error(r, "cannot store a reason of " + path));
      }
    }
  }
  undo.kept = true;
  return {};
}

Expected<void> Store::end_document() {
  Impl& m = *m_impl;
  if (!m.document_open) {
    return make_error(ErrorKind::internal, "Store::end_document without begin_document");
  }
  if (auto r = store::exec(m.db.get(), "RELEASE document", m.path_string); !r) {
    abandon_document();
    return tl::unexpected(r.error());
  }
  m.document_open = false;
  m.document_groups.clear();
  return {};
}

Expected<std::optional<std::int64_t>> Store::resolve_document(std::string_view ref) {
  Error e;
  // An id.
  bool digits = !ref.empty();
  for (const char c : ref) {
    digits = digits && c >= '0' && c <= '9';
  }
  if (digits && ref.size() < 12) {
    Statement s(m_impl->db.get(), "SELECT id FROM documents WHERE id = ?1", e);
    s.bind(1, static_cast<std::int64_t>(std::stoll(std::string(ref))));
    if (s.step() == SQLITE_ROW) {
      return std::optional<std::int64_t>(s.int64(0));
    }
  }
  // A path, as stored.
  {
    Statement s(m_impl->db.get(), "SELECT id FROM documents WHERE path = ?1 ORDER BY id LIMIT 1", e);
    s.bind(1, ref);
    if (s.step() == SQLITE_ROW) {
      return std::optional<std::int64_t>(s.int64(0));
    }
  }
  // A SHA-256 prefix of at least 6 hex digits (it must be unambiguous).
  bool hex = ref.size() >= 6 && ref.size() <= 64;
  for (const char c : ref) {
    hex = hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }
  if (hex) {
    Statement s(m_impl->db.get(), "SELECT id FROM documents WHERE sha256 >= ?1 AND sha256 < ?1 || 'g' LIMIT 2", e);
    s.bind(1, ref);
    std::optional<std::int64_t> found;
    int n = 0;
    while (s.step() == SQLITE_ROW) {
      found = s.int64(0);
      ++n;
    }
    if (n > 1) {
      return make_error(ErrorKind::usage, "'" + std::string(ref) + "' matches several documents: give more of the hash");
    }
    if (found) {
      return found;
    }
  }
  return std::optional<std::int64_t>();
}

Expected<std::vector<std::int64_t>> Store::document_ids() {
  Error e;
  Statement s(m_impl->db.get(), "SELECT id FROM documents ORDER BY id", e);
  std::vector<std::int64_t> out;
  int rc = 0;
  while ((rc = s.step()) == SQLITE_ROW) {
    out.push_back(s.int64(0));
  }
  if (rc != SQLITE_DONE) {
    return tl::unexpected(m_impl->error(rc, "cannot list documents"));
  }
  return out;
}

Expected<std::optional<StoredDocument>> Store::document(std::int64_t id) {
  Impl& m = *m_impl;
  if (auto r = m.prepare(m.select_document,
                         "SELECT sha256, path, url, title, lang, published, ingested, format, metadata, text "
                         "FROM documents WHERE id = ?1");
      !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = m.prepare(m.select_credits,
                         "SELECT kind, role, entity, mention, start, \"end\", via, place, date, plugin "
                         "FROM document_credits WHERE document_id = ?1 ORDER BY position");
      !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = m.prepare(m.select_document_claims,
                         std::string("SELECT c.id, ") + k_claim_columns +
                             " FROM claims c WHERE c.document_id = ?1 ORDER BY c.doc_claim_no");
      !r) {
    return tl::unexpected(r.error());
  }
  Statement& s = m.select_document;
  s.reset();
  s.bind(1, id);
  int rc = s.step();
  if (rc == SQLITE_DONE) {
    return std::optional<StoredDocument>();
  }
  if (rc != SQLITE_ROW) {
    return tl::unexpected(m.error(rc, "cannot read a document"));
  }
  StoredDocument out;
  out.id = id;
  DocumentRecord& d = out.extraction.document;
  d.sha256 = s.text(0);
  d.path = s.text(1);
  d.url = s.text(2);
  d.title = s.text(3);
  d.lang = s.text(4);
  d.published = s.text(5);
  out.ingested = s.text(6);
  d.format = s.text(7);
  d.metadata_json = s.text(8);
  d.text = s.text(9);
  s.reset();  // no read transaction left open (see find_document)
  Statement& cs = m.select_credits;
  cs.reset();
  cs.bind(1, id);
  while ((rc = cs.step()) == SQLITE_ROW) {
    const std::string kind = cs.text(0);
    const Span span{static_cast<std::uint32_t>(cs.int64(4)), static_cast<std::uint32_t>(cs.int64(5))};
    if (kind == "author") {
      d.byline.author = cs.text(3);
      d.byline.author_span = span;
    } else if (kind == "credited_source") {
      d.byline.credited_sources.push_back({cs.text(2), cs.text(3), span, cs.text(6)});
    } else if (kind == "dateline") {
      d.datelines.push_back({cs.text(2), cs.text(3), span, cs.text(7), cs.text(8), cs.text(9)});
    } else {
      d.credits.push_back({cs.text(1), cs.text(2), cs.text(3), span});
    }
  }
  if (rc != SQLITE_DONE) {
    return tl::unexpected(m.error(rc, "cannot read credits"));
  }
  Statement& q = m.select_document_claims;
  q.reset();
  q.bind(1, id);
  std::vector<std::int64_t> ids;
  while ((rc = q.step()) == SQLITE_ROW) {
    ids.push_back(q.int64(0));
    out.extraction.claims.push_back(Impl::claim_from_row(q, 1));
  }
  if (rc != SQLITE_DONE) {
    return tl::unexpected(m.error(rc, "cannot read claims"));
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (auto r = m.load_chain(ids[i], out.extraction.claims[i]); !r) {
      return tl::unexpected(r.error());
    }
  }
  out.claim_ids = std::move(ids);
  return std::optional<StoredDocument>(std::move(out));
}

Expected<std::vector<StoredClaim>> Store::claims(const ClaimQuery& query) {
  Impl& m = *m_impl;
  const std::string sql =
      std::string("SELECT c.id, c.document_id, d.path, d.lang, "
                  "substr(d.text, c.sentence_start + 1, c.sentence_end - c.sentence_start), ") +
      k_claim_columns +
      " FROM claims c JOIN documents d ON d.id = c.document_id"
      " WHERE (?1 IS NULL OR c.document_id = ?1)"
      " AND (?2 IS NULL OR EXISTS (SELECT 1 FROM hops h WHERE h.claim_id = c.id AND (h.entity = ?2 OR h.mention = ?2 "
      "COLLATE NOCASE)))"
      " AND (?3 IS NULL OR EXISTS (SELECT 1 FROM hops h WHERE h.claim_id = c.id AND h.is_root = 0 AND (h.entity = ?3 "
      "OR h.mention = ?3 COLLATE NOCASE)))"
      " AND (?4 IS NULL OR EXISTS (SELECT 1 FROM hops h WHERE h.claim_id = c.id AND h.is_root = 1 AND (h.entity = ?4 "
      "OR h.mention = ?4 COLLATE NOCASE)))"
      " AND (?5 IS NULL OR c.status = ?5)"
      " AND (?6 = 0 OR c.unconfirmed = 1)"
      " AND (?7 IS NULL OR d.lang = ?7)"
      " AND (?8 IS NULL OR d.published >= ?8)"
      " AND (?9 IS NULL OR d.published <= ?9)"
      " AND (?10 IS NULL OR c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?10))"
      " ORDER BY c.document_id, c.doc_claim_no LIMIT ?11 OFFSET ?12";
  auto run = [&](const std::optional<std::string>& search) -> Expected<std::vector<StoredClaim>> {
    Error e;
    Statement s(m.db.get(), sql, e);
    if (!s.valid()) {
      return tl::unexpected(Error{ErrorKind::database, m.path_string + ": " + e.message});
    }
    auto opt = [&](int i, const std::optional<std::string>& v) {
      if (v) {
        s.bind(i, *v);
      } else {
        s.bind_null(i);
      }
    };
    if (query.document_id) {
      s.bind(1, *query.document_id);
    } else {
      s.bind_null(1);
    }
    opt(2, query.source);
    opt(3, query.via);
    opt(4, query.root);
    opt(5, query.status);
    s.bind(6, query.unconfirmed_only);
    opt(7, query.lang);
    opt(8, query.since);
    opt(9, query.until);
    opt(10, search);
    s.bind(11, query.limit);
    s.bind(12, query.offset);
    std::vector<StoredClaim> out;
    int rc = 0;
    while ((rc = s.step()) == SQLITE_ROW) {
      StoredClaim c;
      c.id = s.int64(0);
      c.document_id = s.int64(1);
      c.document_path = s.text(2);
      c.document_lang = s.text(3);
      c.sentence_text = s.text(4);
      c.claim = Impl::claim_from_row(s, 5);
      out.push_back(std::move(c));
    }
    if (rc != SQLITE_DONE) {
      return tl::unexpected(m.error(rc, "cannot query claims"));
    }
    for (StoredClaim& c : out) {
      if (auto r = m.load_chain(c.id, c.claim); !r) {
        return tl::unexpected(r.error());
      }
    }
    return out;
  };
  auto result = run(query.search);
  if (!result && query.search) {
    // Not valid FTS5 syntax: search for the words as a phrase instead.
    std::string phrase = "\"";
    for (const char c : *query.search) {
      phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    phrase += "\"";
    result = run(phrase);
  }
  return result;
}

Expected<std::optional<StoredClaim>> Store::claim(std::int64_t id) {
  Impl& m = *m_impl;
  if (auto r = m.prepare(m.select_claim,
                         std::string("SELECT c.id, c.document_id, d.path, d.lang, "
                                     "substr(d.text, c.sentence_start + 1, c.sentence_end - c.sentence_start), ") +
                             k_claim_columns + " FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.id = ?1");
      !r) {
    return tl::unexpected(r.error());
  }
  Statement& s = m.select_claim;
  s.reset();
  s.bind(1, id);
  const int rc = s.step();
  if (rc == SQLITE_DONE) {
    return std::optional<StoredClaim>();
  }
  if (rc != SQLITE_ROW) {
    return tl::unexpected(m.error(rc, "cannot read a claim"));
  }
  StoredClaim c;
  c.id = s.int64(0);
  c.document_id = s.int64(1);
  c.document_path = s.text(2);
  c.document_lang = s.text(3);
  c.sentence_text = s.text(4);
  c.claim = Impl::claim_from_row(s, 5);
  s.reset();  // no read transaction left open (see find_document)
  if (auto r = m.load_chain(c.id, c.claim); !r) {
    return tl::unexpected(r.error());
  }
  return std::optional<StoredClaim>(std::move(c));
}

Expected<std::vector<SourceStats>> Store::sources(std::int64_t top) {
  Error e;
  Statement s(m_impl->db.get(),
              "SELECT source, kind, claims, as_root, as_relay, unconfirmed FROM v_sources "
              "ORDER BY claims DESC, source LIMIT ?1",
              e);
  if (!s.valid()) {
    return tl::unexpected(Error{ErrorKind::database, m_impl->path_string + ": " + e.message});
  }
  s.bind(1, top);
  std::vector<SourceStats> out;
  int rc = 0;
  while ((rc = s.step()) == SQLITE_ROW) {
    out.push_back({s.text(0), s.text(1), s.int64(2), s.int64(3), s.int64(4), s.int64(5)});
  }
  if (rc != SQLITE_DONE) {
    return tl::unexpected(m_impl->error(rc, "cannot count sources"));
  }
  return out;
}

Expected<std::vector<EntityInfo>> Store::entities() {
  Error e;
  Statement s(m_impl->db.get(),
              "SELECT id, display_name, kind, medium, country, affiliation, controlled_by, plugin FROM entities ORDER BY id",
              e);
  Statement n(m_impl->db.get(), "SELECT lang, name, ambiguous FROM entity_names WHERE entity = ?1 ORDER BY lang, name", e);
  if (!s.valid() || !n.valid()) {
    return tl::unexpected(Error{ErrorKind::database, m_impl->path_string + ": " + e.message});
  }
  std::vector<EntityInfo> out;
  while (s.step() == SQLITE_ROW) {
    EntityInfo en;
    en.id = s.text(0);
    en.display_name = s.text(1);
    en.kind = parse_source_kind(s.text(2)).value_or(SourceKind::unknown);
    en.medium = s.text(3);
    en.country = s.text(4);
    en.affiliation = s.text(5);
    en.controlled_by = s.text(6);
    en.plugin = s.text(7);
    n.reset();
    n.bind(1, en.id);
    while (n.step() == SQLITE_ROW) {
      (n.int64(2) != 0 ? en.ambiguous_names : en.names).push_back({n.text(1), n.text(0)});
    }
    out.push_back(std::move(en));
  }
  return out;
}

Expected<std::int64_t> Store::count_documents() {
  Error e;
  Statement s(m_impl->db.get(), "SELECT count(*) FROM documents", e);
  if (s.step() != SQLITE_ROW) {
    return tl::unexpected(Error{ErrorKind::database, m_impl->path_string + ": cannot count documents"});
  }
  return s.int64(0);
}

Expected<std::int64_t> Store::count_claims() {
  Error e;
  Statement s(m_impl->db.get(), "SELECT count(*) FROM claims", e);
  if (s.step() != SQLITE_ROW) {
    return tl::unexpected(Error{ErrorKind::database, m_impl->path_string + ": cannot count claims"});
  }
  return s.int64(0);
}

}  // namespace claimtrace
