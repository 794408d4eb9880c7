// Incident checklists from runbook steps, post-incident reviews and notification letters.
// Runbooks live in their own area: their ids are kept here as text, without foreign keys, so the
// checklist stays what was copied even if the runbook changes or is deleted. The SQL is written out
// here so that this migration stays exactly what shipped.
import type { Migration } from './registry';

export const incidentResponse: Migration = {
  version: 13,
  name: '013-incident-response',
  up(db) {
    db.exec(`
      -- The steps of the runbook version chosen for an incident, copied when it was chosen. A step is
      -- open, done (by whom and when) or skipped (with the reason).
      CREATE TABLE incident_checklist (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        runbook_id TEXT NOT NULL,
        runbook_version_id TEXT NOT NULL,
        source_step_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        -- Minutes from the moment of awareness; NULL where the step has no time target.
        target_minutes INTEGER CHECK (target_minutes IS NULL OR target_minutes >= 0),
        -- The step's decision point as the runbook wrote it (JSON), or NULL.
        decision TEXT,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'skipped')),
        done_by_person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
        done_by TEXT NOT NULL DEFAULT '',
        done_at TEXT,
        note TEXT NOT NULL DEFAULT '',
        skipped_reason TEXT NOT NULL DEFAULT '',
        copied_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (incident_id, position),
        CHECK ((state = 'open') = (done_at IS NULL)),
        CHECK (state = 'open' OR done_by <> ''),
        CHECK ((state = 'skipped') = (skipped_reason <> ''))
      ) STRICT;

      -- The post-incident review (ISO/IEC 27001 A.5.27): one per incident.
      CREATE TABLE incident_reviews (
        incident_id TEXT PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,
        id TEXT NOT NULL UNIQUE,
        root_cause TEXT NOT NULL CHECK (root_cause <> ''),
        contributing_factors TEXT NOT NULL DEFAULT '',
        lessons_learned TEXT NOT NULL CHECK (lessons_learned <> ''),
        went_well TEXT NOT NULL DEFAULT '',
        reviewed_by TEXT NOT NULL CHECK (reviewed_by <> ''),
        reviewed_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Corrective actions decided in the review; open ones are on the agenda until done.
      CREATE TABLE incident_actions (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        description TEXT NOT NULL CHECK (description <> ''),
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
        completed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status IN ('done', 'cancelled')) = (completed_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX incident_actions_incident ON incident_actions (incident_id, due_date);
      CREATE INDEX incident_actions_open ON incident_actions (status, due_date);
    `);
  },
};
