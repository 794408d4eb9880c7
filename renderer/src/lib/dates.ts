// Calendar dates (YYYY-MM-DD, as the contract writes them) in the user's time zone.
import 'dayjs/locale/zh-cn';

export function isoDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function today(): string {
  return isoDay(new Date());
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return isoDay(new Date(y, m - 1, d + days));
}

/** A calendar date as a local Date at midnight, so formatting never shifts it by a time zone. */
export function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The dayjs locale matching a UI language (for the date pickers). */
export function dayjsLocale(language: string): string {
  return language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}
