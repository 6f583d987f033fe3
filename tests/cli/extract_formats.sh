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
# A page's time stamps ("Published: …  Updated: …") under the headline are no one's claim.
printf 'Radio static spreads along the coast\n\nPublished: 3 Mar. 2024, 09:15   Updated: 3 Mar. 2024, 11:40\n\nThe state jammed radio signals near the coast, the coast guard said.\n' > stamped.txt
expect_exit 0 "$CT" extract --format json stamped.txt
"$PY" -c '
import json
claims = json.load(open("out.txt", encoding="utf-8"))["claims"]
assert not any(h["mention"] == "Published" for c in claims for h in c["chain"]), claims
assert any(c["chain"] and c["chain"][-1]["mention"] == "the coast guard" for c in claims), claims
'
