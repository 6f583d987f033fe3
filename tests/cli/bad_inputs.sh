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
