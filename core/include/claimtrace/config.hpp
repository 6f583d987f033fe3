#pragma once
// The configuration file (config.toml), read with toml++.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/error.hpp"

namespace claimtrace {

struct Config {
  // [store]
  std::filesystem::path store_path = "claimtrace.db";
  int busy_timeout_ms = 5000;
  int batch_size = 512;  // documents per ingest transaction
  // [plugins]
  std::vector<std::filesystem::path> plugin_dirs;  // searched before the default dirs
  bool use_default_plugin_dirs = true;
  std::vector<std::string> plugins_enabled;
  std::vector<std::string> plugins_disabled;
  // [extract]
  std::string default_lang = "auto";
  std::vector<std::filesystem::path> extra_lexicons;  // added to the built-in cue lexicons
  std::vector<std::filesystem::path> extra_entities;  // added to the built-in entity file
  int jobs = 0;  // 0: all cores
  // [log]
  std::string log_level = "warn";

  std::filesystem::path source;  // the file the config was read from, empty for defaults
};

// Reads a config file. Unknown keys and wrong types are errors naming the file,
// line and column ("config.toml:12:3: unknown key 'stor.path'").
[[nodiscard]] Expected<Config> load_config(const std::filesystem::path& path);

// The config used when none is given: ./config.toml if present (and readable), else defaults.
[[nodiscard]] Expected<Config> load_default_config();

}  // namespace claimtrace
