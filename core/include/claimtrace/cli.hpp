#pragma once

namespace claimtrace {

// The whole command-line program; main() only forwards here so the CLI is testable.
// Returns the process exit code (0 ok, 1 some inputs failed, 2 usage or configuration error).
int claimtrace_main(int argc, char** argv);

}  // namespace claimtrace
