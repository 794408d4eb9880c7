// Training records: the people list (created for policy acknowledgements) gains role, start and
// leave dates and a manager; courses with their audience rules and recurrence; assignments generated
// from the audience rules, one per course and person; completions with score and evidence.
import type { Migration } from './registry';

export const training: Migration = {
  version: 9,
  name: 'training',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN role TEXT NOT NULL DEFAULT '';
      ALTER TABLE people ADD COLUMN start_date TEXT;
      ALTER TABLE people ADD COLUMN leave_date TEXT;
      ALTER TABLE people ADD COLUMN manager_id TEXT REFERENCES people(id) ON DELETE SET NULL;

      CREATE TABLE training_courses (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        audience TEXT NOT NULL,
        schedule TEXT NOT NULL,
        passing_score INTEGER,
        materials TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Keyed by course and person (one assignment each), without a rowid: generation writes tens of
      -- thousands at once in key order, and this keeps it to one b-tree and the by-person index.
      CREATE TABLE training_assignments (
        course_id TEXT NOT NULL REFERENCES training_courses(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        assigned_on TEXT NOT NULL,
        due_on TEXT,
        last_completed_on TEXT,
        closed_on TEXT,
        PRIMARY KEY (course_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX training_assignments_person ON training_assignments (person_id);

      CREATE TABLE training_completions (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES training_courses(id),
        person_id TEXT NOT NULL REFERENCES people(id),
        completed_on TEXT NOT NULL,
        score INTEGER,
        passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
        evidence_file_id TEXT REFERENCES evidence_files(id) ON DELETE SET NULL,
        certificate_ref TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX training_completions_pair ON training_completions (course_id, person_id, completed_on);
      CREATE INDEX training_completions_person ON training_completions (person_id);
    `);
  },
};
