// The request register's settings and working-day calendars: the retention period before
// redaction (the time zone is the organisation profile's), and per year the workspace's replacements for the shipped
// China (public holidays and adjusted working days) and California (state holidays) calendars.
import type { WorkingCalendar } from '../../../shared/deadlines/calendar';
import { dayNumber, weekday } from '../../../shared/deadlines/calendar';
import { CHINA_PUBLIC_HOLIDAYS, californiaHolidays } from '../../../shared/deadlines/holidays';
import { AppError, type InputIssue } from '../../../shared/contract';
import type { RequestCalendars, RequestSettings } from '../../../shared/contract/areas/requests';
import type { ChangeTx } from '../workspace/workspace-db';
import type { Db } from '../workspace/sqlcipher';

export type CalendarRegion = 'china' | 'california';

export function getRequestSettings(db: Db): RequestSettings {
  const row = db
    .prepare<[], { redaction_retention_months: number }>('SELECT redaction_retention_months FROM request_settings WHERE id = 1')
    .get();
  return { redactionRetentionMonths: row?.redaction_retention_months ?? 24 };
}

export function saveRequestSettings(tx: ChangeTx, patch: Partial<RequestSettings>): RequestSettings {
  const before = getRequestSettings(tx.db);
  const after = { ...before, ...patch };
  tx.db.prepare('UPDATE request_settings SET redaction_retention_months = ?, updated_at = ? WHERE id = 1').run(after.redactionRetentionMonths, tx.at);
  tx.audit('request_settings', '1', { ...before }, { ...after });
  return after;
}

export function pseudonymKey(db: Db): string {
  return db.prepare('SELECT pseudonym_key FROM request_settings WHERE id = 1').pluck().get() as string;
}

interface Override {
  holidays: string[];
  workedWeekendDays: string[];
}

function overrides(db: Db, region: CalendarRegion): Map<number, Override> {
  const rows = db
    .prepare<[string], { year: number; holidays: string; worked_weekend_days: string }>('SELECT year, holidays, worked_weekend_days FROM request_calendars WHERE region = ?')
    .all(region);
  return new Map(rows.map((row) => [row.year, { holidays: JSON.parse(row.holidays) as string[], workedWeekendDays: JSON.parse(row.worked_weekend_days) as string[] }]));
}

/** California's years are computed by rule; the deadlines need a span wide enough for any request. */
const CALIFORNIA_FIRST_YEAR = 2018;
const CALIFORNIA_LAST_YEAR = 2040;

/** The calendars the deadlines use: the shipped ones with this workspace's per-year replacements. */
export function workspaceCalendars(db: Db): { china: WorkingCalendar; california: WorkingCalendar } {
  const china = new Map<number, Override>(Object.entries(CHINA_PUBLIC_HOLIDAYS).map(([year, days]) => [Number(year), { holidays: [...days.holidays], workedWeekendDays: [...days.workedWeekendDays] }]));
  for (const [year, days] of overrides(db, 'china')) china.set(year, days);
  const california = new Map<number, Override>();
  for (let year = CALIFORNIA_FIRST_YEAR; year <= CALIFORNIA_LAST_YEAR; year++) california.set(year, { holidays: californiaHolidays(year), workedWeekendDays: [] });
  for (const [year, days] of overrides(db, 'california')) california.set(year, { holidays: days.holidays, workedWeekendDays: [] });
  const build = (years: Map<number, Override>): WorkingCalendar => ({
    holidays: new Set([...years.values()].flatMap((days) => days.holidays)),
    workedWeekendDays: new Set([...years.values()].flatMap((days) => days.workedWeekendDays)),
    coveredYears: new Set(years.keys()),
  });
  return { china: build(china), california: build(california) };
}

export function getRequestCalendars(db: Db, year: number): RequestCalendars {
  const china = overrides(db, 'china').get(year);
  const california = overrides(db, 'california').get(year);
  const shippedChina = CHINA_PUBLIC_HOLIDAYS[year];
  const knownCalifornia = year >= CALIFORNIA_FIRST_YEAR && year <= CALIFORNIA_LAST_YEAR;
  return {
    year,
    china: china
      ? { ...china, customised: true, known: true }
      : { holidays: [...(shippedChina?.holidays ?? [])], workedWeekendDays: [...(shippedChina?.workedWeekendDays ?? [])], customised: false, known: shippedChina !== undefined },
    california: california
      ? { holidays: california.holidays, workedWeekendDays: [], customised: true, known: true }
      : { holidays: knownCalifornia ? californiaHolidays(year) : [], workedWeekendDays: [], customised: false, known: knownCalifornia },
  };
}

function calendarIssues(year: number, region: CalendarRegion, holidays: string[], worked: string[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const check = (field: 'holidays' | 'workedWeekendDays', dates: string[]) =>
    dates.forEach((date, index) => {
      if (Number(date.slice(0, 4)) !== year) issues.push({ path: [field, index], code: 'custom', message: 'calendar_other_year' });
      else if (dates.indexOf(date) !== index) issues.push({ path: [field, index], code: 'custom', message: 'calendar_duplicate' });
    });
  check('holidays', holidays);
  check('workedWeekendDays', worked);
  worked.forEach((date, index) => {
    const dow = weekday(dayNumber(date));
    if (dow !== 0 && dow !== 6) issues.push({ path: ['workedWeekendDays', index], code: 'custom', message: 'calendar_not_weekend' });
    if (region === 'california') issues.push({ path: ['workedWeekendDays', index], code: 'custom', message: 'calendar_no_worked_days' });
    if (holidays.includes(date)) issues.push({ path: ['workedWeekendDays', index], code: 'custom', message: 'calendar_both' });
  });
  return issues;
}

/** Replaces a year of one calendar (audited); the caller recomputes the open requests' deadlines. */
export function saveCalendarYear(tx: ChangeTx, year: number, region: CalendarRegion, holidays: string[], workedWeekendDays: string[]): void {
  const issues = calendarIssues(year, region, holidays, workedWeekendDays);
  if (issues.length > 0) throw new AppError('INVALID_INPUT', 'the calendar is not consistent', { issues });
  const before = getRequestCalendars(tx.db, year)[region];
  const sorted = { holidays: [...holidays].sort(), workedWeekendDays: [...workedWeekendDays].sort() };
  tx.db
    .prepare(
      `INSERT INTO request_calendars (region, year, holidays, worked_weekend_days, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (region, year) DO UPDATE SET holidays = excluded.holidays, worked_weekend_days = excluded.worked_weekend_days, updated_at = excluded.updated_at`,
    )
    .run(region, year, JSON.stringify(sorted.holidays), JSON.stringify(sorted.workedWeekendDays), tx.at);
  tx.audit('request_calendar', `${region}:${year}`, { ...before }, { ...sorted, customised: true });
}

export function resetCalendarYear(tx: ChangeTx, year: number, region: CalendarRegion): void {
  const before = getRequestCalendars(tx.db, year)[region];
  tx.db.prepare('DELETE FROM request_calendars WHERE region = ? AND year = ?').run(region, year);
  tx.audit('request_calendar', `${region}:${year}`, { ...before }, { ...getRequestCalendars(tx.db, year)[region] });
}
