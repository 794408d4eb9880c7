// The calendar date of a change, for records dated by when they were saved (evidence effective dates).
import { localIsoDate } from '../frameworks/calendar-dates';

/**
 * `tx.at` (an ISO instant) as the user's local calendar day: the same reading of "today" the
 * controls and agenda areas use, so evidence dated by a change agrees with freshness computed today.
 */
export function calendarDateOf(instant: string): string {
  return localIsoDate(new Date(instant));
}
