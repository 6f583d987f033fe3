#include "cli/app.hpp"

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace claimtrace::cli {

void print_error(const std::string& message) { std::cerr << "claimtrace: error: " << message << "\n"; }
void print_warning(const std::string& message) { std::cerr << "claimtrace: warning: " << message << "\n"; }

bool stdout_is_tty() { return isatty(STDOUT_FILENO) != 0; }
bool stderr_is_tty() { return isatty(STDERR_FILENO) != 0; }
bool use_color() { return stdout_is_tty() && std::getenv("NO_COLOR") == nullptr; }

Expected<App> App::create(const ParsedArgs& args) {
  App app;
  Expected<Config> config = args.get("config") ? load_config(*args.get("config")) : load_default_config();
  if (!config) {
    return tl::unexpected(config.error());
  }
  app.m_config = std::move(*config);
  app.m_quiet = args.count("quiet") > 0;
  for (const std::string& d : args.all("plugin-dir")) {
    app.m_extra_plugin_dirs.emplace_back(d);
  }
  app.m_default_plugins = args.count("no-default-plugins") == 0 && app.m_config.use_default_plugin_dirs;

  // Logs go to stderr; the config sets the level, -v and -q override it.
  auto logger = spdlog::stderr_color_mt("claimtrace");
  logger->set_pattern("claimtrace: %l: %v");
  spdlog::set_default_logger(logger);
  spdlog::level::level_enum level = spdlog::level::from_str(app.m_config.log_level);
  const int verbose = args.count("verbose");
  if (verbose == 1) {
    level = spdlog::level::info;
  } else if (verbose == 2) {
    level = spdlog::level::debug;
  } else if (verbose >= 3) {
    level = spdlog::level::trace;
  }
  if (app.m_quiet) {
    level = spdlog::level::err;
  }
  spdlog::set_level(level);
  return app;
}

const PluginLoadReport& App::plugins() {
  if (!m_plugins) {
    PluginLoadOptions options;
    options.dirs = m_extra_plugin_dirs;
    options.dirs.insert(options.dirs.end(), m_config.plugin_dirs.begin(), m_config.plugin_dirs.end());
    if (m_default_plugins) {
      for (const auto& d : default_plugin_dirs()) {
        options.dirs.push_back(d);
      }
    }
    options.enabled = m_config.plugins_enabled;
    options.disabled = m_config.plugins_disabled;
    m_plugins = load_plugins(options);
    for (const Error& e : m_plugins->refused) {
      spdlog::warn("{}", e.message);
    }
    spdlog::debug("{} plugins loaded", m_plugins->plugins.size());
  }
  return *m_plugins;
}

Expected<const Extractor*> App::extractor() {
  if (!m_extractor) {
    ExtractorOptions options;
    options.extra_lexicons = m_config.extra_lexicons;
    options.extra_entities = m_config.extra_entities;
    auto e = Extractor::create(plugins().plugins, options);
    if (!e) {
      return tl::unexpected(e.error());
    }
    m_extractor = std::make_unique<Extractor>(std::move(*e));
  }
  return m_extractor.get();
}

std::filesystem::path App::db_path(const ParsedArgs& args) const {
  if (const auto db = args.get("db")) {
    return *db;
  }
  return m_config.store_path;
}

Expected<Store> App::open_store(const ParsedArgs& args, Store::Mode mode) const {
  return Store::open(db_path(args), mode, m_config.busy_timeout_ms);
}

std::string App::display_name(const std::string& entity) {
  if (entity.empty()) {
    return {};
  }
  auto ex = extractor();
  if (ex) {
    for (const EntityInfo& e : (*ex)->entities()) {
      if (e.id == entity) {
        return e.display_name.empty() ? e.id : e.display_name;
      }
    }
  }
  return entity;
}

}  // namespace claimtrace::cli
