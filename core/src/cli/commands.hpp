#pragma once
// The subcommands of `claimtrace`. Each returns the process exit code.

#include <string>
#include <vector>

namespace claimtrace::cli {

int run_extract(const std::vector<std::string>& args);
int run_ingest(const std::vector<std::string>& args);
int run_claims(const std::vector<std::string>& args);
int run_chain(const std::vector<std::string>& args);
int run_plugins(const std::vector<std::string>& args);
int run_show(const std::vector<std::string>& args);
int run_audit(const std::vector<std::string>& args);
int run_graph(const std::vector<std::string>& args);
int run_export(const std::vector<std::string>& args);
int run_sources(const std::vector<std::string>& args);

// Exit codes (CONTRACT.md).
inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_some_failed = 1;
inline constexpr int k_exit_usage = 2;

}  // namespace claimtrace::cli
