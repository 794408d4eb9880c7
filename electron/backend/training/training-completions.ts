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
import { DueCalculator, type DueCourse } from './training-due';
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

/** A completion's problem with its course: the field and the issue key (errors:issues.<code>). */
export interface CompletionProblem {
  field: 'completedOn' | 'score';
  code: 'in_future' | 'score_required';
  message: string;
}

/**
 * The rules every completion meets, recorded one by one or imported: not in the future, a score when
 * the course has a passing score; and whether it passes (reaches the passing score, or the course has none).
 */
export function judgeCompletion(passingScore: number | null, completedOn: string, score: number | null, today: string): { passed: boolean; problem: CompletionProblem | null } {
  if (completedOn > today) return { passed: false, problem: { field: 'completedOn', code: 'in_future', message: 'a completion cannot be in the future' } };
  if (passingScore !== null && score === null) return { passed: false, problem: { field: 'score', code: 'score_required', message: 'the course has a passing score: enter the score' } };
  return { passed: passingScore === null || (score ?? 0) >= passingScore, problem: null };
}

/** Writes the completion's row. */
export function insertCompletionRow(db: Db, id: string, input: CompletionInput, passed: boolean, at: string): void {
  statement(
    db,
    `INSERT INTO training_completions (id, course_id, person_id, completed_on, score, passed, evidence_file_id, certificate_ref, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.courseId, input.personId, input.completedOn, input.score, passed ? 1 : 0, input.evidenceFileId, input.certificateRef, at);
}

/** Until when a pass is evidence: the day the course is due again after it (null: no end). */
export function completionValidUntil(dues: DueCalculator, course: DueCourse, startDate: string | null, completedOn: string): string | null {
  const validUntil = dues.due(course, { startDate }, completedOn, completedOn);
  return validUntil !== null && validUntil >= completedOn ? validUntil : null;
}

export function recordCompletion(tx: ChangeTx, input: CompletionInput, today: string): Completion {
  const { db } = tx;
  const courseRow = statement(db, 'SELECT * FROM training_courses WHERE id = ?').get(input.courseId) as CourseRow | undefined;
  if (!courseRow) throw notFound(COURSE_RECORD, input.courseId);
  const course = { id: courseRow.id, ...courseInputOf(courseRow) };
  const person = statement(db, 'SELECT start_date FROM people WHERE id = ?').get(input.personId) as { start_date: string | null } | undefined;
  if (!person) throw notFound(PERSON_RECORD, input.personId);
  const { passed, problem } = judgeCompletion(course.passingScore, input.completedOn, input.score, today);
  if (problem) throw invalid([problem.field], problem.code, problem.message);
  if (input.evidenceFileId !== null && !db.prepare('SELECT 1 FROM evidence_files WHERE id = ?').get(input.evidenceFileId)) {
    throw invalid(['evidenceFileId'], 'unknown_record', 'no such evidence file');
  }
  const id = randomUUID();
  insertCompletionRow(db, id, input, passed, tx.at);
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
    linkRecordByDefault(tx, COMPLETION_RECORD, id, input.completedOn, completionValidUntil(dues, course, person.start_date, input.completedOn));
  }
  return getCompletion(db, id)!;
}
