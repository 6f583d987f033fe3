#!/usr/bin/env bash
# The example scripts of examples/scripts/ answer their questions on the example article.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$CT" ingest --db t.db "$SRC/examples/kim-russia-visit.ar.txt" "$SRC/examples/port-strike.en.txt"
expect_exit 0 "$PY" "$SRC/examples/scripts/kcna_via_yonhap.py" t.db
contains out.txt "Yonhap > KCNA"
[ "$(wc -l < out.txt)" -ge 1 ] || fail "no claim"
if command -v sqlite3 >/dev/null; then
  expect_exit 0 bash "$SRC/examples/scripts/only_through_tass.sh" t.db
  contains out.txt "TASS > Kremlin"
  # Every row names TASS first.
  "$PY" -c '
import sys
rows = [l.split("\t") for l in open("out.txt", encoding="utf-8") if l.strip()]
assert rows and all(r[1].startswith("TASS") for r in rows), rows
'
fi
# The queries documented in schemas/README.md run as written.
"$PY" - "$SRC/schemas/README.md" <<'PY'
import re, sqlite3, sys
doc = open(sys.argv[1], encoding="utf-8").read()
queries = re.findall(r"```sql\n(.*?)```", doc, re.S)
assert len(queries) >= 6, len(queries)
db = sqlite3.connect("t.db")
for q in queries:
    db.execute(q).fetchall()
PY
