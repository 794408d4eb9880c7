// When a schedule is next due, which occurrences fall in a period, and whether it is overdue.
// Dates are calendar days (YYYY-MM-DD) as the workspace stores them.
//
// A completion of a calendar schedule counts for the occurrence nearest to it (ties go to the later
// one): done a few days early or late, it settles that occurrence and the next one becomes due.
// Without a completion, occurrences before the anchor date (when the obligation began) are not owed.
import { RRule } from 'rrule';
import { addDays, addMonths, dateOfFloating, daysBetween, endOfDayFloating, floatingOf, instantOf, startOfDayFloating } from './dates';
import { parseRrule, rruleOptions } from './rrule-text';
import type { AfterCompletionSchedule, CalendarSchedule, Schedule } from './schedule';

export interface DueContext {
  /** The last time it was done, YYYY-MM-DD. */
  lastCompletedOn?: string | null;
  /** When the obligation began (a person's start date, a record's creation), YYYY-MM-DD. */
  anchorDate: string;
  /** The user's local calendar day. */
  today: string;
}

export interface Occurrence {
  /** The calendar day in the schedule's zone. */
  date: string;
  /** The instant (UTC ISO) for calendar schedules; null for after-completion schedules (days only). */
  at: string | null;
}

export interface Due extends Occurrence {
  overdue: boolean;
  /** Days from today to the due date; negative when overdue. */
  daysLeft: number;
}

/** Guards against runaway expansion (a daily rule over centuries). */
const MAX_OCCURRENCES = 10_000;

function ruleOf(schedule: CalendarSchedule): RRule {
  const parsed = parseRrule(schedule.rrule);
  if (!parsed.ok) throw new Error(`invalid RRULE (${parsed.problem.code})`);
  return new RRule(rruleOptions(parsed.rule, floatingOf(schedule.start)));
}

function occurrence(floating: Date, tzid: string): Occurrence {
  return { date: dateOfFloating(floating), at: instantOf(floating, tzid) };
}

function calendarNext(schedule: CalendarSchedule, context: Omit<DueContext, 'today'>): Occurrence | null {
  const rule = ruleOf(schedule);
  const completed = context.lastCompletedOn ?? null;
  if (completed === null) {
    const first = rule.after(startOfDayFloating(context.anchorDate), true);
    return first ? occurrence(first, schedule.tzid) : null;
  }
  const previous = rule.before(endOfDayFloating(completed), true);
  const following = rule.after(endOfDayFloating(completed), false);
  if (!following) return null;
  // Settled: the nearest occurrence; what is due is the one after it.
  const settledFollowing = !previous || daysBetween(dateOfFloating(previous), completed) >= daysBetween(completed, dateOfFloating(following));
  if (!settledFollowing) return occurrence(following, schedule.tzid);
  const after = rule.after(following, false);
  return after ? occurrence(after, schedule.tzid) : null;
}

function step(schedule: AfterCompletionSchedule, date: string, times: number): string {
  return 'months' in schedule.every ? addMonths(date, schedule.every.months * times) : addDays(date, schedule.every.days * times);
}

function afterCompletionNext(schedule: AfterCompletionSchedule, context: Omit<DueContext, 'today'>): Occurrence {
  if (context.lastCompletedOn) return { date: step(schedule, context.lastCompletedOn, 1), at: null };
  return { date: addDays(context.anchorDate, schedule.firstDueWithin?.days ?? 0), at: null };
}

/** The next due occurrence, or null when a calendar rule has run out (COUNT or UNTIL reached). */
export function nextDue(schedule: Schedule, context: DueContext): Due | null {
  const next = schedule.kind === 'calendar' ? calendarNext(schedule, context) : afterCompletionNext(schedule, context);
  if (!next) return null;
  const daysLeft = daysBetween(context.today, next.date);
  return { ...next, overdue: daysLeft < 0, daysLeft };
}

export function isOverdue(schedule: Schedule, context: DueContext): boolean {
  return nextDue(schedule, context)?.overdue ?? false;
}

/**
 * Occurrences from `from` to `to` (both calendar days, inclusive). For an after-completion schedule
 * they are projected from the next due date, assuming each is done on the day it falls due; that
 * needs the completion context.
 */
export function occurrencesBetween(schedule: Schedule, from: string, to: string, context?: Omit<DueContext, 'today'>): Occurrence[] {
  if (to < from) return [];
  if (schedule.kind === 'calendar') {
    const rule = ruleOf(schedule);
    const found: Occurrence[] = [];
    rule.between(startOfDayFloating(from), endOfDayFloating(to), true, (date) => {
      found.push(occurrence(date, schedule.tzid));
      return found.length < MAX_OCCURRENCES;
    });
    return found;
  }
  const first = afterCompletionNext(schedule, context ?? { anchorDate: from });
  const found: Occurrence[] = [];
  // Counted from the first due date each time, so month-end dates do not drift (Jan 31, Feb 28, Mar 31).
  for (let k = 0; found.length < MAX_OCCURRENCES; k++) {
    const date = step(schedule, first.date, k);
    if (date > to) break;
    if (date >= from) found.push({ date, at: null });
  }
  return found;
}
