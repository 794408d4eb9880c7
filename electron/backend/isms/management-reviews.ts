// Management reviews (ISO 27001 9.3): when top management met, who attended, the inputs considered,
// the decisions and actions, and when the next review is due.
import { randomUUID } from 'node:crypto';
import { AppError, type InputIssue, type ManagementReview, type ManagementReviewInput } from '../../../shared/contract';
import { linkRecordByDefault, unlinkRecord } from '../evidence/default-links';
import { indexRecord, removeRecord } from '../search/search-index';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';

export const REVIEW_RECORD = 'management_review';

type IssuePath = InputIssue['path'];

interface ReviewRow {
  id: string;
  date: string;
  attendees: string;
  inputs: string;
  decisions: string;
  actions: string;
  next_review_date: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, date, attendees, inputs, decisions, actions, next_review_date, created_at, updated_at';

function toReview(row: ReviewRow): ManagementReview {
  return {
    id: row.id,
    date: row.date,
    attendees: row.attendees,
    inputs: row.inputs,
    decisions: row.decisions,
    actions: row.actions,
    nextReviewDate: row.next_review_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Latest first: the first review is the one whose next date the agenda follows. */
export function listReviews(db: Db): ManagementReview[] {
  return db.prepare<[], ReviewRow>(`SELECT ${COLUMNS} FROM management_reviews ORDER BY date DESC, created_at DESC, rowid DESC`).all().map(toReview);
}

export function getReview(db: Db, id: string): ManagementReview | null {
  const row = db.prepare<[string], ReviewRow>(`SELECT ${COLUMNS} FROM management_reviews WHERE id = ?`).get(id);
  return row ? toReview(row) : null;
}

function mustGet(db: Db, id: string): ManagementReview {
  const review = getReview(db, id);
  if (!review) throw new AppError('NOT_FOUND', 'no such management review', { entity: REVIEW_RECORD, id });
  return review;
}

function validate(input: ManagementReviewInput, prefix: IssuePath): void {
  if (input.nextReviewDate !== null && input.nextReviewDate <= input.date) {
    throw new AppError('INVALID_INPUT', 'the next review must come after this one', {
      issues: [{ path: [...prefix, 'nextReviewDate'], code: 'not_after_date', message: 'the next review date must be after the review date' }],
    });
  }
}

function save(db: Db, id: string, input: ManagementReviewInput, createdAt: string, updatedAt: string): void {
  db.prepare(
    `INSERT INTO management_reviews (id, date, attendees, inputs, decisions, actions, next_review_date, created_at, updated_at)
     VALUES (@id, @date, @attendees, @inputs, @decisions, @actions, @nextReviewDate, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET date = excluded.date, attendees = excluded.attendees, inputs = excluded.inputs,
       decisions = excluded.decisions, actions = excluded.actions, next_review_date = excluded.next_review_date, updated_at = excluded.updated_at`,
  ).run({ id, ...input, createdAt, updatedAt });
}

function afterWrite(tx: ChangeTx, review: ManagementReview): void {
  indexRecord(tx.db, {
    entityType: REVIEW_RECORD,
    entityId: review.id,
    title: review.date,
    body: [review.attendees, review.inputs, review.decisions, review.actions].filter(Boolean).join('\n'),
  });
  // The review is the 9.3 record from its date until the next review falls due.
  linkRecordByDefault(tx, REVIEW_RECORD, review.id, review.date, review.nextReviewDate);
}

export function createReview(tx: ChangeTx, input: ManagementReviewInput, prefix: IssuePath = []): ManagementReview {
  validate(input, prefix);
  const id = randomUUID();
  save(tx.db, id, input, tx.at, tx.at);
  const review = mustGet(tx.db, id);
  tx.audit(REVIEW_RECORD, id, null, review);
  afterWrite(tx, review);
  return review;
}

export function updateReview(tx: ChangeTx, id: string, input: ManagementReviewInput, prefix: IssuePath = ['review']): ManagementReview {
  const before = mustGet(tx.db, id);
  validate(input, prefix);
  save(tx.db, id, input, before.createdAt, tx.at);
  const review = mustGet(tx.db, id);
  tx.audit(REVIEW_RECORD, id, before, review);
  afterWrite(tx, review);
  return review;
}

export function deleteReview(tx: ChangeTx, id: string): void {
  const before = mustGet(tx.db, id);
  tx.db.prepare('DELETE FROM management_reviews WHERE id = ?').run(id);
  tx.audit(REVIEW_RECORD, id, before, null);
  removeRecord(tx.db, REVIEW_RECORD, id);
  unlinkRecord(tx, REVIEW_RECORD, id);
}
