// Changes to the request register, each inside a caller's transaction: log a request, verify the
// requester, work the systems checklist, confirm, extend, respond, refuse, withdraw, close, redact.
// The status flow is received → verifying → in_progress → (extended) → responded | refused | withdrawn
// → closed. The audit trail records what happened but never the requester's name, contact or the
// letters' text, so that redaction after the retention period leaves nothing behind in it.
import { createHmac, randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract';
import { DEADLINE_LAWS, REQUEST_TYPES } from '../../../shared/deadlines/deadline-rules';
import { OPEN_REQUEST_STATUSES, REQUEST_LAWS, type DataSubjectRequest, type LetterKind, type RequestInput, type RequestStatus } from '../../../shared/contract/areas/requests';
import { linkRecordByDefault } from '../evidence/default-links';
import { calendarDateOf } from '../isms/record-dates';
import { formatRef, nextSequence } from '../isms/record-sequences';
import { indexRecord } from '../search/search-index';
import type { ChangeTx } from '../workspace/workspace-db';
import { pseudonymKey } from './request-calendars';
import { deadlineInputs, localDate, storeDeadlines } from './request-deadlines';
import { getRequest, getRequestRow, subjectCategoryExists, systemsForSubjectCategory, type RequestRow } from './request-queries';

// The contract lists the laws for the UI; they must be the deadline rules' laws.
if (JSON.stringify(REQUEST_LAWS) !== JSON.stringify(DEADLINE_LAWS)) throw new Error('the request register and the deadline rules know different laws');

/** The record type under which requests are audited, indexed and linked as evidence. */
export const REQUEST_RECORD = 'data_subject_request';
/** Fields holding the requester's personal data: the audit trail names them but never holds their values. */
export const PERSONAL_FIELDS = ['requesterName', 'requesterContact', 'details'] as const;

function refused(path: string, message: string, text: string): AppError {
  return new AppError('INVALID_INPUT', text, { issues: [{ path: [path], code: 'custom', message }] });
}

function mustGetRow(tx: ChangeTx, id: string): RequestRow {
  const row = getRequestRow(tx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'no such request', { entity: REQUEST_RECORD, id });
  return row;
}

function reread(tx: ChangeTx, id: string): DataSubjectRequest {
  return getRequest(tx.db, id)!;
}

function isOpen(status: RequestStatus): boolean {
  return (OPEN_REQUEST_STATUSES as readonly RequestStatus[]).includes(status);
}

function mustBeOpen(row: RequestRow): void {
  if (!isOpen(row.status)) throw refused('id', 'request_not_open', `request ${row.ref} is ${row.status}`);
}

/** The request as the audit trail sees it: personal data reduced to the names of its fields. */
export function auditView(request: DataSubjectRequest): Record<string, unknown> {
  // Reasons and notes are kept for accountability, without the requester's name or contact in them.
  const mask = (text: string) => replaceAll(text, [[request.requesterName, '[requesterName]'], [request.requesterContact, '[requesterContact]']]);
  return {
    ref: request.ref,
    law: request.law,
    type: request.type,
    status: request.status,
    channel: request.channel,
    receivedAt: request.receivedAt,
    language: request.language,
    relationship: request.relationship,
    subjectCategoryId: request.subjectCategoryId,
    respondDue: request.respondDue,
    confirmDue: request.confirmDue,
    confirmedAt: request.confirmedAt,
    extension: request.extension && { ...request.extension, reason: mask(request.extension.reason) },
    respondedAt: request.respondedAt,
    refusal: request.refusal && { ...request.refusal, explanation: mask(request.refusal.explanation) },
    withdrawal: request.withdrawal && { ...request.withdrawal, note: mask(request.withdrawal.note) },
    closedAt: request.closedAt,
    redactedAt: request.redactedAt,
    personalDataFields: [...PERSONAL_FIELDS],
  };
}

function afterWrite(tx: ChangeTx, request: DataSubjectRequest): void {
  indexRecord(tx.db, {
    entityType: REQUEST_RECORD,
    entityId: request.id,
    title: `${request.ref} ${request.law.toUpperCase()} ${request.type}`,
    body: [request.requesterName, request.subjectCategoryName ?? '', request.details].filter(Boolean).join('\n'),
  });
  // Handling a request evidences the privacy controls for access and correction (P5.1, P5.2), for
  // inquiries and disputes (P8.1) and for PII requirements (A.5.34), as of its last step.
  linkRecordByDefault(tx, REQUEST_RECORD, request.id, calendarDateOf(request.updatedAt));
}

function audited(tx: ChangeTx, id: string, before: DataSubjectRequest | null): DataSubjectRequest {
  const after = reread(tx, id);
  tx.audit(REQUEST_RECORD, id, before ? auditView(before) : null, auditView(after));
  afterWrite(tx, after);
  return after;
}

function syncSystems(tx: ChangeTx, id: string, subjectCategoryId: string | null): number {
  if (subjectCategoryId === null) return 0;
  const insert = tx.db.prepare('INSERT OR IGNORE INTO request_systems (request_id, system_id, system_name, activities) VALUES (?, ?, ?, ?)');
  let added = 0;
  for (const system of systemsForSubjectCategory(tx.db, subjectCategoryId)) {
    added += insert.run(id, system.systemId, system.systemName, JSON.stringify(system.activities)).changes;
  }
  return added;
}

export function createRequest(tx: ChangeTx, input: RequestInput): DataSubjectRequest {
  if (!(REQUEST_TYPES[input.law] as readonly string[]).includes(input.type)) throw refused('type', 'request_type_law', `${input.type} is not a ${input.law} request type`);
  if (input.subjectCategoryId !== null && !subjectCategoryExists(tx.db, input.subjectCategoryId)) {
    throw refused('subjectCategoryId', 'unknown_subject_category', 'no such subject category');
  }
  if (input.receivedAt > tx.at) throw refused('receivedAt', 'in_future', 'a request cannot be received in the future');
  const inputs = deadlineInputs(tx.db);
  const year = localDate(input.receivedAt, inputs.timeZone).slice(0, 4);
  const id = randomUUID();
  const ref = formatRef(`DSR-${year}-`, nextSequence(tx.db, `dsr-${year}`), 4);
  const receivedAt = new Date(input.receivedAt).toISOString();
  tx.db
    .prepare(
      `INSERT INTO data_subject_requests (id, ref, received_at, channel, law, type, language, requester_name, requester_contact, relationship,
         subject_category_id, details, status, deadlines, time_zone, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', '[]', ?, ?, ?)`,
    )
    .run(id, ref, receivedAt, input.channel, input.law, input.type, input.language, input.requesterName, input.requesterContact, input.relationship, input.subjectCategoryId, input.details, inputs.timeZone, tx.at, tx.at);
  storeDeadlines(tx.db, { id, law: input.law, type: input.type, received_at: receivedAt, extension_notice_at: null, confirmed_at: null }, inputs);
  syncSystems(tx, id, input.subjectCategoryId);
  return audited(tx, id, null);
}

function touch(tx: ChangeTx, id: string, set: string, values: unknown[]): void {
  tx.db.prepare(`UPDATE data_subject_requests SET ${set}, updated_at = ? WHERE id = ?`).run(...values, tx.at, id);
}

function checkInstant(tx: ChangeTx, row: RequestRow, field: string, at: string): string {
  const instant = new Date(at).toISOString();
  if (instant < row.received_at) throw refused(field, 'before_received', `${field} is before the request was received`);
  if (instant > tx.at) throw refused(field, 'in_future', `${field} is in the future`);
  return instant;
}

function recordLetter(tx: ChangeTx, row: RequestRow, kind: LetterKind, content: string, sentAt: string): void {
  if (content === '') return;
  const id = randomUUID();
  tx.db
    .prepare('INSERT INTO request_letters (id, request_id, kind, language, content, sent_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, row.id, kind, row.language, content, sentAt, tx.at);
  // The letter's text names the requester; the trail records that it was sent, not what it said.
  tx.audit('request_letter', id, null, { request: row.ref, kind, language: row.language, sentAt, characters: content.length });
}

export interface VerificationInput {
  method: DataSubjectRequest['verifications'][number]['method'];
  performedOn: string;
  outcome: DataSubjectRequest['verifications'][number]['outcome'];
  note: string;
}

/** A step of identity verification. The first one starts verifying; a passed one starts the work. */
export function addVerification(tx: ChangeTx, id: string, step: VerificationInput): DataSubjectRequest {
  const row = mustGetRow(tx, id);
  mustBeOpen(row);
  if (step.performedOn < row.received_at.slice(0, 10)) throw refused('performedOn', 'before_received', 'verification before the request was received');
  const before = reread(tx, id);
  const stepId = randomUUID();
  tx.db
    .prepare('INSERT INTO request_verifications (id, request_id, method, performed_on, outcome, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(stepId, id, step.method, step.performedOn, step.outcome, step.note, tx.at);
  tx.audit('request_verification', stepId, null, { request: row.ref, method: step.method, performedOn: step.performedOn, outcome: step.outcome });
  let status: RequestStatus = row.status;
  if (status === 'received') status = 'verifying';
  if (step.outcome === 'passed' && status === 'verifying') status = 'in_progress';
  touch(tx, id, 'status = ?', [status]);
  return audited(tx, id, before);
}

export interface SystemCheck {
  systemId: string;
  searched: boolean;
  found: boolean | null;
  actionTaken: string;
  doneBy: string;
  doneOn: string | null;
}

export function updateSystemCheck(tx: ChangeTx, id: string, check: SystemCheck): DataSubjectRequest {
  const row = mustGetRow(tx, id);
  if (row.status === 'closed') throw refused('id', 'request_closed', `request ${row.ref} is closed`);
  const existing = tx.db
    .prepare<[string, string], { searched: number; found: number | null; action_taken: string; done_by: string; done_on: string | null }>(
      'SELECT searched, found, action_taken, done_by, done_on FROM request_systems WHERE request_id = ? AND system_id = ?',
    )
    .get(id, check.systemId);
  if (!existing) throw refused('systemId', 'not_on_checklist', 'the system is not on the checklist');
  if (check.searched && check.doneOn === null) throw refused('doneOn', 'required', 'a searched system needs the date');
  if (!check.searched && check.found !== null) throw refused('found', 'not_searched', 'a system not searched has no result');
  tx.db
    .prepare('UPDATE request_systems SET searched = ?, found = ?, action_taken = ?, done_by = ?, done_on = ? WHERE request_id = ? AND system_id = ?')
    .run(check.searched ? 1 : 0, check.found === null ? null : check.found ? 1 : 0, check.actionTaken, check.doneBy, check.doneOn, id, check.systemId);
  tx.audit(
    'request_system_check',
    `${id}:${check.systemId}`,
    { searched: existing.searched === 1, found: existing.found === null ? null : existing.found === 1, actionTaken: existing.action_taken, doneBy: existing.done_by, doneOn: existing.done_on },
    { request: row.ref, searched: check.searched, found: check.found, actionTaken: check.actionTaken, doneBy: check.doneBy, doneOn: check.doneOn },
  );
  touch(tx, id, 'status = status', []);
  return reread(tx, id);
}

export function syncRequestSystems(tx: ChangeTx, id: string): DataSubjectRequest {
  const row = mustGetRow(tx, id);
  if (row.status === 'closed') throw refused('id', 'request_closed', `request ${row.ref} is closed`);
  const before = reread(tx, id);
  const added = syncSystems(tx, id, row.subject_category_id);
  const after = reread(tx, id);
  tx.audit('request_systems', id, { systems: before.systems.map((s) => s.systemName) }, { request: row.ref, systems: after.systems.map((s) => s.systemName), added });
  return after;
}

export function confirmReceipt(tx: ChangeTx, id: string, sentAt: string, letter: string): DataSubjectRequest {
  const row = mustGetRow(tx, id);
  mustBeOpen(row);
  if (row.confirmed_at !== null) throw refused('id', 'already_confirmed', 'receipt was already confirmed');
  const at = checkInstant(tx, row, 'sentAt', sentAt);
  const before = reread(tx, id);
  touch(tx, id, 'confirmed_at = ?', [at]);
  recordLetter(tx, row, 'acknowledgement', letter, at);
  return audited(tx, id, before);
}

/**
 * Extends the deadline: once, where the law allows it (GDPR Art 12(3), CCPA regs 7021(b)), with the
 * reasons notified to the requester before the first deadline.
 */
export function extendRequest(tx: ChangeTx, id: string, reason: string, noticeSentAt: string, letter: string): DataSubjectRequest {
  const row = mustGetRow(tx, id);
  mustBeOpen(row);
  if (row.extension_notice_at !== null) throw refused('reason', 'extension_once', 'the deadline was already extended once');
  const deadlines = JSON.parse(row.deadlines) as { key: string; due: string | null }[];
  const first = deadlines.find((d) => d.key === 'respond')?.due ?? null;
  if (!deadlines.some((d) => d.key === 'respond_extended')) throw refused('reason', 'extension_not_available', `${row.law} ${row.type} requests cannot be extended`);
  const at = checkInstant(tx, row, 'noticeSentAt', noticeSentAt);
  if (first !== null && at > first) throw refused('noticeSentAt', 'extension_too_late', 'the extension notice must be sent before the first deadline');
  const before = reread(tx, id);
  touch(tx, id, "extension_reason = ?, extension_notice_at = ?, status = 'extended'", [reason, at]);
  storeDeadlines(tx.db, { ...row, extension_notice_at: at }, deadlineInputs(tx.db));
  recordLetter(tx, row, 'extension', letter, at);
  return audited(tx, id, before);
}

export function respondToRequest(tx: ChangeTx, id: string, respondedAt: string, letter: string): DataSubjectRequest {
  const row = mustGetRow(tx, id);
  mustBeOpen(row);
  const at = checkInstant(tx, row, 'respondedAt', respondedAt);
  const before = reread(tx, id);
  touch(tx, id, "responded_at = ?, status = 'responded'", [at]);
  recordLetter(tx, row, 'response', letter, at);
  return audited(tx, id, before);
}

export function refuseRequest(tx: ChangeTx, id: string, reason: NonNullable<DataSubjectRequest['refusal']>['reason'], explanation: string, refusedAt: string, letter: string): DataSubjectRequest {
  const row = mustGetRow(tx, id);
  mustBeOpen(row);
  const at = checkInstant(tx, row, 'refusedAt', refusedAt);
  const before = reread(tx, id);
  touch(tx, id, "refusal_reason = ?, refusal_explanation = ?, refused_at = ?, status = 'refused'", [reason, explanation, at]);
  recordLetter(tx, row, 'refusal', letter, at);
  return audited(tx, id, before);
}

export function withdrawRequest(tx: ChangeTx, id: string, withdrawnAt: string, note: string): DataSubjectRequest {
  const row = mustGetRow(tx, id);
  mustBeOpen(row);
  const at = checkInstant(tx, row, 'withdrawnAt', withdrawnAt);
  const before = reread(tx, id);
  touch(tx, id, "withdrawn_at = ?, withdrawal_note = ?, status = 'withdrawn'", [at, note]);
  return audited(tx, id, before);
}

export function closeRequest(tx: ChangeTx, id: string): DataSubjectRequest {
  const row = mustGetRow(tx, id);
  if (row.status !== 'responded' && row.status !== 'refused' && row.status !== 'withdrawn') {
    throw refused('id', 'close_needs_outcome', `request ${row.ref} is ${row.status}: respond, refuse or record the withdrawal first`);
  }
  const before = reread(tx, id);
  touch(tx, id, "outcome = status, status = 'closed', closed_at = ?", [tx.at]);
  return audited(tx, id, before);
}

function pseudonym(key: string, kind: string, value: string): string {
  return createHmac('sha256', key).update(`${kind}\u0000${value.normalize('NFKC').trim().toLowerCase()}`).digest('hex').slice(0, 10);
}

function replaceAll(text: string, replacements: [string, string][]): string {
  return replacements.reduce((result, [from, to]) => (from === '' ? result : result.split(from).join(to)), text);
}

/**
 * Minimisation after the retention period: the requester's name and contact become stable
 * pseudonyms (the same person gets the same pseudonym in every request, so repeated requests stay
 * recognisable), and every copy of them in the request's details, letters and notes is replaced.
 */
export function redactRequest(tx: ChangeTx, id: string): DataSubjectRequest {
  const row = mustGetRow(tx, id);
  if (row.status !== 'closed') throw refused('id', 'redaction_needs_closure', `request ${row.ref} is not closed`);
  if (row.redacted_at !== null) throw refused('id', 'already_redacted', `request ${row.ref} was already redacted`);
  const before = reread(tx, id);
  if (before.redactionDueOn !== null && calendarDateOf(tx.at) < before.redactionDueOn) {
    throw refused('id', 'redaction_not_due', `the retention period of ${row.ref} ends on ${before.redactionDueOn}`);
  }
  const key = pseudonymKey(tx.db);
  const name = `Requester ${pseudonym(key, 'name', row.requester_name)}`;
  const contact = `redacted-${pseudonym(key, 'contact', row.requester_contact)}`;
  const replacements: [string, string][] = [
    [row.requester_name, name],
    [row.requester_contact, contact],
  ];
  const scrub = (text: string | null) => (text === null ? null : replaceAll(text, replacements));
  touch(tx, id, 'requester_name = ?, requester_contact = ?, details = ?, extension_reason = ?, refusal_explanation = ?, withdrawal_note = ?, redacted_at = ?', [
    name,
    contact,
    replaceAll(row.details, replacements),
    scrub(row.extension_reason),
    scrub(row.refusal_explanation),
    scrub(row.withdrawal_note),
    tx.at,
  ]);
  for (const letter of tx.db.prepare<[string], { id: string; content: string }>('SELECT id, content FROM request_letters WHERE request_id = ?').all(id)) {
    tx.db.prepare('UPDATE request_letters SET content = ? WHERE id = ?').run(replaceAll(letter.content, replacements), letter.id);
  }
  for (const step of tx.db.prepare<[string], { id: string; note: string }>('SELECT id, note FROM request_verifications WHERE request_id = ?').all(id)) {
    tx.db.prepare('UPDATE request_verifications SET note = ? WHERE id = ?').run(replaceAll(step.note, replacements), step.id);
  }
  const after = reread(tx, id);
  // Only the names of the redacted fields: the values must not survive in the trail.
  tx.audit(REQUEST_RECORD, id, { redactedAt: null }, { redactedAt: after.redactedAt, redactedFields: [...PERSONAL_FIELDS, 'letters', 'verificationNotes', 'reasonsAndNotes'] });
  afterWrite(tx, after);
  return after;
}
