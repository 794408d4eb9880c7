// Calendar dates as the workspace stores them: `YYYY-MM-DD` strings, which compare correctly as text.
// "Today" is the user's local calendar day, not UTC's: a review due on the 3rd is due on the 3rd
// where the user sits.

/** The local calendar date of an instant, YYYY-MM-DD. */
export function localIsoDate(instant: Date): string {
  const year = String(instant.getFullYear()).padStart(4, '0');
  const month = String(instant.getMonth() + 1).padStart(2, '0');
  const day = String(instant.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function utcDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  return new Date((utcDay(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round(utcDay(to) - utcDay(from));
}

/** The clock the backend was given (tests pass a fixed one), read as today's local date. */
export function todayFrom(now: (() => Date) | undefined): string {
  return localIsoDate(now ? now() : new Date());
}
