#include "store/migrations.hpp"

#include <string_view>
#include <vector>

#include "store/sqlite_handle.hpp"

namespace claimtrace {
namespace embedded {
extern const std::string_view k_claimtrace_sql;
}  // namespace embedded

namespace store {
namespace {

struct Migration {
  int to_version;
  std::string_view sql;
  // The step edits table definitions in sqlite_schema (PRAGMA writable_schema), the way the
  // SQLite documentation gives for changing CHECK constraints without copying the table:
  // the schema cookie is then bumped so that every connection reads the new definitions.
  bool edits_table_definitions = false;
};

// 3: CHECK (x IN ('a', 'b', 'c')) made SQLite build a temporary b-tree of the list for every
// row it checked (three per claim): the same constraints as OR chains cost next to nothing
// (ingest of the 20 MB bench 5.5 s -> 4.6 s). The old text is exactly what schema 1 and 2
// created; a table whose text differs (edited by hand) keeps its IN lists, which still hold.
constexpr std::string_view k_checks_without_in_lists = R"sql(PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (kind IN (''agency'', ''outlet'', ''government'', ''organization'', ''person'',
                                              ''officials'', ''anonymous'', ''reports'', ''unknown''))',
    'CHECK (kind = ''agency'' OR kind = ''outlet'' OR kind = ''government''
                                     OR kind = ''organization'' OR kind = ''person'' OR kind = ''officials''
                                     OR kind = ''anonymous'' OR kind = ''reports'' OR kind = ''unknown'')')
 WHERE type = 'table' AND name = 'entities';
UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
    'CHECK (quote IN (''direct'', ''indirect'', ''mixed''))',
    'CHECK (quote = ''direct'' OR quote = ''indirect'' OR quote = ''mixed'')'),
    'CHECK (status IN (''confirmed'', ''single-source'', ''anonymous'', ''hedged'',
                                                 ''unconfirmed'', ''disputed'', ''denied'', ''unsourced''))',
    'CHECK (status = ''confirmed'' OR status = ''single-source'' OR status = ''anonymous''
                                      OR status = ''hedged'' OR status = ''unconfirmed'' OR status = ''disputed''
                                      OR status = ''denied'' OR status = ''unsourced'')'),
    'CHECK (commitment IN (''report'', ''strong-report'', ''factive'', ''belief'',
                                                     ''allegation'', ''denial'', ''hedge''))',
    'CHECK (commitment = ''report'' OR commitment = ''strong-report''
                                      OR commitment = ''factive'' OR commitment = ''belief''
                                      OR commitment = ''allegation'' OR commitment = ''denial''
                                      OR commitment = ''hedge'')')
 WHERE type = 'table' AND name = 'claims';
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (kind IN (''agency'', ''outlet'', ''government'', ''organization'', ''person'',
                                             ''officials'', ''anonymous'', ''reports'', ''unknown''))',
    'CHECK (kind = ''agency'' OR kind = ''outlet'' OR kind = ''government''
                                  OR kind = ''organization'' OR kind = ''person'' OR kind = ''officials''
                                  OR kind = ''anonymous'' OR kind = ''reports'' OR kind = ''unknown'')')
 WHERE type = 'table' AND name = 'hops';
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (code IN (''hedge'', ''not-confirmed'', ''unnamed-source'', ''vague-source'',
                                          ''allegation'', ''denial'', ''dispute''))',
    'CHECK (code = ''hedge'' OR code = ''not-confirmed'' OR code = ''unnamed-source''
                                OR code = ''vague-source'' OR code = ''allegation'' OR code = ''denial''
                                OR code = ''dispute'')')
 WHERE type = 'table' AND name = 'reasons';
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (kind IN (''author'', ''credited_source'', ''dateline'', ''credit''))',
    'CHECK (kind = ''author'' OR kind = ''credited_source'' OR kind = ''dateline''
                                   OR kind = ''credit'')')
 WHERE type = 'table' AND name = 'document_credits';
PRAGMA writable_schema = OFF;
)sql";

// Steps from one version to the next, for databases made by an older claimtrace (a version
// may take several steps, run in order in the same transaction).
// A new database gets schemas/claimtrace.sql, which is always the current schema.
const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all{
      // 2: claims are indexed in claims_fts once per transaction, not by a row trigger.
      {2, "DROP TRIGGER IF EXISTS claims_fts_insert;"
          "INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');"},
      // 3: two indexes no claimtrace query used are dropped; they made ingest slower.
      {3, "DROP INDEX IF EXISTS claims_status;"
          "DROP INDEX IF EXISTS hops_mention;"},
      {3, k_checks_without_in_lists, true},
  };
  return all;
}

}  // namespace

Expected<void> migrate(sqlite3* db, const std::string& path, int from, int to, int busy_timeout_ms) {
  if (from >= to) {
    return {};
  }
  if (auto r = begin_immediate(db, path, busy_timeout_ms); !r) {
    return r;
  }
  // Read the version again under the write lock: another process (a second ingest started
  // at the same time) may have created or migrated the database since it was first read.
  {
    Error e;
    Statement version(db, "PRAGMA user_version", e);
    if (version.valid() && version.step() == SQLITE_ROW) {
      from = static_cast<int>(version.int64(0));
    }
  }
  if (from >= to) {
    return exec(db, "COMMIT", path);
  }
  // One step: its SQL, then the version it reaches; on failure everything is rolled back.
  auto step = [&](std::string_view sql, int version, const std::string& what,
                  bool edits_table_definitions = false) -> Expected<void> {
    if (edits_table_definitions) {
      // A build of SQLite may default to defensive mode, which refuses writable_schema.
      sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    }
    Expected<void> r = exec(db, std::string(sql), path);
    if (r && edits_table_definitions) {
      Error e;
      Statement cookie(db, "PRAGMA schema_version", e);
      const std::int64_t old = cookie.valid() && cookie.step() == SQLITE_ROW ? cookie.int64(0) : 0;
      cookie = Statement();
      r = exec(db, "PRAGMA schema_version = " + std::to_string(old + 1), path);
    }
    if (r) {
      r = exec(db, "PRAGMA user_version = " + std::to_string(version), path);
    }
    if (!r) {
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
      Error e = r.error();
      e.message += " (" + what + ")";
      return tl::unexpected(e);
    }
    return {};
  };
  if (from == 0) {
    // A new database gets the current schema whole.
    if (auto r = step(embedded::k_claimtrace_sql, to, "creating the schema"); !r) {
      return r;
    }
    from = to;
  }
  for (const Migration& m : migrations()) {
    if (m.to_version <= from || m.to_version > to) {
      continue;
    }
    if (auto r = step(m.sql, m.to_version, "migrating to schema version " + std::to_string(m.to_version),
                      m.edits_table_definitions);
        !r) {
      return r;
    }
  }
  if (auto r = exec(db, "COMMIT", path); !r) {
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    return r;
  }
  return {};
}

}  // namespace store
}  // namespace claimtrace
