#!/usr/bin/env bash
# Ingest shows progress (documents, MB/s, ETA) on a terminal, nothing when piped or with -q,
# and a summary line at the end unless -q.
source "$(dirname "$0")/lib.sh"
command -v script >/dev/null || { echo "script (util-linux) not installed: skipped"; exit 77; }
"$PY" - "$SRC/examples" > in.jsonl <<'PYEOF'
import json, pathlib, sys
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
for i in range(300):
    print(json.dumps({"id": f"a{i}", "text": texts[i % len(texts)] + f"\n\nNote {i}.\n"}, ensure_ascii=False))
PYEOF
# `script` gives the command a pseudo-terminal; its output is what the terminal showed.
script -qec "'$CT' ingest --jobs 1 --db tty.db --jsonl in.jsonl" /dev/null > tty.txt
contains tty.txt "documents, "
contains tty.txt " MB/s"
contains tty.txt "ingested 300 new, 0 skipped (already stored), 0 failed;"
script -qec "'$CT' ingest -q --jobs 1 --db quiet.db --jsonl in.jsonl" /dev/null > quiet.txt
if grep -q "MB/s\|ingested" quiet.txt; then fail "-q still printed progress or a summary: $(cat quiet.txt)"; fi
expect_exit 0 "$CT" ingest --jobs 1 --db piped.db --jsonl in.jsonl
if grep -q "MB/s" err.txt; then fail "progress was printed into a pipe"; fi
contains err.txt "ingested 300 new"
