// Completion rates: the share of open assignments whose course was passed and is not due again yet,
// overall, by department and by course; and the same at the end of each of the last 12 months, from
// the completions on record (an assignment counts in a month once its person had started).
import { EXPIRING_WITHIN_DAYS, type MonthlyRate, type Rate } from '../../../shared/contract/areas/training';
import { addDays, addMonths } from '../../../shared/recurrence/dates';
import type { Db } from '../workspace/sqlcipher';
import { storedCourses } from './training-courses';
import { DueCalculator } from './training-due';

function rateOf(total: number, done: number): number {
  return total === 0 ? 0 : Math.round((done / total) * 1000) / 10;
}

export function trainingRates(db: Db, today: string) {
  const soon = addDays(today, EXPIRING_WITHIN_DAYS);
  const rows = db
    .prepare(
      `SELECT a.course_id, c.title, p.department, count(*),
              sum(a.last_completed_on IS NOT NULL AND a.due_on IS NOT NULL AND a.due_on >= @today),
              sum(a.due_on IS NOT NULL AND a.due_on < @today),
              sum(a.due_on IS NOT NULL AND a.due_on >= @today AND a.due_on <= @soon)
         FROM training_assignments a JOIN training_courses c ON c.id = a.course_id JOIN people p ON p.id = a.person_id
        WHERE a.status = 'open' GROUP BY a.course_id, p.department`,
    )
    .raw()
    .all({ today, soon }) as [string, string, string, number, number, number, number][];
  const byDepartment = new Map<string, { total: number; done: number }>();
  const byCourse = new Map<string, { label: string; total: number; done: number }>();
  let total = 0;
  let done = 0;
  let overdue = 0;
  let dueSoon = 0;
  for (const [courseId, title, department, count, doneCount, overdueCount, soonCount] of rows) {
    total += count;
    done += doneCount;
    overdue += overdueCount;
    dueSoon += soonCount;
    const dept = byDepartment.get(department) ?? { total: 0, done: 0 };
    dept.total += count;
    dept.done += doneCount;
    byDepartment.set(department, dept);
    const course = byCourse.get(courseId) ?? { label: title, total: 0, done: 0 };
    course.total += count;
    course.done += doneCount;
    byCourse.set(courseId, course);
  }
  const toRates = (entries: [string, { label?: string; total: number; done: number }][]): Rate[] =>
    entries
      .map(([key, value]) => ({ key, label: value.label ?? key, total: value.total, done: value.done, rate: rateOf(value.total, value.done) }))
      .sort((a, b) => a.rate - b.rate || a.label.localeCompare(b.label));
  return { today, total, done, overdue, dueSoon, byDepartment: toRates([...byDepartment]), byCourse: toRates([...byCourse]) };
}

/** The last day of the month of `date`. */
function monthEnd(date: string): string {
  return addDays(addMonths(`${date.slice(0, 7)}-01`, 1), -1);
}

export function monthlyRates(db: Db, today: string): MonthlyRate[] {
  const courses = new Map(storedCourses(db).map((course) => [course.id, course]));
  const assignments = db
    .prepare("SELECT a.course_id, a.person_id, p.start_date FROM training_assignments a JOIN people p ON p.id = a.person_id WHERE a.status = 'open'")
    .raw()
    .all() as [string, string, string | null][];
  const passes = new Map<string, string[]>();
  for (const [course, person, on] of db.prepare('SELECT course_id, person_id, completed_on FROM training_completions WHERE passed = 1 ORDER BY completed_on').raw().all() as [string, string, string][]) {
    const key = `${course}|${person}`;
    const list = passes.get(key);
    if (list) list.push(on);
    else passes.set(key, [on]);
  }
  const ends: string[] = [];
  for (let back = 11; back >= 0; back--) {
    const end = monthEnd(addMonths(`${today.slice(0, 7)}-01`, -back));
    ends.push(end > today ? today : end);
  }
  const dues = new DueCalculator(today);
  return ends.map((end) => {
    let total = 0;
    let done = 0;
    for (const [courseId, personId, start] of assignments) {
      const course = courses.get(courseId);
      if (!course || (start !== null && start > end)) continue;
      total += 1;
      const list = passes.get(`${courseId}|${personId}`);
      let last: string | null = null;
      for (const on of list ?? []) {
        if (on > end) break;
        last = on;
      }
      if (last === null) continue;
      const due = dues.due(course, { startDate: start }, last, last);
      if (due !== null && due >= end) done += 1;
    }
    return { month: end.slice(0, 7), total, done, rate: rateOf(total, done) };
  });
}
