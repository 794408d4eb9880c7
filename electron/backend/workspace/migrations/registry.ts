// Numbered schema migrations. Each runs in its own transaction and sets user_version; domain areas
// add their migrations here in order. Never edit a migration that has shipped: add a new one.
import type { Db } from '../sqlcipher';
import { foundation } from './001-foundation';
import { controlsAndEvidence } from './002-controls-evidence';
import { risksAndIsms } from './003-risks-isms';
import { inventory } from './004-inventory';
import { inventoryAssessments } from './005-inventory-assessments';
import { policies } from './006-policies';
import { requestsRegister } from './007-requests';
import { incidentsRegister } from './008-incidents';
import { training } from './009-training';
import { activitySensitivity } from './010-activity-sensitivity';
import { backupsRegister } from './011-backups';
import { runbooks } from './012-runbooks';
import { incidentResponse } from './013-incident-response';
import { auditPacks } from './014-audit-packs';
import { organisationContacts } from './015-organisation-contacts';
import { timeZoneToOrganisation } from './016-organisation-time-zone';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export const MIGRATIONS: readonly Migration[] = [foundation, controlsAndEvidence, risksAndIsms, inventory, inventoryAssessments, policies, requestsRegister, incidentsRegister, training, activitySensitivity, backupsRegister, runbooks, incidentResponse, auditPacks, organisationContacts, timeZoneToOrganisation];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

for (const [index, migration] of MIGRATIONS.entries()) {
  if (migration.version !== index + 1) throw new Error(`migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}`);
}
