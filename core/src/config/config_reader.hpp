#pragma once
// The config parser behind load_config(), callable on text so that tests can check each error
// without a file per case.

#include <filesystem>
#include <string_view>

#include "claimtrace/config.hpp"
#include "claimtrace/error.hpp"

namespace claimtrace::config {

// Parses `text` as the contents of the config file `source`. `source` names the file in error
// messages ("<source>:<line>:<column>: ...") exactly as given, and its directory is the base for
// relative paths in the file; with no directory part (as for "config.toml") relative paths stay
// relative to the working directory. The result's `source` is `source`.
//
// Fails with ErrorKind::usage on a TOML syntax error, an unknown table or key, a value of the
// wrong type, or a value out of range. Only the first problem in reading order is reported.
[[nodiscard]] Expected<Config> parse_config(std::string_view text,
                                            const std::filesystem::path& source);

}  // namespace claimtrace::config
