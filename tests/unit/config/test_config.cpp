// Tests of load_config(), load_default_config() and the parser behind them.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

#include "catch.hpp"
#include "claimtrace/config.hpp"
#include "config/config_reader.hpp"

namespace fs = std::filesystem;
using claimtrace::Config;
using claimtrace::ErrorKind;
using claimtrace::Expected;

namespace {

const fs::path k_fixtures = fs::path(CLAIMTRACE_FIXTURES_DIR) / "config";

// The message of a failed parse of `text` as the file "config.toml"; "" when it succeeded.
std::string parse_error(const std::string& text) {
  const Expected<Config> config = claimtrace::config::parse_config(text, "config.toml");
  if (config) {
    return "";
  }
  CHECK(config.error().kind == ErrorKind::usage);
  return config.error().message;
}

// Runs `body` with the working directory set to `dir`, restoring it afterwards.
template <class Body>
void in_directory(const fs::path& dir, Body body) {
  const fs::path previous = fs::current_path();
  fs::current_path(dir);
  try {
    body();
  } catch (...) {
    fs::current_path(previous);
    throw;
  }
  fs::current_path(previous);
}

// A fresh, empty directory under the system's temporary directory.
fs::path make_temp_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("claimtrace-config-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("load_config: the shipped config.toml equals the defaults", "[config]") {
  const fs::path file = fs::path(CLAIMTRACE_SOURCE_DIR) / "config.toml";
  const Expected<Config> config = claimtrace::load_config(file);
  REQUIRE(config);

  // Its one relative path resolves against the project directory; everything else must equal
  // what the program uses without any config file.
  Config expected;
  expected.store_path = (file.parent_path() / "claimtrace.db").lexically_normal();
  expected.source = file;
  CHECK(config->store_path == expected.store_path);
  CHECK(config->busy_timeout_ms == expected.busy_timeout_ms);
  CHECK(config->batch_size == expected.batch_size);
  CHECK(config->plugin_dirs == expected.plugin_dirs);
  CHECK(config->use_default_plugin_dirs == expected.use_default_plugin_dirs);
  CHECK(config->plugins_enabled == expected.plugins_enabled);
  CHECK(config->plugins_disabled == expected.plugins_disabled);
  CHECK(config->default_lang == expected.default_lang);
  CHECK(config->extra_lexicons == expected.extra_lexicons);
  CHECK(config->extra_entities == expected.extra_entities);
  CHECK(config->jobs == expected.jobs);
  CHECK(config->log_level == expected.log_level);
  CHECK(config->source == expected.source);
}

TEST_CASE("load_config: the shipped config.toml lists every key", "[config]") {
  // Each key the reader accepts must be present (and so documented) in the shipped file; a
  // key missing here would be a setting users cannot discover.
  std::ifstream in(fs::path(CLAIMTRACE_SOURCE_DIR) / "config.toml");
  REQUIRE(in);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  for (const char* line :
       {"[store]", "\npath = ", "\nbusy_timeout_ms = ", "\nbatch_size = ", "[plugins]",
        "\ndirs = ", "\nuse_default_dirs = ", "\nenabled = ", "\ndisabled = ", "[extract]",
        "\nlang = ", "\nlexicons = ", "\nentities = ", "\njobs = ", "[log]", "\nlevel = "}) {
    INFO(line);
    CHECK(text.find(line) != std::string::npos);
  }
}

TEST_CASE("load_config: every key is read", "[config]") {
  const fs::path file = k_fixtures / "every_key.toml";
  const Expected<Config> config = claimtrace::load_config(file);
  REQUIRE(config);
  CHECK(config->store_path == fs::path("/var/lib/claimtrace/claims.db"));
  CHECK(config->busy_timeout_ms == 250);
  CHECK(config->batch_size == 8);
  CHECK(config->plugin_dirs == std::vector<fs::path>{"/opt/claimtrace/plugins"});
  CHECK_FALSE(config->use_default_plugin_dirs);
  CHECK(config->plugins_enabled == std::vector<std::string>{"tass", "yonhap"});
  CHECK(config->plugins_disabled == std::vector<std::string>{"kcna"});
  CHECK(config->default_lang == "ar");
  CHECK(config->extra_lexicons == std::vector<fs::path>{"/etc/claimtrace/lexicon.toml"});
  CHECK(config->extra_entities == std::vector<fs::path>{"/etc/claimtrace/entities.toml"});
  CHECK(config->jobs == 3);
  CHECK(config->log_level == "debug");
  CHECK(config->source == file);
}

TEST_CASE("load_config: relative paths resolve against the config file's directory", "[config]") {
  const Expected<Config> config = claimtrace::load_config(k_fixtures / "relative_paths.toml");
  REQUIRE(config);
  CHECK(config->store_path == k_fixtures / "data/claims.db");
  CHECK(config->plugin_dirs ==
        std::vector<fs::path>{k_fixtures / "plugins", "/opt/claimtrace/plugins"});
  CHECK(config->extra_lexicons ==
        std::vector<fs::path>{(k_fixtures / "../lexicons/extra.toml").lexically_normal()});
  CHECK(config->extra_entities == std::vector<fs::path>{k_fixtures / "entities.toml"});
}

TEST_CASE("load_config: an unknown table names file, line and column", "[config]") {
  const fs::path file = k_fixtures / "unknown_table.toml";
  const Expected<Config> config = claimtrace::load_config(file);
  REQUIRE_FALSE(config);
  CHECK(config.error().kind == ErrorKind::usage);
  CHECK(config.error().message ==
        file.string() + ":4:1: unknown key 'stor' (expected one of: store, plugins, extract, log)");
}

TEST_CASE("load_config: an unknown key names file, line and column", "[config]") {
  const fs::path file = k_fixtures / "unknown_key.toml";
  const Expected<Config> config = claimtrace::load_config(file);
  REQUIRE_FALSE(config);
  CHECK(config.error().kind == ErrorKind::usage);
  CHECK(config.error().message ==
        file.string() +
            ":6:3: unknown key 'extract.language' (expected one of: lang, lexicons, entities, "
            "jobs)");
}

TEST_CASE("load_config: a wrong type names file, line and column", "[config]") {
  const fs::path file = k_fixtures / "wrong_type.toml";
  const Expected<Config> config = claimtrace::load_config(file);
  REQUIRE_FALSE(config);
  CHECK(config.error().kind == ErrorKind::usage);
  CHECK(config.error().message ==
        file.string() + ":2:8: [store] path must be a string, not an integer");
}

TEST_CASE("load_config: a syntax error names file, line and column", "[config]") {
  const fs::path file = k_fixtures / "syntax_error.toml";
  const Expected<Config> config = claimtrace::load_config(file);
  REQUIRE_FALSE(config);
  CHECK(config.error().kind == ErrorKind::usage);
  CHECK(config.error().message ==
        file.string() + ":5:8: error while parsing key-value pair: expected value, saw '\\n'");
}

TEST_CASE("load_config: a missing file is a usage error", "[config]") {
  const fs::path file = k_fixtures / "no-such-config.toml";
  const Expected<Config> config = claimtrace::load_config(file);
  REQUIRE_FALSE(config);
  CHECK(config.error().kind == ErrorKind::usage);
  CHECK(config.error().message ==
        file.string() + ": cannot read config file: no such file or directory");
}

TEST_CASE("load_config: a directory is a usage error", "[config]") {
  const Expected<Config> config = claimtrace::load_config(k_fixtures);
  REQUIRE_FALSE(config);
  CHECK(config.error().kind == ErrorKind::usage);
  CHECK(config.error().message ==
        k_fixtures.string() + ": cannot read config file: is a directory");
}

TEST_CASE("parse_config: an empty file gives the defaults", "[config]") {
  const Expected<Config> config = claimtrace::config::parse_config("# nothing\n", "config.toml");
  REQUIRE(config);
  Config expected;
  expected.source = "config.toml";
  CHECK(config->store_path == expected.store_path);
  CHECK(config->default_lang == expected.default_lang);
  CHECK(config->log_level == expected.log_level);
  CHECK(config->source == expected.source);
}

TEST_CASE("parse_config: a config without a directory keeps relative paths as written",
          "[config]") {
  const Expected<Config> config = claimtrace::config::parse_config(
      "[store]\npath = \"db/claims.db\"\n[plugins]\ndirs = [\"plugins\"]\n", "config.toml");
  REQUIRE(config);
  CHECK(config->store_path == fs::path("db/claims.db"));
  CHECK(config->plugin_dirs == std::vector<fs::path>{"plugins"});
}

TEST_CASE("parse_config: unknown keys", "[config]") {
  CHECK(parse_error("lang = \"ar\"\n") ==
        "config.toml:1:1: unknown key 'lang' (expected one of: store, plugins, extract, log)");
  CHECK(parse_error("[store]\npth = \"x\"\n") ==
        "config.toml:2:1: unknown key 'store.pth' (expected one of: path, busy_timeout_ms, "
        "batch_size)");
  CHECK(parse_error("[plugins]\ndir = []\n") ==
        "config.toml:2:1: unknown key 'plugins.dir' (expected one of: dirs, use_default_dirs, "
        "enabled, disabled)");
  CHECK(parse_error("[log]\nlevel = \"info\"\nfile = \"x.log\"\n") ==
        "config.toml:3:1: unknown key 'log.file' (expected one of: level)");
  // A dotted key opens the table implicitly; the unknown part is still named in full.
  CHECK(parse_error("store.paht = \"x\"\n") ==
        "config.toml:1:7: unknown key 'store.paht' (expected one of: path, busy_timeout_ms, "
        "batch_size)");
  // Reading order, not key order: 'zzz' comes first in the file.
  CHECK(parse_error("zzz = 1\naaa = 2\n") ==
        "config.toml:1:1: unknown key 'zzz' (expected one of: store, plugins, extract, log)");
}

TEST_CASE("parse_config: wrong types", "[config]") {
  CHECK(parse_error("store = 3\n") == "config.toml:1:9: 'store' must be a table, not an integer");
  CHECK(parse_error("[[log]]\nlevel = \"info\"\n") ==
        "config.toml:1:1: 'log' must be a table, not an array");
  CHECK(parse_error("[store]\nbusy_timeout_ms = \"5s\"\n") ==
        "config.toml:2:19: [store] busy_timeout_ms must be an integer, not a string");
  CHECK(parse_error("[store]\nbatch_size = 6.5\n") ==
        "config.toml:2:14: [store] batch_size must be an integer, not a float");
  CHECK(parse_error("[plugins]\nuse_default_dirs = \"yes\"\n") ==
        "config.toml:2:20: [plugins] use_default_dirs must be a boolean, not a string");
  CHECK(parse_error("[plugins]\ndirs = \"plugins\"\n") ==
        "config.toml:2:8: [plugins] dirs must be an array of strings, not a string");
  CHECK(parse_error("[plugins]\nenabled = [\"tass\", 7]\n") ==
        "config.toml:2:20: [plugins] enabled[1] must be a string, not an integer");
  CHECK(parse_error("[extract]\nlang = true\n") ==
        "config.toml:2:8: [extract] lang must be a string, not a boolean");
  CHECK(parse_error("[extract]\njobs = 1979-05-27\n") ==
        "config.toml:2:8: [extract] jobs must be an integer, not a date");
  CHECK(parse_error("[log]\nlevel = [\"warn\"]\n") ==
        "config.toml:2:9: [log] level must be a string, not an array");
}

TEST_CASE("parse_config: values out of range", "[config]") {
  CHECK(parse_error("[store]\nbatch_size = 0\n") ==
        "config.toml:2:14: [store] batch_size must be at least 1, not 0");
  CHECK(parse_error("[store]\nbusy_timeout_ms = -1\n") ==
        "config.toml:2:19: [store] busy_timeout_ms must be at least 0, not -1");
  CHECK(parse_error("[extract]\njobs = 3000000000\n") ==
        "config.toml:2:8: [extract] jobs must be at most 2147483647, not 3000000000");
  CHECK(parse_error("[store]\npath = \"\"\n") == "config.toml:2:8: [store] path must not be empty");
  CHECK(parse_error("[extract]\nlexicons = [\"a.toml\", \"\"]\n") ==
        "config.toml:2:23: [extract] lexicons[1] must not be empty");
  CHECK(parse_error("[extract]\nlang = \"arabic\"\n") ==
        "config.toml:2:8: [extract] lang must be 'auto' or a language code such as 'ar' or "
        "'en', not 'arabic'");
  CHECK(parse_error("[log]\nlevel = \"verbose\"\n") ==
        "config.toml:2:9: [log] level must be one of trace, debug, info, warn, error, off, not "
        "'verbose'");
}

TEST_CASE("parse_config: accepted values", "[config]") {
  for (const char* level : {"trace", "debug", "info", "warn", "error", "off"}) {
    INFO(level);
    CHECK(parse_error(std::string("[log]\nlevel = \"") + level + "\"\n").empty());
  }
  for (const char* lang : {"auto", "ar", "en", "fas"}) {
    INFO(lang);
    CHECK(parse_error(std::string("[extract]\nlang = \"") + lang + "\"\n").empty());
  }
  CHECK(parse_error("store = { path = \"x.db\", batch_size = 1 }\n").empty());
}

TEST_CASE("parse_config: syntax errors keep to one line", "[config]") {
  CHECK(parse_error("[store\n") ==
        "config.toml:1:7: error while parsing table header: expected ']', saw '\\n'");
  CHECK(parse_error("[plugins]\nuse_default_dirs = tru\n") ==
        "config.toml:2:23: error while parsing boolean: expected 'true', saw 'tru\\n'");
  CHECK(parse_error("[store]\npath = \"a\"\npath = \"b\"\n") ==
        "config.toml:3:8: error while parsing key-value pair: cannot redefine existing string "
        "'path'");
}

TEST_CASE("load_default_config: ./config.toml when present, else defaults", "[config]") {
  const fs::path dir = make_temp_dir("default");

  in_directory(dir, [] {
    const Expected<Config> config = claimtrace::load_default_config();
    REQUIRE(config);
    CHECK(config->source.empty());
    CHECK(config->store_path == fs::path("claimtrace.db"));
    CHECK(config->log_level == "warn");
  });

  std::ofstream(dir / "config.toml") << "[store]\npath = \"here.db\"\n[log]\nlevel = \"info\"\n";
  in_directory(dir, [] {
    const Expected<Config> config = claimtrace::load_default_config();
    REQUIRE(config);
    CHECK(config->source == fs::path("config.toml"));
    CHECK(config->store_path == fs::path("here.db"));
    CHECK(config->log_level == "info");
  });

  // A broken ./config.toml is reported, not silently replaced by the defaults.
  std::ofstream(dir / "config.toml") << "[log]\nlevel = 3\n";
  in_directory(dir, [] {
    const Expected<Config> config = claimtrace::load_default_config();
    REQUIRE_FALSE(config);
    CHECK(config.error().message ==
          "config.toml:2:9: [log] level must be a string, not an integer");
  });

  std::error_code ec;
  fs::remove_all(dir, ec);
}
