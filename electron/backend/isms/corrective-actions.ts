// Corrective actions (ISO 27001 10.2) raised on audit findings. `verified` means someone checked the
// action worked: it needs the verifier's name, and the time of verification is recorded by the
// backend rather than typed.
import { randomUUID } from 'node:crypto';
import { AppError, type CorrectiveAction, type CorrectiveActionInput, type InputIssue } from '../../../shared/contract';
import { linkRecordByDefault, unlinkRecord } from '../evidence/default-links';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { mustGetFinding, reindexAudit } from './internal-audits';
import { calendarDateOf } from './record-dates';

export const ACTION_RECORD = 'corrective_action';

type IssuePath = InputIssue['path'];

/** Statuses in which the action is still to be done (what the agenda and `openOnly` show). */
export const OPEN_ACTION_STATUSES = ['open', 'in_progress'] as const;

interface ActionRow {
  id: string;
  finding_id: string;
  description: string;
  root_cause: string;
  owner: string;
  due_date: string | null;
  status: CorrectiveAction['status'];
  verified_by: string;
  verification_note: string;
  verified_at: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, finding_id, description, root_cause, owner, due_date, status, verified_by, verification_note, verified_at, created_at, updated_at';

function toAction(row: ActionRow): CorrectiveAction {
  return {
    id: row.id,
    findingId: row.finding_id,
    description: row.description,
    rootCause: row.root_cause,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status,
    verifiedBy: row.verified_by,
    verificationNote: row.verification_note,
    verifiedAt: row.verified_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getAction(db: Db, id: string): CorrectiveAction | null {
  const row = db.prepare<[string], ActionRow>(`SELECT ${COLUMNS} FROM corrective_actions WHERE id = ?`).get(id);
  return row ? toAction(row) : null;
}

function mustGet(db: Db, id: string): CorrectiveAction {
  const action = getAction(db, id);
  if (!action) throw new AppError('NOT_FOUND', 'no such corrective action', { entity: ACTION_RECORD, id });
  return action;
}

export function actionsOfFinding(db: Db, findingId: string): CorrectiveAction[] {
  return db.prepare<[string], ActionRow>(`SELECT ${COLUMNS} FROM corrective_actions WHERE finding_id = ? ORDER BY created_at, rowid`).all(findingId).map(toAction);
}

/** Every action with its finding's reference and audit, soonest due first (undated last). */
export function listActions(db: Db, openOnly: boolean): (CorrectiveAction & { findingRef: string; auditId: string })[] {
  return db
    .prepare<[number], ActionRow & { finding_ref: string; audit_id: string }>(
      `SELECT ${COLUMNS.split(', ')
        .map((c) => `c.${c}`)
        .join(', ')}, f.ref AS finding_ref, f.audit_id AS audit_id
       FROM corrective_actions c JOIN audit_findings f ON f.id = c.finding_id
       WHERE ? = 0 OR c.status IN ('open', 'in_progress')
       ORDER BY c.due_date IS NULL, c.due_date, c.created_at, c.rowid`,
    )
    .all(openOnly ? 1 : 0)
    .map((row) => ({ ...toAction(row), findingRef: row.finding_ref, auditId: row.audit_id }));
}

function isOpen(status: CorrectiveAction['status']): boolean {
  return (OPEN_ACTION_STATUSES as readonly string[]).includes(status);
}

function validate(db: Db, input: CorrectiveActionInput, prefix: IssuePath): void {
  const finding = mustGetFinding(db, input.findingId);
  const issues: InputIssue[] = [];
  if (input.status === 'verified' && input.verifiedBy === '') {
    issues.push({ path: [...prefix, 'verifiedBy'], code: 'required', message: 'a verified action needs the name of who verified it' });
  }
  // Mirrors the rule that a finding closes only once its actions are done (internal-audits.ts).
  if (finding.status === 'closed' && isOpen(input.status)) {
    issues.push({ path: [...prefix, 'findingId'], code: 'finding_closed', message: `finding ${finding.ref} is closed: reopen it before adding open actions` });
  }
  if (issues.length > 0) throw new AppError('INVALID_INPUT', 'the corrective action is not consistent', { issues });
}

function save(db: Db, id: string, input: CorrectiveActionInput, verifiedAt: string | null, createdAt: string, updatedAt: string): void {
  db.prepare(
    `INSERT INTO corrective_actions (id, finding_id, description, root_cause, owner, due_date, status, verified_by, verification_note, verified_at, created_at, updated_at)
     VALUES (@id, @findingId, @description, @rootCause, @owner, @dueDate, @status, @verifiedBy, @verificationNote, @verifiedAt, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET finding_id = excluded.finding_id, description = excluded.description, root_cause = excluded.root_cause,
       owner = excluded.owner, due_date = excluded.due_date, status = excluded.status, verified_by = excluded.verified_by,
       verification_note = excluded.verification_note, verified_at = excluded.verified_at, updated_at = excluded.updated_at`,
  ).run({ id, ...input, verifiedAt, createdAt, updatedAt });
}

function afterWrite(tx: ChangeTx, action: CorrectiveAction): void {
  // Actions are found through their audit's search document (see reindexAudit).
  reindexAudit(tx.db, mustGetFinding(tx.db, action.findingId).auditId);
  // The result of a corrective action (10.2) is evidence once the action is done; until then it is a plan.
  if (isOpen(action.status)) unlinkRecord(tx, ACTION_RECORD, action.id);
  else linkRecordByDefault(tx, ACTION_RECORD, action.id, calendarDateOf(action.verifiedAt ?? action.updatedAt));
}

export function createAction(tx: ChangeTx, input: CorrectiveActionInput, prefix: IssuePath = []): CorrectiveAction {
  validate(tx.db, input, prefix);
  const id = randomUUID();
  save(tx.db, id, input, input.status === 'verified' ? tx.at : null, tx.at, tx.at);
  const action = mustGet(tx.db, id);
  tx.audit(ACTION_RECORD, id, null, action);
  afterWrite(tx, action);
  return action;
}

export function updateAction(tx: ChangeTx, id: string, input: CorrectiveActionInput, prefix: IssuePath = ['action']): CorrectiveAction {
  const before = mustGet(tx.db, id);
  validate(tx.db, input, prefix);
  // Verification time is when the action became verified; it goes if the action is reopened.
  const verifiedAt = input.status !== 'verified' ? null : before.status === 'verified' ? before.verifiedAt : tx.at;
  save(tx.db, id, input, verifiedAt, before.createdAt, tx.at);
  const action = mustGet(tx.db, id);
  tx.audit(ACTION_RECORD, id, before, action);
  afterWrite(tx, action);
  if (before.findingId !== action.findingId) reindexAudit(tx.db, mustGetFinding(tx.db, before.findingId).auditId);
  return action;
}

export function deleteAction(tx: ChangeTx, id: string): void {
  const before = mustGet(tx.db, id);
  tx.db.prepare('DELETE FROM corrective_actions WHERE id = ?').run(id);
  tx.audit(ACTION_RECORD, id, before, null);
  reindexAudit(tx.db, mustGetFinding(tx.db, before.findingId).auditId);
  unlinkRecord(tx, ACTION_RECORD, id);
}
