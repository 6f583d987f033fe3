#!/usr/bin/env bash
# What `extract --format json` prints equals what the store gives back: `show` prints the
# same document, and `claims --format json` the same claim objects (group ids are the
# database's).
source "$(dirname "$0")/lib.sh"
for f in kim-russia-visit.ar.txt port-strike.en.txt flood-aid.ar.txt; do
  "$CT" extract --format json "$SRC/examples/$f" > "extract-$f.json"
done
expect_exit 0 "$CT" ingest --db t.db "$SRC/examples/kim-russia-visit.ar.txt" "$SRC/examples/port-strike.en.txt" "$SRC/examples/flood-aid.ar.txt"
for f in kim-russia-visit.ar.txt port-strike.en.txt flood-aid.ar.txt; do
  "$CT" show --db t.db "$SRC/examples/$f" > "show-$f.json"
  "$CT" claims --db t.db --doc "$SRC/examples/$f" --all --format json > "claims-$f.json"
  "$PY" - "extract-$f.json" "show-$f.json" "claims-$f.json" <<'PY'
import json, sys
ex = json.load(open(sys.argv[1], encoding="utf-8"))
show = json.load(open(sys.argv[2], encoding="utf-8"))
stored = json.load(open(sys.argv[3], encoding="utf-8"))
def strip(c):
    return {k: v for k, v in c.items() if k not in ("group", "claim_id", "document_id", "document_path")}
assert ex["document"]["sha256"] == show["document"]["sha256"]
assert ex["document"]["byline"] == show["document"]["byline"], (ex["document"]["byline"], show["document"]["byline"])
assert ex["document"]["datelines"] == show["document"]["datelines"]
assert ex["document"]["credits"] == show["document"]["credits"]
assert [strip(c) for c in ex["claims"]] == [strip(c) for c in show["claims"]]
assert [strip(c) for c in ex["claims"]] == [strip(c) for c in stored], (len(ex["claims"]), len(stored))
# Claims of one group share a group id in the store too.
gx = {}
for a, b in zip(ex["claims"], stored):
    gx.setdefault(a["group"], set()).add(b["group"])
assert all(len(v) == 1 for v in gx.values()), gx
PY
done
