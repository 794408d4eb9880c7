// How a record linked as evidence is named on screen ("RISK-007 Laptop theft", "Internal audit
// 2025-Q1" …). Each module that links its records adds one line: its record type and a function
// that reads the label, returning null when the record does not exist. A record type without a
// resolver cannot be linked by hand.
import { assessmentLabel } from '../assessments/assessment-labels';
import { actionLabel, auditLabel, objectiveLabel, reviewLabel } from '../isms/isms-labels';
import { activityLabel, systemLabel, transferLabel, vendorLabel } from '../inventory/inventory-labels';
import { policyVersionLabel } from '../policies/policy-labels';
import { riskLabel } from '../risks/risk-labels';
import { complaintLabel, requestLabel } from '../requests/request-labels';
import { incidentLabel, incidentReviewLabel } from '../incidents/incident-labels';
import { completionLabel } from '../training/training-completions';
import { drillLabel, runbookVersionLabel } from '../runbooks/runbook-labels';
import { backupJobLabel } from '../backups/backup-jobs';
import { restoreTestLabel } from '../backups/restore-tests';
import type { Db } from '../workspace/sqlcipher';

export type RecordLabelResolver = (db: Db, recordId: string) => string | null;

export const RECORD_LABEL_RESOLVERS: Readonly<Record<string, RecordLabelResolver>> = {
  risk: riskLabel,
  internal_audit: auditLabel,
  corrective_action: actionLabel,
  management_review: reviewLabel,
  isms_objective: objectiveLabel,
  processing_activity: activityLabel,
  system: systemLabel,
  vendor: vendorLabel,
  transfer: transferLabel,
  assessment: assessmentLabel,
  policy_version: policyVersionLabel,
  data_subject_request: requestLabel,
  privacy_complaint: complaintLabel,
  incident: incidentLabel,
  incident_review: incidentReviewLabel,
  training_completion: completionLabel,
  runbook_version: runbookVersionLabel,
  runbook_drill: drillLabel,
  backup_job: backupJobLabel,
  restore_test: restoreTestLabel,
};

export function hasRecordLabelResolver(recordType: string): boolean {
  return Object.prototype.hasOwnProperty.call(RECORD_LABEL_RESOLVERS, recordType);
}

/** The record's label; null when the record is gone or its type has no resolver. */
export function resolveRecordLabel(db: Db, recordType: string, recordId: string): string | null {
  return hasRecordLabelResolver(recordType) ? RECORD_LABEL_RESOLVERS[recordType]!(db, recordId) : null;
}
