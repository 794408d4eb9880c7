// Date arithmetic of the register that is not a legal clock: when the requester's details may be
// redacted (closure plus the retention period, month-end rule as for the deadlines).
import { addMonths, dayNumber, isoDate } from '../../../shared/deadlines/calendar';

/** `date` (YYYY-MM-DD) plus whole months; 31 January + 1 month = 28/29 February. */
export function addMonthsToDate(date: string, months: number): string {
  return isoDate(addMonths(dayNumber(date), months));
}
