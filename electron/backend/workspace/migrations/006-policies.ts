// Policies and privacy notices with their versions, the people who acknowledge them, and the
// acknowledgements. An approved version is immutable: triggers refuse any change to its text, title or
// approval record and its deletion, so not even a bug in the app can rewrite what was signed off.
import type { Migration } from './registry';

export const policies: Migration = {
  version: 6,
  name: 'policies',
  up(db) {
    db.exec(`
      CREATE TABLE policies (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('policy', 'privacy_notice')),
        law TEXT CHECK (law IN ('gdpr', 'ccpa', 'pipl')),
        standard TEXT CHECK (standard IN ('gdpr', 'ccpa_privacy_policy', 'ccpa_notice_at_collection', 'pipl')),
        language TEXT NOT NULL CHECK (language IN ('en', 'zh-CN')),
        owner TEXT NOT NULL DEFAULT '',
        review_cycle_months INTEGER NOT NULL CHECK (review_cycle_months BETWEEN 1 AND 60),
        -- Set by hand; NULL means last approval + review cycle.
        next_review_date TEXT,
        template_id TEXT,
        retired_at TEXT,
        retired_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((kind = 'privacy_notice') = (law IS NOT NULL))
      ) STRICT;

      CREATE TABLE policy_versions (
        id TEXT PRIMARY KEY,
        policy_id TEXT NOT NULL REFERENCES policies(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'published', 'superseded', 'retired')),
        title TEXT NOT NULL,
        markdown TEXT NOT NULL,
        change_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        submitted_at TEXT,
        approved_by TEXT,
        approved_at TEXT,
        approval_note TEXT NOT NULL DEFAULT '',
        sha256 TEXT,
        published_at TEXT,
        ended_at TEXT,
        -- A notice approved although its completeness check had missing items.
        override_reason TEXT,
        override_missing TEXT CHECK (override_missing IS NULL OR json_valid(override_missing)),
        -- What the text was generated from: the template, the facts (JSON) and their hash, and the
        -- generated text itself, so that drift can be told from later hand edits.
        template_id TEXT,
        generated_markdown TEXT,
        facts TEXT CHECK (facts IS NULL OR json_valid(facts)),
        facts_hash TEXT,
        generated_at TEXT,
        UNIQUE (policy_id, number),
        CHECK ((approved_at IS NULL) = (sha256 IS NULL))
      ) STRICT;
      CREATE INDEX policy_versions_policy ON policy_versions (policy_id, number);

      CREATE TRIGGER policy_versions_approved_text_immutable
      BEFORE UPDATE OF markdown, title, sha256, approved_by, approved_at, approval_note, override_reason, override_missing, template_id, generated_markdown, facts, facts_hash, generated_at, number, policy_id
      ON policy_versions
      WHEN OLD.approved_at IS NOT NULL
      BEGIN
        SELECT RAISE(ABORT, 'an approved policy version is immutable');
      END;

      CREATE TRIGGER policy_versions_approved_not_deleted
      BEFORE DELETE ON policy_versions
      WHEN OLD.approved_at IS NOT NULL
      BEGIN
        SELECT RAISE(ABORT, 'an approved policy version cannot be deleted');
      END;

      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE policy_acknowledgements (
        id TEXT PRIMARY KEY,
        version_id TEXT NOT NULL REFERENCES policy_versions(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id),
        acknowledged_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (version_id, person_id)
      ) STRICT;
      CREATE INDEX policy_acknowledgements_person ON policy_acknowledgements (person_id);
    `);
  },
};
