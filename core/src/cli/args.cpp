#include "cli/args.hpp"

#include <charconv>
#include <sstream>

namespace claimtrace::cli {

ArgParser::ArgParser(std::string usage, std::string summary, std::vector<OptionSpec> options)
    : m_usage(std::move(usage)), m_summary(std::move(summary)), m_options(std::move(options)) {
  for (OptionSpec& g : global_options()) {
    if (find_long(g.name) == nullptr) {
      m_options.push_back(std::move(g));
    }
  }
}

const OptionSpec* ArgParser::find_long(const std::string& name) const {
  for (const OptionSpec& o : m_options) {
    if (o.name == name) {
      return &o;
    }
  }
  return nullptr;
}

const OptionSpec* ArgParser::find_short(char c) const {
  for (const OptionSpec& o : m_options) {
    if (o.short_name == c && c != 0) {
      return &o;
    }
  }
  return nullptr;
}

Expected<ParsedArgs> ArgParser::parse(const std::vector<std::string>& args) const {
  ParsedArgs out;
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a == "-" || a.size() < 2 || a[0] != '-') {
      out.positionals.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    const OptionSpec* spec = nullptr;
    std::optional<std::string> inline_value;
    if (a[1] == '-') {
      std::string name = a.substr(2);
      if (const std::size_t eq = name.find('='); eq != std::string::npos) {
        inline_value = name.substr(eq + 1);
        name = name.substr(0, eq);
      }
      spec = find_long(name);
      if (spec == nullptr) {
        return make_error(ErrorKind::usage, "unknown option '--" + name + "' (see --help)");
      }
    } else {
      // Bundled short flags: "-vv".
      for (std::size_t k = 1; k < a.size(); ++k) {
        const OptionSpec* s = find_short(a[k]);
        if (s == nullptr) {
          return make_error(ErrorKind::usage, std::string("unknown option '-") + a[k] + "' (see --help)");
        }
        if (s->takes_value) {
          if (k + 1 < a.size()) {
            inline_value = a.substr(k + 1);
          }
          spec = s;
          break;
        }
        out.flags[s->name] += 1;
      }
      if (spec == nullptr) {
        continue;
      }
    }
    if (!spec->takes_value) {
      if (inline_value) {
        return make_error(ErrorKind::usage, "option '--" + spec->name + "' takes no value");
      }
      out.flags[spec->name] += 1;
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size()) {
        return make_error(ErrorKind::usage, "option '--" + spec->name + "' needs a value (" + spec->value_name + ")");
      }
      inline_value = args[++i];
    }
    out.values[spec->name].push_back(*inline_value);
  }
  return out;
}

std::string ArgParser::help() const {
  std::ostringstream os;
  os << "usage: " << m_usage << "\n\n" << m_summary << "\n\noptions:\n";
  for (const OptionSpec& o : m_options) {
    std::string left = "  ";
    left += o.short_name != 0 ? std::string("-") + o.short_name + ", " : "    ";
    left += "--" + o.name;
    if (o.takes_value) {
      left += " " + o.value_name;
    }
    os << left;
    if (left.size() < 30) {
      os << std::string(30 - left.size(), ' ');
    } else {
      os << "\n" << std::string(30, ' ');
    }
    os << o.help << "\n";
  }
  return os.str();
}

std::vector<OptionSpec> global_options() {
  return {
      {"help", 'h', false, "", "show this help and exit"},
      {"config", 0, true, "FILE", "read this config file (default: ./config.toml if present)"},
      {"verbose", 'v', false, "", "log more (repeat for debug, trace)"},
      {"quiet", 'q', false, "", "log only errors; no progress or summary"},
      {"plugin-dir", 0, true, "DIR", "also load plugins from DIR (repeatable)"},
      {"no-default-plugins", 0, false, "", "do not load the plugins installed with claimtrace"},
  };
}

Expected<long long> parse_integer(const std::string& option, const std::string& value) {
  long long v = 0;
  const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
  if (ec != std::errc() || ptr != value.data() + value.size() || v < 0) {
    return make_error(ErrorKind::usage, "option '--" + option + "' needs a non-negative integer, not '" + value + "'");
  }
  return v;
}

}  // namespace claimtrace::cli
