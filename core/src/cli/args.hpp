#pragma once
// A small command-line parser: long and short options, "--opt=value",
// repeatable options, "--" to end options, "-" as a positional (stdin).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/error.hpp"

namespace claimtrace::cli {

struct OptionSpec {
  std::string name;        // long name without dashes: "format"
  char short_name = 0;     // 'v', or 0
  bool takes_value = false;
  std::string value_name;  // for help: "FORMAT"
  std::string help;
};

struct ParsedArgs {
  std::map<std::string, std::vector<std::string>> values;  // options with values, in order
  std::map<std::string, int> flags;                        // flags and how often they were given
  std::vector<std::string> positionals;

  [[nodiscard]] bool has(const std::string& name) const { return flags.count(name) > 0 || values.count(name) > 0; }
  [[nodiscard]] int count(const std::string& name) const {
    const auto it = flags.find(name);
    return it == flags.end() ? 0 : it->second;
  }
  [[nodiscard]] std::optional<std::string> get(const std::string& name) const {
    const auto it = values.find(name);
    if (it == values.end() || it->second.empty()) {
      return std::nullopt;
    }
    return it->second.back();
  }
  [[nodiscard]] std::vector<std::string> all(const std::string& name) const {
    const auto it = values.find(name);
    return it == values.end() ? std::vector<std::string>{} : it->second;
  }
};

class ArgParser {
 public:
  ArgParser(std::string usage, std::string summary, std::vector<OptionSpec> options);

  // Parses args (without the program and command names). Unknown options and
  // missing values are usage errors naming the option.
  [[nodiscard]] Expected<ParsedArgs> parse(const std::vector<std::string>& args) const;

  [[nodiscard]] std::string help() const;

 private:
  const OptionSpec* find_long(const std::string& name) const;
  const OptionSpec* find_short(char c) const;

  std::string m_usage;
  std::string m_summary;
  std::vector<OptionSpec> m_options;
};

// Options every command accepts.
[[nodiscard]] std::vector<OptionSpec> global_options();

// Parses a non-negative integer option value; a usage error names the option.
[[nodiscard]] Expected<long long> parse_integer(const std::string& option, const std::string& value);

}  // namespace claimtrace::cli
