#!/usr/bin/env python3
"""List every claim whose root is KCNA and that reached the outlet through Yonhap.

Usage: kcna_via_yonhap.py [DATABASE]      (default: claimtrace.db)
Only the Python standard library: the claimtrace database is plain SQLite.
"""
import sqlite3
import sys

QUERY = """
SELECT c.id, d.path, c.status, c.text, v.chain
  FROM claims c
  JOIN documents d ON d.id = c.document_id
  JOIN v_claim_chains v ON v.claim_id = c.id
 WHERE EXISTS (SELECT 1 FROM hops h WHERE h.claim_id = c.id AND h.is_root = 1 AND h.entity = 'kcna')
   AND EXISTS (SELECT 1 FROM hops h WHERE h.claim_id = c.id AND h.is_root = 0 AND h.entity = 'yonhap')
 ORDER BY c.document_id, c.doc_claim_no
"""


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "claimtrace.db"
    # Read-only: safe while an ingest is writing (the database is in WAL mode).
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = db.execute(QUERY).fetchall()
    for claim_id, doc, status, text, chain in rows:
        print(f"{claim_id}\t{status}\t{chain}\t{doc}\t{text}")
    print(f"{len(rows)} claims with root KCNA relayed by Yonhap", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
