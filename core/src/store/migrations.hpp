#pragma once
// Schema migrations, driven by PRAGMA user_version. Version 1 is the schema of
// schemas/claimtrace.sql; a later version adds a step here and never edits an old one.

#include <string>

#include <sqlite3.h>

#include "claimtrace/error.hpp"

namespace claimtrace::store {

// Brings a database from `from` to `to` in one transaction (nothing changes on failure).
[[nodiscard]] Expected<void> migrate(sqlite3* db, const std::string& path, int from, int to);

}  // namespace claimtrace::store
