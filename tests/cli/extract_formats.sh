#!/usr/bin/env bash
# extract: JSONL is one object per input line in input order; the table shows chains
# as "Yonhap > KCNA"; stdin is read with "-"; directories recursively.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$CT" extract --format jsonl "$SRC/examples/kim-russia-visit.ar.txt" "$SRC/examples/port-strike.en.txt"
[ "$(wc -l < out.txt)" = 2 ] || fail "jsonl: expected 2 lines"
"$PY" -c '
import json
lines = [json.loads(l) for l in open("out.txt", encoding="utf-8")]
assert lines[0]["document"]["path"].endswith("kim-russia-visit.ar.txt")
assert lines[1]["document"]["lang"] == "en"
'
expect_exit 0 "$CT" extract --format table "$SRC/examples/kim-russia-visit.ar.txt"
contains out.txt "Yonhap > KCNA"
contains out.txt "TASS > Kremlin"
expect_exit 0 "$CT" extract --format json - < "$SRC/examples/port-strike.en.txt"
contains out.txt '"path": "-"'
mkdir -p tree/sub && cp "$SRC/examples/port-strike.en.txt" tree/sub/a.txt && cp "$SRC/examples/flood-aid.ar.txt" tree/b.md
echo "not an article" > tree/ignored.bin
expect_exit 0 "$CT" extract --format jsonl --jobs 2 tree
[ "$(wc -l < out.txt)" = 2 ] || fail "directory: expected 2 documents"
expect_exit 0 "$CT" extract --lang en --format json "$SRC/examples/flood-aid.ar.txt"
contains out.txt '"lang": "en"'
