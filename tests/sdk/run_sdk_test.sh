#!/usr/bin/env bash
# Installs this build into a temporary prefix, builds a plugin outside the source tree
# against the installed SDK (find_package(claimtrace) + claimtrace_add_plugin), and loads
# it with the installed claimtrace.
set -euo pipefail
BUILD="$1"
SRC="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cmake --install "$BUILD" --prefix "$WORK/prefix" > "$WORK/install.log"
cmake -S "$SRC/tests/sdk/example_plugin" -B "$WORK/plugin-build" -G Ninja \
  -DCMAKE_PREFIX_PATH="$WORK/prefix" -DCMAKE_BUILD_TYPE=Release > "$WORK/configure.log" \
  || { cat "$WORK/configure.log"; exit 1; }
cmake --build "$WORK/plugin-build" > "$WORK/build.log" || { cat "$WORK/build.log"; exit 1; }
PLUGIN="$(find "$WORK/plugin-build" -name 'claimtrace-exampleagency.so' | head -n 1)"
[ -n "$PLUGIN" ] || { echo "FAIL: the plugin was not built"; exit 1; }
mkdir -p "$WORK/myplugins" && cp "$PLUGIN" "$WORK/myplugins/"
CT="$WORK/prefix/bin/claimtrace"
# The installed binary finds the project's plugins with no configuration...
"$CT" plugins --format json > "$WORK/installed.json"
grep -q '"tass"' "$WORK/installed.json" || { echo "FAIL: installed claimtrace found no plugins"; exit 1; }
# ...and the out-of-tree one from --plugin-dir.
"$CT" --plugin-dir "$WORK/myplugins" plugins --format json > "$WORK/plugins.json"
grep -q '"exampleagency"' "$WORK/plugins.json" || { echo "FAIL: the out-of-tree plugin did not load"; cat "$WORK/plugins.json"; exit 1; }
printf 'WELLINGTON, March 3 (ENA) - The Example News Agency said the ferry was late.\n' > "$WORK/a.txt"
"$CT" --plugin-dir "$WORK/myplugins" extract --format json "$WORK/a.txt" > "$WORK/a.json"
grep -q '"entity": "exampleagency"' "$WORK/a.json" || { echo "FAIL: the plugin's agency was not recognized"; cat "$WORK/a.json"; exit 1; }
echo "ok: out-of-tree plugin built against the installed SDK and loaded"
