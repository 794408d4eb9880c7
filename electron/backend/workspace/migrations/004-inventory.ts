// The data inventory: systems, data categories, data subject categories, processing activities,
// vendors and cross-border transfers. Many-to-many links are join tables; a link to a record that
// others still use is ON DELETE RESTRICT (the procedures report a CONFLICT naming the users before
// the database would refuse), and a record's own links go with it (ON DELETE CASCADE).
import type { Migration } from './registry';

export const inventory: Migration = {
  version: 4,
  name: 'inventory',
  up(db) {
    db.exec(`
      CREATE TABLE inventory_vendors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        services TEXT NOT NULL DEFAULT '',
        countries TEXT NOT NULL CHECK (json_valid(countries) AND json_type(countries) = 'array'),
        dpa_signed_on TEXT,
        certifications TEXT NOT NULL CHECK (json_valid(certifications) AND json_type(certifications) = 'array'),
        review_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE inventory_systems (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL DEFAULT '',
        hosting TEXT NOT NULL CHECK (hosting IN ('on_premises', 'cloud', 'saas')),
        country TEXT CHECK (country IS NULL OR length(country) = 2),
        vendor_id TEXT REFERENCES inventory_vendors(id) ON DELETE RESTRICT,
        encryption_at_rest INTEGER NOT NULL CHECK (encryption_at_rest IN (0, 1)),
        encryption_in_transit TEXT NOT NULL DEFAULT '',
        mfa_enforced INTEGER NOT NULL CHECK (mfa_enforced IN (0, 1)),
        role_based_access INTEGER NOT NULL CHECK (role_based_access IN (0, 1)),
        logging INTEGER NOT NULL CHECK (logging IN (0, 1)),
        data_residency TEXT CHECK (data_residency IS NULL OR length(data_residency) = 2),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX inventory_systems_vendor ON inventory_systems (vendor_id);

      CREATE TABLE inventory_data_categories (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        examples TEXT NOT NULL DEFAULT '',
        sensitivity TEXT NOT NULL CHECK (json_valid(sensitivity) AND json_type(sensitivity) = 'array'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE inventory_subject_categories (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        includes_minors INTEGER NOT NULL CHECK (includes_minors IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE inventory_activities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        purpose TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('controller', 'processor', 'joint_controller')),
        gdpr_basis TEXT CHECK (gdpr_basis IS NULL OR gdpr_basis IN ('a', 'b', 'c', 'd', 'e', 'f')),
        gdpr_art9_condition TEXT CHECK (gdpr_art9_condition IS NULL OR gdpr_art9_condition IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j')),
        pipl_basis TEXT CHECK (pipl_basis IS NULL OR pipl_basis IN ('1', '2', '3', '4', '5', '6', '7')),
        separate_consent INTEGER NOT NULL CHECK (separate_consent IN (0, 1)),
        ccpa_business_purpose TEXT NOT NULL DEFAULT '',
        sold INTEGER NOT NULL CHECK (sold IN (0, 1)),
        shared INTEGER NOT NULL CHECK (shared IN (0, 1)),
        recipients TEXT NOT NULL DEFAULT '',
        retention_months INTEGER CHECK (retention_months IS NULL OR retention_months >= 0),
        deletion_method TEXT NOT NULL DEFAULT '',
        volume_estimate INTEGER NOT NULL CHECK (volume_estimate >= 0),
        source TEXT NOT NULL CHECK (source IN ('collected_from_subject', 'third_party', 'public')),
        automated_decisions INTEGER NOT NULL CHECK (automated_decisions IN (0, 1)),
        dpia_override INTEGER CHECK (dpia_override IS NULL OR dpia_override IN (0, 1)),
        dpia_completed_on TEXT,
        pipia_override INTEGER CHECK (pipia_override IS NULL OR pipia_override IN (0, 1)),
        pipia_completed_on TEXT,
        owner TEXT NOT NULL DEFAULT '',
        review_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE inventory_transfers (
        id TEXT PRIMARY KEY,
        activity_id TEXT NOT NULL REFERENCES inventory_activities(id) ON DELETE RESTRICT,
        from_country TEXT NOT NULL CHECK (length(from_country) = 2),
        to_country TEXT NOT NULL CHECK (length(to_country) = 2),
        recipient TEXT NOT NULL DEFAULT '',
        gdpr_mechanism TEXT NOT NULL CHECK (gdpr_mechanism IN ('adequacy', 'scc', 'bcr', 'derogation', 'none')),
        pipl_mechanism TEXT NOT NULL CHECK (pipl_mechanism IN ('cac_assessment', 'certification', 'standard_contract', 'exempt', 'none')),
        standard_contract_filed_on TEXT,
        volume INTEGER NOT NULL CHECK (volume >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX inventory_transfers_activity ON inventory_transfers (activity_id);

      CREATE TABLE inventory_category_systems (
        category_id TEXT NOT NULL REFERENCES inventory_data_categories(id) ON DELETE CASCADE,
        system_id TEXT NOT NULL REFERENCES inventory_systems(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        PRIMARY KEY (category_id, system_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX inventory_category_systems_system ON inventory_category_systems (system_id);

      CREATE TABLE inventory_activity_categories (
        activity_id TEXT NOT NULL REFERENCES inventory_activities(id) ON DELETE CASCADE,
        category_id TEXT NOT NULL REFERENCES inventory_data_categories(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, category_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX inventory_activity_categories_category ON inventory_activity_categories (category_id);

      CREATE TABLE inventory_activity_subjects (
        activity_id TEXT NOT NULL REFERENCES inventory_activities(id) ON DELETE CASCADE,
        subject_category_id TEXT NOT NULL REFERENCES inventory_subject_categories(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, subject_category_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX inventory_activity_subjects_subject ON inventory_activity_subjects (subject_category_id);

      CREATE TABLE inventory_activity_systems (
        activity_id TEXT NOT NULL REFERENCES inventory_activities(id) ON DELETE CASCADE,
        system_id TEXT NOT NULL REFERENCES inventory_systems(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, system_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX inventory_activity_systems_system ON inventory_activity_systems (system_id);

      CREATE TABLE inventory_vendor_activities (
        vendor_id TEXT NOT NULL REFERENCES inventory_vendors(id) ON DELETE CASCADE,
        activity_id TEXT NOT NULL REFERENCES inventory_activities(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        PRIMARY KEY (vendor_id, activity_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX inventory_vendor_activities_activity ON inventory_vendor_activities (activity_id);
    `);
  },
};
