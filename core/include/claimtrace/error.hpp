#pragma once
// Errors as values inside the library; exceptions only at the CLI boundary.

#include <string>
#include <utility>

#include <tl/expected.hpp>

namespace claimtrace {

enum class ErrorKind {
  usage,         // bad command line or configuration: exit code 2
  input,         // one input is bad (encoding, format): reported, batch goes on
  io,            // a file could not be read or written
  database,      // SQLite refused something
  plugin,        // a plugin could not be loaded or misbehaved
  internal,
};

struct Error {
  ErrorKind kind = ErrorKind::internal;
  std::string message;  // lower-case, names the file and position where known
};

template <class T>
using Expected = tl::expected<T, Error>;

inline tl::unexpected<Error> make_error(ErrorKind kind, std::string message) {
  return tl::unexpected<Error>(Error{kind, std::move(message)});
}

}  // namespace claimtrace
