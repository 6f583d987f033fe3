#pragma once
// Options shared by `extract` and `ingest`: what to read and how.

#include <atomic>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "cli/args.hpp"
#include "io/input_reader.hpp"

namespace claimtrace::cli {

// The options both commands accept, added to their own.
[[nodiscard]] std::vector<OptionSpec> input_options();

[[nodiscard]] Expected<io::ReaderOptions> reader_options(const ParsedArgs& args, const App& app);

// --jobs N, else [extract] jobs, else all cores.
[[nodiscard]] Expected<unsigned> jobs_option(const ParsedArgs& args, const App& app);

// Set by SIGINT/SIGTERM once installed: stop at the next document boundary.
std::atomic<bool>& stop_requested();
void install_stop_handlers();

}  // namespace claimtrace::cli
