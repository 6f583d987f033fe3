#pragma once
// What every command needs: the configuration, logging, the plugins and the
// extractor (loaded on first use), and where the database is.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/config.hpp"
#include "claimtrace/error.hpp"
#include "claimtrace/extractor.hpp"
#include "claimtrace/plugin_host.hpp"
#include "claimtrace/store.hpp"
#include "cli/args.hpp"

namespace claimtrace::cli {

class App {
 public:
  // Reads the config and sets up logging from the global options.
  [[nodiscard]] static Expected<App> create(const ParsedArgs& args);

  [[nodiscard]] const Config& config() const noexcept { return m_config; }
  [[nodiscard]] bool quiet() const noexcept { return m_quiet; }

  // Plugins, loaded once; refusals are logged as warnings.
  const PluginLoadReport& plugins();
  // The extractor over the built-in data, the config's extra files and the plugins.
  [[nodiscard]] Expected<const Extractor*> extractor();

  // The database path: --db, else [store] path.
  [[nodiscard]] std::filesystem::path db_path(const ParsedArgs& args) const;
  [[nodiscard]] Expected<Store> open_store(const ParsedArgs& args, Store::Mode mode) const;

  // "Yonhap" for "yonhap": display names of known entities, for chains in tables.
  [[nodiscard]] std::string display_name(const std::string& entity) ;

 private:
  Config m_config;
  bool m_quiet = false;
  std::vector<std::filesystem::path> m_extra_plugin_dirs;
  bool m_default_plugins = true;
  std::optional<PluginLoadReport> m_plugins;
  std::unique_ptr<Extractor> m_extractor;
};

// Prints "claimtrace: error: <message>" on stderr.
void print_error(const std::string& message);
void print_warning(const std::string& message);

// Output helpers shared by the commands.
[[nodiscard]] bool stdout_is_tty();
[[nodiscard]] bool stderr_is_tty();
[[nodiscard]] bool use_color();  // TTY and no NO_COLOR

}  // namespace claimtrace::cli
