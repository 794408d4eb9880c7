// Default evidence links: records that are evidence by their nature (a risk assessment, an internal
// audit, a completed training) link themselves to the controls they evidence when they are saved,
// so nobody has to tag them. Modules call linkRecordByDefault / unlinkRecord inside their own change
// transaction; every link created, changed or removed is audited there.
//
// Only controls that the record evidences in its own right are listed. ISO clause-level
// requirements (6.1.2 risk assessment, 9.2 internal audit, 9.3 management review) are not controls
// in the workspace and are left out; the crosswalk then shows SOC 2 evidence on the Annex A
// controls it maps to.
import { AppError } from '../../../shared/contract';
import { findCatalogControl, type ControlKey } from '../frameworks/controls-queries';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { deleteLink, insertLink, linksOfRecord, linkSummary, type LinkRow } from './evidence-queries';

const soc2 = (controlId: string): ControlKey => ({ framework: 'soc2', controlId });
const iso = (controlId: string): ControlKey => ({ framework: 'iso27001', controlId });

export const DEFAULT_EVIDENCE_LINKS: Readonly<Record<string, readonly ControlKey[]>> = {
  // A register entry shows risks identified and analysed (CC3.2) against the entity's objectives
  // (CC3.1), and its reassessment when things change (CC3.4). A.5.7 (threat intelligence) is a
  // different activity and is not implied by a risk entry.
  risk: [soc2('CC3.1'), soc2('CC3.2'), soc2('CC3.4')],
  // An internal audit is an independent review of information security (A.5.35) and a separate
  // evaluation of controls (CC4.1).
  internal_audit: [iso('A.5.35'), soc2('CC4.1')],
  // Corrective actions are how deficiencies are remedied (CC4.2) and how non-compliance found in
  // compliance reviews is acted upon (A.5.36). A.5.27 concerns learning from incidents, not audits.
  corrective_action: [soc2('CC4.2'), iso('A.5.36')],
  // Management review is board-level oversight (CC1.2) and where deficiencies are evaluated and
  // communicated to management (CC4.2). It is not independent of management, so not A.5.35; its
  // ISO home is clause 9.3.
  management_review: [soc2('CC1.2'), soc2('CC4.2')],
  // Objectives specified clearly enough to identify risks against them (CC3.1); ISO 6.2 is a clause.
  isms_objective: [soc2('CC3.1')],
  // Completed awareness training (A.6.3) develops competence (CC1.4) and communicates duties (CC2.2).
  training_completion: [iso('A.6.3'), soc2('CC1.4'), soc2('CC2.2')],
  // An approved policy version: information security policies (A.5.1), documented procedures
  // (A.5.37) and control activities deployed through policies (CC5.3).
  policy_version: [iso('A.5.1'), iso('A.5.37'), soc2('CC5.3')],
  // A processing activity in the record of processing identifies PII processing and its legal
  // requirements (A.5.34), the purposes the data is used for (P4.1) and how long it is kept (P4.2).
  processing_activity: [iso('A.5.34'), soc2('P4.1'), soc2('P4.2')],
  // A system entry is part of the inventory of information and associated assets (A.5.9).
  system: [iso('A.5.9')],
  // A vendor entry with its agreement and certifications: supplier relationships (A.5.19) and
  // security in supplier agreements (A.5.20).
  vendor: [iso('A.5.19'), iso('A.5.20')],
  // A recorded cross-border transfer documents an information transfer and its rules (A.5.14).
  transfer: [iso('A.5.14')],
  // An impact assessment (DPIA, PIPIA) identifies the privacy requirements of a processing and how
  // they are met (A.5.34), and identifies and analyses the risks to individuals (CC3.2).
  assessment: [iso('A.5.34'), soc2('CC3.2')],
  // A handled data-subject request evidences access (P5.1), correction and notification (P5.2), the
  // handling of inquiries and disputes (P8.1), and meeting PII requirements (A.5.34).
  data_subject_request: [soc2('P5.1'), soc2('P5.2'), soc2('P8.1'), iso('A.5.34')],
  // A logged and resolved complaint or inquiry (P8.1; A.5.34 for the privacy requirement it serves).
  privacy_complaint: [soc2('P8.1'), iso('A.5.34')],
  // A handled incident: incident management planning (A.5.24), assessment and decision on events
  // (A.5.25), response (A.5.26), learning (A.5.27), collection of evidence (A.5.28) and event
  // reporting (A.6.8); SOC 2 evaluation of events (CC7.3), response (CC7.4) and recovery (CC7.5).
  // A backup job: information backup (A.8.13), ICT readiness for business continuity (A.5.30) and
  // the backup and recovery infrastructure of SOC 2 A1.2.
  backup_job: [iso('A.8.13'), iso('A.5.30'), soc2('A1.2')],
  // A restore test: backups tested (A.8.13), continuity readiness exercised (A.5.30), recovery plan
  // procedures tested (A1.3) and recovery from incidents practised (CC7.5).
  restore_test: [iso('A.8.13'), iso('A.5.30'), soc2('A1.3'), soc2('CC7.5')],
  incident: [iso('A.5.24'), iso('A.5.25'), iso('A.5.26'), iso('A.5.27'), iso('A.5.28'), iso('A.6.8'), soc2('CC7.3'), soc2('CC7.4'), soc2('CC7.5')],
  // A post-incident review: learning from information security incidents (A.5.27) and the lessons
  // that feed recovery and the response plan (CC7.5).
  incident_review: [iso('A.5.27'), soc2('CC7.5')],
  // An approved incident runbook: incident management planning and preparation (A.5.24) and the
  // documented response (A.5.26); the procedures that evaluate events (CC7.3) and respond (CC7.4).
  runbook_version: [iso('A.5.24'), iso('A.5.26'), soc2('CC7.3'), soc2('CC7.4')],
  // A drill or tabletop exercise tests the plan (A.5.24) and response (A.5.26) and feeds learning
  // (A.5.27); SOC 2 response (CC7.4) and recovery (CC7.5), which call for periodic testing. A
  // runbook's template may add continuity controls (A.5.29, A.5.30 for ransomware).
  runbook_drill: [iso('A.5.24'), iso('A.5.26'), iso('A.5.27'), soc2('CC7.4'), soc2('CC7.5')],
};

// A typo in the table above would silently link nothing; fail at start-up instead.
for (const [recordType, targets] of Object.entries(DEFAULT_EVIDENCE_LINKS)) {
  for (const target of targets) {
    if (!findCatalogControl(target.framework, target.controlId)) throw new Error(`default evidence link of ${recordType}: ${target.framework} ${target.controlId} is not in the catalog`);
  }
}

function targetsOf(recordType: string): readonly ControlKey[] {
  if (!Object.prototype.hasOwnProperty.call(DEFAULT_EVIDENCE_LINKS, recordType)) throw new Error(`no default evidence links are declared for ${recordType}`);
  return DEFAULT_EVIDENCE_LINKS[recordType]!;
}

/**
 * The default links of a record just created by a bulk import, which has none yet: inserted without
 * an audit event each (the import records one event with its counts). Returns how many were created.
 */
export function insertDefaultLinks(db: Db, recordType: string, recordId: string, effectiveDate: string, expiryDate: string | null, at: string): number {
  const targets = targetsOf(recordType);
  for (const target of targets) {
    insertLink(db, { framework: target.framework, controlId: target.controlId, sourceKind: 'record', fileId: null, recordType, recordId, effectiveDate, expiryDate, note: '', origin: 'default', createdAt: at });
  }
  return targets.length;
}

const sameControl = (link: LinkRow, key: ControlKey) => link.framework === key.framework && link.controlId === key.controlId;

/**
 * Creates the record's default links, or moves their dates when the record changed (e.g. an audit
 * performed on another day). Manual links to the same record are left alone. Returns how many links
 * were created, changed or removed.
 */
export function linkRecordByDefault(tx: ChangeTx, recordType: string, recordId: string, effectiveDate: string, expiryDate: string | null = null): number {
  const targets = targetsOf(recordType);
  if (expiryDate !== null && expiryDate < effectiveDate) {
    throw new AppError('INVALID_INPUT', 'evidence cannot expire before it takes effect', {
      issues: [{ path: ['expiryDate'], code: 'expiry_before_effective', message: 'the expiry date is before the effective date' }],
    });
  }
  const existing = linksOfRecord(tx.db, recordType, recordId).filter((link) => link.origin === 'default');
  let changed = 0;
  for (const target of targets) {
    const link = existing.find((candidate) => sameControl(candidate, target));
    if (!link) {
      const created = insertLink(tx.db, {
        framework: target.framework,
        controlId: target.controlId,
        sourceKind: 'record',
        fileId: null,
        recordType,
        recordId,
        effectiveDate,
        expiryDate,
        note: '',
        origin: 'default',
        createdAt: tx.at,
      });
      tx.audit('evidence_link', created.id, null, linkSummary(created));
      changed += 1;
    } else if (link.effectiveDate !== effectiveDate || link.expiryDate !== expiryDate) {
      tx.db.prepare('UPDATE evidence_links SET effective_date = ?, expiry_date = ? WHERE id = ?').run(effectiveDate, expiryDate, link.id);
      tx.audit('evidence_link', link.id, linkSummary(link), linkSummary({ ...link, effectiveDate, expiryDate }));
      changed += 1;
    }
  }
  // Targets dropped from the table in a later version no longer apply to records saved since.
  for (const link of existing) {
    if (targets.some((target) => sameControl(link, target))) continue;
    deleteLink(tx.db, link.id);
    tx.audit('evidence_link', link.id, linkSummary(link), null);
    changed += 1;
  }
  return changed;
}

/** Removes every link to a record (default and manual), e.g. when the record is deleted. Returns the count. */
export function unlinkRecord(tx: ChangeTx, recordType: string, recordId: string): number {
  const links = linksOfRecord(tx.db, recordType, recordId);
  for (const link of links) {
    deleteLink(tx.db, link.id);
    tx.audit('evidence_link', link.id, linkSummary(link), null);
  }
  return links.length;
}
