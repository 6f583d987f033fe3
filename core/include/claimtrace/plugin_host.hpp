#pragma once
// Loads source plugins (shared libraries) with Boost.DLL and keeps them loaded
// for as long as any object made by them lives.

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "claimtrace/entity.hpp"
#include "claimtrace/error.hpp"
#include "claimtrace/plugin_api.hpp"

namespace claimtrace {

// One loaded plugin: its instance (whose deleter holds the library) and what its manifest says.
struct LoadedPlugin {
  std::filesystem::path file;
  std::string name;
  std::string version;
  std::uint32_t api_version = 0;
  std::string description;
  std::vector<std::string> languages;
  std::vector<EntityInfo> agencies;
  std::shared_ptr<const plugin::SourcePlugin> instance;  // keeps the library loaded
};

struct PluginLoadOptions {
  std::vector<std::filesystem::path> dirs;  // searched in order; missing dirs are skipped
  std::vector<std::string> enabled;         // if non-empty, only these plugin names load
  std::vector<std::string> disabled;        // never load these
};

struct PluginLoadReport {
  std::vector<LoadedPlugin> plugins;
  std::vector<Error> refused;  // one per library that could not be loaded, naming the file
};

// Loads one shared library. Fails with ErrorKind::plugin and a message naming
// the file (and both versions on an API mismatch); never throws.
[[nodiscard]] Expected<LoadedPlugin> load_plugin(const std::filesystem::path& file);

// Loads every plugin library (*.so) in the directories, honouring enabled/disabled.
// A plugin name already loaded from an earlier directory is skipped.
[[nodiscard]] PluginLoadReport load_plugins(const PluginLoadOptions& options);

// Parses a plugin manifest (TOML) into entities; `origin` names the plugin file in errors.
[[nodiscard]] Expected<std::vector<EntityInfo>> parse_manifest(std::string_view toml_text,
                                                               std::string_view origin,
                                                               std::string_view plugin_name);

// The directories where the project's own plugins are found without any
// configuration: next to the build tree's binary and under the install prefix.
[[nodiscard]] std::vector<std::filesystem::path> default_plugin_dirs();

}  // namespace claimtrace
