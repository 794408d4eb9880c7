// The incident register: security incidents with the systems they touched, their timeline, the
// personal-data breach assessment (GDPR Arts 33–34, Cal. Civ. Code 1798.82, PIPL Art 57) and the
// notifications made or reasoned away. The SQL is written out here so that this migration stays
// exactly what shipped.
import type { Migration } from './registry';

export const incidentsRegister: Migration = {
  version: 8,
  name: 'incidents',
  up(db) {
    db.exec(`
      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        detected_at TEXT NOT NULL,
        became_aware_at TEXT NOT NULL,
        reporter TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
        status TEXT NOT NULL CHECK (status IN ('open', 'contained', 'closed')),
        contained_at TEXT,
        closed_at TEXT,
        personal_data_breach INTEGER NOT NULL CHECK (personal_data_breach IN (0, 1)),
        estimated_people INTEGER CHECK (estimated_people IS NULL OR estimated_people >= 0),
        estimated_records INTEGER CHECK (estimated_records IS NULL OR estimated_records >= 0),
        california_residents INTEGER CHECK (california_residents IS NULL OR california_residents >= 0),
        -- NULL while the risk to people has not been assessed.
        high_risk INTEGER CHECK (high_risk IS NULL OR high_risk IN (0, 1)),
        risk_reasoning TEXT NOT NULL DEFAULT '',
        -- GDPR Art 34(3): (a) unintelligible, (b) later measures removed the risk, (c) disproportionate effort.
        exemption TEXT CHECK (exemption IS NULL OR exemption IN ('a', 'b', 'c')),
        exemption_reasoning TEXT NOT NULL DEFAULT '',
        effects TEXT NOT NULL DEFAULT '',
        remedial_action TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (exemption IS NULL OR exemption_reasoning <> '')
      ) STRICT;
      CREATE INDEX incidents_breach ON incidents (personal_data_breach, status);

      -- The inventory's systems the incident touched (read only: the name is kept as recorded, so a
      -- system deleted later still shows what was affected).
      CREATE TABLE incident_systems (
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        system_id TEXT NOT NULL,
        system_name TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (incident_id, system_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX incident_systems_system ON incident_systems (system_id);

      CREATE TABLE incident_timeline (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX incident_timeline_incident ON incident_timeline (incident_id, at);

      -- One row per notification clock answered: sent (with its content and reference) or not needed
      -- (with the reason). A clock without a row is still open.
      CREATE TABLE incident_notifications (
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        law TEXT NOT NULL CHECK (law IN ('gdpr', 'ccpa', 'pipl')),
        key TEXT NOT NULL CHECK (key IN ('notify_authority', 'notify_subjects', 'notify_residents', 'notify_attorney_general')),
        outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'not_needed')),
        sent_at TEXT,
        content TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (incident_id, law, key),
        CHECK ((outcome = 'sent') = (sent_at IS NOT NULL)),
        CHECK (outcome = 'sent' OR reason <> '')
      ) STRICT, WITHOUT ROWID;

      -- Files of the evidence library kept as evidence of the incident (logs, reports, notices sent);
      -- deleting the file from the library removes the link.
      CREATE TABLE incident_evidence (
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        file_id TEXT NOT NULL REFERENCES evidence_files(id) ON DELETE CASCADE,
        linked_at TEXT NOT NULL,
        PRIMARY KEY (incident_id, file_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX incident_evidence_file ON incident_evidence (file_id);
    `);
  },
};
