// RFC 5545 RRULE text ("FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12"), checked part by part so a mistake is
// reported by the part that is wrong, then handed to the rrule package as options. Only the parts
// the workspace's schedules use are accepted; anything else is named as unsupported.
import { type Frequency, RRule, Weekday, type Options } from 'rrule';

export const RRULE_PARTS = ['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'COUNT', 'UNTIL', 'WKST'] as const;
export type RrulePart = (typeof RRULE_PARTS)[number];

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type FrequencyName = (typeof FREQUENCIES)[number];
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];

/** Why a rule was refused; `part` names the RRULE part (FREQ, BYDAY …) when one is at fault. */
export type RruleProblem =
  | { code: 'rrule_empty' }
  | { code: 'rrule_syntax'; part: string }
  | { code: 'rrule_unsupported_part'; part: string }
  | { code: 'rrule_duplicate_part'; part: string }
  | { code: 'rrule_invalid_value'; part: RrulePart; value: string }
  | { code: 'rrule_missing_freq' }
  | { code: 'rrule_count_and_until' };

export interface ParsedRrule {
  freq: FrequencyName;
  interval: number;
  /** Weekdays, each with an optional ordinal (+1 = first, -1 = last) for monthly and yearly rules. */
  byDay: { weekday: WeekdayName; n: number | null }[];
  byMonthDay: number[];
  byMonth: number[];
  count: number | null;
  /** UNTIL as a calendar date, YYYY-MM-DD (a time of day in the rule is dropped). */
  until: string | null;
  wkst: WeekdayName | null;
}

export type RruleParse = { ok: true; rule: ParsedRrule } | { ok: false; problem: RruleProblem };

const INTEGER = /^[+-]?\d{1,4}$/;
const BYDAY_ITEM = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL_VALUE = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/;

function list(value: string): string[] {
  return value.split(',');
}

function intList(value: string, min: number, max: number, allowNegative: boolean): number[] | null {
  const items = list(value);
  const numbers: number[] = [];
  for (const item of items) {
    if (!INTEGER.test(item)) return null;
    const n = Number(item);
    const magnitude = Math.abs(n);
    if (n === 0 || magnitude < min || magnitude > max || (!allowNegative && n < 0)) return null;
    numbers.push(n);
  }
  return numbers;
}

function validDate(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** Parses RRULE text (with or without a leading `RRULE:`), naming the first part that is wrong. */
export function parseRrule(text: string): RruleParse {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '') return { ok: false, problem: { code: 'rrule_empty' } };
  const seen = new Map<string, string>();
  for (const segment of body.split(';')) {
    const equals = segment.indexOf('=');
    if (equals <= 0 || equals === segment.length - 1) return { ok: false, problem: { code: 'rrule_syntax', part: segment.slice(0, 40) } };
    const name = segment.slice(0, equals).trim().toUpperCase();
    const value = segment.slice(equals + 1).trim().toUpperCase();
    if (!(RRULE_PARTS as readonly string[]).includes(name)) return { ok: false, problem: { code: 'rrule_unsupported_part', part: name.slice(0, 40) } };
    if (seen.has(name)) return { ok: false, problem: { code: 'rrule_duplicate_part', part: name } };
    seen.set(name, value);
  }
  const invalid = (part: RrulePart): RruleParse => ({ ok: false, problem: { code: 'rrule_invalid_value', part, value: (seen.get(part) ?? '').slice(0, 40) } });

  const freq = seen.get('FREQ');
  if (freq === undefined) return { ok: false, problem: { code: 'rrule_missing_freq' } };
  if (!(FREQUENCIES as readonly string[]).includes(freq)) return invalid('FREQ');
  const rule: ParsedRrule = { freq: freq as FrequencyName, interval: 1, byDay: [], byMonthDay: [], byMonth: [], count: null, until: null, wkst: null };

  const interval = seen.get('INTERVAL');
  if (interval !== undefined) {
    if (!/^\d{1,4}$/.test(interval) || Number(interval) < 1) return invalid('INTERVAL');
    rule.interval = Number(interval);
  }
  const byDay = seen.get('BYDAY');
  if (byDay !== undefined) {
    for (const item of list(byDay)) {
      const match = BYDAY_ITEM.exec(item);
      if (!match) return invalid('BYDAY');
      const n = match[1] === undefined ? null : Number(match[1]);
      // Ordinals only make sense within a month or a year (RFC 5545 §3.3.10).
      if (n !== null && (n === 0 || Math.abs(n) > 53 || (rule.freq !== 'MONTHLY' && rule.freq !== 'YEARLY') || (rule.freq === 'MONTHLY' && Math.abs(n) > 5))) {
        return invalid('BYDAY');
      }
      rule.byDay.push({ weekday: match[2] as WeekdayName, n });
    }
  }
  const byMonthDay = seen.get('BYMONTHDAY');
  if (byMonthDay !== undefined) {
    const days = intList(byMonthDay, 1, 31, true);
    if (!days || rule.freq === 'WEEKLY') return invalid('BYMONTHDAY');
    rule.byMonthDay = days;
  }
  const byMonth = seen.get('BYMONTH');
  if (byMonth !== undefined) {
    const months = intList(byMonth, 1, 12, false);
    if (!months) return invalid('BYMONTH');
    rule.byMonth = months;
  }
  const count = seen.get('COUNT');
  if (count !== undefined) {
    if (!/^\d{1,4}$/.test(count) || Number(count) < 1) return invalid('COUNT');
    rule.count = Number(count);
  }
  const until = seen.get('UNTIL');
  if (until !== undefined) {
    const match = UNTIL_VALUE.exec(until);
    const date = match ? validDate(match[1]!, match[2]!, match[3]!) : null;
    if (!date) return invalid('UNTIL');
    rule.until = date;
  }
  if (rule.count !== null && rule.until !== null) return { ok: false, problem: { code: 'rrule_count_and_until' } };
  const wkst = seen.get('WKST');
  if (wkst !== undefined) {
    if (!(WEEKDAYS as readonly string[]).includes(wkst)) return invalid('WKST');
    rule.wkst = wkst as WeekdayName;
  }
  return { ok: true, rule };
}

const FREQUENCY_OF: Record<FrequencyName, Frequency> = { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY, YEARLY: RRule.YEARLY };

function weekday(name: WeekdayName, n?: number): Weekday {
  const day = new Weekday(WEEKDAYS.indexOf(name));
  return n === undefined ? day : day.nth(n);
}

/**
 * The rrule package's options for a parsed rule. Times are "floating": `dtstart` and the results are
 * UTC Dates whose fields are the wall-clock time in the schedule's zone (the package's advice for
 * zone-aware rules); the caller converts them to instants.
 */
export function rruleOptions(rule: ParsedRrule, dtstart: Date): Partial<Options> {
  return {
    freq: FREQUENCY_OF[rule.freq],
    interval: rule.interval,
    dtstart,
    ...(rule.byDay.length > 0 ? { byweekday: rule.byDay.map((d) => weekday(d.weekday, d.n ?? undefined)) } : {}),
    ...(rule.byMonthDay.length > 0 ? { bymonthday: rule.byMonthDay } : {}),
    ...(rule.byMonth.length > 0 ? { bymonth: rule.byMonth } : {}),
    ...(rule.count !== null ? { count: rule.count } : {}),
    // UNTIL is inclusive of its whole calendar day.
    ...(rule.until !== null ? { until: new Date(`${rule.until}T23:59:59.999Z`) } : {}),
    ...(rule.wkst !== null ? { wkst: weekday(rule.wkst) } : {}),
  };
}
