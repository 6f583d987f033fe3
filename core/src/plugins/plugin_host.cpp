// Loading source plugins with Boost.DLL.

#include "claimtrace/plugin_host.hpp"

#include <algorithm>
#include <mutex>

#include <boost/dll/import.hpp>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>
#include <spdlog/spdlog.h>
#include <toml++/toml.h>

namespace claimtrace {
namespace {

namespace fs = std::filesystem;
using DescriptorPtr = boost::shared_ptr<const plugin::PluginDescriptor>;

// Every library ever loaded stays loaded until the process ends: objects made by a
// plugin may outlive their LoadedPlugin (STYLE.md: LLVM and DuckDB do the same).
std::mutex& registry_mutex() {
  static std::mutex m;
  return m;
}
std::vector<DescriptorPtr>& registry() {
  static std::vector<DescriptorPtr> libs;
  return libs;
}

// "claimtrace-tass.so" -> "tass": lets enabled/disabled lists act before a library is loaded.
std::string name_from_file(const fs::path& file) {
  std::string stem = file.stem().string();
  if (stem.starts_with("lib")) {
    stem = stem.substr(3);
  }
  if (stem.starts_with("claimtrace-")) {
    stem = stem.substr(std::string("claimtrace-").size());
  }
  return stem;
}

void read_plugin_table(std::string_view manifest, LoadedPlugin& p) {
  try {
    const toml::table root = toml::parse(manifest);
    if (const toml::table* t = root["plugin"].as_table()) {
      p.description = (*t)["description"].value_or(std::string());
      if (const toml::array* langs = (*t)["languages"].as_array()) {
        for (const toml::node& l : *langs) {
          p.languages.emplace_back(l.value_or(std::string()));
        }
      }
    }
  } catch (const toml::parse_error&) {
    // parse_manifest reports syntax errors with their position; nothing more to add here.
  }
}

}  // namespace

Expected<LoadedPlugin> load_plugin(const fs::path& file) {
  const std::string where = file.string();
  DescriptorPtr descriptor;
  try {
    descriptor = boost::dll::import_alias<const plugin::PluginDescriptor>(boost::dll::fs::path(file.string()),
                                                                           "claimtrace_plugin");
  } catch (const std::exception& e) {
    const std::string what = e.what();
    if (what.find("symbol") != std::string::npos || what.find("undefined") != std::string::npos) {
      return make_error(ErrorKind::plugin, where + ": not a claimtrace plugin (no 'claimtrace_plugin' entry point)");
    }
    return make_error(ErrorKind::plugin, where + ": cannot load as a shared library: " + what);
  }
  if (!descriptor) {
    return make_error(ErrorKind::plugin, where + ": no 'claimtrace_plugin' entry point");
  }
  // The version is the first field and is read before anything else.
  if (descriptor->api_version != plugin::k_api_version) {
    return make_error(ErrorKind::plugin, where + ": plugin API version " + std::to_string(descriptor->api_version) +
                                             ", this claimtrace expects " + std::to_string(plugin::k_api_version));
  }
  if (descriptor->create == nullptr || descriptor->destroy == nullptr || descriptor->name == nullptr) {
    return make_error(ErrorKind::plugin, where + ": the plugin descriptor has no factory");
  }
  plugin::SourcePlugin* raw = nullptr;
  try {
    raw = descriptor->create();
  } catch (const std::exception& e) {
    return make_error(ErrorKind::plugin, where + ": the plugin's factory threw: " + e.what());
  } catch (...) {
    return make_error(ErrorKind::plugin, where + ": the plugin's factory threw");
  }
  if (raw == nullptr) {
    return make_error(ErrorKind::plugin, where + ": the plugin's factory made no plugin");
  }
  {
    const std::lock_guard lock(registry_mutex());
    registry().push_back(descriptor);
  }
  LoadedPlugin p;
  p.file = file;
  p.name = descriptor->name;
  p.version = descriptor->version != nullptr ? descriptor->version : "";
  p.api_version = descriptor->api_version;
  // The deleter holds the library: the object can never outlive its code.
  p.instance = std::shared_ptr<const plugin::SourcePlugin>(
      raw, [descriptor](const plugin::SourcePlugin* q) { descriptor->destroy(const_cast<plugin::SourcePlugin*>(q)); });
  const std::string_view manifest = p.instance->manifest();
  auto agencies = parse_manifest(manifest, where + " (manifest)", p.name);
  if (!agencies) {
    return tl::unexpected(agencies.error());
  }
  if (agencies->empty()) {
    return make_error(ErrorKind::plugin, where + ": the manifest declares no [[agency]]");
  }
  p.agencies = std::move(*agencies);
  read_plugin_table(manifest, p);
  spdlog::debug("loaded plugin {} {} from {} ({} agencies)", p.name, p.version, where, p.agencies.size());
  return p;
}

PluginLoadReport load_plugins(const PluginLoadOptions& options) {
  PluginLoadReport report;
  auto wanted = [&](const std::string& name) {
    if (std::find(options.disabled.begin(), options.disabled.end(), name) != options.disabled.end()) {
      return false;
    }
    return options.enabled.empty() ||
           std::find(options.enabled.begin(), options.enabled.end(), name) != options.enabled.end();
  };
  std::vector<fs::path> seen_dirs;
  for (const fs::path& dir : options.dirs) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(dir, ec);
    if (!fs::is_directory(dir, ec) ||
        std::find(seen_dirs.begin(), seen_dirs.end(), canonical) != seen_dirs.end()) {
      continue;
    }
    seen_dirs.push_back(canonical);
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
      std::error_code ec2;
      if (entry.is_regular_file(ec2) && entry.path().extension() == ".so") {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      const std::string guess = name_from_file(file);
      if (!wanted(guess)) {
        continue;
      }
      const bool loaded = std::any_of(report.plugins.begin(), report.plugins.end(),
                                      [&](const LoadedPlugin& p) { return p.name == guess; });
      if (loaded) {
        continue;  // an earlier directory has it
      }
      auto p = load_plugin(file);
      if (!p) {
        report.refused.push_back(p.error());
        continue;
      }
      if (!wanted(p->name) && !(options.enabled.empty() ? false : wanted(guess))) {
        continue;
      }
      if (std::find(options.disabled.begin(), options.disabled.end(), p->name) != options.disabled.end()) {
        continue;
      }
      report.plugins.push_back(std::move(*p));
    }
  }
  return report;
}

std::vector<fs::path> default_plugin_dirs() {
  std::vector<fs::path> dirs;
  boost::system::error_code ec;
  // The library's own location: build/lib in the build tree, <prefix>/lib once installed.
  const boost::dll::fs::path self = boost::dll::this_line_location(ec);
  if (!ec) {
    dirs.push_back(fs::path(self.parent_path().string()) / "claimtrace" / "plugins");
  }
#ifdef CLAIMTRACE_INSTALL_PLUGINDIR
  dirs.emplace_back(CLAIMTRACE_INSTALL_PLUGINDIR);
#endif
  return dirs;
}

}  // namespace claimtrace
