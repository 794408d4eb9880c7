// Default working-day calendars for the deadline rules. Both can be replaced per workspace (the
// data-subject request register lets the officer edit holidays and adjusted working days per year).
import { dayNumber, isoDate, weekday, type WorkingCalendar } from './calendar';

/**
 * Mainland China: public holidays (放假) and the weekend days worked in exchange (调休上班), as
 * published each year by the General Office of the State Council. Years not listed fall back to
 * weekends only, and the deadline says so.
 */
export const CHINA_PUBLIC_HOLIDAYS: Readonly<Record<number, { holidays: readonly string[]; workedWeekendDays: readonly string[] }>> = {
  2025: {
    holidays: [
      '2025-01-01',
      '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
      '2025-04-04', '2025-04-05', '2025-04-06',
      '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05',
      '2025-05-31', '2025-06-01', '2025-06-02',
      '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08',
    ],
    workedWeekendDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    holidays: [
      '2026-01-01', '2026-01-02', '2026-01-03',
      '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
      '2026-04-04', '2026-04-05', '2026-04-06',
      '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
      '2026-06-19', '2026-06-20', '2026-06-21',
      '2026-09-25', '2026-09-26', '2026-09-27',
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
    ],
    workedWeekendDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

export function chinaCalendar(overrides: typeof CHINA_PUBLIC_HOLIDAYS = CHINA_PUBLIC_HOLIDAYS): WorkingCalendar {
  const years = Object.entries(overrides);
  return {
    holidays: new Set(years.flatMap(([, year]) => year.holidays)),
    workedWeekendDays: new Set(years.flatMap(([, year]) => year.workedWeekendDays)),
    coveredYears: new Set(years.map(([year]) => Number(year))),
  };
}

/** Lunar New Year (Government Code 6700(a)(4)); the date follows the lunar calendar. */
const LUNAR_NEW_YEAR: Readonly<Record<number, string>> = {
  2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13', 2030: '2030-02-03',
};

/** The n-th (1-based; -1 = last) given weekday of a month, as a day number. */
function nthWeekday(year: number, month: number, dow: number, n: number): number {
  if (n > 0) {
    const first = dayNumber(`${year}-${String(month).padStart(2, '0')}-01`);
    return first + ((dow - weekday(first) + 7) % 7) + (n - 1) * 7;
  }
  const last = Date.UTC(year, month, 0) / 86_400_000;
  return last - ((weekday(last) - dow + 7) % 7);
}

/**
 * California state holidays (Government Code 6700, 6701) for a year: the fixed dates, moved to the
 * Monday when they fall on a Sunday (Veterans Day to the Friday when on a Saturday), the Monday and
 * Friday holidays, Thanksgiving, and Lunar New Year where the date is known. CCPA regulations count
 * "business days" as Monday to Friday without state holidays (11 CCR 7001).
 */
export function californiaHolidays(year: number): string[] {
  const fixed = ['01-01', '02-12', '03-31', '04-24', '06-19', '07-04', '09-09', '11-11', '12-25'].map((md) => {
    const day = dayNumber(`${year}-${md}`);
    if (weekday(day) === 0) return day + 1;
    if (md === '11-11' && weekday(day) === 6) return day - 1;
    return day;
  });
  const floating = [
    nthWeekday(year, 1, 1, 3), // Dr. Martin Luther King, Jr. Day
    nthWeekday(year, 2, 1, 3), // third Monday in February
    nthWeekday(year, 5, 1, -1), // last Monday in May
    nthWeekday(year, 9, 1, 1), // first Monday in September
    nthWeekday(year, 9, 5, 4), // Native American Day
    nthWeekday(year, 10, 1, 2), // second Monday in October
    nthWeekday(year, 11, 4, 4), // Thanksgiving Day
  ];
  const lunar = LUNAR_NEW_YEAR[year] ? [dayNumber(LUNAR_NEW_YEAR[year])] : [];
  return [...new Set([...fixed, ...floating, ...lunar])].sort((a, b) => a - b).map(isoDate);
}

export function californiaCalendar(fromYear: number, toYear: number): WorkingCalendar {
  const years: number[] = [];
  for (let year = fromYear; year <= toYear; year++) years.push(year);
  return { holidays: new Set(years.flatMap(californiaHolidays)), workedWeekendDays: new Set(), coveredYears: new Set(years) };
}
