// The organisation profile's own privacy contact (e-mail, phone), the PIPL personal information
// protection officer (Art 52) and the representative in China (Art 53): notices and letters used to
// fall back on the DPO for all of them and left the representative to be completed by hand.
import type { Migration } from './registry';

export const organisationContacts: Migration = {
  version: 15,
  name: 'organisation-contacts',
  up(db) {
    db.exec(`
      ALTER TABLE organisation_profile ADD COLUMN privacy_email TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisation_profile ADD COLUMN privacy_phone TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisation_profile ADD COLUMN pipl_officer_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisation_profile ADD COLUMN pipl_officer_email TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisation_profile ADD COLUMN china_representative TEXT NOT NULL DEFAULT '';
    `);
  },
};
