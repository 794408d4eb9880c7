import { describe, expect, it } from 'vitest';
import {
  addMonths,
  describeSchedule,
  isOverdue,
  nextDue,
  occurrencesBetween,
  parseRrule,
  scheduleIssueMessage,
  scheduleSchema,
  validateSchedule,
  type Schedule,
} from '../../../shared/recurrence';

const cal = (rrule: string, start: string, tzid = 'UTC'): Schedule => ({ kind: 'calendar', rrule, start, tzid });
const dates = (schedule: Schedule, from: string, to: string) => occurrencesBetween(schedule, from, to).map((o) => o.date);

describe('RRULE text', () => {
  it('accepts the supported parts, with or without the RRULE: prefix', () => {
    const parsed = parseRrule('RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR;BYMONTH=3,6;COUNT=4;WKST=MO');
    expect(parsed).toEqual({
      ok: true,
      rule: { freq: 'MONTHLY', interval: 3, byDay: [{ weekday: 'FR', n: -1 }], byMonthDay: [], byMonth: [3, 6], count: 4, until: null, wkst: 'MO' },
    });
  });

  it.each([
    ['', { code: 'rrule_empty' }],
    ['INTERVAL=2', { code: 'rrule_missing_freq' }],
    ['FREQ=HOURLY', { code: 'rrule_invalid_value', part: 'FREQ', value: 'HOURLY' }],
    ['FREQ=WEEKLY;BYDAY=MO,XX', { code: 'rrule_invalid_value', part: 'BYDAY', value: 'MO,XX' }],
    ['FREQ=WEEKLY;BYDAY=1MO', { code: 'rrule_invalid_value', part: 'BYDAY', value: '1MO' }],
    ['FREQ=MONTHLY;BYMONTHDAY=32', { code: 'rrule_invalid_value', part: 'BYMONTHDAY', value: '32' }],
    ['FREQ=MONTHLY;INTERVAL=0', { code: 'rrule_invalid_value', part: 'INTERVAL', value: '0' }],
    ['FREQ=DAILY;UNTIL=20260230', { code: 'rrule_invalid_value', part: 'UNTIL', value: '20260230' }],
    ['FREQ=DAILY;BYSETPOS=1', { code: 'rrule_unsupported_part', part: 'BYSETPOS' }],
    ['FREQ=DAILY;FREQ=WEEKLY', { code: 'rrule_duplicate_part', part: 'FREQ' }],
    ['FREQ=DAILY;COUNT=2;UNTIL=20270101', { code: 'rrule_count_and_until' }],
    ['FREQ=DAILY;garbage', { code: 'rrule_syntax', part: 'garbage' }],
  ])('refuses %j naming what is wrong', (text, problem) => {
    expect(parseRrule(text)).toEqual({ ok: false, problem });
  });
});

describe('validation', () => {
  it('reports the RRULE part, the zone and the start, translated', () => {
    const result = validateSchedule({ kind: 'calendar', rrule: 'FREQ=MONTHLY;BYMONTHDAY=0', tzid: 'Mars/Olympus', start: '2026-02-30' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path[0])).toEqual(['rrule', 'tzid', 'start']);
    const [rrule, tzid, start] = result.issues;
    expect(scheduleIssueMessage(rrule!, 'en')).toBe('The repeat rule part BYMONTHDAY has a value that is not valid: "0".');
    expect(scheduleIssueMessage(rrule!, 'zh-CN')).toBe('重复规则部分 BYMONTHDAY 的值无效：“0”。');
    expect(scheduleIssueMessage(tzid!, 'en')).toContain('"Mars/Olympus" is not a known time zone');
    expect(scheduleIssueMessage(start!, 'zh-CN')).toContain('“2026-02-30”不是有效的开始时间');
  });

  it('accepts both kinds and refuses unknown fields and out-of-range periods', () => {
    expect(scheduleSchema.safeParse(cal('FREQ=YEARLY', '2026-01-01T09:30', 'Asia/Shanghai')).success).toBe(true);
    expect(scheduleSchema.safeParse({ kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } }).success).toBe(true);
    expect(scheduleSchema.safeParse({ kind: 'after_completion', every: { months: 0 } }).success).toBe(false);
    expect(scheduleSchema.safeParse({ kind: 'after_completion', every: { weeks: 2 } }).success).toBe(false);
    const extra = validateSchedule({ kind: 'after_completion', every: { days: 7 }, colour: 'red' });
    expect(extra.ok ? [] : extra.issues.map((i) => i.code)).toEqual(['recurrence_shape']);
  });
});

describe('calendar schedules', () => {
  it('expands FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT and UNTIL', () => {
    expect(dates(cal('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', '2026-01-05'), '2026-01-01', '2026-01-31')).toEqual(['2026-01-05', '2026-01-08', '2026-01-19', '2026-01-22']);
    expect(dates(cal('FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=3', '2026-01-01'), '2026-01-01', '2026-12-31')).toEqual(['2026-01-01', '2026-01-15', '2026-02-01']);
    expect(dates(cal('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260331', '2026-01-01'), '2026-01-01', '2026-12-31')).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
  });

  it('follows RFC 5545 at month ends: the 31st skips shorter months, BYMONTHDAY=-1 is every last day', () => {
    expect(dates(cal('FREQ=MONTHLY', '2026-01-31'), '2026-01-01', '2026-05-31')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
    expect(dates(cal('FREQ=MONTHLY;BYMONTHDAY=-1', '2026-01-01'), '2026-01-01', '2026-04-30')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(dates(cal('FREQ=MONTHLY;BYMONTHDAY=-1', '2028-01-01'), '2028-02-01', '2028-02-29')).toEqual(['2028-02-29']);
  });

  it('keeps a leap-day yearly rule to leap years', () => {
    expect(dates(cal('FREQ=YEARLY', '2024-02-29'), '2024-01-01', '2032-12-31')).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
  });

  it('places wall-clock times across DST changes as RFC 5545 says', () => {
    // New York springs forward on 2026-03-08 (02:00 → 03:00) and falls back on 2026-11-01.
    const weekly = cal('FREQ=WEEKLY', '2026-03-01T02:30', 'America/New_York');
    const around = occurrencesBetween(weekly, '2026-03-01', '2026-03-15');
    expect(around).toEqual([
      { date: '2026-03-01', at: '2026-03-01T07:30:00.000Z' },
      // 02:30 does not exist that day: it moves forward by the gap, to 03:30 EDT.
      { date: '2026-03-08', at: '2026-03-08T07:30:00.000Z' },
      { date: '2026-03-15', at: '2026-03-15T06:30:00.000Z' },
    ]);
    // 01:30 happens twice on 2026-11-01: the first (EDT) is meant.
    const ambiguous = occurrencesBetween(cal('FREQ=DAILY', '2026-10-31T01:30', 'America/New_York'), '2026-10-31', '2026-11-02');
    expect(ambiguous.map((o) => o.at)).toEqual(['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
    // A zone without DST keeps its offset.
    expect(occurrencesBetween(cal('FREQ=DAILY', '2026-03-28T09:00', 'Asia/Shanghai'), '2026-03-28', '2026-03-29').map((o) => o.at)).toEqual([
      '2026-03-28T01:00:00.000Z',
      '2026-03-29T01:00:00.000Z',
    ]);
  });

  it('is due at the first occurrence from the anchor, then after the occurrence a completion settled', () => {
    const monthly = cal('FREQ=MONTHLY;BYMONTHDAY=1', '2025-01-01');
    expect(nextDue(monthly, { anchorDate: '2026-02-10', today: '2026-02-20' })).toMatchObject({ date: '2026-03-01', overdue: false, daysLeft: 9 });
    expect(nextDue(monthly, { anchorDate: '2026-02-10', today: '2026-03-04' })).toMatchObject({ date: '2026-03-01', overdue: true, daysLeft: -3 });
    // Done two days early or two days late, the March review is settled and April's is next.
    expect(nextDue(monthly, { lastCompletedOn: '2026-02-27', anchorDate: '2025-01-01', today: '2026-02-28' })?.date).toBe('2026-04-01');
    expect(nextDue(monthly, { lastCompletedOn: '2026-03-03', anchorDate: '2025-01-01', today: '2026-03-04' })?.date).toBe('2026-04-01');
    // Done mid-month: it settled the 1st of that month.
    expect(nextDue(monthly, { lastCompletedOn: '2026-03-10', anchorDate: '2025-01-01', today: '2026-03-10' })?.date).toBe('2026-04-01');
    expect(isOverdue(monthly, { lastCompletedOn: '2026-01-01', anchorDate: '2025-01-01', today: '2026-03-02' })).toBe(true);
  });

  it('is due no more once COUNT or UNTIL is reached', () => {
    const twice = cal('FREQ=YEARLY;COUNT=2', '2025-06-01');
    expect(nextDue(twice, { lastCompletedOn: '2026-06-01', anchorDate: '2025-06-01', today: '2026-07-01' })).toBeNull();
    expect(nextDue(twice, { lastCompletedOn: '2025-06-01', anchorDate: '2025-06-01', today: '2025-07-01' })?.date).toBe('2026-06-01');
    expect(isOverdue(twice, { lastCompletedOn: '2026-06-01', anchorDate: '2025-06-01', today: '2030-01-01' })).toBe(false);
  });
});

describe('after-completion schedules', () => {
  const yearly: Schedule = { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } };

  it('is first due within the given days of the anchor, then a period after each completion', () => {
    expect(nextDue(yearly, { anchorDate: '2026-03-01', today: '2026-03-05' })).toEqual({ date: '2026-03-31', at: null, overdue: false, daysLeft: 26 });
    expect(nextDue(yearly, { lastCompletedOn: '2026-03-20', anchorDate: '2026-03-01', today: '2027-03-21' })).toEqual({ date: '2027-03-20', at: null, overdue: true, daysLeft: -1 });
    expect(nextDue({ kind: 'after_completion', every: { days: 90 } }, { anchorDate: '2026-01-10', today: '2026-01-10' })?.date).toBe('2026-01-10');
    expect(nextDue({ kind: 'after_completion', every: { days: 90 } }, { lastCompletedOn: '2026-01-10', anchorDate: '2026-01-01', today: '2026-01-10' })?.date).toBe('2026-04-10');
  });

  it('clamps month ends and leap days', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    const monthly: Schedule = { kind: 'after_completion', every: { months: 1 } };
    expect(nextDue(monthly, { lastCompletedOn: '2026-01-31', anchorDate: '2026-01-01', today: '2026-02-01' })?.date).toBe('2026-02-28');
    // Projected occurrences count from the first due date, so the 31st comes back when it can.
    expect(occurrencesBetween(monthly, '2026-01-01', '2026-05-31', { lastCompletedOn: '2025-12-31', anchorDate: '2025-01-01' }).map((o) => o.date)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
    ]);
  });
});

describe('descriptions', () => {
  it('reads calendar rules in English and Chinese', () => {
    const quarterly = cal('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1', '2026-01-01', 'Europe/Berlin');
    expect(describeSchedule(quarterly, 'en')).toBe('Every 3 months on day 1, starting January 1, 2026 (Europe/Berlin)');
    expect(describeSchedule(quarterly, 'zh-CN')).toBe('每 3 个月的 1 日，自 2026年1月1日 起（Europe/Berlin）');
    const lastFriday = cal('FREQ=YEARLY;BYMONTH=3;BYDAY=-1FR;COUNT=5', '2026-01-01T09:00', 'Asia/Shanghai');
    expect(describeSchedule(lastFriday, 'en')).toBe('Every year in March on the last Friday, 5 times, starting January 1, 2026 at 09:00 (Asia/Shanghai)');
    expect(describeSchedule(lastFriday, 'zh-CN')).toBe('每年三月的最后一个星期五，共 5 次，自 2026年1月1日 09:00 起（Asia/Shanghai）');
    expect(describeSchedule(cal('FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20261231', '2026-01-05'), 'en')).toBe(
      'Every week on Monday and Thursday, until December 31, 2026, starting January 5, 2026 (UTC)',
    );
    expect(describeSchedule(cal('FREQ=MONTHLY;BYMONTHDAY=-1', '2026-01-01'), 'en')).toContain('Every month on the last day of the month');
    expect(describeSchedule(cal('FREQ=MONTHLY;BYMONTHDAY=-1', '2026-01-01'), 'zh-CN')).toContain('每月的最后一天');
  });

  it('reads after-completion periods in English and Chinese', () => {
    const training: Schedule = { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } };
    expect(describeSchedule(training, 'en')).toBe('Every 12 months after the last completion; first due within 30 days of the start date');
    expect(describeSchedule(training, 'zh-CN')).toBe('上次完成后每 12 个月一次；首次须在开始日期后 30 天内完成');
    expect(describeSchedule({ kind: 'after_completion', every: { days: 1 } }, 'en')).toBe('Every day after the last completion; first due on the start date');
  });
});
