// Backup jobs per system, restore tests and their follow-ups.
// A job backs up one inventory system, or the workspace itself (system_id NULL). The system is not a
// foreign key: the inventory is read, never changed, so its name is kept as recorded and a deleted
// system still shows what was backed up. The SQL is written out here so that this migration stays
// exactly what shipped.
import type { Migration } from './registry';

export const backupsRegister: Migration = {
  version: 11,
  name: '011-backups',
  up(db) {
    db.exec(`
      CREATE TABLE backup_jobs (
        id TEXT PRIMARY KEY,
        system_id TEXT,
        system_name TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('full', 'incremental', 'differential')),
        schedule TEXT NOT NULL CHECK (json_valid(schedule)),
        runs_per_day INTEGER NOT NULL DEFAULT 1 CHECK (runs_per_day BETWEEN 1 AND 24),
        full_schedule TEXT CHECK (full_schedule IS NULL OR json_valid(full_schedule)),
        retention_days INTEGER CHECK (retention_days IS NULL OR retention_days > 0),
        retention_copies INTEGER CHECK (retention_copies IS NULL OR retention_copies > 0),
        medium TEXT NOT NULL,
        location TEXT NOT NULL CHECK (location IN ('on_site', 'off_site', 'cloud')),
        country TEXT NOT NULL DEFAULT '',
        encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
        encryption_method TEXT NOT NULL DEFAULT '',
        immutable INTEGER NOT NULL CHECK (immutable IN (0, 1)),
        offline INTEGER NOT NULL CHECK (offline IN (0, 1)),
        rpo_hours INTEGER,
        rto_hours INTEGER,
        restore_minutes_per_set INTEGER,
        owner TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (type = 'full' OR full_schedule IS NOT NULL),
        CHECK (retention_days IS NOT NULL OR retention_copies IS NOT NULL)
      ) STRICT;
      CREATE INDEX backup_jobs_system ON backup_jobs (system_id);

      CREATE TABLE restore_tests (
        id TEXT PRIMARY KEY,
        tested_on TEXT NOT NULL,
        system_id TEXT,
        system_name TEXT NOT NULL,
        backup_job_id TEXT REFERENCES backup_jobs(id) ON DELETE SET NULL,
        backup_job_name TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL CHECK (result IN ('pass', 'partial', 'fail')),
        restore_minutes INTEGER CHECK (restore_minutes IS NULL OR restore_minutes >= 0),
        data_verified TEXT NOT NULL DEFAULT '',
        evidence_file_id TEXT REFERENCES evidence_files(id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX restore_tests_system ON restore_tests (system_id, tested_on);
      CREATE INDEX restore_tests_job ON restore_tests (backup_job_id);

      CREATE TABLE restore_test_follow_ups (
        id TEXT PRIMARY KEY,
        test_id TEXT NOT NULL REFERENCES restore_tests(id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'done')),
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX restore_test_follow_ups_test ON restore_test_follow_ups (test_id, position);
      CREATE INDEX restore_test_follow_ups_open ON restore_test_follow_ups (status, due_date);

      -- How often each system's restores must be tested; a system without a row uses the default
      -- (12 months). 'workspace' keys the workspace itself.
      CREATE TABLE restore_test_cadence (
        system_key TEXT PRIMARY KEY,
        months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 120)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
