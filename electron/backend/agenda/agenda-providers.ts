// Everything with a due date comes from providers, one per kind of item. Each area writes its
// provider next to its queries and adds it to AGENDA_PROVIDERS below, one line each, so the list of
// what feeds the agenda is explicit and in one place.
import type { AgendaItem } from '../../../shared/contract';
import type { LocalizedText } from '../../../shared/frameworks';
import { evidenceExpiryAgenda } from '../evidence/evidence-expiry-agenda';
import { controlReviewAgenda } from '../frameworks/control-review-agenda';
import { assessmentReviewAgenda } from '../assessments/assessment-agenda';
import { inventoryFindingsAgenda, inventoryReviewAgenda, vendorCertificationAgenda } from '../inventory/inventory-agenda';
import { correctiveActionAgenda, internalAuditAgenda, managementReviewAgenda, objectiveAgenda } from '../isms/isms-agenda';
import { policyReviewAgenda } from '../policies/policy-agenda';
import { riskReviewAgenda } from '../risks/risk-agenda';
import { requestConfirmationAgenda, requestDeadlineAgenda, requestRedactionAgenda } from '../requests/request-agenda';
import { incidentActionAgenda, incidentNotificationAgenda } from '../incidents/incident-agenda';
import { trainingDueSoonAgenda, trainingOverdueAgenda } from '../training/training-agenda';
import { drillActionAgenda, runbookDrillAgenda } from '../runbooks/runbook-agenda';
import { backupChecksAgenda, backupFollowUpAgenda, restoreTestDueAgenda } from '../backups/backups-agenda';
import type { Db } from '../workspace/sqlcipher';

/** What a provider supplies; the agenda adds `overdue` and `daysLeft` from its own clock. */
export type AgendaEntry = Pick<AgendaItem, 'id' | 'kind' | 'title' | 'due' | 'link'>;

export interface AgendaProvider {
  /** Also the UI's translation key: `agenda.kind.<kind>`. Ids must be stable (they become .ics UIDs). */
  kind: string;
  /** The kind's name where the backend writes it itself (the .ics); else ICS_KIND_TITLES in agenda-ics.ts. */
  title?: LocalizedText;
  /**
   * Every item of this kind with its due date, overdue ones included; `today` is YYYY-MM-DD. Full
   * AgendaItems may be returned: `overdue` and `daysLeft` are recomputed from the agenda's clock.
   */
  items(db: Db, today: string): AgendaEntry[];
}

export const AGENDA_PROVIDERS: readonly AgendaProvider[] = [
  controlReviewAgenda,
  evidenceExpiryAgenda,
  riskReviewAgenda,
  correctiveActionAgenda,
  objectiveAgenda,
  internalAuditAgenda,
  managementReviewAgenda,
  inventoryReviewAgenda,
  vendorCertificationAgenda,
  assessmentReviewAgenda,
  inventoryFindingsAgenda,
  requestDeadlineAgenda,
  requestConfirmationAgenda,
  requestRedactionAgenda,
  incidentNotificationAgenda,
  incidentActionAgenda,
  policyReviewAgenda,
  trainingOverdueAgenda,
  trainingDueSoonAgenda,
  runbookDrillAgenda,
  drillActionAgenda,
  backupFollowUpAgenda,
  restoreTestDueAgenda,
  backupChecksAgenda,
];
