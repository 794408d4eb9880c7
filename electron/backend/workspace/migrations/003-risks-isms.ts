// The risk register and the ISMS records (scope, objectives, internal audits with findings and
// corrective actions, management reviews). The SQL is written out here rather than imported from the
// areas so that this migration stays exactly what shipped even when the areas' code moves on.
import type { Migration } from './registry';

/**
 * The default scales written into new workspaces: five levels each and an appetite of 9, a common
 * starting point (a 5×5 matrix where "possible × moderate" is the most a firm tolerates untreated).
 */
export const DEFAULT_RISK_SCALES = {
  likelihood: [
    { value: 1, label: { en: 'Rare', 'zh-CN': '罕见' } },
    { value: 2, label: { en: 'Unlikely', 'zh-CN': '不太可能' } },
    { value: 3, label: { en: 'Possible', 'zh-CN': '可能' } },
    { value: 4, label: { en: 'Likely', 'zh-CN': '很可能' } },
    { value: 5, label: { en: 'Almost certain', 'zh-CN': '几乎确定' } },
  ],
  impact: [
    { value: 1, label: { en: 'Negligible', 'zh-CN': '可忽略' } },
    { value: 2, label: { en: 'Minor', 'zh-CN': '轻微' } },
    { value: 3, label: { en: 'Moderate', 'zh-CN': '中等' } },
    { value: 4, label: { en: 'Major', 'zh-CN': '重大' } },
    { value: 5, label: { en: 'Severe', 'zh-CN': '严重' } },
  ],
  appetite: 9,
} as const;

export const risksAndIsms: Migration = {
  version: 3,
  name: 'risks-isms',
  up(db) {
    db.exec(`
      -- Counters behind the human references (R-001, IA-2026-01, F-001). A counter never goes back,
      -- so a deleted record's reference is never given to another one: the audit trail stays unambiguous.
      CREATE TABLE record_sequences (
        name TEXT PRIMARY KEY,
        last_value INTEGER NOT NULL CHECK (last_value >= 0)
      ) STRICT;

      -- One row: the likelihood and impact scales (JSON arrays of {value, label}) and the appetite.
      CREATE TABLE risk_scales (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        likelihood TEXT NOT NULL CHECK (json_valid(likelihood)),
        impact TEXT NOT NULL CHECK (json_valid(impact)),
        appetite INTEGER NOT NULL CHECK (appetite BETWEEN 1 AND 100),
        updated_at TEXT
      ) STRICT;

      CREATE TABLE risks (
        id TEXT PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        asset_or_process TEXT NOT NULL DEFAULT '',
        threat TEXT NOT NULL DEFAULT '',
        vulnerability TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        inherent_likelihood INTEGER NOT NULL CHECK (inherent_likelihood BETWEEN 1 AND 10),
        inherent_impact INTEGER NOT NULL CHECK (inherent_impact BETWEEN 1 AND 10),
        inherent_score INTEGER GENERATED ALWAYS AS (inherent_likelihood * inherent_impact) VIRTUAL,
        treatment TEXT NOT NULL CHECK (treatment IN ('mitigate', 'accept', 'transfer', 'avoid')),
        treatment_plan TEXT NOT NULL DEFAULT '',
        residual_likelihood INTEGER NOT NULL CHECK (residual_likelihood BETWEEN 1 AND 10),
        residual_impact INTEGER NOT NULL CHECK (residual_impact BETWEEN 1 AND 10),
        residual_score INTEGER GENERATED ALWAYS AS (residual_likelihood * residual_impact) VIRTUAL,
        review_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'treating', 'accepted', 'closed')),
        accepted_by TEXT,
        accepted_at TEXT,
        acceptance_note TEXT,
        -- The residual score the acceptance covered: a later rise needs a fresh sign-off.
        accepted_score INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((accepted_by IS NULL) = (accepted_at IS NULL))
      ) STRICT;
      CREATE INDEX risks_review_date ON risks (review_date) WHERE review_date IS NOT NULL;
      CREATE INDEX risks_status ON risks (status);

      -- The controls that treat a risk (feeds the Statement of Applicability's "treating risks").
      CREATE TABLE risk_controls (
        risk_id TEXT NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
        framework TEXT NOT NULL CHECK (framework IN ('iso27001', 'soc2')),
        control_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (risk_id, framework, control_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX risk_controls_control ON risk_controls (framework, control_id);

      CREATE TABLE isms_scope (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        statement TEXT NOT NULL DEFAULT '',
        boundaries TEXT NOT NULL DEFAULT '',
        exclusions TEXT NOT NULL DEFAULT '',
        interested_parties TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE isms_objectives (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        measure TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('planned', 'on_track', 'at_risk', 'achieved', 'missed')),
        progress_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX isms_objectives_due ON isms_objectives (due_date) WHERE due_date IS NOT NULL;

      CREATE TABLE internal_audits (
        id TEXT PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        scope TEXT NOT NULL DEFAULT '',
        auditor TEXT NOT NULL DEFAULT '',
        planned_date TEXT NOT NULL,
        performed_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed', 'cancelled')),
        conclusion TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX internal_audits_planned ON internal_audits (planned_date);

      CREATE TABLE audit_findings (
        id TEXT PRIMARY KEY,
        audit_id TEXT NOT NULL REFERENCES internal_audits (id) ON DELETE RESTRICT,
        ref TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL CHECK (type IN ('major_nonconformity', 'minor_nonconformity', 'observation', 'opportunity')),
        reference TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_findings_audit ON audit_findings (audit_id);

      CREATE TABLE corrective_actions (
        id TEXT PRIMARY KEY,
        finding_id TEXT NOT NULL REFERENCES audit_findings (id) ON DELETE RESTRICT,
        description TEXT NOT NULL,
        root_cause TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'verified')),
        verified_by TEXT NOT NULL DEFAULT '',
        verification_note TEXT NOT NULL DEFAULT '',
        verified_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (status <> 'verified' OR (verified_by <> '' AND verified_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX corrective_actions_finding ON corrective_actions (finding_id);
      CREATE INDEX corrective_actions_due ON corrective_actions (due_date) WHERE due_date IS NOT NULL;

      CREATE TABLE management_reviews (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        attendees TEXT NOT NULL DEFAULT '',
        inputs TEXT NOT NULL DEFAULT '',
        decisions TEXT NOT NULL DEFAULT '',
        actions TEXT NOT NULL DEFAULT '',
        next_review_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX management_reviews_date ON management_reviews (date);
    `);
    db.prepare('INSERT INTO risk_scales (id, likelihood, impact, appetite, updated_at) VALUES (1, ?, ?, ?, NULL)').run(
      JSON.stringify(DEFAULT_RISK_SCALES.likelihood),
      JSON.stringify(DEFAULT_RISK_SCALES.impact),
      DEFAULT_RISK_SCALES.appetite,
    );
  },
};
