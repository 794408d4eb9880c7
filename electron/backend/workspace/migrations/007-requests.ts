// The data-subject request register and the privacy complaints log. The SQL is written out here so
// that this migration stays exactly what shipped.
import type { Migration } from './registry';

export const requestsRegister: Migration = {
  version: 7,
  name: 'requests',
  up(db) {
    db.exec(`
      -- One row: the organisation's time zone (whose calendar days the legal clocks count), how long
      -- after closure the requester's details are kept, and the key behind stable pseudonyms.
      CREATE TABLE request_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        time_zone TEXT NOT NULL,
        redaction_retention_months INTEGER NOT NULL CHECK (redaction_retention_months BETWEEN 0 AND 240),
        pseudonym_key TEXT NOT NULL,
        updated_at TEXT
      ) STRICT;
      INSERT INTO request_settings (id, time_zone, redaction_retention_months, pseudonym_key) VALUES (1, 'UTC', 24, lower(hex(randomblob(32))));

      -- A workspace's replacement for a year of a shipped working-day calendar (JSON arrays of dates).
      CREATE TABLE request_calendars (
        region TEXT NOT NULL CHECK (region IN ('china', 'california')),
        year INTEGER NOT NULL,
        holidays TEXT NOT NULL CHECK (json_valid(holidays) AND json_type(holidays) = 'array'),
        worked_weekend_days TEXT NOT NULL CHECK (json_valid(worked_weekend_days) AND json_type(worked_weekend_days) = 'array'),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (region, year)
      ) STRICT;

      CREATE TABLE data_subject_requests (
        id TEXT PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        received_at TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('email', 'web_form', 'phone', 'letter', 'in_person', 'agent')),
        law TEXT NOT NULL CHECK (law IN ('gdpr', 'ccpa', 'pipl')),
        type TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('en', 'zh-CN')),
        requester_name TEXT NOT NULL,
        requester_contact TEXT NOT NULL,
        relationship TEXT NOT NULL CHECK (relationship IN ('self', 'authorised_agent', 'parent_guardian', 'close_relative_deceased')),
        -- The inventory's subject category (read only; the name is looked up, a deleted one shows as gone).
        subject_category_id TEXT,
        details TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('received', 'verifying', 'in_progress', 'extended', 'responded', 'refused', 'withdrawn', 'closed')),
        -- The status before closure (responded, refused or withdrawn), kept for the record.
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('responded', 'refused', 'withdrawn')),
        confirmed_at TEXT,
        extension_reason TEXT,
        extension_notice_at TEXT,
        responded_at TEXT,
        refusal_reason TEXT,
        refusal_explanation TEXT,
        refused_at TEXT,
        withdrawn_at TEXT,
        withdrawal_note TEXT,
        closed_at TEXT,
        redacted_at TEXT,
        -- Derived from the deadline rules, the time zone and the calendars; recomputed when those change.
        deadlines TEXT NOT NULL CHECK (json_valid(deadlines)),
        time_zone TEXT NOT NULL,
        confirm_due TEXT,
        confirm_due_date TEXT,
        respond_due TEXT,
        respond_due_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((extension_reason IS NULL) = (extension_notice_at IS NULL))
      ) STRICT;
      -- Covering indexes for the agenda, which reads every open request's deadline: the scan stays in
      -- small index pages instead of decrypting the whole table.
      CREATE INDEX data_subject_requests_respond ON data_subject_requests (status, respond_due_date, id, ref, law, type);
      CREATE INDEX data_subject_requests_confirm ON data_subject_requests (status, confirm_due_date, id, ref, law, type)
        WHERE confirmed_at IS NULL AND confirm_due_date IS NOT NULL;
      CREATE INDEX data_subject_requests_redaction ON data_subject_requests (status, closed_at, id, ref, law, type)
        WHERE redacted_at IS NULL AND closed_at IS NOT NULL;
      CREATE INDEX data_subject_requests_received ON data_subject_requests (received_at);

      CREATE TABLE request_verifications (
        id TEXT PRIMARY KEY,
        request_id TEXT NOT NULL REFERENCES data_subject_requests(id) ON DELETE CASCADE,
        method TEXT NOT NULL,
        performed_on TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('passed', 'failed', 'pending')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX request_verifications_request ON request_verifications (request_id);

      -- The systems to search, derived from the inventory when the request is logged (a snapshot:
      -- the checklist records what was searched even if the inventory changes later).
      CREATE TABLE request_systems (
        request_id TEXT NOT NULL REFERENCES data_subject_requests(id) ON DELETE CASCADE,
        system_id TEXT NOT NULL,
        system_name TEXT NOT NULL,
        activities TEXT NOT NULL CHECK (json_valid(activities)),
        searched INTEGER NOT NULL DEFAULT 0 CHECK (searched IN (0, 1)),
        found INTEGER CHECK (found IS NULL OR found IN (0, 1)),
        action_taken TEXT NOT NULL DEFAULT '',
        done_by TEXT NOT NULL DEFAULT '',
        done_on TEXT,
        PRIMARY KEY (request_id, system_id)
      ) STRICT;

      CREATE TABLE request_letters (
        id TEXT PRIMARY KEY,
        request_id TEXT NOT NULL REFERENCES data_subject_requests(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('acknowledgement', 'extension', 'response', 'refusal')),
        language TEXT NOT NULL CHECK (language IN ('en', 'zh-CN')),
        content TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX request_letters_request ON request_letters (request_id);

      CREATE TABLE privacy_complaints (
        id TEXT PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('complaint', 'inquiry')),
        received_on TEXT NOT NULL,
        channel TEXT NOT NULL,
        topic TEXT NOT NULL,
        summary TEXT NOT NULL,
        resolution TEXT NOT NULL DEFAULT '',
        closed_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
