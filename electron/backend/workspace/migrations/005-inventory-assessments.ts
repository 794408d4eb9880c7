// Impact assessments (DPIA, PIPIA) of processing activities, and the workspace's inventory rules
// (EEA and adequacy lists, the large-volume threshold, retention maxima). The default lists are
// written out here, as they stood when this migration shipped; later changes are the user's, through
// inventory.rules.update.
import type { Migration } from './registry';

const EEA = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO'];
const ADEQUATE = ['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY', 'US'];

export const inventoryAssessments: Migration = {
  version: 5,
  name: 'inventory-assessments',
  up(db) {
    db.exec(`
      -- One row: the rules the inventory findings apply.
      CREATE TABLE inventory_rules (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        eea_countries TEXT NOT NULL CHECK (json_valid(eea_countries) AND json_type(eea_countries) = 'array'),
        adequate_countries TEXT NOT NULL CHECK (json_valid(adequate_countries) AND json_type(adequate_countries) = 'array'),
        large_volume_threshold INTEGER NOT NULL CHECK (large_volume_threshold >= 1),
        max_retention_months INTEGER CHECK (max_retention_months IS NULL OR max_retention_months >= 1),
        updated_at TEXT
      ) STRICT;

      -- The longest retention an activity using the category may have; goes with the category.
      CREATE TABLE inventory_category_retention (
        category_id TEXT PRIMARY KEY REFERENCES inventory_data_categories(id) ON DELETE CASCADE,
        max_months INTEGER NOT NULL CHECK (max_months >= 0),
        position INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- Every revision of an assessment is a row; revisions share the reference (DPIA-001).
      CREATE TABLE inventory_assessments (
        id TEXT PRIMARY KEY,
        ref TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('dpia', 'pipia')),
        activity_id TEXT NOT NULL REFERENCES inventory_activities(id) ON DELETE RESTRICT,
        name TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        previous_id TEXT REFERENCES inventory_assessments(id) ON DELETE SET NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'signed_off')),
        answers TEXT NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'object'),
        likelihood INTEGER CHECK (likelihood IS NULL OR likelihood BETWEEN 1 AND 4),
        severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 1 AND 4),
        assessor TEXT NOT NULL DEFAULT '',
        review_date TEXT,
        signed_off_by TEXT,
        signed_off_at TEXT,
        sign_off_note TEXT NOT NULL DEFAULT '',
        retain_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (ref, revision),
        CHECK ((status = 'signed_off') = (signed_off_at IS NOT NULL AND signed_off_by IS NOT NULL)),
        CHECK (kind <> 'pipia' OR status <> 'signed_off' OR retain_until IS NOT NULL)
      ) STRICT;
      CREATE INDEX inventory_assessments_activity ON inventory_assessments (activity_id);
      CREATE INDEX inventory_assessments_previous ON inventory_assessments (previous_id) WHERE previous_id IS NOT NULL;

      -- A signed-off assessment is a record: its content never changes (a new revision is made instead).
      CREATE TRIGGER inventory_assessments_signed_off_immutable
      BEFORE UPDATE ON inventory_assessments
      WHEN OLD.status = 'signed_off' AND (
        NEW.answers IS NOT OLD.answers OR NEW.status IS NOT OLD.status OR NEW.likelihood IS NOT OLD.likelihood OR NEW.severity IS NOT OLD.severity
        OR NEW.name IS NOT OLD.name OR NEW.kind IS NOT OLD.kind OR NEW.activity_id IS NOT OLD.activity_id OR NEW.signed_off_at IS NOT OLD.signed_off_at
        OR NEW.signed_off_by IS NOT OLD.signed_off_by OR NEW.retain_until IS NOT OLD.retain_until OR NEW.assessor IS NOT OLD.assessor OR NEW.review_date IS NOT OLD.review_date)
      BEGIN
        SELECT RAISE(ABORT, 'a signed-off assessment cannot be changed');
      END;
    `);
    db.prepare('INSERT INTO inventory_rules (id, eea_countries, adequate_countries, large_volume_threshold, max_retention_months) VALUES (1, ?, ?, 100000, NULL)').run(
      JSON.stringify(EEA),
      JSON.stringify(ADEQUATE),
    );
  },
};
