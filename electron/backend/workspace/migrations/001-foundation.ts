import { AUDIT_SCHEMA } from '../../audit-log/audit-chain';
import { ORGANISATION_SCHEMA } from '../../organisation/organisation-queries';
import type { Migration } from './registry';

export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE workspace_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      ${AUDIT_SCHEMA}
      ${ORGANISATION_SCHEMA}
    `);
  },
};
