#!/usr/bin/env bash
# Bad inputs are named with the reason and position, the others are processed and
# stored, and the exit code is 1.
source "$(dirname "$0")/lib.sh"
cp "$SRC/examples/port-strike.en.txt" good.txt
printf 'The minister said \xff\xfe it was fine.\n' > badutf8.txt
printf 'The minister said\0 it was fine.\n' > nul.txt
: > empty.txt
printf '\xef\xbb\xbfThe minister said the BOM is gone.\r\nOfficials said CRLF is fine.\r\n' > bom.txt
expect_exit 1 "$CT" ingest --db t.db good.txt badutf8.txt nul.txt empty.txt bom.txt missing.txt
contains err.txt "badutf8.txt: invalid UTF-8 at byte offset 18"
contains err.txt "nul.txt: NUL byte at byte offset 17"
contains err.txt "empty.txt: empty input"
contains err.txt "missing.txt: no such file"
contains err.txt "bom.txt: UTF-8 byte order mark removed"
contains err.txt "ingested 2 new"
expect_exit 0 "$CT" extract --lossy --format json badutf8.txt
contains err.txt "replaced 2 invalid UTF-8 sequence(s)"
contains out.txt "The minister"
printf '{"id": "a", "text": "Police said the road was closed."}\n{"id": "b", "text": \n\n{"id": "c", "text": "The mayor said the bridge would reopen."}\n[1, 2]\n' > in.jsonl
expect_exit 1 "$CT" ingest --db t2.db --jsonl in.jsonl
contains err.txt "in.jsonl:2: malformed JSON"
contains err.txt "in.jsonl:5: expected a JSON object"
contains err.txt "ingested 2 new"
# Invalid UTF-8 inside a JSON string is the JSON parser's to find (the text is not scanned
# again): the line is named with the byte.
printf '{"id": "u", "text": "Police said \xff\xfe the road was closed."}\n' > badutf8.jsonl
expect_exit 1 "$CT" extract --jsonl badutf8.jsonl
contains err.txt "badutf8.jsonl:1: malformed JSON at byte 34"

# A directory with a binary file, CR-only line ends, broken HTML and a symlink loop:
# the binary file is named, the loop does not hang the walk, the rest is stored.
mkdir -p dir/sub
cp "$SRC/examples/port-strike.en.txt" dir/good.txt
head -c 4000 "$CT" > dir/program.txt
printf 'The minister said the line ends were CR only.\rOfficials said it was fine.\r' > dir/cr.txt
printf '<html><body><h1>Port news</h1>\n<p>Police said <b>the road <i>was closed.</p>\n<div class="x\n<p>The mayor said it' > dir/broken.html
ln -s .. dir/sub/loop
expect_exit 1 "$CT" ingest --db t3.db dir
contains err.txt "program.txt: NUL byte at byte offset"
contains err.txt "ingested 3 new"
"$CT" claims --db t3.db --format csv > claims.csv
contains claims.csv "the line ends were CR only"
contains claims.csv "it was fine"
contains claims.csv "the road <i>was closed"

# One 8 MB line (no newline anywhere; 1 MB under the sanitizers): processed, offsets valid.
MB=8
if [ -n "${CLAIMTRACE_SANITIZED:-}" ]; then MB=1; fi
"$PY" -c "
s = 'The minister said the talks would resume, officials reported. '
open('oneline.txt', 'w').write(s * ($MB * 1024 * 1024 // len(s)))"
expect_exit 0 "$CT" extract --format jsonl oneline.txt
"$PY" - oneline.txt out.txt <<'PYEOF'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
doc = json.loads(open(sys.argv[2], encoding="utf-8").readline())
claims = doc["claims"]
assert len(claims) > 10000, len(claims)
for c in claims[:: max(1, len(claims) // 500)]:
    assert text[c["start"]:c["end"]] == c["text"], c
PYEOF
# Ingest stores such an article section by section: the same claims as extract printed.
cp out.txt oneline.jsonl
expect_exit 0 "$CT" ingest --db big.db oneline.txt
"$PY" - big.db oneline.jsonl <<'PYEOF'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
stored = db.execute("SELECT count(*), count(DISTINCT doc_claim_no) FROM claims").fetchone()
printed = len(json.loads(open(sys.argv[2], encoding="utf-8").readline())["claims"])
assert stored == (printed, printed), (stored, printed)
PYEOF

# Over 4 MB the article is read in sections and printed as it is read: still one valid
# JSON array with every document, in input order.
expect_exit 0 "$CT" extract --format json good.txt oneline.txt good.txt
"$PY" - out.txt <<'PYEOF'
import json, sys
docs = json.load(open(sys.argv[1], encoding="utf-8"))
assert [d["document"]["path"].rsplit("/", 1)[-1] for d in docs] == ["good.txt", "oneline.txt", "good.txt"], docs
ids = [c["id"] for c in docs[1]["claims"]]
assert ids == list(range(1, len(ids) + 1))
PYEOF

# An unreadable file (only meaningful when not root: root reads anything).
if [ "$(id -u)" != 0 ]; then
  cp good.txt locked.txt
  chmod 000 locked.txt
  expect_exit 1 "$CT" ingest --db t4.db locked.txt good.txt
  contains err.txt "locked.txt"
  contains err.txt "ingested 1 new"
fi
