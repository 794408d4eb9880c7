// Controls, evidence and full-text search. The SQL is written out here rather than imported from
// the areas' query modules so that this migration stays exactly as it shipped.
//
// - workspace_controls holds only what a person decided about a control. Rows appear on first
//   change; a control without a row has the defaults (applicable, not started), so every catalog
//   control is always listed and a later catalog edition needs no data migration. SOC 2 rows keep
//   `applicable` NULL: a criterion is in scope when its category is (workspace_meta soc2_categories).
// - evidence_files keeps file content as a BLOB inside the encrypted database (never on disk in
//   clear); `content` is the last column so that listing files does not read it.
// - search_documents holds the text of every searchable record; search_index is a contentless FTS5
//   index over a tokenisable form of that text (CJK runs split into overlapping bigrams, see
//   electron/backend/search/search-text.ts), deleted row by row through contentless_delete.
import type { Migration } from './registry';

export const controlsAndEvidence: Migration = {
  version: 2,
  name: 'controls-evidence',
  up(db) {
    db.exec(`
      CREATE TABLE workspace_controls (
        framework TEXT NOT NULL CHECK (framework IN ('iso27001', 'soc2')),
        control_id TEXT NOT NULL,
        applicable INTEGER CHECK (applicable IN (0, 1)),
        justification TEXT NOT NULL DEFAULT '',
        inclusion_reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(inclusion_reasons) AND json_type(inclusion_reasons) = 'array'),
        status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'planned', 'in_progress', 'implemented')),
        owner TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        review_date TEXT CHECK (review_date IS NULL OR review_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (framework, control_id),
        CHECK ((framework = 'iso27001' AND applicable IS NOT NULL) OR (framework = 'soc2' AND applicable IS NULL))
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX workspace_controls_review ON workspace_controls (review_date) WHERE review_date IS NOT NULL;

      CREATE TABLE evidence_files (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('pdf', 'png', 'jpeg', 'gif', 'webp', 'docx', 'xlsx', 'csv', 'txt')),
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size > 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        note TEXT NOT NULL DEFAULT '',
        uploaded_at TEXT NOT NULL,
        content BLOB NOT NULL
      ) STRICT;
      CREATE INDEX evidence_files_sha256 ON evidence_files (sha256);

      CREATE TABLE evidence_links (
        id TEXT PRIMARY KEY,
        framework TEXT NOT NULL CHECK (framework IN ('iso27001', 'soc2')),
        control_id TEXT NOT NULL,
        source_kind TEXT NOT NULL CHECK (source_kind IN ('file', 'record')),
        file_id TEXT REFERENCES evidence_files (id) ON DELETE CASCADE,
        record_type TEXT,
        record_id TEXT,
        effective_date TEXT NOT NULL,
        expiry_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL CHECK (origin IN ('manual', 'default')),
        created_at TEXT NOT NULL,
        CHECK ((source_kind = 'file' AND file_id IS NOT NULL AND record_type IS NULL AND record_id IS NULL)
            OR (source_kind = 'record' AND file_id IS NULL AND record_type IS NOT NULL AND record_id IS NOT NULL)),
        CHECK (expiry_date IS NULL OR expiry_date >= effective_date)
      ) STRICT;
      -- Covering: freshness and coverage aggregate per control from the index alone.
      CREATE INDEX evidence_links_control ON evidence_links (framework, control_id, effective_date, expiry_date);
      CREATE INDEX evidence_links_record ON evidence_links (record_type, record_id) WHERE record_type IS NOT NULL;
      CREATE INDEX evidence_links_file ON evidence_links (file_id) WHERE file_id IS NOT NULL;
      CREATE INDEX evidence_links_effective ON evidence_links (effective_date);
      CREATE INDEX evidence_links_expiry ON evidence_links (expiry_date) WHERE expiry_date IS NOT NULL;
      -- A module's default link exists once per record and control; re-linking updates its dates.
      CREATE UNIQUE INDEX evidence_links_default ON evidence_links (record_type, record_id, framework, control_id) WHERE origin = 'default';

      CREATE TABLE search_documents (
        id INTEGER PRIMARY KEY,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (entity_type, entity_id)
      ) STRICT;
      CREATE VIRTUAL TABLE search_index USING fts5 (
        title, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      INSERT OR IGNORE INTO workspace_meta (key, value) VALUES
        ('soc2_categories', '["security","availability","confidentiality","privacy"]'),
        ('evidence_expiring_within_days', '30');
    `);
  },
};
