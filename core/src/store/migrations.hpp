#pragma once
// Schema migrations, driven by PRAGMA user_version. schemas/claimtrace.sql is the
// current schema, which a new database gets whole; an older database is brought up
// to date by the steps in migrations.cpp, one per version, never edited once released.

#include <string>

#include <sqlite3.h>

#include "claimtrace/error.hpp"

namespace claimtrace::store {

// Brings a database from `from` to `to` in one transaction (nothing changes on failure).
[[nodiscard]] Expected<void> migrate(sqlite3* db, const std::string& path, int from, int to, int busy_timeout_ms);

}  // namespace claimtrace::store
