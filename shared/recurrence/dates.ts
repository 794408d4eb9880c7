// Calendar arithmetic on YYYY-MM-DD strings and conversion of wall-clock times in an IANA zone to
// instants, with dayjs (utc + timezone plugins).
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** `date` plus whole months; a day the month lacks becomes its last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: string, months: number): string {
  return dayjs.utc(date).add(months, 'month').format('YYYY-MM-DD');
}

export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole days from `from` to `to`, positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day');
}

/** A start value (date or date-time) as a floating Date: UTC fields holding the wall-clock time. */
export function floatingOf(start: string): Date {
  return new Date(`${start.length === 10 ? `${start}T00:00` : start}:00.000Z`);
}

/** The floating Date at the very end of a calendar day. */
export function endOfDayFloating(date: string): Date {
  return new Date(`${date}T23:59:59.999Z`);
}

export function startOfDayFloating(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function dateOfFloating(floating: Date): string {
  return floating.toISOString().slice(0, 10);
}

/**
 * The instant at which a wall-clock time happens in `tzid`, as RFC 5545 §3.3.5 reads it: a time
 * skipped by a DST change moves forward by the gap (02:30 → 03:30), and a time that happens twice
 * means the first of the two.
 */
export function instantOf(floating: Date, tzid: string): string {
  const wall = floating.toISOString().slice(0, 19);
  const guess = dayjs.tz(wall, tzid);
  const earlier = guess.subtract(1, 'hour');
  if (earlier.tz(tzid).format('YYYY-MM-DDTHH:mm:ss') === wall) return earlier.toISOString();
  return guess.toISOString();
}
