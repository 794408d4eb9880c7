// Incident runbooks (versioned, approved) and drills. An approved runbook version is immutable:
// triggers refuse any change to its content, hash or approval record and its deletion; only its
// status may move on to superseded. Drills name the version they exercised, the people who took
// part, the measured minutes per step and their findings, each with an optional corrective action.
import type { Migration } from './registry';

export const runbooks: Migration = {
  version: 12,
  name: '012-runbooks',
  up(db) {
    db.exec(`
      CREATE TABLE runbooks (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        title TEXT NOT NULL,
        template_id TEXT,
        language TEXT NOT NULL CHECK (language IN ('en', 'zh-CN')),
        owner TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE runbook_versions (
        id TEXT PRIMARY KEY,
        runbook_id TEXT NOT NULL REFERENCES runbooks(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'superseded')),
        content TEXT NOT NULL CHECK (json_valid(content)),
        change_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        approved_by TEXT,
        approved_at TEXT,
        approval_note TEXT NOT NULL DEFAULT '',
        sha256 TEXT,
        superseded_at TEXT,
        UNIQUE (runbook_id, number),
        CHECK ((approved_at IS NULL) = (sha256 IS NULL)),
        CHECK ((status = 'draft') = (approved_at IS NULL))
      ) STRICT;
      CREATE INDEX runbook_versions_runbook ON runbook_versions (runbook_id, number);

      CREATE TRIGGER runbook_versions_approved_immutable
      BEFORE UPDATE OF content, change_note, sha256, approved_by, approved_at, approval_note, number, runbook_id, created_at
      ON runbook_versions
      WHEN OLD.approved_at IS NOT NULL
      BEGIN
        SELECT RAISE(ABORT, 'an approved runbook version is immutable');
      END;

      CREATE TRIGGER runbook_versions_status_forward
      BEFORE UPDATE OF status ON runbook_versions
      WHEN OLD.status = 'superseded' OR (OLD.status = 'approved' AND NEW.status <> 'superseded')
      BEGIN
        SELECT RAISE(ABORT, 'an approved runbook version can only be superseded');
      END;

      CREATE TRIGGER runbook_versions_approved_not_deleted
      BEFORE DELETE ON runbook_versions
      WHEN OLD.approved_at IS NOT NULL
      BEGIN
        SELECT RAISE(ABORT, 'an approved runbook version cannot be deleted');
      END;

      CREATE TABLE runbook_drills (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        runbook_id TEXT NOT NULL REFERENCES runbooks(id),
        version_id TEXT NOT NULL REFERENCES runbook_versions(id),
        held_on TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('tabletop', 'simulation', 'live')),
        scenario TEXT NOT NULL,
        external_participants TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(external_participants)),
        summary TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (year, seq)
      ) STRICT;
      CREATE INDEX runbook_drills_runbook ON runbook_drills (runbook_id, held_on);

      CREATE TABLE runbook_drill_participants (
        drill_id TEXT NOT NULL REFERENCES runbook_drills(id) ON DELETE CASCADE,
        -- Deleting a person (audited there) takes them off the list; the drill's audit events keep who took part.
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        PRIMARY KEY (drill_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX runbook_drill_participants_person ON runbook_drill_participants (person_id);

      CREATE TABLE runbook_drill_timings (
        drill_id TEXT NOT NULL REFERENCES runbook_drills(id) ON DELETE CASCADE,
        step_id TEXT NOT NULL,
        actual_minutes INTEGER CHECK (actual_minutes IS NULL OR actual_minutes >= 0),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (drill_id, step_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE runbook_drill_findings (
        id TEXT PRIMARY KEY,
        drill_id TEXT NOT NULL REFERENCES runbook_drills(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        action_description TEXT,
        action_owner TEXT NOT NULL DEFAULT '',
        action_due_date TEXT,
        action_status TEXT CHECK (action_status IN ('open', 'in_progress', 'done')),
        action_done_at TEXT,
        CHECK ((action_description IS NULL) = (action_status IS NULL))
      ) STRICT;
      CREATE INDEX runbook_drill_findings_drill ON runbook_drill_findings (drill_id, position);
      CREATE INDEX runbook_drill_findings_open ON runbook_drill_findings (action_status) WHERE action_status IN ('open', 'in_progress');
    `);
  },
};
