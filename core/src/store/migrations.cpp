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
};

// Steps from one version to the next, for databases made by an older claimtrace.
// A new database gets schemas/claimtrace.sql, which is always the current schema.
const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all{
      // 2: claims are indexed in claims_fts once per transaction, not by a row trigger.
      {2, "DROP TRIGGER IF EXISTS claims_fts_insert;"
          "INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');"},
      // 3: two indexes no claimtrace query used are dropped; they made ingest slower.
      {3, "DROP INDEX IF EXISTS claims_status;"
          "DROP INDEX IF EXISTS hops_mention;"},
  };
  return all;
}

}  // namespace

Expected<void> migrate(sqlite3* db, const std::string& path, int from, int to) {
  if (from >= to) {
    return {};
  }
  if (auto r = exec(db, "BEGIN IMMEDIATE", path); !r) {
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
  auto step = [&](std::string_view sql, int version, const std::string& what) -> Expected<void> {
    Expected<void> r = exec(db, std::string(sql), path);
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
    if (auto r = step(m.sql, m.to_version, "migrating to schema version " + std::to_string(m.to_version)); !r) {
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
