// The post-incident review (ISO/IEC 27001 A.5.27: learning from incidents): root cause,
// contributing factors, lessons learned, what went well, who reviewed it and when; and the
// corrective actions decided in it (description, owner, due date, status), which stay on the agenda
// until done or cancelled. A review is evidence of A.5.27 and CC7.5; a personal-data breach cannot
// be closed without one (incident-changes.ts).
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract';
import type { Incident, IncidentAction, IncidentActionInput, IncidentReview, IncidentReviewInput } from '../../../shared/contract/areas/incidents';
import { linkRecordByDefault } from '../evidence/default-links';
import { calendarDateOf } from '../isms/record-dates';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';

/** The record type under which reviews are audited and linked as evidence. */
export const INCIDENT_REVIEW_RECORD = 'incident_review';

interface ReviewRow {
  id: string;
  root_cause: string;
  contributing_factors: string;
  lessons_learned: string;
  went_well: string;
  reviewed_by: string;
  reviewed_at: string;
  updated_at: string;
}

export function readReview(db: Db, incidentId: string): IncidentReview | null {
  const row = db.prepare<[string], ReviewRow>('SELECT * FROM incident_reviews WHERE incident_id = ?').get(incidentId);
  if (!row) return null;
  return {
    id: row.id,
    rootCause: row.root_cause,
    contributingFactors: row.contributing_factors,
    lessonsLearned: row.lessons_learned,
    wentWell: row.went_well,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    updatedAt: row.updated_at,
  };
}

interface ActionRow {
  id: string;
  description: string;
  owner: string;
  due_date: string;
  status: IncidentAction['status'];
  completed_at: string | null;
}

export function readActions(db: Db, incidentId: string, today: string): IncidentAction[] {
  return db
    .prepare<[string], ActionRow>('SELECT id, description, owner, due_date, status, completed_at FROM incident_actions WHERE incident_id = ? ORDER BY due_date, created_at')
    .all(incidentId)
    .map((row) => ({
      id: row.id,
      description: row.description,
      owner: row.owner,
      dueDate: row.due_date,
      status: row.status,
      completedAt: row.completed_at,
      overdue: (row.status === 'open' || row.status === 'in_progress') && row.due_date < today,
    }));
}

function refused(path: string, message: string, text: string): AppError {
  return new AppError('INVALID_INPUT', text, { issues: [{ path: [path], code: 'custom', message }] });
}

/** Records or replaces the review; audited under its own record type and linked as evidence. */
export function saveReview(tx: ChangeTx, incident: Incident, input: IncidentReviewInput): void {
  const reviewedAt = new Date(input.reviewedAt).toISOString();
  if (reviewedAt > tx.at) throw refused('reviewedAt', 'in_future', 'a review cannot be dated in the future');
  if (reviewedAt < incident.becameAwareAt) throw refused('reviewedAt', 'before_aware', 'a review cannot precede awareness of the incident');
  const before = readReview(tx.db, incident.id);
  const id = before?.id ?? randomUUID();
  tx.db
    .prepare(
      `INSERT INTO incident_reviews (incident_id, id, root_cause, contributing_factors, lessons_learned, went_well, reviewed_by, reviewed_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (incident_id) DO UPDATE SET root_cause = excluded.root_cause, contributing_factors = excluded.contributing_factors,
         lessons_learned = excluded.lessons_learned, went_well = excluded.went_well, reviewed_by = excluded.reviewed_by,
         reviewed_at = excluded.reviewed_at, updated_at = excluded.updated_at`,
    )
    .run(incident.id, id, input.rootCause, input.contributingFactors, input.lessonsLearned, input.wentWell, input.reviewedBy, reviewedAt, tx.at, tx.at);
  const after = readReview(tx.db, incident.id)!;
  const view = (review: IncidentReview | null) => (review ? { incidentRef: incident.ref, ...review, id: undefined, updatedAt: undefined } : null);
  tx.audit(INCIDENT_REVIEW_RECORD, id, view(before), view(after));
  // Learning from incidents (A.5.27) and recovery with its lessons (CC7.5), as of the review.
  linkRecordByDefault(tx, INCIDENT_REVIEW_RECORD, id, calendarDateOf(reviewedAt));
}

function completedAt(tx: ChangeTx, status: IncidentAction['status'], previous: string | null): string | null {
  if (status === 'done' || status === 'cancelled') return previous ?? tx.at;
  return null;
}

export function addAction(tx: ChangeTx, incident: Incident, input: IncidentActionInput): void {
  tx.db
    .prepare('INSERT INTO incident_actions (id, incident_id, description, owner, due_date, status, completed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(randomUUID(), incident.id, input.description, input.owner, input.dueDate, input.status, completedAt(tx, input.status, null), tx.at, tx.at);
}

export function updateAction(tx: ChangeTx, incident: Incident, actionId: string, input: IncidentActionInput): void {
  const row = tx.db.prepare<[string, string], { completed_at: string | null; status: string }>('SELECT completed_at, status FROM incident_actions WHERE id = ? AND incident_id = ?').get(actionId, incident.id);
  if (!row) throw new AppError('NOT_FOUND', 'no such corrective action', { entity: 'incident_action', id: actionId });
  const previous = row.status === input.status ? row.completed_at : null;
  tx.db
    .prepare('UPDATE incident_actions SET description = ?, owner = ?, due_date = ?, status = ?, completed_at = ?, updated_at = ? WHERE id = ?')
    .run(input.description, input.owner, input.dueDate, input.status, completedAt(tx, input.status, previous), tx.at, actionId);
}
