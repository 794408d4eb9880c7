// Due dates of assignments: from the course's recurrence (shared/recurrence), counted from the last
// passed completion; without one, a new joiner's course is due the audience's number of days after
// their start, and anyone else's as the schedule says from the day it was assigned.
//
// Generation asks for tens of thousands of due dates at once. They repeat (the same schedule, anchor
// and completion day), so they are cached; and a calendar rule is expanded once into its list of
// occurrences, from which each due date is read by binary search with the engine's rule (the
// occurrence nearest the completion is settled, the next one is due). Anything the list cannot
// answer (beyond its end) goes to the engine itself.
import { nextDue, occurrencesBetween, type CalendarSchedule, type Schedule } from '../../../shared/recurrence';
import { addDays, daysBetween } from '../../../shared/recurrence/dates';
import type { Audience } from '../../../shared/contract/areas/training';

export interface DueCourse {
  id: string;
  audience: Audience;
  schedule: Schedule;
}

export interface DuePerson {
  startDate: string | null;
}

/** Whether the person started within the course's new-joiner window as of `on`. */
export function isNewJoiner(audience: Audience, startDate: string | null, on: string): boolean {
  return audience.newJoinersWithinDays !== null && startDate !== null && startDate >= joinerCutoff(on, audience.newJoinersWithinDays);
}

const cutoffs = new Map<string, string>();
/** The earliest start date that is still within `days` of `on`. */
function joinerCutoff(on: string, days: number): string {
  const key = `${on}|${days}`;
  let cutoff = cutoffs.get(key);
  if (cutoff === undefined) {
    cutoff = addDays(on, -days);
    if (cutoffs.size > 1000) cutoffs.clear();
    cutoffs.set(key, cutoff);
  }
  return cutoff;
}

/** How far ahead of today a calendar rule is expanded. */
const EXPANDED_YEARS = 5;
/** The engine's expansion limit: a list this long may be cut short. */
const MAX_OCCURRENCES = 10_000;

/** The first index whose date is greater than `date` (or ≥ when `inclusive`). */
function firstAfter(dates: readonly string[], date: string, inclusive: boolean): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (inclusive ? dates[mid]! < date : dates[mid]! <= date) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A calendar rule's occurrences up to a horizon; null answers mean "ask the engine". */
export class CalendarTable {
  private readonly dates: string[];
  constructor(schedule: CalendarSchedule, horizon: string) {
    const occurrences = occurrencesBetween(schedule, schedule.start.slice(0, 10), horizon);
    this.dates = occurrences.length >= MAX_OCCURRENCES ? [] : occurrences.map((occurrence) => occurrence.date);
  }

  due(anchorDate: string, lastCompletedOn: string | null): string | null | undefined {
    if (this.dates.length === 0) return undefined;
    if (lastCompletedOn === null) {
      const first = firstAfter(this.dates, anchorDate, true);
      return first < this.dates.length ? this.dates[first] : undefined;
    }
    const next = firstAfter(this.dates, lastCompletedOn, false);
    if (next >= this.dates.length) return undefined;
    const following = this.dates[next]!;
    const previous = next > 0 ? this.dates[next - 1] : undefined;
    const settledFollowing = previous === undefined || daysBetween(previous, lastCompletedOn) >= daysBetween(lastCompletedOn, following);
    if (!settledFollowing) return following;
    return next + 1 < this.dates.length ? this.dates[next + 1] : undefined;
  }
}

/** Computes due dates with caches: thousands of assignments share a schedule, an anchor and a last completion. */
export class DueCalculator {
  /** Per schedule (by its JSON): due dates by `anchor|last`, and a calendar rule's table. */
  private readonly bySchedule = new Map<string, { cache: Map<string, string | null>; table: CalendarTable | null }>();
  private readonly keys = new WeakMap<Schedule, string>();
  private readonly horizon: string;
  constructor(private readonly today: string) {
    this.horizon = addDays(today, 366 * EXPANDED_YEARS);
  }

  due(course: DueCourse, person: DuePerson, assignedOn: string, lastCompletedOn: string | null): string | null {
    if (lastCompletedOn === null && isNewJoiner(course.audience, person.startDate, assignedOn)) {
      return addDays(person.startDate!, course.audience.newJoinersWithinDays!);
    }
    return this.scheduleDue(course.schedule, lastCompletedOn === null ? assignedOn : lastCompletedOn, lastCompletedOn);
  }

  private entry(schedule: Schedule) {
    let key = this.keys.get(schedule);
    if (key === undefined) {
      key = JSON.stringify(schedule);
      this.keys.set(schedule, key);
    }
    let entry = this.bySchedule.get(key);
    if (!entry) {
      entry = { cache: new Map(), table: schedule.kind === 'calendar' ? new CalendarTable(schedule, this.horizon) : null };
      this.bySchedule.set(key, entry);
    }
    return entry;
  }

  private scheduleDue(schedule: Schedule, anchorDate: string, lastCompletedOn: string | null): string | null {
    const entry = this.entry(schedule);
    const key = lastCompletedOn === null ? anchorDate : `|${lastCompletedOn}`;
    const cached = entry.cache.get(key);
    if (cached !== undefined) return cached;
    let value = entry.table ? entry.table.due(anchorDate, lastCompletedOn) : undefined;
    if (value === undefined) value = nextDue(schedule, { lastCompletedOn, anchorDate, today: this.today })?.date ?? null;
    entry.cache.set(key, value);
    return value;
  }
}
