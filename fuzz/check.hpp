#pragma once
// How a fuzz target reports a broken invariant: a message on stderr, then abort(), which
// libFuzzer treats as a crash (it prints the stack and saves the input as crash-<sha1>).

#include <cstdio>
#include <cstdlib>
#include <string>

namespace claimtrace::fuzz {

[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "\nclaimtrace fuzz: invariant broken: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

// `what` is built only when the check fails, so passing checks cost nothing but the test.
template <class Describe>
void require(bool ok, Describe&& what) {
  if (!ok) {
    fail(what());
  }
}

}  // namespace claimtrace::fuzz
