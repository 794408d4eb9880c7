// An approved policy version is evidence: of the policy controls every approved policy evidences
// (ISO A.5.1, A.5.37, SOC 2 CC5.3, declared in evidence/default-links.ts) and of the controls its
// template covers (the template catalog). A version stops being evidence from the day it is
// superseded or retired: its links get that day as expiry, so period coverage stays truthful.
import { findCatalogControl, type ControlKey } from '../frameworks/controls-queries';
import { linkRecordByDefault } from '../evidence/default-links';
import { insertLink, linksOfRecord, linkSummary } from '../evidence/evidence-queries';
import { calendarDateOf } from '../isms/record-dates';
import type { ChangeTx } from '../workspace/workspace-db';
import { POLICY_VERSION_RECORD } from './policies-queries';
import { templateOf } from './policy-generation';

/** The controls a version of a policy made from `templateId` evidences beyond the policy defaults. */
export function templateControls(templateId: string | null): ControlKey[] {
  const template = templateOf(templateId);
  if (!template) return [];
  return template.controls.filter((control) => findCatalogControl(control.framework, control.controlId)).map((control) => ({ framework: control.framework, controlId: control.controlId }));
}

export function linkApprovedVersion(tx: ChangeTx, versionId: string, templateId: string | null, approvedAt: string): void {
  const effectiveDate = calendarDateOf(approvedAt);
  linkRecordByDefault(tx, POLICY_VERSION_RECORD, versionId, effectiveDate);
  const existing = linksOfRecord(tx.db, POLICY_VERSION_RECORD, versionId);
  for (const control of templateControls(templateId)) {
    if (existing.some((link) => link.framework === control.framework && link.controlId === control.controlId)) continue;
    const created = insertLink(tx.db, {
      framework: control.framework,
      controlId: control.controlId,
      sourceKind: 'record',
      fileId: null,
      recordType: POLICY_VERSION_RECORD,
      recordId: versionId,
      effectiveDate,
      expiryDate: null,
      note: '',
      origin: 'default',
      createdAt: tx.at,
    });
    tx.audit('evidence_link', created.id, null, linkSummary(created));
    existing.push(created);
  }
}

/** Ends a version's evidence on the day it was superseded or retired. */
export function endVersionEvidence(tx: ChangeTx, versionId: string, endedAt: string): void {
  const day = calendarDateOf(endedAt);
  for (const link of linksOfRecord(tx.db, POLICY_VERSION_RECORD, versionId)) {
    if (link.expiryDate !== null && link.expiryDate <= day) continue;
    const expiryDate = day < link.effectiveDate ? link.effectiveDate : day;
    tx.db.prepare('UPDATE evidence_links SET expiry_date = ? WHERE id = ?').run(expiryDate, link.id);
    tx.audit('evidence_link', link.id, linkSummary(link), linkSummary({ ...link, expiryDate }));
  }
}
