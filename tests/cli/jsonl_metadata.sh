#!/usr/bin/env bash
# JSONL articles keep id, url, title, published, lang and unknown fields as metadata.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$CT" ingest --db t.db --jsonl "$SRC/examples/articles.jsonl"
contains err.txt "ingested 2 new"
command -v sqlite3 >/dev/null || exit 0
sqlite3 t.db "select count(*) from documents where url like 'https://example.org/news/%'" > n.txt
contains n.txt "2"
sqlite3 t.db "select metadata from documents" > meta.txt
contains meta.txt '"section"'
expect_exit 0 "$CT" claims --db t.db --lang ar --format json
contains out.txt "الدفاع المدني"
