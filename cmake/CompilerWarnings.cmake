# (-Wnull-dereference is left out: g++ 12 reports false positives inside libstdc++ streams.)
# One list of warnings for every target of the project, applied through an
# INTERFACE target that each target links PRIVATE.
add_library(claimtrace_warnings INTERFACE)
target_compile_options(claimtrace_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wformat=2
  -Wimplicit-fallthrough)
