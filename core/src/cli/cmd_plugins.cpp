// `claimtrace plugins`: what is loaded, from where.

#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/app.hpp"
#include "cli/commands.hpp"

namespace claimtrace::cli {

int run_plugins(const std::vector<std::string>& argv) {
  const ArgParser parser("claimtrace plugins [--format table|json]",
                         "Lists the source plugins loaded from the plugin directories: file, version, plugin\n"
                         "API version, the agencies each declares and the languages of their names.",
                         {{"format", 'f', true, "FORMAT", "table (default) or json"}});
  auto args = parser.parse(argv);
  if (!args) {
    print_error(args.error().message);
    return k_exit_usage;
  }
  if (args->count("help") > 0) {
    std::cout << parser.help();
    return k_exit_ok;
  }
  auto app = App::create(*args);
  if (!app) {
    print_error(app.error().message);
    return k_exit_usage;
  }
  const PluginLoadReport& report = app->plugins();
  const std::string format = args->get("format").value_or("table");
  if (format == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const LoadedPlugin& p : report.plugins) {
      nlohmann::ordered_json j;
      j["file"] = p.file.string();
      j["name"] = p.name;
      j["version"] = p.version;
      j["api_version"] = p.api_version;
      j["description"] = p.description;
      nlohmann::ordered_json agencies = nlohmann::ordered_json::array();
      for (const EntityInfo& a : p.agencies) {
        agencies.push_back(a.id);
      }
      j["agencies"] = agencies;
      j["languages"] = p.languages;
      arr.push_back(j);
    }
    std::cout << arr.dump(2) << "\n";
  } else if (format == "table") {
    std::cout << report.plugins.size() << " plugins\n";
    for (const LoadedPlugin& p : report.plugins) {
      std::string agencies;
      for (const EntityInfo& a : p.agencies) {
        agencies += (agencies.empty() ? "" : ",") + a.id;
      }
      std::string langs;
      for (const std::string& l : p.languages) {
        langs += (langs.empty() ? "" : ",") + l;
      }
      std::cout << "  " << p.name << " " << p.version << " (api " << p.api_version << ")  agencies: " << agencies
                << "  languages: " << langs << "\n      " << p.file.string() << "\n";
    }
  } else {
    print_error("--format must be table or json");
    return k_exit_usage;
  }
  for (const Error& e : report.refused) {
    print_warning(e.message);
  }
  return report.refused.empty() ? k_exit_ok : k_exit_some_failed;
}

}  // namespace claimtrace::cli
