#!/usr/bin/env bash
# The project's plugins load from the build tree with no configuration: at least 8 agencies.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$CT" plugins --format json
"$PY" -c '
import json
plugins = json.load(open("out.txt"))
ids = {a for p in plugins for a in p["agencies"]}
need = {"tass", "yonhap", "kcna", "sputnik", "reuters", "ap", "afp", "xinhua"}
assert need <= ids, need - ids
assert len(ids) >= 25, len(ids)
assert all(p["api_version"] == 1 and p["file"].endswith(".so") for p in plugins)
'
expect_exit 0 "$CT" plugins
contains out.txt "plugins"
expect_exit 0 "$CT" --no-default-plugins plugins --format json
contains out.txt "[]"
