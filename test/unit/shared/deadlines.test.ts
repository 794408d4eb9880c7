import { describe, expect, it } from 'vitest';
import { addMonths, addWorkingDays, dayNumber, isoDate } from '../../../shared/deadlines/calendar';
import { breachDeadlines, requestDeadlines, REQUEST_TYPES, type Deadline } from '../../../shared/deadlines/deadline-rules';
import { californiaHolidays, chinaCalendar } from '../../../shared/deadlines/holidays';

const due = (deadlines: Deadline[]) => Object.fromEntries(deadlines.map((d) => [d.key, d.due]));

describe('calendar arithmetic', () => {
  it('ends a period in months on the same day-number, or the month’s last day', () => {
    const plus = (date: string, months: number) => isoDate(addMonths(dayNumber(date), months));
    expect(plus('2026-01-15', 1)).toBe('2026-02-15');
    expect(plus('2026-01-31', 1)).toBe('2026-02-28');
    expect(plus('2028-01-31', 1)).toBe('2028-02-29');
    expect(plus('2026-03-31', 1)).toBe('2026-04-30');
    expect(plus('2026-11-30', 3)).toBe('2027-02-28');
    expect(plus('2026-12-31', 2)).toBe('2027-02-28');
  });

  it('counts China’s holidays and adjusted working days', () => {
    const calendar = chinaCalendar();
    // Mid-Autumn (25–27 Sep) and National Day (1–7 Oct) 2026; Saturday 10 Oct is worked.
    expect(isoDate(addWorkingDays(dayNumber('2026-09-24'), 4, calendar))).toBe('2026-10-08');
    expect(isoDate(addWorkingDays(dayNumber('2026-10-09'), 1, calendar))).toBe('2026-10-10');
  });

  it('knows California’s state holidays, moved off Sundays', () => {
    const holidays = californiaHolidays(2026);
    expect(holidays).toEqual(expect.arrayContaining(['2026-01-01', '2026-01-19', '2026-02-16', '2026-02-17', '2026-03-31', '2026-05-25', '2026-06-19', '2026-09-07', '2026-09-25', '2026-11-11', '2026-11-26', '2026-12-25']));
    // 12 February 2023 was a Sunday: the Monday after is the holiday. 11 November 2023 was a Saturday: the Friday before.
    expect(californiaHolidays(2023)).toEqual(expect.arrayContaining(['2023-02-13', '2023-11-10']));
    expect(californiaHolidays(2023)).not.toContain('2023-02-12');
  });
});

describe('data-subject request deadlines', () => {
  it('GDPR: one month with the month-end rule, three at most', () => {
    expect(due(requestDeadlines('gdpr', 'access', new Date('2026-01-31T10:00:00Z')))).toEqual({
      respond: '2026-02-28T23:59:59.999Z',
      extension_notice: '2026-02-28T23:59:59.999Z',
      respond_extended: '2026-04-30T23:59:59.999Z',
    });
  });

  it('GDPR: counts calendar days in the organisation’s time zone', () => {
    // 23:30 UTC on 31 January is already 1 February in Berlin.
    const deadlines = requestDeadlines('gdpr', 'erasure', new Date('2026-01-31T23:30:00Z'), { timeZone: 'Europe/Berlin' });
    expect(due(deadlines).respond).toBe('2026-03-01T22:59:59.999Z');
  });

  it('CCPA know/delete/correct: 10 business days to confirm, 45 days to respond, 90 at most', () => {
    // Friday 20 November 2026; Thanksgiving (26 Nov) is a state holiday, the day after is not.
    expect(due(requestDeadlines('ccpa', 'know', new Date('2026-11-20T17:00:00Z')))).toEqual({
      confirm_receipt: '2026-12-07T23:59:59.999Z',
      respond: '2027-01-04T23:59:59.999Z',
      extension_notice: '2027-01-04T23:59:59.999Z',
      respond_extended: '2027-02-18T23:59:59.999Z',
    });
  });

  it('CCPA opt-out and limit: 15 business days across the year end', () => {
    expect(due(requestDeadlines('ccpa', 'opt_out', new Date('2026-12-20T12:00:00Z')))).toEqual({ respond: '2027-01-12T23:59:59.999Z' });
    expect(requestDeadlines('ccpa', 'limit', new Date('2026-12-20T12:00:00Z'))[0]?.basis).toContain('7027(g)');
  });

  it('PIPL: 15 working days around National Day, in China time', () => {
    const [deadline] = requestDeadlines('pipl', 'access', new Date('2026-09-24T02:00:00Z'), { timeZone: 'Asia/Shanghai' });
    expect(deadline).toMatchObject({ key: 'respond', due: '2026-10-22T15:59:59.999Z' });
    expect(deadline?.calendarIncomplete).toBeUndefined();
  });

  it('PIPL: says when a year’s holidays are unknown', () => {
    const [deadline] = requestDeadlines('pipl', 'deletion', new Date('2027-03-01T02:00:00Z'), { timeZone: 'Asia/Shanghai' });
    expect(deadline?.calendarIncomplete).toBe(true);
  });

  it('covers every request type of every law, with a due date after receipt', () => {
    const received = new Date('2026-06-10T09:00:00Z');
    for (const [law, types] of Object.entries(REQUEST_TYPES) as [keyof typeof REQUEST_TYPES, readonly string[]][]) {
      for (const type of types) {
        const deadlines = requestDeadlines(law, type as never, received);
        expect(deadlines.length, `${law} ${type}`).toBeGreaterThan(0);
        for (const d of deadlines) expect(Date.parse(d.due ?? '') > received.getTime(), `${law} ${type} ${d.key}`).toBe(true);
      }
    }
    expect(() => requestDeadlines('gdpr', 'know' as never, received)).toThrow(RangeError);
  });
});

describe('breach notification deadlines', () => {
  const aware = new Date('2026-03-01T10:00:00Z');

  it('GDPR: the authority within 72 hours; subjects without undue delay where high risk', () => {
    expect(breachDeadlines('gdpr', aware)).toEqual([
      { key: 'notify_authority', due: '2026-03-04T10:00:00.000Z', basis: 'GDPR Art 33(1)', immediate: false },
      { key: 'notify_subjects', due: null, basis: 'GDPR Art 34(1)', immediate: false, condition: 'high_risk' },
    ]);
  });

  it('California: residents within 30 days, the Attorney General 15 days after them where more than 500', () => {
    expect(due(breachDeadlines('ccpa', aware, { californiaResidents: 600, residentsNotifiedAt: new Date('2026-03-10T12:00:00Z') }))).toEqual({
      notify_residents: '2026-03-31T23:59:59.999Z',
      notify_attorney_general: '2026-03-25T23:59:59.999Z',
    });
    expect(due(breachDeadlines('ccpa', aware, { californiaResidents: 500 }))).toEqual({ notify_residents: '2026-03-31T23:59:59.999Z' });
    const unknown = breachDeadlines('ccpa', aware);
    expect(unknown[1]).toMatchObject({ key: 'notify_attorney_general', due: '2026-04-15T23:59:59.999Z', condition: 'more_than_500_residents' });
  });

  it('PIPL: authorities and individuals immediately', () => {
    expect(breachDeadlines('pipl', aware).map((d) => [d.key, d.due, d.immediate])).toEqual([
      ['notify_authority', '2026-03-01T10:00:00.000Z', true],
      ['notify_subjects', '2026-03-01T10:00:00.000Z', true],
    ]);
  });
});
