// Calendar arithmetic for legal deadlines: calendar dates as day numbers (days since 1970-01-01),
// months with the month-end rule, and working days that skip weekends, public holidays and — in
// China — count the adjusted working days (调休) on which a weekend day is worked.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

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

/** The calendar date an instant falls on in a time zone. */
export function localDay(instant: Date, timeZone: string): number {
  if (timeZone === 'UTC') return Math.floor(instant.getTime() / MS_PER_DAY);
  return dayNumber(dayjs(instant).tz(timeZone).format('YYYY-MM-DD'));
}

/** The last millisecond of a calendar date in a time zone, as an instant. */
export function endOfLocalDay(day: number, timeZone: string): Date {
  if (timeZone === 'UTC') return new Date((day + 1) * MS_PER_DAY - 1);
  return dayjs.tz(`${isoDate(day)}T23:59:59.999`, timeZone).toDate();
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
