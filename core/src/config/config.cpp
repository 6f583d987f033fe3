// The configuration file: a strict reader over toml++. Every key the program knows is listed
// once below, with the function that reads it, so that the "expected one of" lists in error
// messages cannot drift from what is actually accepted.

#include "claimtrace/config.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <toml++/toml.h>

#include "config/config_reader.hpp"

namespace claimtrace {
namespace config {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_default_config_file = "config.toml";
constexpr std::string_view k_log_levels[] = {"trace", "debug", "info", "warn", "error", "off"};

// "an integer", "a string": the phrase completing "must be a string, not ...".
std::string_view type_phrase(toml::node_type type) noexcept {
  switch (type) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

// Error text stays on one line even when toml++ quotes a raw newline from the input.
std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  return out;
}

// Messages start lower-case (LLVM convention); toml++ and strerror() capitalize theirs.
std::string lower_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') {
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  }
  return text;
}

bool position_before(const toml::source_position& a, const toml::source_position& b) noexcept {
  return a.line < b.line || (a.line == b.line && a.column < b.column);
}

// One key of a table with where it starts in the file. For a table opened by a header
// ("[stor]") that is the '[' rather than the name, so errors point at the start of the line.
struct Entry {
  std::string_view key;
  const toml::node* node = nullptr;
  toml::source_position position;
};

// toml::table is ordered by key; errors should come in reading order, so entries are sorted
// by where they appear.
std::vector<Entry> in_file_order(const toml::table& table) {
  std::vector<Entry> entries;
  entries.reserve(table.size());
  for (const auto& [key, node] : table) {
    toml::source_position position = key.source().begin;
    const toml::source_position node_position = node.source().begin;
    if (node_position.line != 0 && position_before(node_position, position)) {
      position = node_position;
    }
    entries.push_back(Entry{key.str(), &node, position});
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return position_before(a.position, b.position);
  });
  return entries;
}

bool is_language_code(std::string_view text) noexcept {
  if (text.size() < 2 || text.size() > 3) {
    return false;
  }
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string joined(const std::vector<std::string_view>& names) {
  std::string out;
  for (const std::string_view name : names) {
    if (!out.empty()) {
      out += ", ";
    }
    out += name;
  }
  return out;
}

// Reads one parsed document into a Config; holds what every message needs (the file name)
// and what every path needs (the directory to resolve against).
class Reader {
 public:
  Reader(std::string display_name, fs::path base_dir)
      : m_display_name(std::move(display_name)), m_base_dir(std::move(base_dir)) {}

  [[nodiscard]] Expected<Config> read(const toml::table& root) const;

 private:
  // The reader of one key: `what` is how messages name it ("[store] path").
  struct Key {
    std::string_view name;
    std::function<Expected<void>(const toml::node&, const std::string& what)> read;
  };

  [[nodiscard]] tl::unexpected<Error> error_at(const toml::source_position& position,
                                               const std::string& message) const;
  [[nodiscard]] tl::unexpected<Error> wrong_type(const toml::node& node, const std::string& what,
                                                 std::string_view expected) const;

  [[nodiscard]] Expected<void> read_table(const toml::node& node, std::string_view table_name,
                                          const std::vector<Key>& keys) const;

  [[nodiscard]] Expected<std::string> read_string(const toml::node& node,
                                                  const std::string& what) const;
  [[nodiscard]] Expected<bool> read_bool(const toml::node& node, const std::string& what) const;
  [[nodiscard]] Expected<int> read_int(const toml::node& node, const std::string& what,
                                       int minimum) const;
  [[nodiscard]] Expected<fs::path> read_path(const toml::node& node, const std::string& what) const;
  [[nodiscard]] Expected<std::vector<std::string>> read_strings(const toml::node& node,
                                                                const std::string& what) const;
  [[nodiscard]] Expected<std::vector<fs::path>> read_paths(const toml::node& node,
                                                           const std::string& what) const;

  [[nodiscard]] fs::path resolved(const fs::path& path) const;

  std::string m_display_name;
  fs::path m_base_dir;
};

tl::unexpected<Error> Reader::error_at(const toml::source_position& position,
                                       const std::string& message) const {
  std::string text = m_display_name;
  if (position.line != 0) {
    text += ':' + std::to_string(position.line) + ':' + std::to_string(position.column);
  }
  text += ": " + message;
  return make_error(ErrorKind::usage, std::move(text));
}

tl::unexpected<Error> Reader::wrong_type(const toml::node& node, const std::string& what,
                                         std::string_view expected) const {
  return error_at(node.source().begin, what + " must be " + std::string(expected) + ", not " +
                                           std::string(type_phrase(node.type())));
}

fs::path Reader::resolved(const fs::path& path) const {
  if (path.is_absolute() || m_base_dir.empty()) {
    return path;
  }
  return (m_base_dir / path).lexically_normal();
}

Expected<std::string> Reader::read_string(const toml::node& node, const std::string& what) const {
  const auto* value = node.as_string();
  if (value == nullptr) {
    return wrong_type(node, what, "a string");
  }
  return value->get();
}

Expected<bool> Reader::read_bool(const toml::node& node, const std::string& what) const {
  const auto* value = node.as_boolean();
  if (value == nullptr) {
    return wrong_type(node, what, "a boolean");
  }
  return value->get();
}

Expected<int> Reader::read_int(const toml::node& node, const std::string& what, int minimum) const {
  const auto* value = node.as_integer();
  if (value == nullptr) {
    return wrong_type(node, what, "an integer");
  }
  const std::int64_t number = value->get();
  if (number < minimum) {
    return error_at(node.source().begin, what + " must be at least " + std::to_string(minimum) +
                                             ", not " + std::to_string(number));
  }
  if (number > INT_MAX) {
    return error_at(node.source().begin, what + " must be at most " + std::to_string(INT_MAX) +
                                             ", not " + std::to_string(number));
  }
  return static_cast<int>(number);
}

Expected<fs::path> Reader::read_path(const toml::node& node, const std::string& what) const {
  Expected<std::string> text = read_string(node, what);
  if (!text) {
    return tl::unexpected(text.error());
  }
  if (text->empty()) {
    return error_at(node.source().begin, what + " must not be empty");
  }
  return resolved(fs::path(*text));
}

Expected<std::vector<std::string>> Reader::read_strings(const toml::node& node,
                                                        const std::string& what) const {
  const toml::array* array = node.as_array();
  if (array == nullptr) {
    return wrong_type(node, what, "an array of strings");
  }
  std::vector<std::string> out;
  out.reserve(array->size());
  for (std::size_t i = 0; i < array->size(); ++i) {
    const toml::node& element = *array->get(i);
    const std::string element_what = what + '[' + std::to_string(i) + ']';
    Expected<std::string> text = read_string(element, element_what);
    if (!text) {
      return tl::unexpected(text.error());
    }
    if (text->empty()) {
      return error_at(element.source().begin, element_what + " must not be empty");
    }
    out.push_back(std::move(*text));
  }
  return out;
}

Expected<std::vector<fs::path>> Reader::read_paths(const toml::node& node,
                                                   const std::string& what) const {
  Expected<std::vector<std::string>> texts = read_strings(node, what);
  if (!texts) {
    return tl::unexpected(texts.error());
  }
  std::vector<fs::path> out;
  out.reserve(texts->size());
  for (const std::string& text : *texts) {
    out.push_back(resolved(fs::path(text)));
  }
  return out;
}

Expected<void> Reader::read_table(const toml::node& node, std::string_view table_name,
                                  const std::vector<Key>& keys) const {
  const toml::table* table = node.as_table();
  if (table == nullptr) {
    return wrong_type(node, "'" + std::string(table_name) + "'", "a table");
  }
  for (const Entry& entry : in_file_order(*table)) {
    const auto key =
        std::find_if(keys.begin(), keys.end(), [&](const Key& k) { return k.name == entry.key; });
    if (key == keys.end()) {
      std::vector<std::string_view> names;
      names.reserve(keys.size());
      for (const Key& k : keys) {
        names.push_back(k.name);
      }
      const std::string full_name = table_name.empty()
                                        ? std::string(entry.key)
                                        : std::string(table_name) + '.' + std::string(entry.key);
      return error_at(entry.position,
                      "unknown key '" + full_name + "' (expected one of: " + joined(names) + ")");
    }
    const std::string what = table_name.empty()
                                 ? std::string(entry.key)
                                 : '[' + std::string(table_name) + "] " + std::string(entry.key);
    Expected<void> ok = key->read(*entry.node, what);
    if (!ok) {
      return ok;
    }
  }
  return {};
}

Expected<Config> Reader::read(const toml::table& root) const {
  Config config;

  // Each reader stores into `config` only after its value passed every check.
  const auto set_to = [](auto& target) {
    return [&target](auto&& value) { target = std::forward<decltype(value)>(value); };
  };

  const std::vector<Key> store_keys{
      {"path",
       [&](const toml::node& n, const std::string& what) {
         return read_path(n, what).map(set_to(config.store_path));
       }},
      {"busy_timeout_ms",
       [&](const toml::node& n, const std::string& what) {
         return read_int(n, what, 0).map(set_to(config.busy_timeout_ms));
       }},
      {"batch_size",
       [&](const toml::node& n, const std::string& what) {
         return read_int(n, what, 1).map(set_to(config.batch_size));
       }},
  };

  const std::vector<Key> plugin_keys{
      {"dirs",
       [&](const toml::node& n, const std::string& what) {
         return read_paths(n, what).map(set_to(config.plugin_dirs));
       }},
      {"use_default_dirs",
       [&](const toml::node& n, const std::string& what) {
         return read_bool(n, what).map(set_to(config.use_default_plugin_dirs));
       }},
      {"enabled",
       [&](const toml::node& n, const std::string& what) {
         return read_strings(n, what).map(set_to(config.plugins_enabled));
       }},
      {"disabled",
       [&](const toml::node& n, const std::string& what) {
         return read_strings(n, what).map(set_to(config.plugins_disabled));
       }},
  };

  const std::vector<Key> extract_keys{
      {"lang",
       [&](const toml::node& n, const std::string& what) -> Expected<void> {
         Expected<std::string> lang = read_string(n, what);
         if (!lang) {
           return tl::unexpected(lang.error());
         }
         if (*lang != "auto" && !is_language_code(*lang)) {
           return error_at(n.source().begin,
                           what + " must be 'auto' or a language code such as 'ar' or 'en', not '" +
                               *lang + "'");
         }
         config.default_lang = std::move(*lang);
         return {};
       }},
      {"lexicons",
       [&](const toml::node& n, const std::string& what) {
         return read_paths(n, what).map(set_to(config.extra_lexicons));
       }},
      {"entities",
       [&](const toml::node& n, const std::string& what) {
         return read_paths(n, what).map(set_to(config.extra_entities));
       }},
      {"jobs",
       [&](const toml::node& n, const std::string& what) {
         return read_int(n, what, 0).map(set_to(config.jobs));
       }},
  };

  const std::vector<Key> log_keys{
      {"level",
       [&](const toml::node& n, const std::string& what) -> Expected<void> {
         Expected<std::string> level = read_string(n, what);
         if (!level) {
           return tl::unexpected(level.error());
         }
         if (std::find(std::begin(k_log_levels), std::end(k_log_levels), *level) ==
             std::end(k_log_levels)) {
           return error_at(
               n.source().begin,
               what + " must be one of trace, debug, info, warn, error, off, not '" + *level + "'");
         }
         config.log_level = std::move(*level);
         return {};
       }},
  };

  const std::vector<Key> tables{
      {"store",
       [&](const toml::node& n, const std::string&) { return read_table(n, "store", store_keys); }},
      {"plugins", [&](const toml::node& n,
                      const std::string&) { return read_table(n, "plugins", plugin_keys); }},
      {"extract", [&](const toml::node& n,
                      const std::string&) { return read_table(n, "extract", extract_keys); }},
      {"log",
       [&](const toml::node& n, const std::string&) { return read_table(n, "log", log_keys); }},
  };

  Expected<void> ok = read_table(root, "", tables);
  if (!ok) {
    return tl::unexpected(ok.error());
  }
  return config;
}

}  // namespace

Expected<Config> parse_config(std::string_view text, const fs::path& source) {
  const std::string display_name = source.string();
  toml::table root;
  try {
    root = toml::parse(text, std::string_view(display_name));
  } catch (const toml::parse_error& e) {
    const toml::source_position position = e.source().begin;
    std::string message = display_name;
    if (position.line != 0) {
      message += ':' + std::to_string(position.line) + ':' + std::to_string(position.column);
    }
    message += ": " + lower_first(one_line(e.description()));
    return make_error(ErrorKind::usage, std::move(message));
  }
  Expected<Config> config = Reader(display_name, source.parent_path()).read(root);
  if (config) {
    config->source = source;
  }
  return config;
}

}  // namespace config

Expected<Config> load_config(const std::filesystem::path& path) {
  // A missing or unreadable config file is a configuration error (exit code 2), not a bad
  // input: the user named it explicitly.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return make_error(ErrorKind::usage,
                      path.string() + ": cannot read config file: is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return make_error(ErrorKind::usage,
                      path.string() + ": cannot read config file: " +
                          config::lower_first(std::generic_category().message(errno)));
  }
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) {
    return make_error(ErrorKind::usage, path.string() + ": cannot read config file");
  }
  return config::parse_config(contents.str(), path);
}

Expected<Config> load_default_config() {
  // Relative, not "./config.toml": paths inside it then stay relative to the working directory
  // exactly as written, and messages name it as the user sees it.
  const std::filesystem::path path{config::k_default_config_file};
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Config{};
  }
  if (!std::ifstream(path, std::ios::binary)) {
    return Config{};
  }
  return load_config(path);
}

}  // namespace claimtrace
