#pragma once
// Runs the construction fixtures (tests/fixtures/constructions/*.toml) through
// the extractor and reports every mismatch as a readable line.

#include <string>
#include <vector>

#include "claimtrace/extractor.hpp"

namespace claimtrace::testing {

struct CaseResult {
  std::string name;
  std::vector<std::string> failures;  // empty when the case passes
};

// Reads a fixture file and checks each case; throws std::runtime_error if the file is malformed.
std::vector<CaseResult> run_construction_cases(const Extractor& extractor, const std::string& path,
                                               const std::string& lang);

// The extractor the tests share: built-in data plus the plugins of the build tree.
const Extractor& test_extractor();

}  // namespace claimtrace::testing
