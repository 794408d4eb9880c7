// Calendar arithmetic for legal deadlines: calendar dates as day numbers (days since 1970-01-01),
// months with the month-end rule, and working days that skip weekends, public holidays and — in
// China — count the adjusted working days (调休) on which a weekend day is worked.
const MS_PER_DAY = 86_400_000;

/** YYYY-MM-DD → day number. */
export function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / MS_PER_DAY;
}

/** Day number → YYYY-MM-DD. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The day `months` months after `day`: the same day-number of the later month, or that month's last
 * day where it has no such day (Regulation 1182/71 Art 3(2)(c): 31 January + 1 month = 28/29 February).
 */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY;
}

/** Which days are working days. Dates are YYYY-MM-DD. */
export interface WorkingCalendar {
  /** Public holidays (weekdays that are not worked). */
  readonly holidays: ReadonlySet<string>;
  /** Weekend days that are worked (China's adjusted working days, 调休上班). */
  readonly workedWeekendDays: ReadonlySet<string>;
  /** Years whose holidays the calendar knows; outside them only weekends are skipped. */
  readonly coveredYears: ReadonlySet<number>;
}

/** A calendar's dates as day numbers, compiled once per calendar (deadline computation is hot). */
const compiled = new WeakMap<WorkingCalendar, { holidays: Set<number>; worked: Set<number> }>();
function daySets(calendar: WorkingCalendar): { holidays: Set<number>; worked: Set<number> } {
  let sets = compiled.get(calendar);
  if (!sets) {
    sets = { holidays: new Set([...calendar.holidays].map(dayNumber)), worked: new Set([...calendar.workedWeekendDays].map(dayNumber)) };
    compiled.set(calendar, sets);
  }
  return sets;
}

export function isWorkingDay(day: number, calendar: WorkingCalendar): boolean {
  const { holidays, worked } = daySets(calendar);
  if (worked.has(day)) return true;
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && !holidays.has(day);
}

/** The `count`-th working day after `day` (the day itself is not counted). */
export function addWorkingDays(day: number, count: number, calendar: WorkingCalendar): number {
  let current = day;
  for (let left = count; left > 0; ) {
    current += 1;
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}

/** The year a day number falls in. */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time an instant shows in a time zone, read as if it were UTC (whole seconds). */
function wallClock(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** The calendar date an instant falls on in a time zone. */
export function localDay(instant: Date, timeZone: string): number {
  if (timeZone === 'UTC') return Math.floor(instant.getTime() / MS_PER_DAY);
  return Math.floor(wallClock(instant.getTime(), timeZone) / MS_PER_DAY);
}

/**
 * The last millisecond of a calendar date in a time zone, as an instant: one millisecond before the
 * next day begins there. The zone's offset is read at a first guess and again at the result, so a
 * daylight-saving change on either day is followed.
 */
export function endOfLocalDay(day: number, timeZone: string): Date {
  const nextMidnight = (day + 1) * MS_PER_DAY;
  if (timeZone === 'UTC') return new Date(nextMidnight - 1);
  const secondFloor = (ms: number) => Math.floor(ms / 1000) * 1000;
  const offsetAt = (ms: number) => wallClock(ms, timeZone) - secondFloor(ms);
  let start = nextMidnight - offsetAt(nextMidnight);
  const corrected = nextMidnight - offsetAt(start);
  if (corrected !== start && wallClock(corrected, timeZone) === nextMidnight) start = corrected;
  return new Date(start - 1);
}

/** Whether the runtime knows an IANA time zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
