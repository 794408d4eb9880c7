// The internal audit programme (ISO 27001 9.2) and the findings each audit raises. An audit is
// referenced IA-<year of its planned date>-<nn>, a finding F-<nnn> across all audits; both references
// stay with the record for good.
import { randomUUID } from 'node:crypto';
import { AppError, type Finding, type FindingInput, type InputIssue, type InternalAudit, type InternalAuditInput } from '../../../shared/contract';
import { linkRecordByDefault, unlinkRecord } from '../evidence/default-links';
import { indexRecord, removeRecord } from '../search/search-index';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { formatRef, nextSequence } from './record-sequences';

export const AUDIT_RECORD = 'internal_audit';
export const FINDING_RECORD = 'audit_finding';

type IssuePath = InputIssue['path'];

interface AuditRow {
  id: string;
  ref: string;
  title: string;
  scope: string;
  auditor: string;
  planned_date: string;
  performed_date: string | null;
  status: InternalAudit['status'];
  conclusion: string;
  created_at: string;
  updated_at: string;
}

interface FindingRow {
  id: string;
  audit_id: string;
  ref: string;
  type: Finding['type'];
  reference: string;
  description: string;
  owner: string;
  status: Finding['status'];
  created_at: string;
  updated_at: string;
}

const AUDIT_COLUMNS = 'id, ref, title, scope, auditor, planned_date, performed_date, status, conclusion, created_at, updated_at';
const FINDING_COLUMNS = 'id, audit_id, ref, type, reference, description, owner, status, created_at, updated_at';

function toAudit(row: AuditRow): InternalAudit {
  return {
    id: row.id,
    ref: row.ref,
    title: row.title,
    scope: row.scope,
    auditor: row.auditor,
    plannedDate: row.planned_date,
    performedDate: row.performed_date,
    status: row.status,
    conclusion: row.conclusion,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toFinding(row: FindingRow): Finding {
  return {
    id: row.id,
    auditId: row.audit_id,
    ref: row.ref,
    type: row.type,
    reference: row.reference,
    description: row.description,
    owner: row.owner,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// ---------------------------------------------------------------------------------------------
// Audits

export function getAudit(db: Db, id: string): InternalAudit | null {
  const row = db.prepare<[string], AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM internal_audits WHERE id = ?`).get(id);
  return row ? toAudit(row) : null;
}

export function mustGetAudit(db: Db, id: string): InternalAudit {
  const audit = getAudit(db, id);
  if (!audit) throw new AppError('NOT_FOUND', 'no such internal audit', { entity: AUDIT_RECORD, id });
  return audit;
}

/** The programme in date order, each audit with its number of findings and of open ones. */
export function listAudits(db: Db): (InternalAudit & { findings: number; openFindings: number })[] {
  return db
    .prepare<[], AuditRow & { findings: number; open_findings: number }>(
      `SELECT ${AUDIT_COLUMNS.split(', ')
        .map((c) => `a.${c}`)
        .join(', ')},
         (SELECT count(*) FROM audit_findings f WHERE f.audit_id = a.id) AS findings,
         (SELECT count(*) FROM audit_findings f WHERE f.audit_id = a.id AND f.status = 'open') AS open_findings
       FROM internal_audits a ORDER BY a.planned_date, length(a.ref), a.ref`,
    )
    .all()
    .map((row) => ({ ...toAudit(row), findings: row.findings, openFindings: row.open_findings }));
}

function auditIssues(input: InternalAuditInput, prefix: IssuePath): InputIssue[] {
  // A completed audit without the date it was performed cannot serve as the 9.2 record.
  if (input.status === 'completed' && input.performedDate === null) {
    return [{ path: [...prefix, 'performedDate'], code: 'required', message: 'a completed audit needs the date it was performed' }];
  }
  return [];
}

function saveAudit(db: Db, id: string, ref: string, input: InternalAuditInput, createdAt: string, updatedAt: string): void {
  db.prepare(
    `INSERT INTO internal_audits (id, ref, title, scope, auditor, planned_date, performed_date, status, conclusion, created_at, updated_at)
     VALUES (@id, @ref, @title, @scope, @auditor, @plannedDate, @performedDate, @status, @conclusion, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, scope = excluded.scope, auditor = excluded.auditor,
       planned_date = excluded.planned_date, performed_date = excluded.performed_date, status = excluded.status,
       conclusion = excluded.conclusion, updated_at = excluded.updated_at`,
  ).run({ id, ref, ...input, createdAt, updatedAt });
}

/**
 * Indexes an audit as one search document with its findings and their corrective actions: those are
 * only ever shown on their audit's screen, so a hit on a finding's words opens the audit.
 */
export function reindexAudit(db: Db, auditId: string): void {
  const audit = getAudit(db, auditId);
  if (!audit) return;
  const findings = db
    .prepare<[string], { id: string; ref: string; reference: string; description: string; owner: string }>(
      'SELECT id, ref, reference, description, owner FROM audit_findings WHERE audit_id = ? ORDER BY length(ref), ref',
    )
    .all(auditId);
  const actions = db.prepare<[string], { text: string }>(
    `SELECT description || char(10) || root_cause || char(10) || owner || char(10) || verified_by || char(10) || verification_note AS text
     FROM corrective_actions WHERE finding_id = ? ORDER BY created_at, rowid`,
  );
  const body = [
    audit.scope,
    audit.auditor,
    audit.conclusion,
    ...findings.flatMap((finding) => [`${finding.ref} ${finding.reference} ${finding.description} ${finding.owner}`, ...actions.all(finding.id).map((a) => a.text)]),
  ];
  indexRecord(db, { entityType: AUDIT_RECORD, entityId: audit.id, title: `${audit.ref} ${audit.title}`, body: body.map((text) => text.trim()).filter(Boolean).join('\n') });
}

function afterAuditWrite(tx: ChangeTx, audit: InternalAudit): void {
  reindexAudit(tx.db, audit.id);
  // Only an audit that took place is evidence of the audit programme; a planned or cancelled one is not.
  if (audit.status === 'completed' && audit.performedDate !== null) linkRecordByDefault(tx, AUDIT_RECORD, audit.id, audit.performedDate);
  else unlinkRecord(tx, AUDIT_RECORD, audit.id);
}

export function createAudit(tx: ChangeTx, input: InternalAuditInput, prefix: IssuePath = []): InternalAudit {
  const issues = auditIssues(input, prefix);
  if (issues.length > 0) throw new AppError('INVALID_INPUT', 'the audit is not consistent', { issues });
  const year = input.plannedDate.slice(0, 4);
  const id = randomUUID();
  const ref = formatRef(`IA-${year}-`, nextSequence(tx.db, `internal_audit:${year}`), 2);
  saveAudit(tx.db, id, ref, input, tx.at, tx.at);
  const audit = mustGetAudit(tx.db, id);
  tx.audit(AUDIT_RECORD, id, null, audit);
  afterAuditWrite(tx, audit);
  return audit;
}

/** The reference keeps the year it was given even if the planned date moves to another year. */
export function updateAudit(tx: ChangeTx, id: string, input: InternalAuditInput, prefix: IssuePath = ['audit']): InternalAudit {
  const before = mustGetAudit(tx.db, id);
  const issues = auditIssues(input, prefix);
  if (issues.length > 0) throw new AppError('INVALID_INPUT', 'the audit is not consistent', { issues });
  saveAudit(tx.db, id, before.ref, input, before.createdAt, tx.at);
  const audit = mustGetAudit(tx.db, id);
  tx.audit(AUDIT_RECORD, id, before, audit);
  afterAuditWrite(tx, audit);
  return audit;
}

/** Refused while the audit has findings: they are the audit's record and go first, one by one. */
export function deleteAudit(tx: ChangeTx, id: string): void {
  const before = mustGetAudit(tx.db, id);
  const findings = tx.db.prepare<[string], string>('SELECT ref FROM audit_findings WHERE audit_id = ? ORDER BY length(ref), ref').pluck().all(id);
  if (findings.length > 0) throw new AppError('CONFLICT', `audit ${before.ref} has ${findings.length} finding(s)`, { entity: AUDIT_RECORD, id, ref: before.ref, findings });
  tx.db.prepare('DELETE FROM internal_audits WHERE id = ?').run(id);
  tx.audit(AUDIT_RECORD, id, before, null);
  removeRecord(tx.db, AUDIT_RECORD, id);
  unlinkRecord(tx, AUDIT_RECORD, id);
}

// ---------------------------------------------------------------------------------------------
// Findings

export function getFinding(db: Db, id: string): Finding | null {
  const row = db.prepare<[string], FindingRow>(`SELECT ${FINDING_COLUMNS} FROM audit_findings WHERE id = ?`).get(id);
  return row ? toFinding(row) : null;
}

export function mustGetFinding(db: Db, id: string): Finding {
  const finding = getFinding(db, id);
  if (!finding) throw new AppError('NOT_FOUND', 'no such finding', { entity: FINDING_RECORD, id });
  return finding;
}

export function listFindings(db: Db, auditId: string): Finding[] {
  return db.prepare<[string], FindingRow>(`SELECT ${FINDING_COLUMNS} FROM audit_findings WHERE audit_id = ? ORDER BY length(ref), ref`).all(auditId).map(toFinding);
}

function findingIssues(db: Db, findingId: string, input: FindingInput, prefix: IssuePath): InputIssue[] {
  if (input.status !== 'closed') return [];
  // ISO 27001 10.2: a nonconformity is closed once its actions are taken, not while they are pending.
  const pending = db.prepare<[string], number>(`SELECT count(*) FROM corrective_actions WHERE finding_id = ? AND status IN ('open', 'in_progress')`).pluck().get(findingId) ?? 0;
  if (pending === 0) return [];
  return [{ path: [...prefix, 'status'], code: 'actions_open', message: `${pending} corrective action(s) are still open` }];
}

function saveFinding(db: Db, id: string, ref: string, input: FindingInput, createdAt: string, updatedAt: string): void {
  db.prepare(
    `INSERT INTO audit_findings (id, audit_id, ref, type, reference, description, owner, status, created_at, updated_at)
     VALUES (@id, @auditId, @ref, @type, @reference, @description, @owner, @status, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET audit_id = excluded.audit_id, type = excluded.type, reference = excluded.reference,
       description = excluded.description, owner = excluded.owner, status = excluded.status, updated_at = excluded.updated_at`,
  ).run({ id, ref, ...input, createdAt, updatedAt });
}

export function createFinding(tx: ChangeTx, input: FindingInput): Finding {
  mustGetAudit(tx.db, input.auditId);
  const id = randomUUID();
  const ref = formatRef('F-', nextSequence(tx.db, 'audit_finding'));
  // A new finding has no corrective actions yet, so it may be recorded already closed (e.g. an observation).
  saveFinding(tx.db, id, ref, input, tx.at, tx.at);
  const finding = mustGetFinding(tx.db, id);
  tx.audit(FINDING_RECORD, id, null, finding);
  reindexAudit(tx.db, finding.auditId);
  return finding;
}

export function updateFinding(tx: ChangeTx, id: string, input: FindingInput, prefix: IssuePath = ['finding']): Finding {
  const before = mustGetFinding(tx.db, id);
  if (input.auditId !== before.auditId) mustGetAudit(tx.db, input.auditId);
  const issues = findingIssues(tx.db, id, input, prefix);
  if (issues.length > 0) throw new AppError('INVALID_INPUT', 'the finding is not consistent', { issues });
  saveFinding(tx.db, id, before.ref, input, before.createdAt, tx.at);
  const finding = mustGetFinding(tx.db, id);
  tx.audit(FINDING_RECORD, id, before, finding);
  reindexAudit(tx.db, finding.auditId);
  if (before.auditId !== finding.auditId) reindexAudit(tx.db, before.auditId);
  return finding;
}

/** Refused while the finding has corrective actions: deleting it would orphan the 10.2 record. */
export function deleteFinding(tx: ChangeTx, id: string): void {
  const before = mustGetFinding(tx.db, id);
  const actions = tx.db.prepare<[string], number>('SELECT count(*) FROM corrective_actions WHERE finding_id = ?').pluck().get(id) ?? 0;
  if (actions > 0) throw new AppError('CONFLICT', `finding ${before.ref} has ${actions} corrective action(s)`, { entity: FINDING_RECORD, id, ref: before.ref, actions });
  tx.db.prepare('DELETE FROM audit_findings WHERE id = ?').run(id);
  tx.audit(FINDING_RECORD, id, before, null);
  reindexAudit(tx.db, before.auditId);
}
