// Reading the request register: rows to contract objects, the list, one request with its
// verification steps, systems checklist, letters and timeline, and the systems the inventory says
// hold data about a subject category.
import type { Deadline } from '../../../shared/deadlines/deadline-rules';
import type { DataSubjectRequest, RequestSummary } from '../../../shared/contract/areas/requests';
import { addMonthsToDate } from './request-dates';
import type { Db } from '../workspace/sqlcipher';

export interface RequestRow {
  id: string;
  ref: string;
  received_at: string;
  channel: RequestSummary['channel'];
  law: RequestSummary['law'];
  type: string;
  language: DataSubjectRequest['language'];
  requester_name: string;
  requester_contact: string;
  relationship: DataSubjectRequest['relationship'];
  subject_category_id: string | null;
  subject_category_name: string | null;
  details: string;
  status: RequestSummary['status'];
  outcome: 'responded' | 'refused' | 'withdrawn' | null;
  confirmed_at: string | null;
  extension_reason: string | null;
  extension_notice_at: string | null;
  responded_at: string | null;
  refusal_reason: NonNullable<DataSubjectRequest['refusal']>['reason'] | null;
  refusal_explanation: string | null;
  refused_at: string | null;
  withdrawn_at: string | null;
  withdrawal_note: string | null;
  closed_at: string | null;
  redacted_at: string | null;
  deadlines: string;
  time_zone: string;
  confirm_due: string | null;
  respond_due: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT r.*, s.name AS subject_category_name FROM data_subject_requests r LEFT JOIN inventory_subject_categories s ON s.id = r.subject_category_id`;

export function retentionMonths(db: Db): number {
  return db.prepare('SELECT redaction_retention_months FROM request_settings WHERE id = 1').pluck().get() as number;
}

function toSummary(row: RequestRow, retention: number): RequestSummary {
  return {
    id: row.id,
    ref: row.ref,
    law: row.law,
    type: row.type,
    status: row.status,
    channel: row.channel,
    receivedAt: row.received_at,
    requesterName: row.requester_name,
    subjectCategoryId: row.subject_category_id,
    subjectCategoryName: row.subject_category_name,
    respondDue: row.respond_due,
    confirmDue: row.confirmed_at === null ? row.confirm_due : null,
    confirmedAt: row.confirmed_at,
    extended: row.extension_notice_at !== null,
    closedAt: row.closed_at,
    redactedAt: row.redacted_at,
    redactionDueOn: row.closed_at !== null && row.redacted_at === null ? addMonthsToDate(row.closed_at.slice(0, 10), retention) : null,
  };
}

export function listRequests(db: Db): RequestSummary[] {
  const retention = retentionMonths(db);
  return db
    .prepare<[], RequestRow>(`${SELECT} ORDER BY r.received_at DESC, r.ref DESC`)
    .all()
    .map((row) => toSummary(row, retention));
}

export function getRequestRow(db: Db, id: string): RequestRow | undefined {
  return db.prepare<[string], RequestRow>(`${SELECT} WHERE r.id = ?`).get(id);
}

function timeline(row: RequestRow, request: Omit<DataSubjectRequest, 'timeline'>): DataSubjectRequest['timeline'] {
  const entries: DataSubjectRequest['timeline'] = [{ at: row.received_at, event: 'received', detail: row.channel }];
  for (const step of request.verifications) {
    // A step is dated by the day it was performed (midday, not before receipt), or when it was recorded if earlier.
    const performed = `${step.performedOn}T12:00:00.000Z` < row.received_at ? row.received_at : `${step.performedOn}T12:00:00.000Z`;
    entries.push({ at: performed < step.createdAt ? performed : step.createdAt, event: 'verification', detail: `${step.method}:${step.outcome}` });
  }
  if (row.confirmed_at) entries.push({ at: row.confirmed_at, event: 'confirmed', detail: '' });
  if (row.extension_notice_at) entries.push({ at: row.extension_notice_at, event: 'extended', detail: row.extension_reason ?? '' });
  if (row.responded_at) entries.push({ at: row.responded_at, event: 'responded', detail: '' });
  if (row.refused_at) entries.push({ at: row.refused_at, event: 'refused', detail: row.refusal_reason ?? '' });
  if (row.withdrawn_at) entries.push({ at: row.withdrawn_at, event: 'withdrawn', detail: row.withdrawal_note ?? '' });
  if (row.closed_at) entries.push({ at: row.closed_at, event: 'closed', detail: '' });
  if (row.redacted_at) entries.push({ at: row.redacted_at, event: 'redacted', detail: '' });
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

export function getRequest(db: Db, id: string): DataSubjectRequest | null {
  const row = getRequestRow(db, id);
  if (!row) return null;
  const verifications = db
    .prepare<[string], { id: string; method: DataSubjectRequest['verifications'][number]['method']; performed_on: string; outcome: DataSubjectRequest['verifications'][number]['outcome']; note: string; created_at: string }>(
      'SELECT id, method, performed_on, outcome, note, created_at FROM request_verifications WHERE request_id = ? ORDER BY performed_on, created_at, id',
    )
    .all(id)
    .map((step) => ({ id: step.id, method: step.method, performedOn: step.performed_on, outcome: step.outcome, note: step.note, createdAt: step.created_at }));
  const systems = db
    .prepare<[string], { system_id: string; system_name: string; activities: string; searched: number; found: number | null; action_taken: string; done_by: string; done_on: string | null }>(
      'SELECT system_id, system_name, activities, searched, found, action_taken, done_by, done_on FROM request_systems WHERE request_id = ? ORDER BY system_name, system_id',
    )
    .all(id)
    .map((system) => ({
      systemId: system.system_id,
      systemName: system.system_name,
      activities: JSON.parse(system.activities) as string[],
      searched: system.searched === 1,
      found: system.found === null ? null : system.found === 1,
      actionTaken: system.action_taken,
      doneBy: system.done_by,
      doneOn: system.done_on,
    }));
  const letters = db
    .prepare<[string], { id: string; kind: DataSubjectRequest['letters'][number]['kind']; language: DataSubjectRequest['language']; content: string; sent_at: string }>(
      'SELECT id, kind, language, content, sent_at FROM request_letters WHERE request_id = ? ORDER BY sent_at, recorded_at, id',
    )
    .all(id)
    .map((letter) => ({ id: letter.id, kind: letter.kind, language: letter.language, content: letter.content, sentAt: letter.sent_at }));
  const request: Omit<DataSubjectRequest, 'timeline'> = {
    ...toSummary(row, retentionMonths(db)),
    language: row.language,
    requesterContact: row.requester_contact,
    relationship: row.relationship,
    details: row.details,
    deadlines: JSON.parse(row.deadlines) as Deadline[],
    timeZone: row.time_zone,
    extension: row.extension_reason !== null && row.extension_notice_at !== null ? { reason: row.extension_reason, noticeSentAt: row.extension_notice_at } : null,
    respondedAt: row.responded_at,
    refusal: row.refusal_reason !== null && row.refused_at !== null ? { reason: row.refusal_reason, explanation: row.refusal_explanation ?? '', refusedAt: row.refused_at } : null,
    withdrawal: row.withdrawn_at !== null ? { withdrawnAt: row.withdrawn_at, note: row.withdrawal_note ?? '' } : null,
    verifications,
    systems,
    letters,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  return { ...request, timeline: timeline(row, request) };
}

/**
 * The systems to search for a subject category: every processing activity that includes the category,
 * and the systems those activities use (the inventory's own links), with the activities that led there.
 */
export function systemsForSubjectCategory(db: Db, subjectCategoryId: string): { systemId: string; systemName: string; activities: string[] }[] {
  const rows = db
    .prepare<[string], { system_id: string; system_name: string; activity_name: string }>(
      `SELECT sys.id AS system_id, sys.name AS system_name, act.name AS activity_name
         FROM inventory_activity_subjects subj
         JOIN inventory_activities act ON act.id = subj.activity_id
         JOIN inventory_activity_systems link ON link.activity_id = act.id
         JOIN inventory_systems sys ON sys.id = link.system_id
        WHERE subj.subject_category_id = ?
        ORDER BY sys.name, act.name`,
    )
    .all(subjectCategoryId);
  const bySystem = new Map<string, { systemId: string; systemName: string; activities: string[] }>();
  for (const row of rows) {
    const entry = bySystem.get(row.system_id) ?? { systemId: row.system_id, systemName: row.system_name, activities: [] };
    if (!entry.activities.includes(row.activity_name)) entry.activities.push(row.activity_name);
    bySystem.set(row.system_id, entry);
  }
  return [...bySystem.values()];
}

export function subjectCategoryExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM inventory_subject_categories WHERE id = ?').get(id) !== undefined;
}
