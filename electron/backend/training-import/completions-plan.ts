// The dry run of a completions file (an LMS export): each row's person (by email or name) and course
// (by title or id) must be on record, the date and score parse, and the completion meets the rules
// training.completions.record applies (judgeCompletion: not in the future, a score where the course
// has a passing score; pass or fail). A completion already on record for the same person, course and
// date is skipped, as is a repeat within the file. Reads only.
import { setImmediate as nextTick } from 'node:timers/promises';
import { AppError } from '../../../shared/contract';
import type { ColumnMapping, ImportColumn, ImportProblem, RowOutcome } from '../../../shared/contract/areas/inventory-import';
import type { TrainingImportPreview } from '../../../shared/contract/areas/training-import';
import { nameKey, parseDate, parseInteger } from '../inventory-import/import-values';
import type { ImportTable } from '../inventory-import/read-table';
import { judgeCompletion } from '../training/training-completions';
import { storedCourses, type StoredCourse } from '../training/training-courses';
import type { Db } from '../workspace/sqlcipher';
import { cellOf, emptyCounts, prepareTable, problem, SAMPLE_ROWS, YIELD_EVERY } from './plan-common';

export interface PlannedCompletion {
  row: number;
  personId: string;
  courseId: string;
  completedOn: string;
  score: number | null;
  certificateRef: string;
  passed: boolean;
}

export interface CompletionsPlan {
  preview: TrainingImportPreview;
  /** The completions to write, in file order. */
  rows: PlannedCompletion[];
  /** Rows already on record or repeated in the file. */
  skipped: number;
  courses: Map<string, StoredCourse>;
  startDates: Map<string, string | null>;
}

export interface CompletionsPlanOptions {
  mapping?: ColumnMapping;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

const CERTIFICATE_MAX = 200;

/** Names to ids; a name used by more than one record resolves to all of them (ambiguous). */
function index<T>(items: readonly T[], keyOf: (item: T) => string, idOf: (item: T) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === '') continue;
    const ids = map.get(key);
    if (ids) ids.push(idOf(item));
    else map.set(key, [idOf(item)]);
  }
  return map;
}

export async function planCompletions(db: Db, table: ImportTable, today: string, options: CompletionsPlanOptions): Promise<CompletionsPlan> {
  const prepared = prepareTable(table, 'completions', options.mapping, (fields) => {
    const missing: ImportProblem[] = [];
    if (!fields.has('personEmail') && !fields.has('personName')) missing.push(problem(null, null, 'personEmail', 'mapping_missing_person'));
    if (!fields.has('course')) missing.push(problem(null, null, 'course', 'mapping_missing_course'));
    if (!fields.has('completedOn')) missing.push(problem(null, null, 'completedOn', 'mapping_missing_date'));
    return missing;
  });
  const { rows, columnOf } = prepared;
  const counts = emptyCounts();
  const problems: ImportProblem[] = [...prepared.problems];
  const courses = new Map(storedCourses(db).map((course) => [course.id, course]));
  const people = db.prepare('SELECT id, name, email, start_date FROM people').raw().all() as [string, string, string, string | null][];
  const startDates = new Map(people.map(([id, , , start]) => [id, start]));
  const empty = (): CompletionsPlan => ({ preview: { kind: 'completions', totalRows: rows.length, counts, problems, passed: 0, sample: [] }, rows: [], skipped: 0, courses, startDates });
  if (problems.length > 0) return empty();

  const byEmail = index(people, ([, , email]) => email.toLowerCase(), ([id]) => id);
  const byName = index(people, ([, name]) => nameKey(name), ([id]) => id);
  const byTitle = index([...courses.values()], (course) => nameKey(course.title), (course) => course.id);
  const onRecord = new Set<string>();
  for (const [course, person, on] of db.prepare('SELECT course_id, person_id, completed_on FROM training_completions').raw().all() as [string, string, string][]) onRecord.add(`${course}|${person}|${on}`);
  const inFile = new Map<string, number>();
  const nameOf = new Map(people.map(([id, name]) => [id, name]));

  const planned: PlannedCompletion[] = [];
  const sample: TrainingImportPreview['sample'] = [];
  let passed = 0;
  let skipped = 0;
  const total = rows.length;
  const emailColumn = columnOf.get('personEmail');
  const nameColumn = columnOf.get('personName');
  const courseColumn = columnOf.get('course')!;
  const dateColumn = columnOf.get('completedOn')!;

  /** One id for a cell, or a problem: unknown, or a name more than one record has. */
  const resolve = (ids: string[] | undefined, column: ImportColumn, field: string, value: string, kind: 'person' | 'course', rowNumber: number, out: ImportProblem[]): string | null => {
    if (!ids || ids.length === 0) out.push(problem(rowNumber, column, field, `${kind}_unknown`, { value }));
    else if (ids.length > 1) out.push(problem(rowNumber, column, field, `${kind}_ambiguous`, { value, count: ids.length }));
    else return ids[0]!;
    return null;
  };

  for (const [position, row] of rows.entries()) {
    if (position % YIELD_EVERY === 0 && position > 0) {
      options.onProgress?.(position, total);
      await nextTick();
      if (options.signal?.aborted) throw new AppError('CANCELLED', 'the import was cancelled');
    }
    const rowProblems: ImportProblem[] = [];
    // The person: by email when the row has one, else by name.
    const email = emailColumn ? (row.cells[emailColumn.index] ?? '').trim() : '';
    const name = nameColumn ? (row.cells[nameColumn.index] ?? '').trim() : '';
    let personId: string | null = null;
    if (email !== '') personId = resolve(byEmail.get(email.toLowerCase()), emailColumn!, 'personEmail', email, 'person', row.number, rowProblems);
    else if (name !== '') personId = resolve(byName.get(nameKey(name)), nameColumn!, 'personName', name, 'person', row.number, rowProblems);
    else rowProblems.push(problem(row.number, emailColumn ?? nameColumn ?? null, emailColumn ? 'personEmail' : 'personName', 'required'));
    // The course: by title, or by its id.
    const courseText = (row.cells[courseColumn.index] ?? '').trim();
    let courseId: string | null = null;
    if (courseText === '') rowProblems.push(problem(row.number, courseColumn, 'course', 'required'));
    else courseId = courses.has(courseText) ? courseText : resolve(byTitle.get(nameKey(courseText)), courseColumn, 'course', courseText, 'course', row.number, rowProblems);
    const dateText = (row.cells[dateColumn.index] ?? '').trim();
    const date = parseDate(dateText);
    let completedOn: string | null = null;
    if (!date.ok) rowProblems.push(problem(row.number, dateColumn, 'completedOn', 'invalid_date', { value: dateText }));
    else if (date.value === null) rowProblems.push(problem(row.number, dateColumn, 'completedOn', 'required'));
    else completedOn = date.value;
    let score: number | null = null;
    const scoreText = cellOf(prepared, row, 'score').replace(/\s*[%％]$/, '');
    const parsedScore = parseInteger(scoreText, 0, 100);
    if (parsedScore.ok) score = parsedScore.value;
    else rowProblems.push(problem(row.number, columnOf.get('score')!, 'score', parsedScore.code, parsedScore.params));
    const certificateRef = cellOf(prepared, row, 'certificateRef');
    if (certificateRef.length > CERTIFICATE_MAX) rowProblems.push(problem(row.number, columnOf.get('certificateRef')!, 'certificateRef', 'too_long', { max: CERTIFICATE_MAX }));

    let outcome: RowOutcome = 'error';
    let pass = false;
    if (rowProblems.length === 0 && personId !== null && courseId !== null && completedOn !== null) {
      const judged = judgeCompletion(courses.get(courseId)!.passingScore, completedOn, score, today);
      if (judged.problem) {
        const field = judged.problem.field;
        rowProblems.push(problem(row.number, field === 'score' ? (columnOf.get('score') ?? null) : dateColumn, field, judged.problem.code, { value: field === 'score' ? '' : completedOn }));
      } else {
        const key = `${courseId}|${personId}|${completedOn}`;
        const earlier = inFile.get(key);
        if (earlier !== undefined) {
          problems.push(problem(row.number, dateColumn, 'completedOn', 'duplicate_in_file', { other: earlier }, 'warning'));
          outcome = 'duplicate';
        } else if (onRecord.has(key)) outcome = 'duplicate';
        else {
          inFile.set(key, row.number);
          outcome = 'new';
          pass = judged.passed;
          planned.push({ row: row.number, personId, courseId, completedOn, score, certificateRef, passed: pass });
        }
      }
    }
    if (rowProblems.length > 0) outcome = 'error';
    if (outcome === 'duplicate') skipped += 1;
    if (pass) passed += 1;
    counts[outcome] += 1;
    problems.push(...rowProblems);
    if (sample.length < SAMPLE_ROWS) {
      const who = personId !== null ? (nameOf.get(personId) ?? '') : email || name;
      const what = courseId !== null ? (courses.get(courseId)?.title ?? courseText) : courseText;
      sample.push({ row: row.number, name: [who, what, completedOn ?? dateText].filter(Boolean).join(' · '), outcome });
    }
  }
  options.onProgress?.(total, total);
  return { preview: { kind: 'completions', totalRows: total, counts, problems, passed, sample }, rows: planned, skipped, courses, startDates };
}
