// The time zone the legal clocks count in belongs to the organisation: it moves from the request
// settings (where breach clocks read it too) to the organisation profile, keeping its value.
import type { Migration } from './registry';

export const timeZoneToOrganisation: Migration = {
  version: 16,
  name: 'organisation-time-zone',
  up(db) {
    db.exec(`
      ALTER TABLE organisation_profile ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
      UPDATE organisation_profile SET time_zone = coalesce((SELECT time_zone FROM request_settings WHERE id = 1), 'UTC');
      ALTER TABLE request_settings DROP COLUMN time_zone;
    `);
  },
};
