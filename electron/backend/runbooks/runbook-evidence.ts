// Runbooks and drills as evidence. An approved runbook version evidences incident management
// planning and response (declared in evidence/default-links.ts) until it is superseded; its links
// then get that day as expiry. A drill evidences the exercise of the response on the day it was
// held, plus the controls its runbook's template adds (business continuity for ransomware …).
import { runbookTemplate } from '../../../shared/runbooks/template-catalog';
import { linkRecordByDefault, unlinkRecord } from '../evidence/default-links';
import { insertLink, linksOfRecord, linkSummary } from '../evidence/evidence-queries';
import { findCatalogControl } from '../frameworks/controls-queries';
import { calendarDateOf } from '../isms/record-dates';
import type { ChangeTx } from '../workspace/workspace-db';
import { DRILL_RECORD, RUNBOOK_VERSION_RECORD } from './runbooks-queries';

export function linkApprovedVersion(tx: ChangeTx, versionId: string, approvedAt: string): void {
  linkRecordByDefault(tx, RUNBOOK_VERSION_RECORD, versionId, calendarDateOf(approvedAt));
}

/** Ends a superseded version's evidence on the day it was superseded. */
export function endVersionEvidence(tx: ChangeTx, versionId: string, endedAt: string): void {
  const day = calendarDateOf(endedAt);
  for (const link of linksOfRecord(tx.db, RUNBOOK_VERSION_RECORD, versionId)) {
    if (link.expiryDate !== null && link.expiryDate <= day) continue;
    const expiryDate = day < link.effectiveDate ? link.effectiveDate : day;
    tx.db.prepare('UPDATE evidence_links SET expiry_date = ? WHERE id = ?').run(expiryDate, link.id);
    tx.audit('evidence_link', link.id, linkSummary(link), linkSummary({ ...link, expiryDate }));
  }
}

/** Links a drill to its default controls and its template's, effective on the day it was held. */
export function linkDrill(tx: ChangeTx, drillId: string, heldOn: string, templateId: string | null): void {
  linkRecordByDefault(tx, DRILL_RECORD, drillId, heldOn);
  const extra = (runbookTemplate(templateId)?.drillControls ?? []).filter((control) => findCatalogControl(control.framework, control.controlId));
  const existing = linksOfRecord(tx.db, DRILL_RECORD, drillId).filter((link) => link.origin === 'default');
  for (const control of extra) {
    const link = existing.find((candidate) => candidate.framework === control.framework && candidate.controlId === control.controlId);
    if (link) {
      if (link.effectiveDate === heldOn) continue;
      tx.db.prepare('UPDATE evidence_links SET effective_date = ? WHERE id = ?').run(heldOn, link.id);
      tx.audit('evidence_link', link.id, linkSummary(link), linkSummary({ ...link, effectiveDate: heldOn }));
      continue;
    }
    const created = insertLink(tx.db, {
      framework: control.framework,
      controlId: control.controlId,
      sourceKind: 'record',
      fileId: null,
      recordType: DRILL_RECORD,
      recordId: drillId,
      effectiveDate: heldOn,
      expiryDate: null,
      note: '',
      origin: 'default',
      createdAt: tx.at,
    });
    tx.audit('evidence_link', created.id, null, linkSummary(created));
  }
}

/** Removes every link to a drill (when it is deleted). */
export function unlinkDrill(tx: ChangeTx, drillId: string): void {
  unlinkRecord(tx, DRILL_RECORD, drillId);
}
