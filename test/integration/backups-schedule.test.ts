// The schedule arithmetic behind the backup checks: run days agree with shared/recurrence's own
// expansion (the quick path for plain daily and weekly rules included), and the longest interval and
// restore chain follow from them.
import { describe, expect, it } from 'vitest';
import { SCHEDULE_HORIZON_DAYS } from '../../shared/contract/areas/backups';
import { occurrencesBetween, type Schedule } from '../../shared/recurrence';
import { addDays } from '../../shared/recurrence/dates';
import { chainLength, longestIntervalHours, runDays } from '../../electron/backend/backups/backup-schedule';

const TODAY = '2026-03-03';
const cal = (rrule: string, start = '2025-11-20T01:00', tzid = 'Asia/Shanghai'): Schedule => ({ kind: 'calendar', rrule, tzid, start });

describe('backup schedules', () => {
  it.each([
    'FREQ=DAILY',
    'FREQ=WEEKLY',
    'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    'FREQ=DAILY;BYDAY=SA,SU',
    'FREQ=DAILY;INTERVAL=3',
    'FREQ=MONTHLY;BYMONTHDAY=1,15',
    'FREQ=WEEKLY;BYDAY=TU;COUNT=20',
    'FREQ=YEARLY;BYMONTH=3;BYDAY=-1FR',
  ])('%s runs on the days shared/recurrence expands', (rrule) => {
    for (const start of ['2025-11-20T01:00', '2026-04-10T23:30']) {
      const schedule = cal(rrule, start);
      const expected = [...new Set(occurrencesBetween(schedule, TODAY, addDays(TODAY, SCHEDULE_HORIZON_DAYS)).map((o) => o.date))];
      expect(runDays(schedule, TODAY), `${rrule} from ${start}`).toEqual(expected);
    }
  });

  it('counts recovery points across run days, runs per day and full backups', () => {
    const daily = cal('FREQ=DAILY');
    expect(longestIntervalHours({ type: 'full', schedule: daily, runsPerDay: 1, fullSchedule: null }, TODAY)).toBe(24);
    expect(longestIntervalHours({ type: 'full', schedule: daily, runsPerDay: 3, fullSchedule: null }, TODAY)).toBe(8);
    expect(longestIntervalHours({ type: 'full', schedule: cal('FREQ=WEEKLY;BYDAY=MO;COUNT=1'), runsPerDay: 1, fullSchedule: null }, TODAY)).toBeNull();
    // Saturdays and Sundays only, with a full on Wednesdays: Sunday to Wednesday is the longest wait.
    expect(longestIntervalHours({ type: 'incremental', schedule: cal('FREQ=DAILY;BYDAY=SA,SU'), runsPerDay: 1, fullSchedule: cal('FREQ=WEEKLY;BYDAY=WE') }, TODAY)).toBe(72);
    expect(chainLength({ type: 'incremental', schedule: daily, runsPerDay: 1, fullSchedule: cal('FREQ=WEEKLY;BYDAY=SU') }, TODAY)).toBe(7);
    expect(chainLength({ type: 'incremental', schedule: daily, runsPerDay: 2, fullSchedule: cal('FREQ=WEEKLY;BYDAY=SU') }, TODAY)).toBe(1 + 1 + 6 * 2);
    expect(chainLength({ type: 'differential', schedule: daily, runsPerDay: 1, fullSchedule: cal('FREQ=WEEKLY;BYDAY=SU') }, TODAY)).toBe(2);
    // No full within the horizon: every incremental is in the chain.
    expect(chainLength({ type: 'incremental', schedule: cal('FREQ=WEEKLY;BYDAY=MO'), runsPerDay: 1, fullSchedule: cal('FREQ=YEARLY', '2020-01-01T00:00', 'UTC') }, '2030-01-02')).toBeGreaterThan(52);
  });
});
