#!/usr/bin/env bash
# Crash safety of ingest. A SIGKILL mid-ingest leaves a database that passes
# integrity_check, and running the same command again ends with exactly what an
# uninterrupted run stores. SIGINT and SIGTERM stop at a document boundary, keep
# what was committed and say how far they got. Readers work while an ingest writes.
source "$(dirname "$0")/lib.sh"
command -v sqlite3 >/dev/null || { echo "sqlite3 CLI not installed: skipped"; exit 77; }

# N distinct articles (each example with a numbered closing line): 1500, about 4 MB, or
# fewer under the sanitizers (CLAIMTRACE_SANITIZED, set by the asan test preset), which
# run about ten times slower.
N=1500
if [ -n "${CLAIMTRACE_SANITIZED:-}" ]; then N=300; fi
"$PY" - "$SRC/examples" "$N" > in.jsonl <<'PYEOF'
import json, pathlib, sys
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
for i in range(int(sys.argv[2])):
    t = texts[i % len(texts)]
    print(json.dumps({"id": f"a{i}", "text": f"{t}\n\nArchive note {i}: the editors said the copy is final.\n"},
                     ensure_ascii=False))
PYEOF

# `exec`: run in the background, the function's PID is then claimtrace's own, so the
# signals below reach claimtrace and not a subshell that would leave it running.
# A long busy timeout: an ingest also commits when a batch has held the lock for a fifth
# of it, and here every commit must be a whole batch of 25, however slow the machine.
printf '[store]\nbusy_timeout_ms = 600000\n' > long-timeout.toml
ingest() { exec "$CT" ingest -q --config long-timeout.toml --jobs 1 --batch 25 --db "$1" --jsonl in.jsonl; }
# What a database holds, without ingestion times: documents and claims with chains, in id order.
content() {
  sqlite3 "$1" "SELECT id, sha256, title FROM documents ORDER BY id;" \
               "SELECT claim_id, document_id, chain, status FROM v_claim_chains ORDER BY claim_id;"
}
integrity() {
  [ "$(sqlite3 "$1" 'PRAGMA integrity_check;')" = ok ] || fail "$1 fails integrity_check"
}
documents() { sqlite3 "$1" 'SELECT count(*) FROM documents;' 2>/dev/null || echo 0; }
# wait_for_documents DB N PID: until DB holds at least N documents (the ingest is then mid-run).
wait_for_documents() {
  local i
  for i in $(seq 1 600); do
    if [ "$(documents "$1")" -ge "$2" ]; then return 0; fi
    kill -0 "$3" 2>/dev/null || fail "the ingest ended before it could be interrupted"
    sleep 0.02
  done
  fail "no documents appeared in $1"
}

(ingest ref.db)
content ref.db > ref.txt
[ "$(documents ref.db)" = "$N" ] || fail "reference run stored $(documents ref.db) documents"

# SIGKILL, with readers running against the database while it is written.
ingest killed.db & pid=$!
wait_for_documents killed.db $((N / 15)) "$pid"
"$CT" claims --db killed.db --limit 5 > reader.txt 2> reader.err || fail "claims failed during ingest: $(cat reader.err)"
"$CT" audit --db killed.db 1 > audit.txt 2> audit.err || fail "audit failed during ingest: $(cat audit.err)"
[ -s reader.txt ] && [ -s audit.txt ] || fail "readers printed nothing during ingest"
kill -KILL "$pid"
wait "$pid" || true
integrity killed.db
n=$(documents killed.db)
[ "$n" -lt "$N" ] || fail "the ingest finished before SIGKILL; nothing was tested"
[ $((n % 25)) = 0 ] || fail "a partial batch was committed: $n documents"
(ingest killed.db) 2> rerun.err || fail "rerun after SIGKILL failed: $(cat rerun.err)"
integrity killed.db
content killed.db > killed.txt
cmp -s ref.txt killed.txt || fail "after SIGKILL and a rerun the database differs from an uninterrupted run"

# SIGINT and SIGTERM: a document boundary, a message, exit 1, then a rerun completes.
for sig in INT TERM; do
  db="$sig.db"
  "$CT" ingest --config long-timeout.toml --jobs 1 --batch 25 --db "$db" --jsonl in.jsonl 2> "$sig.err" & pid=$!
  wait_for_documents "$db" $((N / 15)) "$pid"
  kill -"$sig" "$pid"
  set +e; wait "$pid"; code=$?; set -e
  [ "$code" = 1 ] || fail "SIG$sig: expected exit 1, got $code"
  contains "$sig.err" "interrupted: stopped at a document boundary"
  integrity "$db"
  n=$(documents "$db")
  [ "$n" -lt "$N" ] || fail "SIG$sig arrived after the end; nothing was tested"
  contains "$sig.err" "$n new documents are committed"
  (ingest "$db")
  content "$db" > "$sig.txt"
  cmp -s ref.txt "$sig.txt" || fail "after SIG$sig and a rerun the database differs from an uninterrupted run"
done
# Two ingests of the same articles into one database at once: both succeed, every text is
# stored once (a text the other process stored first counts as skipped). A short busy timeout
# makes each wait for the other's lock longer than that timeout, many times over: a waiting
# ingest goes on waiting while the other commits, whatever the machine's speed.
printf '[store]\nbusy_timeout_ms = 200\n' > short-timeout.toml
both() { exec "$CT" ingest -q --config short-timeout.toml --jobs 1 --batch 100000 --db both.db --jsonl in.jsonl; }
(both) 2> both1.err & p1=$!
(both) 2> both2.err & p2=$!
wait "$p1" || fail "concurrent ingest 1 failed: $(cat both1.err)"
wait "$p2" || fail "concurrent ingest 2 failed: $(cat both2.err)"
integrity both.db
[ "$(documents both.db)" = "$N" ] || fail "concurrent ingests stored $(documents both.db) documents"
[ "$(sqlite3 both.db 'SELECT count(*) FROM claims')" = "$(sqlite3 ref.db 'SELECT count(*) FROM claims')" ] ||
  fail "concurrent ingests stored a different number of claims"
echo "crash safety: ok"
