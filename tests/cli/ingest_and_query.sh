#!/usr/bin/env bash
# ingest is idempotent by content hash; claims filters, chain and show read the store.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$CT" ingest --db t.db "$SRC/examples/kim-russia-visit.ar.txt" "$SRC/examples/port-strike.en.txt"
contains err.txt "ingested 2 new, 0 skipped"
expect_exit 0 "$CT" ingest --db t.db "$SRC/examples/kim-russia-visit.ar.txt"
contains err.txt "ingested 0 new, 1 skipped"
expect_exit 0 "$CT" claims --db t.db --root kcna --format json
"$PY" -c '
import json
claims = json.load(open("out.txt", encoding="utf-8"))
assert claims and all(c["chain"][-1]["entity"] == "kcna" for c in claims), claims
'
expect_exit 0 "$CT" claims --db t.db --via yonhap --format jsonl
contains out.txt '"entity":"kcna"'
expect_exit 0 "$CT" claims --db t.db --source tass --format csv
contains out.txt "claim_id,document_id"
contains out.txt "TASS"
expect_exit 0 "$CT" claims --db t.db --unconfirmed --format json
"$PY" -c '
import json
claims = json.load(open("out.txt", encoding="utf-8"))
assert claims and all(c["unconfirmed"] for c in claims)
'
expect_exit 0 "$CT" claims --db t.db --status denied --format json
expect_exit 0 "$CT" claims --db t.db --search strike --format json
contains out.txt "strike"
expect_exit 0 "$CT" claims --db t.db --root kcna --format json
id=$("$PY" -c 'import json; print(json.load(open("out.txt"))[0]["claim_id"])')
expect_exit 0 "$CT" chain --db t.db "$id"
contains out.txt "chain: Yonhap > KCNA"
contains out.txt "cue:"
contains out.txt "evidence:"
expect_exit 1 "$CT" chain --db t.db 999999
contains err.txt "no claim 999999"
expect_exit 0 "$CT" sources --db t.db --format json
contains out.txt '"source": "yonhap"'
expect_exit 2 "$CT" claims --db t.db --status nonsense
contains err.txt "unknown status"
