// Assignments: one per course and person in the course's audience. Generation recomputes them from
// the audience rules and is idempotent: it creates what is missing, reopens what applies again,
// closes what no longer applies (people who left, rules changed) and refreshes due dates; running it
// twice changes nothing the second time. One audit event records each run's counts.
import { randomUUID } from 'node:crypto';
import { EXPIRING_WITHIN_DAYS, type Assignment, type AssignmentState, type GenerationResult } from '../../../shared/contract/areas/training';
import { addDays } from '../../../shared/recurrence/dates';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { storedCourses, type StoredCourse } from './training-courses';
import { DueCalculator, isNewJoiner } from './training-due';
import { statement } from './statements';

export const ASSIGNMENT_RUN_RECORD = 'training_assignment_run';

interface ActivePerson {
  id: string;
  department: string;
  role: string;
  start_date: string | null;
}

interface ExistingAssignment {
  id: string;
  course_id: string;
  person_id: string;
  status: 'open' | 'closed';
  assigned_on: string;
  due_on: string | null;
  last_completed_on: string | null;
}

/** People who have not left by `today`. */
export function activePeople(db: Db, today: string): ActivePerson[] {
  return db.prepare<[string], ActivePerson>('SELECT id, department, role, start_date FROM people WHERE leave_date IS NULL OR leave_date > ? ORDER BY id').all(today);
}

/** The last passed completion of each course and person. */
export function lastCompletions(db: Db): Map<string, string> {
  const rows = db
    .prepare('SELECT course_id, person_id, max(completed_on) FROM training_completions WHERE passed = 1 GROUP BY course_id, person_id')
    .raw()
    .all() as [string, string, string][];
  return new Map(rows.map(([course, person, on]) => [`${course}|${person}`, on]));
}

function inAudience(course: StoredCourse, person: ActivePerson, today: string, existing: ExistingAssignment | undefined): boolean {
  const { audience } = course;
  if (audience.allStaff || audience.departments.includes(person.department) || audience.roles.includes(person.role)) return true;
  if (isNewJoiner(audience, person.start_date, today)) return true;
  // A new joiner's course stays theirs until they have done it once.
  return audience.newJoinersWithinDays !== null && existing?.status === 'open' && existing.last_completed_on === null;
}

/** Rows per INSERT statement when creating assignments in bulk. */
const INSERT_BATCH = 100;

export function generateAssignments(tx: ChangeTx, today: string): GenerationResult {
  const { db } = tx;
  // In key order (course, then person), so the new rows are appended to the table's b-tree.
  const courses = storedCourses(db).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const people = activePeople(db, today);
  // Pairs are keyed by number (course index × people + person index): far cheaper than strings at this scale.
  const personIndex = new Map(people.map((person, index) => [person.id, index]));
  const courseIndex = new Map(courses.map((course, index) => [course.id, index]));
  const size = people.length;
  const pairKey = (course: number, person: number) => course * size + person;
  const existing = new Map<number, ExistingAssignment>();
  /** Open assignments of people who left or courses gone from the list: closed below. */
  const orphans: ExistingAssignment[] = [];
  const rows = db.prepare('SELECT id, course_id, person_id, status, assigned_on, due_on, last_completed_on FROM training_assignments').raw().all() as [
    string,
    string,
    string,
    'open' | 'closed',
    string,
    string | null,
    string | null,
  ][];
  for (const [id, course_id, person_id, status, assigned_on, due_on, last_completed_on] of rows) {
    const row = { id, course_id, person_id, status, assigned_on, due_on, last_completed_on };
    const c = courseIndex.get(course_id);
    const p = personIndex.get(person_id);
    if (c === undefined || p === undefined) {
      if (status === 'open') orphans.push(row);
    } else existing.set(pairKey(c, p), row);
  }
  const completions = new Map<number, string>();
  for (const [pair, on] of lastCompletions(db)) {
    const [course, person] = pair.split('|') as [string, string];
    const c = courseIndex.get(course);
    const p = personIndex.get(person);
    if (c !== undefined && p !== undefined) completions.set(pairKey(c, p), on);
  }
  const dues = new DueCalculator(today);
  const pending: (string | null)[] = [];
  const insertSql = (count: number) =>
    `INSERT INTO training_assignments (id, course_id, person_id, status, assigned_on, due_on, last_completed_on) VALUES ${Array.from({ length: count }, () => "(?, ?, ?, 'open', ?, ?, ?)").join(', ')}`;
  const fullBatch = insertSql(INSERT_BATCH);
  const flush = () => {
    const count = pending.length / 6;
    if (count === 0) return;
    // A full batch reuses one statement; only the last, shorter one is prepared on its own.
    (count === INSERT_BATCH ? statement(db, fullBatch) : db.prepare(insertSql(count))).run(...pending);
    pending.length = 0;
  };
  const refresh = db.prepare("UPDATE training_assignments SET status = 'open', closed_on = NULL, assigned_on = ?, due_on = ?, last_completed_on = ? WHERE course_id = ? AND person_id = ?");
  const close = db.prepare("UPDATE training_assignments SET status = 'closed', closed_on = ? WHERE course_id = ? AND person_id = ?");
  const counts = { created: 0, reopened: 0, closed: 0, open: 0 };
  const byCourse: Record<string, { created: number; reopened: number; closed: number }> = {};
  const targeted = new Set<number>();
  for (const [c, course] of courses.entries()) {
    const tally = { created: 0, reopened: 0, closed: 0 };
    for (const [p, person] of people.entries()) {
      const key = pairKey(c, p);
      const current = existing.get(key);
      if (!inAudience(course, person, today, current)) continue;
      targeted.add(key);
      counts.open += 1;
      const last = completions.get(key) ?? null;
      if (!current) {
        pending.push(randomUUID(), course.id, person.id, today, dues.due(course, { startDate: person.start_date }, today, last), last);
        if (pending.length >= INSERT_BATCH * 6) flush();
        tally.created += 1;
        continue;
      }
      const assignedOn = current.status === 'open' ? current.assigned_on : today;
      const due = dues.due(course, { startDate: person.start_date }, assignedOn, last);
      if (current.status === 'closed') tally.reopened += 1;
      if (current.status === 'closed' || current.due_on !== due || current.last_completed_on !== last) refresh.run(assignedOn, due, last, current.course_id, current.person_id);
    }
    byCourse[course.id] = tally;
  }
  flush();
  const closing = [...orphans];
  for (const [key, row] of existing) if (row.status === 'open' && !targeted.has(key)) closing.push(row);
  for (const row of closing) {
    close.run(today, row.course_id, row.person_id);
    const tally = byCourse[row.course_id];
    if (tally) tally.closed += 1;
    else counts.closed += 1;
  }
  for (const tally of Object.values(byCourse)) {
    counts.created += tally.created;
    counts.reopened += tally.reopened;
    counts.closed += tally.closed;
  }
  const changedCourses = Object.fromEntries(Object.entries(byCourse).filter(([, t]) => t.created + t.reopened + t.closed > 0));
  tx.audit(ASSIGNMENT_RUN_RECORD, randomUUID(), null, { ...counts, today, byCourse: changedCourses });
  return counts;
}

export function assignmentState(today: string, dueOn: string | null, lastCompletedOn: string | null): AssignmentState {
  if (dueOn !== null && dueOn < today) return 'overdue';
  if (dueOn !== null && dueOn <= addDays(today, EXPIRING_WITHIN_DAYS)) return 'due_soon';
  return lastCompletedOn !== null ? 'done' : 'pending';
}

interface AssignmentRow {
  id: string;
  course_id: string;
  course_title: string;
  person_id: string;
  person_name: string;
  department: string;
  status: 'open' | 'closed';
  assigned_on: string;
  due_on: string | null;
  last_completed_on: string | null;
}

export interface AssignmentFilter {
  courseId?: string;
  personId?: string;
  state?: AssignmentState;
  limit?: number;
}

export function listAssignments(db: Db, today: string, filter: AssignmentFilter): Assignment[] {
  const where = ["a.status = 'open'"];
  const params: Record<string, string> = { today, soon: addDays(today, EXPIRING_WITHIN_DAYS) };
  if (filter.courseId) {
    where.push('a.course_id = @courseId');
    params.courseId = filter.courseId;
  }
  if (filter.personId) {
    where.push('a.person_id = @personId');
    params.personId = filter.personId;
  }
  if (filter.state === 'overdue') where.push('a.due_on < @today');
  if (filter.state === 'due_soon') where.push('a.due_on >= @today AND a.due_on <= @soon');
  if (filter.state === 'done') where.push('a.last_completed_on IS NOT NULL AND (a.due_on IS NULL OR a.due_on > @soon)');
  if (filter.state === 'pending') where.push('a.last_completed_on IS NULL AND (a.due_on IS NULL OR a.due_on > @soon)');
  const rows = db
    .prepare<Record<string, string>, AssignmentRow>(
      `SELECT a.id, a.course_id, c.title AS course_title, a.person_id, p.name AS person_name, p.department, a.status, a.assigned_on, a.due_on, a.last_completed_on
         FROM training_assignments a JOIN training_courses c ON c.id = a.course_id JOIN people p ON p.id = a.person_id
        WHERE ${where.join(' AND ')}
        ORDER BY a.due_on IS NULL, a.due_on, p.name COLLATE NOCASE, c.title
        LIMIT ${filter.limit ?? 5000}`,
    )
    .all(params);
  return rows.map((row) => ({
    id: row.id,
    courseId: row.course_id,
    courseTitle: row.course_title,
    personId: row.person_id,
    personName: row.person_name,
    department: row.department,
    status: row.status,
    state: assignmentState(today, row.due_on, row.last_completed_on),
    assignedOn: row.assigned_on,
    dueOn: row.due_on,
    lastCompletedOn: row.last_completed_on,
  }));
}
