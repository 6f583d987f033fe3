#!/usr/bin/env bash
# graph: DOT always; SVG through Graphviz's dot when it is installed.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$CT" ingest --db t.db "$SRC/examples/kim-russia-visit.ar.txt"
expect_exit 0 "$CT" graph --db t.db --doc 1 --format dot
contains out.txt "digraph provenance"
contains out.txt '"s:kcna" -> "s:yonhap"'
expect_exit 0 "$CT" graph --db t.db --source tass
contains out.txt '"s:kremlin" -> "s:tass"'
expect_exit 2 "$CT" graph --db t.db
if command -v dot >/dev/null; then
  expect_exit 0 "$CT" graph --db t.db --doc 1 --format svg -o g.svg
  contains g.svg "<svg"
fi
