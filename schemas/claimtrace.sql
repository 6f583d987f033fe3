-- The claimtrace database, schema version 3 (PRAGMA user_version = 3).
-- Compiled into the library and applied by the store's migrations; documented for
-- script writers in schemas/README.md. Offsets are Unicode code points into
-- documents.text (SQLite's substr() counts characters: substr(text, start + 1, end - start)).
-- Allowed values are checked with OR chains, not IN lists: SQLite builds a temporary b-tree
-- for an IN list of more than two constants on every row it checks (schema 3).

-- One article, its text stored exactly as given.
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT NOT NULL UNIQUE,           -- of the stored UTF-8 text: ingest is idempotent by it
  path        TEXT NOT NULL,                  -- file path, '-' for stdin, or the JSONL id
  url         TEXT,
  title       TEXT,
  lang        TEXT NOT NULL,                  -- 'ar', 'en', ...
  published   TEXT,                           -- as given, ISO 8601 when known
  ingested    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  format      TEXT NOT NULL DEFAULT 'text' CHECK (format IN ('text', 'html')),
  metadata    TEXT NOT NULL DEFAULT '{}',     -- unknown JSONL fields, as JSON
  text        TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_path ON documents(path);

-- Known sources: agencies and outlets from plugins, governments, leaders and bodies
-- from the entity file. controlled_by ties a source to the body it speaks for.
CREATE TABLE entities (
  id            TEXT PRIMARY KEY,             -- 'tass', 'kremlin'
  display_name  TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind = 'agency' OR kind = 'outlet' OR kind = 'government'
                                     OR kind = 'organization' OR kind = 'person' OR kind = 'officials'
                                     OR kind = 'anonymous' OR kind = 'reports' OR kind = 'unknown'),
  medium        TEXT,
  country       TEXT,
  affiliation   TEXT,
  controlled_by TEXT,
  plugin        TEXT                          -- the plugin that declared it, NULL for the entity file
);
CREATE TABLE entity_names (
  entity    TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  lang      TEXT NOT NULL,
  name      TEXT NOT NULL,
  ambiguous INTEGER NOT NULL DEFAULT 0 CHECK (ambiguous IN (0, 1)),
  PRIMARY KEY (entity, lang, name)
) WITHOUT ROWID;

-- Claims that state the same proposition share a group (across documents of the database).
CREATE TABLE claim_groups (
  id INTEGER PRIMARY KEY
);

CREATE TABLE claims (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  doc_claim_no   INTEGER NOT NULL,            -- the claim's "id" in the extract JSON
  text           TEXT NOT NULL,
  start          INTEGER NOT NULL,
  "end"          INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL,
  quote          TEXT NOT NULL CHECK (quote = 'direct' OR quote = 'indirect' OR quote = 'mixed'),
  status         TEXT NOT NULL CHECK (status = 'confirmed' OR status = 'single-source' OR status = 'anonymous'
                                      OR status = 'hedged' OR status = 'unconfirmed' OR status = 'disputed'
                                      OR status = 'denied' OR status = 'unsourced'),
  unconfirmed    INTEGER NOT NULL CHECK (unconfirmed IN (0, 1)),
  rule           TEXT NOT NULL,               -- the lexicon entry or plugin that produced it
  group_id       INTEGER NOT NULL REFERENCES claim_groups(id),
  commitment     TEXT NOT NULL CHECK (commitment = 'report' OR commitment = 'strong-report'
                                      OR commitment = 'factive' OR commitment = 'belief'
                                      OR commitment = 'allegation' OR commitment = 'denial'
                                      OR commitment = 'hedge'),
  UNIQUE (document_id, doc_claim_no)
);
CREATE INDEX claims_group ON claims(group_id);
-- No index on status since schema 3: no claimtrace query used it, and with the mention
-- index below it cost about a sixth of the ingest writer's time.

-- The chain of a claim, outermost source first (position 0); the last hop is the root.
CREATE TABLE hops (
  claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  is_root    INTEGER NOT NULL CHECK (is_root IN (0, 1)),
  mention    TEXT NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  entity     TEXT,                            -- canonical id when known (see entities)
  kind       TEXT NOT NULL CHECK (kind = 'agency' OR kind = 'outlet' OR kind = 'government'
                                  OR kind = 'organization' OR kind = 'person' OR kind = 'officials'
                                  OR kind = 'anonymous' OR kind = 'reports' OR kind = 'unknown'),
  cue        TEXT NOT NULL,
  cue_start  INTEGER NOT NULL,
  cue_end    INTEGER NOT NULL,
  plugin     TEXT,
  implicit   INTEGER NOT NULL DEFAULT 0 CHECK (implicit IN (0, 1)),
  refers_to  TEXT,                            -- for "he", "the agency": the mention it stands for
  PRIMARY KEY (claim_id, position)
) WITHOUT ROWID;
CREATE INDEX hops_entity ON hops(entity, is_root, claim_id);
-- No index on mention since schema 3: queries reach a claim's hops by the primary key, and
-- a case-insensitive index of every mention only slowed storing.

-- Why a claim is flagged, with the cue that shows it.
CREATE TABLE reasons (
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code     TEXT NOT NULL CHECK (code = 'hedge' OR code = 'not-confirmed' OR code = 'unnamed-source'
                                OR code = 'vague-source' OR code = 'allegation' OR code = 'denial'
                                OR code = 'dispute'),
  cue      TEXT NOT NULL,
  start    INTEGER NOT NULL,
  "end"    INTEGER NOT NULL,
  PRIMARY KEY (claim_id, position)
) WITHOUT ROWID;

-- What the document credits as a whole: author, credited sources (byline, dateline,
-- sign-off, credit line), datelines, and credits that are not claim sources (photo).
CREATE TABLE document_credits (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind = 'author' OR kind = 'credited_source' OR kind = 'dateline'
                                   OR kind = 'credit'),
  role        TEXT,                           -- credits: 'photo', 'video', 'graphic'
  entity      TEXT,
  mention     TEXT NOT NULL,                  -- the text as written (a dateline's whole text)
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  via         TEXT,                           -- credited sources: byline, dateline, signoff, credit-line
  place       TEXT,                           -- datelines
  date        TEXT,
  plugin      TEXT,
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
CREATE INDEX document_credits_entity ON document_credits(entity);

-- Full-text search over claim text (`claimtrace claims --search`).
CREATE VIRTUAL TABLE claims_fts USING fts5(
  text, content='claims', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
-- New claims are indexed once per transaction by claimtrace, with
--   INSERT INTO claims_fts(rowid, text) SELECT id, text FROM claims WHERE id > <max id before>;
-- not by a trigger: FTS5 flushes its pending terms at every statement savepoint, and a
-- per-row trigger made storing claims four times slower. Scripts that insert claims
-- themselves index them the same way.
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- One row per claim with its chain as "Yonhap > KCNA" (display names where known).
CREATE VIEW v_claim_chains AS
SELECT c.id AS claim_id,
       c.document_id,
       d.path,
       c.doc_claim_no,
       c.text,
       c.status,
       c.unconfirmed,
       (SELECT group_concat(label, ' > ') FROM
          (SELECT COALESCE(e.display_name, h.mention) AS label
             FROM hops h LEFT JOIN entities e ON e.id = h.entity
            WHERE h.claim_id = c.id ORDER BY h.position)) AS chain,
       (SELECT group_concat(ent, ' > ') FROM
          (SELECT COALESCE(h.entity, h.mention) AS ent
             FROM hops h WHERE h.claim_id = c.id ORDER BY h.position)) AS chain_entities,
       (SELECT h.entity FROM hops h WHERE h.claim_id = c.id AND h.is_root = 1) AS root_entity,
       (SELECT h.mention FROM hops h WHERE h.claim_id = c.id AND h.is_root = 1) AS root_mention,
       (SELECT count(*) FROM hops h WHERE h.claim_id = c.id) AS hops
  FROM claims c JOIN documents d ON d.id = c.document_id;

-- Unconfirmed claims with their reasons ("hedge, unnamed-source").
CREATE VIEW v_unconfirmed AS
SELECT v.*,
       (SELECT group_concat(code, ', ') FROM
          (SELECT r.code FROM reasons r WHERE r.claim_id = v.claim_id ORDER BY r.position)) AS reasons
  FROM v_claim_chains v
 WHERE v.unconfirmed = 1;

-- Every source with its claim counts (what `claimtrace sources` prints).
CREATE VIEW v_sources AS
SELECT COALESCE(h.entity, lower(h.mention)) AS source,
       max(h.kind) AS kind,
       count(DISTINCT h.claim_id) AS claims,
       count(DISTINCT CASE WHEN h.is_root = 1 THEN h.claim_id END) AS as_root,
       count(DISTINCT CASE WHEN h.is_root = 0 THEN h.claim_id END) AS as_relay,
       count(DISTINCT CASE WHEN c.unconfirmed = 1 THEN h.claim_id END) AS unconfirmed
  FROM hops h JOIN claims c ON c.id = h.claim_id
 GROUP BY source;
