// Courses: title, kind, audience rules, recurrence (a shared/recurrence schedule), passing score and
// material links. Counts of open, done and overdue assignments come with each course.
import { randomUUID } from 'node:crypto';
import type { Course, CourseInput } from '../../../shared/contract/areas/training';
import { indexRecord, removeRecord } from '../search/search-index';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { invalid, notFound } from './training-errors';

export const COURSE_RECORD = 'training_course';

export interface CourseRow {
  id: string;
  title: string;
  kind: Course['kind'];
  description: string;
  audience: string;
  schedule: string;
  passing_score: number | null;
  materials: string;
  created_at: string;
  updated_at: string;
}

export function courseInputOf(row: CourseRow): CourseInput {
  return {
    title: row.title,
    kind: row.kind,
    description: row.description,
    audience: JSON.parse(row.audience) as CourseInput['audience'],
    schedule: JSON.parse(row.schedule) as CourseInput['schedule'],
    passingScore: row.passing_score,
    materials: JSON.parse(row.materials) as CourseInput['materials'],
  };
}

export interface StoredCourse extends CourseInput {
  id: string;
  createdAt: string;
}

export function storedCourses(db: Db): StoredCourse[] {
  return db
    .prepare<[], CourseRow>('SELECT * FROM training_courses ORDER BY title COLLATE NOCASE, id')
    .all()
    .map((row) => ({ id: row.id, createdAt: row.created_at, ...courseInputOf(row) }));
}

export function listCourses(db: Db, today: string): Course[] {
  const counts = new Map(
    db
      .prepare<[{ today: string }], { course_id: string; open: number; done: number; overdue: number }>(
        `SELECT course_id, count(*) AS open,
                sum(last_completed_on IS NOT NULL AND due_on IS NOT NULL AND due_on >= @today) AS done,
                sum(due_on IS NOT NULL AND due_on < @today) AS overdue
           FROM training_assignments WHERE status = 'open' GROUP BY course_id`,
      )
      .all({ today })
      .map((row) => [row.course_id, row]),
  );
  return db
    .prepare<[], CourseRow>('SELECT * FROM training_courses ORDER BY title COLLATE NOCASE, id')
    .all()
    .map((row) => {
      const count = counts.get(row.id);
      return {
        id: row.id,
        ...courseInputOf(row),
        openAssignments: count?.open ?? 0,
        done: count?.done ?? 0,
        overdue: count?.overdue ?? 0,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    });
}

export function getCourse(db: Db, id: string, today: string): Course | null {
  return listCourses(db, today).find((course) => course.id === id) ?? null;
}

function check(input: CourseInput): void {
  const { audience } = input;
  if (!audience.allStaff && audience.departments.length === 0 && audience.roles.length === 0 && audience.newJoinersWithinDays === null) {
    throw invalid(['audience'], 'audience_empty', 'the course has no audience');
  }
}

function write(db: Db, id: string, input: CourseInput, at: string): void {
  db.prepare(
    `INSERT INTO training_courses (id, title, kind, description, audience, schedule, passing_score, materials, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, kind = excluded.kind, description = excluded.description, audience = excluded.audience,
       schedule = excluded.schedule, passing_score = excluded.passing_score, materials = excluded.materials, updated_at = excluded.updated_at`,
  ).run(id, input.title, input.kind, input.description, JSON.stringify(input.audience), JSON.stringify(input.schedule), input.passingScore, JSON.stringify(input.materials), at, at);
  indexRecord(db, { entityType: COURSE_RECORD, entityId: id, title: input.title, body: input.description });
}

export function createCourse(tx: ChangeTx, input: CourseInput, today: string): Course {
  check(input);
  const id = randomUUID();
  write(tx.db, id, input, tx.at);
  tx.audit(COURSE_RECORD, id, null, { ...input });
  return getCourse(tx.db, id, today)!;
}

export function updateCourse(tx: ChangeTx, id: string, input: CourseInput, today: string): Course {
  const row = tx.db.prepare<[string], CourseRow>('SELECT * FROM training_courses WHERE id = ?').get(id);
  if (!row) throw notFound(COURSE_RECORD, id);
  check(input);
  write(tx.db, id, input, tx.at);
  tx.audit(COURSE_RECORD, id, { ...courseInputOf(row) }, { ...input });
  return getCourse(tx.db, id, today)!;
}

export function deleteCourse(tx: ChangeTx, id: string): void {
  const row = tx.db.prepare<[string], CourseRow>('SELECT * FROM training_courses WHERE id = ?').get(id);
  if (!row) throw notFound(COURSE_RECORD, id);
  if (tx.db.prepare('SELECT 1 FROM training_completions WHERE course_id = ? LIMIT 1').get(id)) throw invalid(['id'], 'course_has_completions', 'the course has completions');
  tx.db.prepare('DELETE FROM training_assignments WHERE course_id = ?').run(id);
  tx.db.prepare('DELETE FROM training_courses WHERE id = ?').run(id);
  removeRecord(tx.db, COURSE_RECORD, id);
  tx.audit(COURSE_RECORD, id, { ...courseInputOf(row) }, null);
}
