// Completion rates: the share of open assignments whose course was passed and is not due again yet,
// overall, by department and by course; and the same at the end of each of the last 12 months, from
// the completions on record (an assignment counts in a month once its person had started), overall
// and per department or per course.
import { EXPIRING_WITHIN_DAYS, type MonthlyRate, type Rate } from '../../../shared/contract/areas/training';
import { addDays, addMonths } from '../../../shared/recurrence/dates';
import type { RateDimension, RateHistory } from '../../../shared/contract/areas/training-import';
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

/** The month ends of the last 12 months, oldest first; this month's is today. */
function lastMonthEnds(today: string): string[] {
  const ends: string[] = [];
  for (let back = 11; back >= 0; back--) {
    const end = monthEnd(addMonths(`${today.slice(0, 7)}-01`, -back));
    ends.push(end > today ? today : end);
  }
  return ends;
}

interface Tally {
  total: number[];
  done: number[];
}

/**
 * The rate at each month end, per group (one group for the whole organisation, or per department or
 * course): an open assignment counts once its person had started, and is done at a month end when
 * its course's last pass by then is not yet due again.
 */
function ratesAtMonthEnds(db: Db, today: string, groupOf: (courseId: string, department: string) => string): { ends: string[]; groups: Map<string, Tally> } {
  const courses = new Map(storedCourses(db).map((course) => [course.id, course]));
  const assignments = db
    .prepare("SELECT a.course_id, a.person_id, p.start_date, p.department FROM training_assignments a JOIN people p ON p.id = a.person_id WHERE a.status = 'open'")
    .raw()
    .all() as [string, string, string | null, string][];
  const passes = new Map<string, string[]>();
  for (const [course, person, on] of db.prepare('SELECT course_id, person_id, completed_on FROM training_completions WHERE passed = 1 ORDER BY completed_on').raw().all() as [string, string, string][]) {
    const key = `${course}|${person}`;
    const list = passes.get(key);
    if (list) list.push(on);
    else passes.set(key, [on]);
  }
  const ends = lastMonthEnds(today);
  const dues = new DueCalculator(today);
  const groups = new Map<string, Tally>();
  for (const [courseId, personId, start, department] of assignments) {
    const course = courses.get(courseId);
    if (!course) continue;
    const group = groupOf(courseId, department);
    let tally = groups.get(group);
    if (!tally) {
      tally = { total: ends.map(() => 0), done: ends.map(() => 0) };
      groups.set(group, tally);
    }
    const list = passes.get(`${courseId}|${personId}`) ?? [];
    let next = 0;
    let last: string | null = null;
    for (const [i, end] of ends.entries()) {
      if (start !== null && start > end) continue;
      tally.total[i]! += 1;
      while (next < list.length && list[next]! <= end) last = list[next++]!;
      if (last === null) continue;
      const due = dues.due(course, { startDate: start }, last, last);
      if (due !== null && due >= end) tally.done[i]! += 1;
    }
  }
  return { ends, groups };
}

export function monthlyRates(db: Db, today: string): MonthlyRate[] {
  const { ends, groups } = ratesAtMonthEnds(db, today, () => '');
  const tally = groups.get('');
  return ends.map((end, i) => {
    const total = tally?.total[i] ?? 0;
    const done = tally?.done[i] ?? 0;
    return { month: end.slice(0, 7), total, done, rate: rateOf(total, done) };
  });
}

/** The same per department or per course, each with its label (a course's title). */
export function rateHistory(db: Db, today: string, by: RateDimension): RateHistory {
  const { ends, groups } = ratesAtMonthEnds(db, today, by === 'course' ? (courseId) => courseId : (_courseId, department) => department);
  const titles = by === 'course' ? new Map(storedCourses(db).map((course) => [course.id, course.title])) : null;
  const series = [...groups.entries()]
    .map(([key, tally]) => ({
      key,
      label: titles ? (titles.get(key) ?? key) : key,
      points: ends.map((end, i) => ({ month: end.slice(0, 7), total: tally.total[i]!, done: tally.done[i]!, rate: rateOf(tally.total[i]!, tally.done[i]!) })),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { months: ends.map((end) => end.slice(0, 7)), series };
}
