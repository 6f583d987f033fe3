#include "claimtrace/cli.hpp"

#include <csignal>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "claimtrace/version.hpp"
#include "cli/app.hpp"
#include "cli/commands.hpp"

namespace claimtrace {
namespace {

constexpr const char* k_usage = R"(usage: claimtrace [--config FILE] [-v|-q] COMMAND [OPTIONS] [ARGS]

Who said what: claims, the chains of sources they were reported through, and
whether they are confirmed, from news articles in Arabic and English.

commands:
  extract FILE...     print the claims of articles (JSON, JSONL or a table); no database
  ingest PATH...      extract and store articles in the SQLite database
  claims              list stored claims, filtered by document, source, status
  chain CLAIM_ID      every hop of a stored claim's chain, with cues and evidence
  show DOC            a stored document's extraction, as `extract` prints it
  audit DOC...        an audit report of stored documents; --html FILE writes a page
  graph               the provenance graph of a document, claim or source (DOT, SVG)
  export              W3C PROV (PROV-JSON, PROV-N) of stored claims
  sources             every source with claim counts and its share of unconfirmed claims
  plugins             the source plugins that are loaded

Run `claimtrace COMMAND --help` for a command's options.
options: --help, --version, --config FILE, -v/--verbose, -q/--quiet, --plugin-dir DIR
)";

}  // namespace

int claimtrace_main(int argc, char** argv) {
  // A file-size limit (ulimit -f) must make writes fail with EFBIG, which SQLite reports
  // as a full disk after rolling back; by default SIGXFSZ would kill the process instead.
  std::signal(SIGXFSZ, SIG_IGN);
  // The one place exceptions are caught: anything that escapes a command is reported here.
  try {
    std::vector<std::string> args(argv + 1, argv + argc);
    // Global options may come before the command; find the command word.
    std::size_t cmd_index = 0;
    while (cmd_index < args.size() && args[cmd_index].starts_with("-")) {
      const std::string& a = args[cmd_index];
      if (a == "--version") {
        std::cout << "claimtrace " << k_version << "\n";
        return 0;
      }
      if (a == "--help" || a == "-h") {
        std::cout << k_usage;
        return 0;
      }
      // Options with a value take the next word too.
      if ((a == "--config" || a == "--plugin-dir" || a == "--db") && cmd_index + 1 < args.size()) {
        ++cmd_index;
      }
      ++cmd_index;
    }
    if (cmd_index >= args.size()) {
      std::cerr << k_usage;
      return cli::k_exit_usage;
    }
    const std::string command = args[cmd_index];
    std::vector<std::string> rest(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(cmd_index));
    rest.insert(rest.end(), args.begin() + static_cast<std::ptrdiff_t>(cmd_index) + 1, args.end());
    if (command == "extract") {
      return cli::run_extract(rest);
    }
    if (command == "ingest") {
      return cli::run_ingest(rest);
    }
    if (command == "claims") {
      return cli::run_claims(rest);
    }
    if (command == "chain") {
      return cli::run_chain(rest);
    }
    if (command == "plugins") {
      return cli::run_plugins(rest);
    }
    if (command == "show") {
      return cli::run_show(rest);
    }
    if (command == "audit") {
      return cli::run_audit(rest);
    }
    if (command == "graph") {
      return cli::run_graph(rest);
    }
    if (command == "export") {
      return cli::run_export(rest);
    }
    if (command == "sources") {
      return cli::run_sources(rest);
    }
    if (command == "help") {
      std::cout << k_usage;
      return 0;
    }
    cli::print_error("unknown command '" + command + "' (see claimtrace --help)");
    return cli::k_exit_usage;
  } catch (const std::exception& e) {
    cli::print_error(std::string("internal error: ") + e.what());
    return cli::k_exit_some_failed;
  }
}

}  // namespace claimtrace
