// What a job's schedules imply, computed from the shared/recurrence occurrences over the next
// SCHEDULE_HORIZON_DAYS days: the longest wait between two recovery points (the worst data loss) and
// the longest restore chain (the sets a restore needs at worst). A schedule says on which days a job
// runs (the finest RRULE frequency the workspace accepts is daily); `runsPerDay` spreads that many
// runs evenly over each such day from the start time (24 = hourly). Full backups run once on theirs.
import { RRule } from 'rrule';
import { SCHEDULE_HORIZON_DAYS, type BackupJobInput } from '../../../shared/contract/areas/backups';
import { occurrencesBetween, type Schedule } from '../../../shared/recurrence';
import { addDays, dateOfFloating, daysBetween, endOfDayFloating, floatingOf, startOfDayFloating } from '../../../shared/recurrence/dates';
import { parseRrule, rruleOptions, WEEKDAYS, type ParsedRrule } from '../../../shared/recurrence/rrule-text';

type ScheduleFacts = Pick<BackupJobInput, 'type' | 'schedule' | 'runsPerDay' | 'fullSchedule'>;

// Expanded run days by schedule and day: jobs are read often (lists, checks, the agenda) and their
// schedules rarely change. Bounded, oldest entries dropped first.
const expanded = new Map<string, string[]>();
const EXPANDED_MAX = 500;

function expand(schedule: Schedule, today: string): string[] {
  const to = addDays(today, SCHEDULE_HORIZON_DAYS);
  if (schedule.kind !== 'calendar') return occurrencesBetween(schedule, today, to, { anchorDate: today }).map((occurrence) => occurrence.date);
  // Calendar days only: the rule's floating occurrences, without converting each to an instant in
  // its zone (which is what makes a general expansion slow), since the time of day is fixed.
  const parsed = parseRrule(schedule.rrule);
  if (!parsed.ok) return [];
  const simple = simpleRunDays(parsed.rule, schedule.start.slice(0, 10), today, to);
  if (simple) return simple;
  const rule = new RRule(rruleOptions(parsed.rule, floatingOf(schedule.start)));
  return rule.between(startOfDayFloating(today), endOfDayFloating(to), true).map(dateOfFloating);
}

/**
 * The common backup rules without a library walk from their start (which is what takes the time):
 * every day, or every week on some weekdays, with no interval, month filter or end.
 */
function simpleRunDays(rule: ParsedRrule, start: string, today: string, to: string): string[] | null {
  const plain = rule.interval === 1 && rule.count === null && rule.until === null && rule.byMonth.length === 0 && rule.byMonthDay.length === 0 && rule.byDay.every((d) => d.n === null);
  if (!plain || (rule.freq !== 'DAILY' && rule.freq !== 'WEEKLY')) return null;
  // A weekly rule without BYDAY runs on its start's weekday.
  const weekdays = new Set(rule.byDay.length > 0 ? rule.byDay.map((d) => WEEKDAYS.indexOf(d.weekday)) : [(new Date(`${start}T00:00:00Z`).getUTCDay() + 6) % 7]);
  const days: string[] = [];
  for (let day = start > today ? start : today; day <= to; day = addDays(day, 1)) {
    // A daily rule with BYDAY runs on those weekdays only, as a weekly one does.
    if (rule.freq === 'DAILY' && rule.byDay.length === 0) days.push(day);
    else if (weekdays.has((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7)) days.push(day);
  }
  return days;
}

/** The distinct calendar days a schedule runs on from `today` over the horizon, in order. */
export function runDays(schedule: Schedule, today: string): string[] {
  // The days a calendar rule falls on depend on neither its time of day nor its zone (the rule runs
  // on floating wall-clock dates), so schedules differing only in those share one expansion.
  const normalised: Schedule = schedule.kind === 'calendar' ? { ...schedule, tzid: 'UTC', start: schedule.start.slice(0, 10) } : schedule;
  const key = `${today}|${JSON.stringify(normalised)}`;
  let days = expanded.get(key);
  if (!days) {
    days = [...new Set(expand(normalised, today))].sort();
    if (expanded.size >= EXPANDED_MAX) expanded.delete(expanded.keys().next().value!);
    expanded.set(key, days);
  }
  return days;
}

/** Hours from `today` of each run: `perDay` runs evenly spaced over each run day, from its start. */
function runHours(schedule: Schedule, today: string, perDay: number): number[] {
  const hours: number[] = [];
  for (const day of runDays(schedule, today)) {
    const base = daysBetween(today, day) * 24;
    for (let k = 0; k < perDay; k++) hours.push(base + (k * 24) / perDay);
  }
  return hours;
}

/** The longest interval between two consecutive recovery points, in hours; null with fewer than two runs. */
export function longestIntervalHours(job: ScheduleFacts, today: string): number | null {
  const points = new Set(runHours(job.schedule, today, job.runsPerDay));
  if (job.type !== 'full' && job.fullSchedule) for (const hour of runHours(job.fullSchedule, today, 1)) points.add(hour);
  const sorted = [...points].sort((a, b) => a - b);
  if (sorted.length < 2) return null;
  let longest = 0;
  for (let i = 1; i < sorted.length; i++) longest = Math.max(longest, sorted[i]! - sorted[i - 1]!);
  return Math.round(longest * 100) / 100;
}

/**
 * Sets needed to restore at worst: a full is one; a differential needs the full and itself (2); an
 * incremental needs the full and every incremental since it, worst just before the next full runs.
 */
export function chainLength(job: ScheduleFacts, today: string): number {
  if (job.type === 'full') return 1;
  if (job.type === 'differential') return 2;
  const fulls = job.fullSchedule ? runHours(job.fullSchedule, today, 1) : [];
  const fullSet = new Set(fulls);
  // A run at the same time as a full backup is the full itself.
  const incrementals = runHours(job.schedule, today, job.runsPerDay).filter((hour) => !fullSet.has(hour));
  if (fulls.length === 0) return 1 + incrementals.length;
  let worst = 0;
  let next = 0;
  for (let i = 0; i < fulls.length; i++) {
    const from = fulls[i]!;
    const to = fulls[i + 1] ?? Infinity;
    while (next < incrementals.length && incrementals[next]! <= from) next++;
    let between = 0;
    while (next + between < incrementals.length && incrementals[next + between]! < to) between++;
    // The last full's tail is cut off by the horizon; count it only when no complete cycle was seen.
    if (to !== Infinity || fulls.length === 1) worst = Math.max(worst, between);
  }
  return 1 + worst;
}
