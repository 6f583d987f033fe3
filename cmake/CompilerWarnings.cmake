# One list of warnings for every target of the project, applied through an
# INTERFACE target that each target links PRIVATE.
add_library(claimtrace_warnings INTERFACE)
target_compile_options(claimtrace_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wformat=2
  -Wimplicit-fallthrough)
