#!/usr/bin/env bash
# Claims that reached us only through TASS: TASS is on the chain and every relay is TASS.
# Usage: only_through_tass.sh [DATABASE]      (needs the sqlite3 program)
set -euo pipefail
db="${1:-claimtrace.db}"
sqlite3 -readonly -separator $'\t' "$db" <<'SQL'
SELECT c.id, v.chain, c.text
  FROM claims c JOIN v_claim_chains v ON v.claim_id = c.id
 WHERE EXISTS (SELECT 1 FROM hops h WHERE h.claim_id = c.id AND h.entity = 'tass')
   AND NOT EXISTS (SELECT 1 FROM hops h WHERE h.claim_id = c.id AND h.is_root = 0
                     AND COALESCE(h.entity, '') <> 'tass')
 ORDER BY c.id;
SQL
