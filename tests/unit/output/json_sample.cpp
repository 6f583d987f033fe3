// Writes to_json() of the hand-built sample extraction to stdout, so that the schema check can
// validate real output without depending on the CLI. "--jsonl" writes the one-line form.

#include <iostream>
#include <string_view>

#include "claimtrace/json_output.hpp"
#include "sample_extraction.hpp"

int main(int argc, char** argv) {
  const bool jsonl = argc > 1 && std::string_view(argv[1]) == "--jsonl";
  std::cout << claimtrace::to_json(claimtrace::test::sample_extraction(), jsonl ? -1 : 2) << '\n';
  return std::cout ? 0 : 1;
}
