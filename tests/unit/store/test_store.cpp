#include "catch.hpp"

#include <filesystem>
#include <fstream>

#include <sqlite3.h>

#include "claimtrace/store.hpp"

namespace fs = std::filesystem;
using namespace claimtrace;

namespace {

// A scratch directory removed at the end of each test.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("claimtrace-store-test-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
};

Hop hop(const std::string& mention, std::uint32_t start, const std::string& entity, SourceKind kind,
        const std::string& cue = "said") {
  Hop h;
  h.mention = mention;
  h.span = {start, start + static_cast<std::uint32_t>(mention.size())};
  h.entity = entity;
  h.kind = kind;
  h.cue = cue;
  h.cue_span = {start, start + 1};
  return h;
}

// A hand-made extraction: Arabic text, a two-hop chain, an unnamed source, a byline.
Extraction sample(const std::string& text, const std::string& sha) {
  Extraction x;
  DocumentRecord& d = x.document;
  d.path = "doc-" + sha + ".txt";
  d.sha256 = sha;
  d.lang = "ar";
  d.text = text;
  d.title = "عنوان";
  d.published = "2024-03-14";
  d.metadata_json = R"({"section":"world"})";
  d.byline.author = "مينه دوك";
  d.byline.author_span = {0, 8};
  d.byline.credited_sources.push_back({"tass", "تاس", {10, 13}, "byline"});
  d.datelines.push_back({"yonhap", "SEOUL (Yonhap) -", {0, 16}, "SEOUL", "", "yonhap"});
  d.credits.push_back({"photo", "sputnik", "سبوتنيك", {20, 27}});
  Claim a;
  a.id = 1;
  a.text = "الزعيم سيزور روسيا";
  a.span = {30, 48};
  a.sentence = {20, 60};
  a.quote = QuoteType::indirect;
  a.chain = {hop("وكالة يونهاب", 5, "yonhap", SourceKind::agency, "نقلت … عن"),
             hop("الوكالة المركزية", 12, "kcna", SourceKind::agency)};
  a.chain[1].implicit = true;
  a.chain[1].refers_to = "KCNA";
  a.status = ClaimStatus::confirmed;
  a.group = 1;
  a.rule = "ar.naqala-an";
  a.commitment = Commitment::report;
  Claim b;
  b.id = 2;
  b.text = "train left apparently";
  b.span = {50, 71};
  b.sentence = {50, 80};
  b.quote = QuoteType::direct;
  b.chain = {hop("South Korean officials", 60, "", SourceKind::officials)};
  b.status = ClaimStatus::hedged;
  b.unconfirmed = true;
  b.reasons = {{ReasonCode::hedge, "apparently", {61, 71}}, {ReasonCode::unnamed_source, "officials", {60, 69}}};
  b.group = 2;
  b.rule = "en.say";
  b.commitment = Commitment::report;
  Claim c = a;
  c.id = 3;
  c.span = {81, 90};
  c.text = "same again";
  c.chain.pop_back();
  c.group = 1;  // same proposition as claim 1
  x.claims = {a, b, c};
  return x;
}

std::int64_t scalar(sqlite3* db, const char* sql) {
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
  std::int64_t v = -1;
  if (sqlite3_step(s) == SQLITE_ROW) {
    v = sqlite3_column_int64(s, 0);
  }
  sqlite3_finalize(s);
  return v;
}

std::string text_of(sqlite3* db, const char* sql) {
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
  std::string v;
  if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0) != nullptr) {
    v = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
  }
  sqlite3_finalize(s);
  return v;
}

const std::string k_text(100, 'x');

}  // namespace

TEST_CASE("Store round trip: what goes in comes back, with database-wide groups", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path / "t.db", Store::Mode::read_write);
  REQUIRE(store);
  CHECK(store->schema_version() == Store::k_schema_version);
  const Extraction x = sample(k_text, "aaaaaaaa11");
  REQUIRE(store->begin());
  auto id = store->insert(x);
  REQUIRE(id);
  REQUIRE(store->commit());
  auto back = store->document(*id);
  REQUIRE(back);
  REQUIRE(back->has_value());
  Extraction got = (*back)->extraction;
  REQUIRE(got.claims.size() == 3);
  CHECK(got.claims[0].group == got.claims[2].group);
  CHECK(got.claims[0].group != got.claims[1].group);
  // Apart from group ids, equal.
  Extraction want = x;
  for (std::size_t i = 0; i < want.claims.size(); ++i) {
    want.claims[i].group = got.claims[i].group;
  }
  CHECK(got == want);
  CHECK((*back)->claim_ids.size() == 3);
  auto found = store->find_document("aaaaaaaa11");
  REQUIRE(found);
  CHECK(found->value() == *id);
  auto missing = store->find_document("nope");
  REQUIRE(missing);
  CHECK_FALSE(missing->has_value());
}

TEST_CASE("Store queries: source, via, root, status, unconfirmed, lang, dates, search", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path / "t.db", Store::Mode::read_write);
  REQUIRE(store);
  REQUIRE(store->begin());
  REQUIRE(store->insert(sample(k_text, "aaaaaaaa11")));
  Extraction other = sample(k_text, "bbbbbbbb22");
  other.document.lang = "en";
  other.document.published = "2020-01-01";
  REQUIRE(store->insert(other));
  REQUIRE(store->commit());
  auto count = [&](ClaimQuery q) {
    auto r = store->claims(q);
    REQUIRE(r);
    return r->size();
  };
  CHECK(count({}) == 6);
  ClaimQuery q;
  q.root = "kcna";
  CHECK(count(q) == 2);
  q = {};
  q.via = "yonhap";
  CHECK(count(q) == 2);  // yonhap relays kcna in claim 1; claim 3 has yonhap as its root
  q = {};
  q.root = "yonhap";
  CHECK(count(q) == 2);
  q = {};
  q.source = "YONHAP";  // entity ids match exactly; mentions case-insensitively
  CHECK(count(q) == 0);
  q.source = "south korean OFFICIALS";
  CHECK(count(q) == 2);
  q = {};
  q.status = "hedged";
  CHECK(count(q) == 2);
  q = {};
  q.unconfirmed_only = true;
  CHECK(count(q) == 2);
  q = {};
  q.lang = "en";
  CHECK(count(q) == 3);
  q = {};
  q.since = "2024-01-01";
  CHECK(count(q) == 3);
  q = {};
  q.until = "2021-01-01";
  CHECK(count(q) == 3);
  q = {};
  q.search = "روسيا";
  CHECK(count(q) == 2);
  q.search = "train AND apparently";
  CHECK(count(q) == 2);
  q.search = "\"unbalanced";  // not FTS5 syntax: searched as a phrase
  CHECK(count(q) == 0);
  q = {};
  q.limit = 2;
  q.offset = 1;
  auto page = store->claims(q);
  REQUIRE(page);
  REQUIRE(page->size() == 2);
  CHECK(page->front().claim.id == 2);
  CHECK(page->front().sentence_text == k_text.substr(50, 30));
  auto one = store->claim(page->front().id);
  REQUIRE(one);
  REQUIRE(one->has_value());
  CHECK((*one)->claim.reasons.size() == 2);
  auto sources = store->sources(10);
  REQUIRE(sources);
  REQUIRE_FALSE(sources->empty());
  CHECK(sources->front().claims == 4);  // yonhap: claims 1 and 3 in both documents
}

TEST_CASE("Store views give chains as strings and unconfirmed claims with reasons", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path / "t.db", Store::Mode::read_write);
  REQUIRE(store);
  EntityInfo yonhap;
  yonhap.id = "yonhap";
  yonhap.display_name = "Yonhap";
  yonhap.kind = SourceKind::agency;
  yonhap.names = {{"Yonhap", "en"}};
  EntityInfo kcna = yonhap;
  kcna.id = "kcna";
  kcna.display_name = "KCNA";
  REQUIRE(store->upsert_entities(std::vector<EntityInfo>{yonhap, kcna}));
  REQUIRE(store->begin());
  REQUIRE(store->insert(sample(k_text, "aaaaaaaa11")));
  REQUIRE(store->commit());
  sqlite3* db = store->handle();
  CHECK(text_of(db, "SELECT chain FROM v_claim_chains WHERE doc_claim_no = 1") == "Yonhap > KCNA");
  CHECK(text_of(db, "SELECT chain_entities FROM v_claim_chains WHERE doc_claim_no = 1") == "yonhap > kcna");
  CHECK(text_of(db, "SELECT root_entity FROM v_claim_chains WHERE doc_claim_no = 1") == "kcna");
  CHECK(text_of(db, "SELECT reasons FROM v_unconfirmed") == "hedge, unnamed-source");
  CHECK(scalar(db, "SELECT count(*) FROM v_unconfirmed") == 1);
  // The recursive chain walk of schemas/README.md: claims whose root is KCNA relayed by Yonhap.
  CHECK(scalar(db, R"(
    WITH RECURSIVE walk(claim_id, position, entity, path) AS (
      SELECT claim_id, position, entity, COALESCE(entity, mention) FROM hops WHERE position = 0
      UNION ALL
      SELECT h.claim_id, h.position, h.entity, walk.path || ' > ' || COALESCE(h.entity, h.mention)
        FROM hops h JOIN walk ON h.claim_id = walk.claim_id AND h.position = walk.position + 1)
    SELECT count(*) FROM walk WHERE path = 'yonhap > kcna')") == 1);
  auto entities = store->entities();
  REQUIRE(entities);
  CHECK(entities->size() == 2);
}

TEST_CASE("Store: two writers on one database take turns; lookups leave no snapshot behind", "[store]") {
  TempDir dir;
  // A short busy timeout: a failure shows in a tenth of a second, not five.
  auto first = Store::open(dir.path / "t.db", Store::Mode::read_write, 100);
  auto second = Store::open(dir.path / "t.db", Store::Mode::read_write, 100);
  REQUIRE(first);
  REQUIRE(second);
  REQUIRE(first->begin());
  REQUIRE(first->insert(sample(k_text, "aaaaaaaa11")));
  REQUIRE(first->commit());
  // Each kind of lookup of what the first writer stored, then the first writes again.
  REQUIRE(second->find_document("aaaaaaaa11").value().has_value());
  REQUIRE(second->document(1).value().has_value());
  REQUIRE(second->claim(1).value().has_value());
  REQUIRE(first->begin());
  REQUIRE(first->insert(sample(k_text, "bbbbbbbb22")));
  REQUIRE(first->commit());
  // The second's snapshot moved on: it can write, and sees what the first wrote.
  auto began = second->begin();
  INFO((began ? std::string() : began.error().message));
  REQUIRE(began);
  CHECK(second->find_document("bbbbbbbb22").value().has_value());
  REQUIRE(second->insert(sample(k_text, "cccccccc33")));
  REQUIRE(second->commit());
  // While one holds the write lock, the other's begin waits out its busy timeout and says so.
  REQUIRE(first->begin());
  auto blocked = second->begin();
  REQUIRE_FALSE(blocked);
  CHECK(blocked.error().message.find("locked by another process") != std::string::npos);
  first->rollback();
  CHECK(first->count_documents().value() == 3);
}

TEST_CASE("Store transactions: a store dropped mid-transaction leaves nothing", "[store]") {
  TempDir dir;
  {
    auto store = Store::open(dir.path / "t.db", Store::Mode::read_write);
    REQUIRE(store);
    REQUIRE(store->begin());
    REQUIRE(store->insert(sample(k_text, "aaaaaaaa11")));
    CHECK(store->in_transaction());
  }
  auto store = Store::open(dir.path / "t.db", Store::Mode::read_write);
  REQUIRE(store);
  CHECK(store->count_documents().value() == 0);
  CHECK(store->count_claims().value() == 0);
  REQUIRE(store->begin());
  REQUIRE(store->insert(sample(k_text, "aaaaaaaa11")));
  store->rollback();
  CHECK(store->count_documents().value() == 0);
  auto outside = store->insert(sample(k_text, "aaaaaaaa11"));
  REQUIRE_FALSE(outside);
}

TEST_CASE("Store refuses a newer schema, a file that is not a database, and writing read-only", "[store]") {
  TempDir dir;
  const fs::path db = dir.path / "t.db";
  {
    auto store = Store::open(db, Store::Mode::read_write);
    REQUIRE(store);
    REQUIRE(sqlite3_exec(store->handle(), "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  auto newer = Store::open(db, Store::Mode::read_write);
  REQUIRE_FALSE(newer);
  CHECK(newer.error().message == db.string() +
                                     ": the database has schema version 99, newer than this claimtrace (" +
                                     std::to_string(Store::k_schema_version) + "); upgrade claimtrace to use it");
  const fs::path junk = dir.path / "junk.db";
  {
    std::ofstream out(junk);
    out << "this is not a database, just some text that is long enough to have a header.............";
  }
  auto notdb = Store::open(junk, Store::Mode::read_write);
  REQUIRE_FALSE(notdb);
  CHECK(notdb.error().message.find("file is not a database") != std::string::npos);
  CHECK(notdb.error().message.starts_with(junk.string()));
  auto absent = Store::open(dir.path / "absent.db", Store::Mode::read_only);
  REQUIRE_FALSE(absent);
  CHECK(absent.error().message.find("no database here") != std::string::npos);
  auto nodir = Store::open(dir.path / "no" / "such" / "dir.db", Store::Mode::read_write);
  REQUIRE_FALSE(nodir);
  CHECK(nodir.error().message.find("cannot open") != std::string::npos);
  if (::geteuid() != 0) {  // root writes anywhere: the permission check only means something for users
    const fs::path ro = dir.path / "ro";
    fs::create_directories(ro);
    fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec);
    auto denied = Store::open(ro / "t.db", Store::Mode::read_write);
    CHECK_FALSE(denied);
  }
}

TEST_CASE("Store reports a full disk and keeps what was committed", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path / "t.db", Store::Mode::read_write);
  REQUIRE(store);
  REQUIRE(store->begin());
  REQUIRE(store->insert(sample(k_text, "aaaaaaaa11")));
  REQUIRE(store->commit());
  // Cap the file: the next large document cannot fit.
  REQUIRE(sqlite3_exec(store->handle(), "PRAGMA max_page_count = 40", nullptr, nullptr, nullptr) == SQLITE_OK);
  REQUIRE(store->begin());
  auto big = store->insert(sample(std::string(400000, 'y'), "cccccccc33"));
  REQUIRE_FALSE(big);
  CHECK(big.error().message.find("disk full") != std::string::npos);
  store->rollback();
  CHECK(store->count_documents().value() == 1);
}

TEST_CASE("Store resolves documents by id, path and hash prefix", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path / "t.db", Store::Mode::read_write);
  REQUIRE(store);
  REQUIRE(store->begin());
  REQUIRE(store->insert(sample(k_text, "abcdef0123")));
  REQUIRE(store->insert(sample(k_text, "abcdef9999")));
  REQUIRE(store->commit());
  CHECK(store->resolve_document("1").value().value() == 1);
  CHECK(store->resolve_document("doc-abcdef9999.txt").value().value() == 2);
  CHECK(store->resolve_document("abcdef01").value().value() == 1);
  CHECK_FALSE(store->resolve_document("abcdef"));  // ambiguous
  CHECK_FALSE(store->resolve_document("nothing-here").value().has_value());
}

TEST_CASE("Store migrates a version 1 database: full-text index kept, row trigger dropped", "[store]") {
  TempDir dir;
  const fs::path db = dir.path / "t.db";
  {
    // Make a version 1 database: the current schema plus v1's per-row FTS trigger, with
    // one document stored before the index existed (an empty index, as after a v1 bug).
    auto store = Store::open(db, Store::Mode::read_write);
    REQUIRE(store);
    REQUIRE(store->begin());
    REQUIRE(store->insert(sample(k_text, "aaaaaaaa11")));
    REQUIRE(store->commit());
    sqlite3* h = store->handle();
    REQUIRE(sqlite3_exec(h,
                         "INSERT INTO claims_fts(claims_fts) VALUES ('delete-all');"
                         "CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN "
                         "INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text); END;"
                         "PRAGMA user_version = 1;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  auto store = Store::open(db, Store::Mode::read_write);
  REQUIRE(store);
  CHECK(store->schema_version() == Store::k_schema_version);
  CHECK(scalar(store->handle(), "SELECT count(*) FROM sqlite_schema WHERE name = 'claims_fts_insert'") == 0);
  // Through version 2 on to 3: the indexes dropped in 3 are gone.
  CHECK(scalar(store->handle(), "SELECT count(*) FROM sqlite_schema WHERE name IN ('claims_status', 'hops_mention')") == 0);
  ClaimQuery q;
  q.search = "روسيا";
  auto found = store->claims(q);
  REQUIRE(found);
  const std::size_t before = found->size();
  CHECK(before > 0);
  // New claims are indexed at commit, exactly once.
  REQUIRE(store->begin());
  REQUIRE(store->insert(sample(k_text, "bbbbbbbb22")));
  REQUIRE(store->commit());
  found = store->claims(q);
  REQUIRE(found);
  CHECK(found->size() == 2 * before);
  CHECK(scalar(store->handle(), "SELECT count(*) FROM claims_fts") == scalar(store->handle(), "SELECT count(*) FROM claims"));
}

TEST_CASE("Store migrates version 1 and 2 databases: unused indexes dropped, CHECKs without IN lists, data kept",
          "[store]") {
  // Version 1 had the tables of version 2 and a per-row FTS trigger.
  const int from = GENERATE(1, 2);
  INFO("from version " << from);
  TempDir dir;
  const fs::path db = dir.path / "t.db";
  std::ifstream in(fs::path(CLAIMTRACE_FIXTURES_DIR) / "store" / "schema_v2.sql");
  const std::string v2((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(v2.find("CREATE TABLE claims") != std::string::npos);
  {
    // A database as claimtrace made it at that version, with one claim, hop and reason.
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(db.string().c_str(), &h) == SQLITE_OK);
    const std::string v1_trigger =
        from == 1 ? "CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN "
                    "INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text); END;"
                  : "";
    const std::string sql = "PRAGMA journal_mode = WAL;" + v2 + v1_trigger +
                            "PRAGMA user_version = " + std::to_string(from) + ";"
                            "INSERT INTO documents(sha256, path, lang, text) VALUES ('aaaaaaaa11', 'a.txt', 'en', "
                            "'Officials said the train left, apparently.');"
                            "INSERT INTO claim_groups DEFAULT VALUES;"
                            "INSERT INTO claims(document_id, doc_claim_no, text, start, \"end\", sentence_start, "
                            "sentence_end, quote, status, unconfirmed, rule, group_id, commitment) VALUES "
                            "(1, 1, 'the train left', 15, 29, 0, 42, 'indirect', 'hedged', 1, 'en.say', 1, 'report');"
                            "INSERT INTO hops(claim_id, position, is_root, mention, start, \"end\", kind, cue, "
                            "cue_start, cue_end) VALUES (1, 0, 1, 'Officials', 0, 9, 'officials', 'said', 10, 14);"
                            "INSERT INTO reasons(claim_id, position, code, cue, start, \"end\") VALUES "
                            "(1, 0, 'hedge', 'apparently', 31, 41);"
                            + std::string(from == 1 ? "" : "INSERT INTO claims_fts(rowid, text) SELECT id, text FROM claims;");
    const int rc = sqlite3_exec(h, sql.c_str(), nullptr, nullptr, nullptr);
    CHECK(rc == SQLITE_OK);
    sqlite3_close(h);
    REQUIRE(rc == SQLITE_OK);
  }
  auto store = Store::open(db, Store::Mode::read_write);
  REQUIRE(store);
  sqlite3* h = store->handle();
  CHECK(store->schema_version() == 3);
  CHECK(scalar(h, "PRAGMA user_version") == 3);
  CHECK(text_of(h, "PRAGMA integrity_check") == "ok");
  CHECK(scalar(h, "SELECT count(*) FROM sqlite_schema WHERE name IN ('claims_status', 'hops_mention')") == 0);
  CHECK(scalar(h, "SELECT count(*) FROM sqlite_schema WHERE name = 'claims_fts_insert'") == 0);
  CHECK(scalar(h, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'train'") == 1);
  // Every table reads as a new database's does: the CHECK constraints were rewritten in place.
  {
    TempDir fresh_dir;
    auto fresh = Store::open(fresh_dir.path / "fresh.db", Store::Mode::read_write);
    REQUIRE(fresh);
    for (const char* table : {"documents", "entities", "claims", "hops", "reasons", "document_credits"}) {
      const std::string q = std::string("SELECT sql FROM sqlite_schema WHERE name = '") + table + "'";
      INFO(table);
      CHECK(text_of(h, q.c_str()) == text_of(fresh->handle(), q.c_str()));
    }
  }
  CHECK(text_of(h, "SELECT sql FROM sqlite_schema WHERE name = 'claims'").find(" IN ('") == std::string::npos);
  // The constraints still refuse what they refused, in this connection and in a new one.
  CHECK(sqlite3_exec(h, "UPDATE claims SET status = 'maybe'", nullptr, nullptr, nullptr) == SQLITE_CONSTRAINT_CHECK);
  CHECK(sqlite3_exec(h, "UPDATE hops SET kind = 'robot'", nullptr, nullptr, nullptr) == SQLITE_CONSTRAINT_CHECK);
  {
    auto again = Store::open(db, Store::Mode::read_write);
    REQUIRE(again);
    CHECK(sqlite3_exec(again->handle(), "UPDATE reasons SET code = 'whim'", nullptr, nullptr, nullptr) ==
          SQLITE_CONSTRAINT_CHECK);
  }
  // What was stored reads back the same, and queries by source, status and text find it.
  ClaimQuery q;
  q.source = "officials";
  q.status = "hedged";
  q.search = "train";
  auto found = store->claims(q);
  REQUIRE(found);
  REQUIRE(found->size() == 1);
  CHECK(found->front().claim.text == "the train left");
  REQUIRE(found->front().claim.chain.size() == 1);
  CHECK(found->front().claim.reasons.size() == 1);
  // And it takes new documents.
  REQUIRE(store->begin());
  REQUIRE(store->insert(sample(k_text, "bbbbbbbb22")));
  REQUIRE(store->commit());
  CHECK(store->count_documents().value() == 2);
  CHECK(text_of(h, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("Store insert is all of a document or nothing of it", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path / "t.db", Store::Mode::read_write);
  REQUIRE(store);
  // A claim the database refuses halfway through the second document.
  REQUIRE(sqlite3_exec(store->handle(),
                       "CREATE TRIGGER refuse_boom BEFORE INSERT ON claims WHEN new.text = 'boom' "
                       "BEGIN SELECT RAISE(ABORT, 'refused'); END;",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  REQUIRE(store->begin());
  REQUIRE(store->insert(sample(k_text, "aaaaaaaa11")));
  Extraction bad = sample(k_text, "bbbbbbbb22");
  REQUIRE(bad.claims.size() >= 2);
  bad.claims.back().text = "boom";
  CHECK_FALSE(store->insert(bad));
  // The transaction goes on: the first document and a third one are committed, nothing of the second.
  REQUIRE(store->insert(sample(k_text, "cccccccc33")));
  REQUIRE(store->commit());
  CHECK(scalar(store->handle(), "SELECT count(*) FROM documents") == 2);
  CHECK(scalar(store->handle(), "SELECT count(*) FROM documents WHERE sha256 = 'bbbbbbbb22'") == 0);
  CHECK(scalar(store->handle(), "SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)") == 0);
  CHECK(scalar(store->handle(), "SELECT count(*) FROM claims") == 2 * static_cast<std::int64_t>(bad.claims.size()));
  CHECK(scalar(store->handle(), "SELECT count(*) FROM claims_fts") == scalar(store->handle(), "SELECT count(*) FROM claims"));
}

TEST_CASE("Store in steps: claims section by section, groups kept across sections, all or nothing", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path / "t.db", Store::Mode::read_write);
  REQUIRE(store);
  const Extraction x = sample(k_text, "bbbbbbbb22");
  REQUIRE(store->begin());
  auto id = store->begin_document(x.document);
  REQUIRE(id);
  // Claims 1 and 3 share a group but arrive in different sections.
  REQUIRE(store->add_claims(std::span<const Claim>(x.claims).subspan(0, 2)));
  REQUIRE(store->add_claims(std::span<const Claim>(x.claims).subspan(2)));
  REQUIRE(store->end_document());
  // A second document abandoned halfway leaves no row of it.
  const Extraction y = sample(k_text, "cccccccc33");
  REQUIRE(store->begin_document(y.document));
  REQUIRE(store->add_claims(y.claims));
  store->abandon_document();
  // A third never ended is not committed either.
  const Extraction z = sample(k_text, "dddddddd44");
  REQUIRE(store->begin_document(z.document));
  REQUIRE(store->add_claims(z.claims));
  REQUIRE(store->commit());
  CHECK(store->count_documents().value() == 1);
  CHECK(store->count_claims().value() == 3);
  CHECK_FALSE(store->find_document("cccccccc33").value().has_value());
  CHECK_FALSE(store->find_document("dddddddd44").value().has_value());
  auto back = store->document(*id);
  REQUIRE(back);
  REQUIRE(back->has_value());
  const Extraction& got = (*back)->extraction;
  REQUIRE(got.claims.size() == 3);
  CHECK(got.claims[0].group == got.claims[2].group);
  CHECK(got.claims[0].group != got.claims[1].group);
  // Steps outside their order are refused, not half-done.
  REQUIRE(store->begin());
  CHECK_FALSE(store->add_claims(x.claims));
  CHECK_FALSE(store->end_document());
  store->rollback();
}
