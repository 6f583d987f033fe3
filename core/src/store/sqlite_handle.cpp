#include "store/sqlite_handle.hpp"

#include <chrono>
#include <thread>

namespace claimtrace::store {

Statement::Statement(sqlite3* db, std::string_view sql, Error& error) {
  sqlite3_stmt* raw = nullptr;
  const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &raw,
                                    nullptr);
  m_stmt.reset(raw);
  if (rc != SQLITE_OK) {
    error = Error{ErrorKind::database, std::string("cannot prepare a statement: ") + sqlite3_errmsg(db)};
    m_stmt.reset();
  }
}

void Statement::reset() noexcept {
  if (m_stmt) {
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
  }
}

void Statement::bind(int index, std::int64_t value) noexcept { sqlite3_bind_int64(m_stmt.get(), index, value); }

void Statement::bind(int index, std::string_view value) noexcept {
  sqlite3_bind_text64(m_stmt.get(), index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bind_static(int index, std::string_view value) noexcept {
  sqlite3_bind_text64(m_stmt.get(), index, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8);
}

void Statement::bind_null(int index) noexcept { sqlite3_bind_null(m_stmt.get(), index); }

void Statement::bind_optional(int index, std::string_view value) noexcept {
  if (value.empty()) {
    bind_null(index);
  } else {
    bind(index, value);
  }
}

int Statement::step() noexcept { return sqlite3_step(m_stmt.get()); }

std::int64_t Statement::int64(int col) const noexcept { return sqlite3_column_int64(m_stmt.get(), col); }

std::string Statement::text(int col) const {
  const unsigned char* p = sqlite3_column_text(m_stmt.get(), col);
  if (p == nullptr) {
    return {};
  }
  return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt.get(), col)));
}

bool Statement::is_null(int col) const noexcept { return sqlite3_column_type(m_stmt.get(), col) == SQLITE_NULL; }

Error database_error(sqlite3* db, int code, const std::string& path, std::string_view doing) {
  std::string what;
  switch (code & 0xFF) {
    case SQLITE_NOTADB:
      what = "file is not a database";
      break;
    case SQLITE_CORRUPT:
      what = "the database is corrupt";
      break;
    case SQLITE_FULL:
      what = "disk full (or file size limit reached)";
      break;
    case SQLITE_READONLY:
      what = "the database or its directory is read-only";
      break;
    case SQLITE_CANTOPEN:
      what = "cannot open the file (does its directory exist and is it writable?)";
      break;
    case SQLITE_IOERR:
      // A write that hits a file size limit or a full disk comes back as an I/O error
      // (EFBIG, ENOSPC), not always as SQLITE_FULL.
      what = std::string("I/O error: ") + (db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code));
      if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC || code == SQLITE_IOERR_TRUNCATE) {
        what += " (is the disk full, or a file size limit reached?)";
      }
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      what = "the database is locked by another process";
      break;
    default:
      what = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  }
  return Error{ErrorKind::database, path + ": " + std::string(doing) + ": " + what};
}

Expected<void> exec(sqlite3* db, const std::string& sql, const std::string& path) {
  char* message = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
  if (message != nullptr) {
    sqlite3_free(message);
  }
  if (rc != SQLITE_OK) {
    return tl::unexpected(database_error(db, rc, path, "cannot run SQL"));
  }
  return {};
}

namespace {

// Changes whenever another connection commits (PRAGMA data_version); -1 when unreadable.
std::int64_t data_version(sqlite3* db) {
  Error e;
  Statement version(db, "PRAGMA data_version", e);
  return version.valid() && version.step() == SQLITE_ROW ? version.int64(0) : -1;
}

}  // namespace

Expected<void> begin_immediate(sqlite3* db, const std::string& path, int busy_timeout_ms) {
  // Two ingests into one database take turns at the write lock, each holding it for one
  // batch. A writer that committed lately is alive and will let go again, so waiting on is
  // right, where failing would lose the run. The busy handler does the waiting, except where
  // SQLite answers BUSY at once (another process recovering or resetting the WAL): then a
  // short sleep, and the clock decides.
  using clock = std::chrono::steady_clock;
  const auto patience = std::chrono::milliseconds(busy_timeout_ms);
  std::int64_t seen = data_version(db);
  auto give_up = clock::now() + patience;
  for (;;) {
    const int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
      return {};
    }
    if ((rc & 0xFF) != SQLITE_BUSY) {
      return tl::unexpected(database_error(db, rc, path, "cannot begin a transaction"));
    }
    const std::int64_t now = data_version(db);
    if (now >= 0 && now != seen) {
      seen = now;
      give_up = clock::now() + patience;
    } else if (clock::now() >= give_up) {
      return tl::unexpected(database_error(db, rc, path, "cannot begin a transaction"));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

}  // namespace claimtrace::store
