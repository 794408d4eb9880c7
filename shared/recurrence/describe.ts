// A schedule as a sentence in the user's language. rrule's own toText is English only, so the
// sentence is built from the parsed rule with the `recurrence` translations; weekday and month names
// and dates come from Intl in the same language.
import i18next, { type TFunction } from 'i18next';
import enRecurrence from '../i18n/locales/en/recurrence.json';
import zhRecurrence from '../i18n/locales/zh-CN/recurrence.json';
import { parseRrule, WEEKDAYS, type ParsedRrule, type WeekdayName } from './rrule-text';
import type { Schedule, ScheduleIssue } from './schedule';

export type RecurrenceLanguage = 'en' | 'zh-CN';

const translators = new Map<RecurrenceLanguage, TFunction>();

function translator(language: RecurrenceLanguage): TFunction {
  let t = translators.get(language);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: language,
      fallbackLng: 'en',
      ns: ['recurrence'],
      defaultNS: 'recurrence',
      resources: { en: { recurrence: enRecurrence }, 'zh-CN': { recurrence: zhRecurrence } },
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
    t = instance.t.bind(instance) as TFunction;
    translators.set(language, t);
  }
  return t;
}

/** Key suffix: `1` for exactly one, `n` otherwise (Chinese has no plural forms to choose from). */
function one(count: number): '1' | 'n' {
  return count === 1 ? '1' : 'n';
}

function joinList(items: string[], language: RecurrenceLanguage): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

// 2024-01-01 was a Monday.
function weekdayName(day: WeekdayName, language: RecurrenceLanguage): string {
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

function monthName(month: number, language: RecurrenceLanguage): string {
  return new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, month - 1, 1)));
}

function formatDate(date: string, language: RecurrenceLanguage): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function ordinal(n: number, t: TFunction): string {
  if (n > 0) return n <= 5 ? t(`ordinal.${n}`) : t('ordinal.nth', { count: n, ordinal: true });
  return n === -1 ? t('ordinal.last') : t('ordinal.nthFromEnd', { count: -n, ordinal: true });
}

function describeRule(rule: ParsedRrule, language: RecurrenceLanguage, t: TFunction): string {
  const parts: string[] = [t(`frequency.${rule.freq}.${one(rule.interval)}`, { count: rule.interval })];
  if (rule.byMonth.length > 0) parts.push(t('inMonths', { list: joinList(rule.byMonth.map((m) => monthName(m, language)), language) }));
  if (rule.byMonthDay.length > 0) {
    const days = rule.byMonthDay.map((d) => (d > 0 ? t('monthDay', { day: d }) : d === -1 ? t('lastMonthDay') : t('monthDayFromEnd', { count: -d })));
    parts.push(t('onMonthDays', { list: joinList(days, language) }));
  }
  if (rule.byDay.length > 0) {
    const days = rule.byDay.map((d) => (d.n === null ? weekdayName(d.weekday, language) : t('nthWeekday', { nth: ordinal(d.n, t), weekday: weekdayName(d.weekday, language) })));
    parts.push(t('onWeekdays', { list: joinList(days, language) }));
  }
  if (rule.count !== null) parts.push(t(`count.${one(rule.count)}`, { count: rule.count }));
  if (rule.until !== null) parts.push(t('until', { date: formatDate(rule.until, language) }));
  return parts.join('');
}

/** A sentence describing the schedule, e.g. "Every 3 months on day 1, starting 1 January 2026 (Europe/Berlin)". */
export function describeSchedule(schedule: Schedule, language: RecurrenceLanguage): string {
  const t = translator(language);
  if (schedule.kind === 'after_completion') {
    const every = 'months' in schedule.every ? t(`afterCompletion.everyMonths.${one(schedule.every.months)}`, { count: schedule.every.months }) : t(`afterCompletion.everyDays.${one(schedule.every.days)}`, { count: schedule.every.days });
    const first = schedule.firstDueWithin && schedule.firstDueWithin.days > 0 ? t(`afterCompletion.firstWithin.${one(schedule.firstDueWithin.days)}`, { count: schedule.firstDueWithin.days }) : t('afterCompletion.firstOnStart');
    return t('afterCompletion.sentence', { every, first });
  }
  const parsed = parseRrule(schedule.rrule);
  if (!parsed.ok) return scheduleIssueMessage({ ...parsed.problem, path: ['rrule'] }, language);
  const date = schedule.start.slice(0, 10);
  const time = schedule.start.length > 10 ? schedule.start.slice(11) : null;
  const start = time ? t('startingAt', { date: formatDate(date, language), time }) : t('starting', { date: formatDate(date, language) });
  return t('calendar.sentence', { rule: describeRule(parsed.rule, language, t), start, tzid: schedule.tzid });
}

/** A schedule problem in the user's language; RRULE problems name the part at fault. */
export function scheduleIssueMessage(issue: ScheduleIssue, language: RecurrenceLanguage): string {
  const t = translator(language);
  const { path: _path, code, ...values } = issue;
  return t(`validation.${code}`, values);
}
