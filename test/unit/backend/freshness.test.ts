// Freshness and calendar arithmetic: the rules behind every "expiring" badge and agenda date.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localIsoDate } from '../../../electron/backend/frameworks/calendar-dates';
import { coverageOn, freshnessOf, linkFreshness, NO_EXPIRY } from '../../../electron/backend/frameworks/controls-queries';
import { coverageWindow } from '../../../electron/backend/frameworks/coverage';

describe('freshnessOf', () => {
  const today = '2025-06-15';
  it.each([
    [null, 'missing'],
    ['2025-06-14', 'expired'],
    ['2025-06-15', 'expiring'],
    ['2025-07-15', 'expiring'],
    ['2025-07-16', 'current'],
    [NO_EXPIRY, 'current'],
  ] as const)('best expiry %s → %s', (bestExpiry, expected) => {
    expect(freshnessOf(bestExpiry, today, 30)).toBe(expected);
  });

  it('follows the window', () => {
    expect(freshnessOf('2025-06-20', today, 1)).toBe('current');
    expect(freshnessOf('2025-06-20', today, 5)).toBe('expiring');
  });

  it('a link without expiry is current; a link never reports missing', () => {
    expect(linkFreshness(null, today, 30)).toBe('current');
    expect(linkFreshness('2020-01-01', today, 30)).toBe('expired');
  });
});

describe('calendar dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2025-06-15', 30)).toBe('2025-07-15');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('counts days between dates, whatever the DST changes', () => {
    expect(daysBetween('2025-06-15', '2025-06-01')).toBe(-14);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it("reads today as the local calendar day", () => {
    const noon = new Date(2025, 5, 15, 12, 0, 0);
    expect(localIsoDate(noon)).toBe('2025-06-15');
    expect(localIsoDate(new Date(2025, 0, 1, 0, 0, 1))).toBe('2025-01-01');
  });
});

describe('coverage windows', () => {
  it('point in time today, as of a date, or a Type II period', () => {
    expect(coverageWindow({}, '2025-06-15')).toEqual(coverageOn('2025-06-15'));
    expect(coverageWindow({ to: '2025-03-31' }, '2025-06-15')).toEqual(coverageOn('2025-03-31'));
    expect(coverageWindow({ from: '2025-01-01', to: '2025-03-31' }, '2025-06-15')).toEqual({ coverFrom: '2025-01-01', coverTo: '2025-03-31', validFrom: '2025-01-01' });
    expect(coverageWindow({ from: '2025-01-01' }, '2025-06-15')).toEqual({ coverFrom: '2025-01-01', coverTo: '2025-06-15', validFrom: '2025-01-01' });
    expect(() => coverageWindow({ from: '2025-02-01', to: '2025-01-31' }, '2025-06-15')).toThrow();
  });
});
