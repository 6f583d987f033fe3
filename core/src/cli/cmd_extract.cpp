// `claimtrace extract`: claims of articles, printed; no database.

#include <iostream>
#include <optional>

#include <spdlog/spdlog.h>

#include "claimtrace/json_output.hpp"
#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/pipeline.hpp"
#include "output/table_output.hpp"

namespace claimtrace::cli {
namespace {

struct Result {
  std::optional<Extraction> extraction;
  std::string line;  // the JSONL line, when the worker serialized it
  // A document read in sections: extracted by the printing stage, straight into the output,
  // so that its claims are never all in memory.
  std::optional<InputDocument> streamed;
  std::optional<Error> error;
  std::vector<std::string> notes;
};

}  // namespace

int run_extract(const std::vector<std::string>& argv) {
  std::vector<OptionSpec> options = {
      {"format", 'f', true, "FORMAT", "json (one object; an array for several inputs), jsonl, table"},
      {"all", 0, false, "", "table: also list the outlet's own (unsourced) statements"},
  };
  for (OptionSpec& o : input_options()) {
    options.push_back(std::move(o));
  }
  const ArgParser parser("claimtrace extract [OPTIONS] FILE|DIR|- ...",
                         "Extracts the claims of articles and prints them as CONTRACT.md's JSON, one JSON object\n"
                         "per line (jsonl), or a readable table. Nothing is stored.",
                         options);
  auto args = parser.parse(argv);
  if (!args) {
    print_error(args.error().message);
    return k_exit_usage;
  }
  if (args->count("help") > 0) {
    std::cout << parser.help();
    return k_exit_ok;
  }
  const std::string format = args->get("format").value_or("json");
  if (format != "json" && format != "jsonl" && format != "table") {
    print_error("--format must be json, jsonl or table, not '" + format + "'");
    return k_exit_usage;
  }
  if (args->positionals.empty() && args->all("jsonl").empty()) {
    print_error("no input: give files, directories, '-' for stdin, or --jsonl FILE");
    return k_exit_usage;
  }
  auto app = App::create(*args);
  if (!app) {
    print_error(app.error().message);
    return k_exit_usage;
  }
  auto reader_opts = reader_options(*args, *app);
  auto jobs = jobs_option(*args, *app);
  if (!reader_opts || !jobs) {
    print_error(!reader_opts ? reader_opts.error().message : jobs.error().message);
    return k_exit_usage;
  }
  auto extractor = app->extractor();
  if (!extractor) {
    print_error(extractor.error().message);
    return k_exit_usage;
  }
  const Extractor& ex = **extractor;
  // JSON lines are parsed by the extraction workers: the reading thread also prints.
  reader_opts->defer_jsonl_parsing = true;
  io::InputReader reader(args->positionals, args->all("jsonl"), *reader_opts);
  install_stop_handlers();

  const bool single = args->positionals.size() == 1 && args->all("jsonl").empty() &&
                      !std::filesystem::is_directory(args->positionals.front());
  bool any_failed = false;
  bool first_json = true;
  if (format == "json" && !single) {
    std::cout << "[\n";
  }
  output::TableStyle style;
  style.color = use_color();
  const output::DisplayName display = [&](const std::string& id) { return app->display_name(id); };

  const bool serialize_in_workers = format == "jsonl" && *jobs > 1;
  run_ordered<io::InputItem, Result>(
      [&](io::InputItem& item) { return reader.next(item); },
      [&](io::InputItem& item) {
        io::complete(item, *reader_opts);
        Result r;
        r.notes = std::move(item.notes);
        if (item.error) {
          r.error = item.error;
        } else if (format != "table" && item.document->text.size() > ex.section_bytes()) {
          r.streamed = std::move(item.document);
        } else {
          r.extraction = ex.extract(std::move(*item.document));
          if (serialize_in_workers) {
            // The line is made here, on the worker: the single thread that prints in input
            // order would otherwise limit --jobs.
            r.line = to_json(*r.extraction, -1);
            r.extraction.reset();
          }
        }
        return r;
      },
      [&](Result& r) {
        for (const std::string& note : r.notes) {
          print_warning(note);
        }
        if (r.error) {
          print_error(r.error->message);
          any_failed = true;
          return;
        }
        if (r.streamed) {
          if (format == "json" && !single && !first_json) {
            std::cout << ",\n";
          }
          JsonStreamSink sink(std::cout, format == "jsonl" ? -1 : 2);
          ex.extract(std::move(*r.streamed), sink);
          if (format == "jsonl" || single) {
            std::cout << "\n";
          }
          first_json = false;
        } else if (format == "jsonl") {
          if (serialize_in_workers) {
            std::cout << r.line << "\n";
          } else {
            write_json(std::cout, *r.extraction, -1);  // streamed: a huge article is never one string
            std::cout << "\n";
          }
        } else if (format == "json") {
          if (!single && !first_json) {
            std::cout << ",\n";
          }
          write_json(std::cout, *r.extraction, 2);
          if (single) {
            std::cout << "\n";
          }
          first_json = false;
        } else {
          std::cout << output::extraction_table(*r.extraction, display, style, args->count("all") > 0) << "\n";
        }
        std::cout.flush();
      },
      *jobs, stop_requested());
  if (format == "json" && !single) {
    std::cout << "\n]\n";
  }
  if (stop_requested().load()) {
    print_warning("interrupted; the inputs read so far were printed");
    return k_exit_some_failed;
  }
  return any_failed ? k_exit_some_failed : k_exit_ok;
}

}  // namespace claimtrace::cli
