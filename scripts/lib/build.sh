# Sourced by scripts/run-tests and scripts/run-example: configures and builds with a preset.

# A build directory configured earlier with another generator makes `cmake --preset` fail
# ("Does not match the generator used previously"); the tree is generated, so start it afresh.
reset_if_other_generator() {
  local cache="$1/CMakeCache.txt"
  if [ -f "$cache" ] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "$cache"; then
    echo "$(basename "$0"): $1 was configured with another generator; reconfiguring it with Ninja" >&2
    rm -rf "$1/CMakeCache.txt" "$1/CMakeFiles"
  fi
}

# configure_and_build PRESET: the presets' binary directories are build/ and build-asan/.
configure_and_build() {
  local preset="$1" dir=build
  if [ "$preset" = asan ]; then
    dir=build-asan
  fi
  reset_if_other_generator "$dir"
  # Configure quietly (warnings and errors still show); the build shows its progress.
  cmake --preset "$preset" --log-level=WARNING
  cmake --build --preset "$preset"
}
