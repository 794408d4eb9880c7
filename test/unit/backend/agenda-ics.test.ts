// The iCalendar writer: octet-based folding that never splits a UTF-8 character.
import { describe, expect, it } from 'vitest';
import { agendaCalendar, foldLines } from '../../../electron/backend/agenda/agenda-ics';

describe('foldLines', () => {
  it('folds at 75 octets without splitting characters and unfolds back to the original', () => {
    const long = `SUMMARY:${'控制措施评审'.repeat(20)}`;
    const folded = foldLines(`BEGIN:VCALENDAR\r\n${long}\r\nEND:VCALENDAR\r\n`);
    for (const line of folded.split('\r\n')) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\ufffd');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:VCALENDAR\r\n${long}\r\nEND:VCALENDAR\r\n`);
  });
});

describe('agendaCalendar', () => {
  it('writes an all-day event per item, unknown kinds named plainly', () => {
    const ics = agendaCalendar(
      [{ id: 'x:1', kind: 'some_new_kind', title: 'Thing', due: '2025-02-28', overdue: false, daysLeft: 3, link: { screen: 's', params: {} } }],
      new Map(),
      'en',
    );
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('SUMMARY:some new kind: Thing');
    expect(lines).toContain('DTSTART;VALUE=DATE:20250228');
    expect(lines).toContain('DTEND;VALUE=DATE:20250301');
    expect(lines).toContain('UID:x:1@custos');
  });
});
