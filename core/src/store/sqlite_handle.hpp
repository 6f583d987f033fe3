#pragma once
// RAII for the SQLite C API: a connection and prepared statements, each owned
// from the moment it is created. Statements are finalized before the
// connection closes (owners declare the connection first).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <sqlite3.h>

#include "claimtrace/error.hpp"

namespace claimtrace::store {

struct DatabaseDeleter {
  void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
using DatabasePtr = std::unique_ptr<sqlite3, DatabaseDeleter>;

struct StatementDeleter {
  void operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }
};

// A prepared statement: bind, step, read columns, reset. Move-only.
class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, std::string_view sql, Error& error);

  [[nodiscard]] bool valid() const noexcept { return m_stmt != nullptr; }
  void reset() noexcept;

  void bind(int index, std::int64_t value) noexcept;
  void bind(int index, int value) noexcept { bind(index, static_cast<std::int64_t>(value)); }
  void bind(int index, std::uint32_t value) noexcept { bind(index, static_cast<std::int64_t>(value)); }
  void bind(int index, bool value) noexcept { bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
  // Text is copied by SQLite (SQLITE_TRANSIENT): a temporary may be passed.
  void bind(int index, std::string_view value) noexcept;
  // Text SQLite does not copy (SQLITE_STATIC): `value` must outlive the next step() and
  // reset(). For a document's text, which may be tens of megabytes.
  void bind_static(int index, std::string_view value) noexcept;
  void bind_null(int index) noexcept;
  // NULL when empty.
  void bind_optional(int index, std::string_view value) noexcept;

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int step() noexcept;

  [[nodiscard]] std::int64_t int64(int col) const noexcept;
  [[nodiscard]] std::string text(int col) const;
  [[nodiscard]] bool is_null(int col) const noexcept;

 private:
  std::unique_ptr<sqlite3_stmt, StatementDeleter> m_stmt;
};

// "file is not a database" -> an Error naming the path and what went wrong.
[[nodiscard]] Error database_error(sqlite3* db, int code, const std::string& path, std::string_view doing);

// Runs SQL without results (several statements allowed).
[[nodiscard]] Expected<void> exec(sqlite3* db, const std::string& sql, const std::string& path);

// BEGIN IMMEDIATE that waits for another writer for as long as that writer makes progress:
// it gives up only when busy_timeout_ms passed without anyone committing.
[[nodiscard]] Expected<void> begin_immediate(sqlite3* db, const std::string& path, int busy_timeout_ms);

}  // namespace claimtrace::store
