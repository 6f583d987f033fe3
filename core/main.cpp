#include "claimtrace/cli.hpp"

int main(int argc, char** argv) { return claimtrace::claimtrace_main(argc, argv); }
