#!/usr/bin/env bash
# Usage and configuration errors exit 2 with a clear message; --help and --version work.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$CT" --version
contains out.txt "claimtrace "
expect_exit 0 "$CT" --help
contains out.txt "commands:"
for cmd in extract ingest claims chain show audit graph export sources plugins; do
  expect_exit 0 "$CT" "$cmd" --help
  contains out.txt "usage: claimtrace $cmd"
done
expect_exit 2 "$CT" frobnicate
contains err.txt "claimtrace: error: unknown command 'frobnicate'"
expect_exit 2 "$CT" extract --bogus x
contains err.txt "unknown option '--bogus'"
expect_exit 2 "$CT" extract
contains err.txt "no input"
expect_exit 2 "$CT" extract --format xml "$SRC/examples/port-strike.en.txt"
contains err.txt "--format must be"
printf '[store]\npath = 12\n' > bad.toml
expect_exit 2 "$CT" --config bad.toml extract "$SRC/examples/port-strike.en.txt"
contains err.txt "bad.toml:2:"
printf '[stor]\npath = "x"\n' > bad2.toml
expect_exit 2 "$CT" --config bad2.toml plugins
contains err.txt "bad2.toml:1:"
expect_exit 2 "$CT" claims --db nonexistent-dir/x.db
