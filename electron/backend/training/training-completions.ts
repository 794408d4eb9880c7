// Completions: who did which course when, the score against the course's passing score, an optional
// evidence file and certificate reference. A pass moves the assignment's next due date on, and is
// evidence (A.6.3, CC1.4, CC2.2) from the day it was done until the course is due again.
import { randomUUID } from 'node:crypto';
import type { Completion, CompletionInput } from '../../../shared/contract/areas/training';
import { linkRecordByDefault } from '../evidence/default-links';
import { PERSON_RECORD } from '../policies/policies-queries';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { COURSE_RECORD, courseInputOf, type CourseRow } from './training-courses';
import { DueCalculator } from './training-due';
import { invalid, notFound } from './training-errors';
import { statement } from './statements';

export const COMPLETION_RECORD = 'training_completion';

interface CompletionRow {
  id: string;
  course_id: string;
  course_title: string;
  person_id: string;
  person_name: string;
  completed_on: string;
  score: number | null;
  passed: number;
  evidence_file_id: string | null;
  certificate_ref: string;
  recorded_at: string;
}

const SELECT = `SELECT t.*, c.title AS course_title, p.name AS person_name
  FROM training_completions t JOIN training_courses c ON c.id = t.course_id JOIN people p ON p.id = t.person_id`;

function toCompletion(row: CompletionRow): Completion {
  return {
    id: row.id,
    courseId: row.course_id,
    courseTitle: row.course_title,
    personId: row.person_id,
    personName: row.person_name,
    completedOn: row.completed_on,
    score: row.score,
    passed: row.passed === 1,
    evidenceFileId: row.evidence_file_id,
    certificateRef: row.certificate_ref,
    recordedAt: row.recorded_at,
  };
}

export function listCompletions(db: Db, filter: { courseId?: string; personId?: string }): Completion[] {
  const where: string[] = [];
  if (filter.courseId) where.push('t.course_id = @courseId');
  if (filter.personId) where.push('t.person_id = @personId');
  return db
    .prepare<Record<string, string>, CompletionRow>(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY t.completed_on DESC, t.recorded_at DESC LIMIT 5000`)
    .all({ ...(filter.courseId ? { courseId: filter.courseId } : {}), ...(filter.personId ? { personId: filter.personId } : {}) })
    .map(toCompletion);
}

export function getCompletion(db: Db, id: string): Completion | null {
  const row = statement(db, `${SELECT} WHERE t.id = ?`).get(id) as CompletionRow | undefined;
  return row ? toCompletion(row) : null;
}

/** How a completion is named as evidence: the course and the person. */
export function completionLabel(db: Db, id: string): string | null {
  const completion = getCompletion(db, id);
  return completion ? `${completion.courseTitle} — ${completion.personName} (${completion.completedOn})` : null;
}

export function recordCompletion(tx: ChangeTx, input: CompletionInput, today: string): Completion {
  const { db } = tx;
  const courseRow = statement(db, 'SELECT * FROM training_courses WHERE id = ?').get(input.courseId) as CourseRow | undefined;
  if (!courseRow) throw notFound(COURSE_RECORD, input.courseId);
  const course = { id: courseRow.id, ...courseInputOf(courseRow) };
  const person = statement(db, 'SELECT start_date FROM people WHERE id = ?').get(input.personId) as { start_date: string | null } | undefined;
  if (!person) throw notFound(PERSON_RECORD, input.personId);
  if (input.completedOn > today) throw invalid(['completedOn'], 'in_future', 'a completion cannot be in the future');
  if (course.passingScore !== null && input.score === null) throw invalid(['score'], 'score_required', 'the course has a passing score: enter the score');
  if (input.evidenceFileId !== null && !db.prepare('SELECT 1 FROM evidence_files WHERE id = ?').get(input.evidenceFileId)) {
    throw invalid(['evidenceFileId'], 'unknown_record', 'no such evidence file');
  }
  const passed = course.passingScore === null || (input.score ?? 0) >= course.passingScore;
  const id = randomUUID();
  statement(
    db,
    `INSERT INTO training_completions (id, course_id, person_id, completed_on, score, passed, evidence_file_id, certificate_ref, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.courseId, input.personId, input.completedOn, input.score, passed ? 1 : 0, input.evidenceFileId, input.certificateRef, tx.at);
  tx.audit(COMPLETION_RECORD, id, null, { ...input, passed });
  if (passed) {
    const assignment = statement(db, 'SELECT id, assigned_on, due_on, last_completed_on FROM training_assignments WHERE course_id = ? AND person_id = ?').get(input.courseId, input.personId) as
      | { id: string; assigned_on: string; due_on: string | null; last_completed_on: string | null }
      | undefined;
    const last = assignment?.last_completed_on && assignment.last_completed_on > input.completedOn ? assignment.last_completed_on : input.completedOn;
    const dues = new DueCalculator(today);
    const due = dues.due(course, { startDate: person.start_date }, assignment?.assigned_on ?? today, last);
    if (assignment && (assignment.due_on !== due || assignment.last_completed_on !== last)) {
      db.prepare('UPDATE training_assignments SET due_on = ?, last_completed_on = ? WHERE course_id = ? AND person_id = ?').run(due, last, input.courseId, input.personId);
      tx.audit('training_assignment', assignment.id, { dueOn: assignment.due_on, lastCompletedOn: assignment.last_completed_on }, { dueOn: due, lastCompletedOn: last });
    }
    // Evidence until the course is due again after this completion.
    const validUntil = dues.due(course, { startDate: person.start_date }, input.completedOn, input.completedOn);
    linkRecordByDefault(tx, COMPLETION_RECORD, id, input.completedOn, validUntil !== null && validUntil >= input.completedOn ? validUntil : null);
  }
  return getCompletion(db, id)!;
}
