#include "cli/inputs.hpp"

#include <csignal>
#include <thread>

namespace claimtrace::cli {

std::vector<OptionSpec> input_options() {
  return {
      {"jsonl", 0, true, "FILE", "read articles from a JSONL file (id, url, title, published, lang, text)"},
      {"lang", 0, true, "LANG", "language of the inputs: auto (by script), ar, en"},
      {"lossy", 0, false, "", "replace invalid UTF-8 with U+FFFD instead of refusing the file"},
      {"html", 0, false, "", "read every input as HTML (default: by extension or content)"},
      {"text", 0, false, "", "read every input as plain text"},
      {"jobs", 'j', true, "N", "extract on N threads (default: all cores)"},
  };
}

Expected<io::ReaderOptions> reader_options(const ParsedArgs& args, const App& app) {
  io::ReaderOptions o;
  o.lossy = args.count("lossy") > 0;
  o.lang = args.get("lang").value_or(app.config().default_lang);
  if (o.lang != "auto" && o.lang != "ar" && o.lang != "en" && o.lang.size() != 2) {
    return make_error(ErrorKind::usage, "--lang must be auto, ar, en or a two-letter language code, not '" + o.lang + "'");
  }
  if (args.count("html") > 0 && args.count("text") > 0) {
    return make_error(ErrorKind::usage, "--html and --text exclude each other");
  }
  if (args.count("html") > 0) {
    o.format = InputFormat::html;
  } else if (args.count("text") > 0) {
    o.format = InputFormat::text;
  }
  return o;
}

Expected<unsigned> jobs_option(const ParsedArgs& args, const App& app) {
  long long jobs = app.config().jobs;
  if (const auto j = args.get("jobs")) {
    auto v = parse_integer("jobs", *j);
    if (!v) {
      return tl::unexpected(v.error());
    }
    jobs = *v;
  }
  if (jobs <= 0) {
    jobs = std::max(1u, std::thread::hardware_concurrency());
  }
  return static_cast<unsigned>(std::min<long long>(jobs, 256));
}

std::atomic<bool>& stop_requested() {
  static std::atomic<bool> flag{false};
  return flag;
}

namespace {
extern "C" void on_stop_signal(int /*signal*/) { stop_requested().store(true); }
}  // namespace

void install_stop_handlers() {
  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGTERM, on_stop_signal);
}

}  // namespace claimtrace::cli
