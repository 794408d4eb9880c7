// `custos deadline` run as the built command: the dates the app would set, in UTC, without a
// workspace. Build first: `npm run build:node`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

const work = mkdtempSync(join(tmpdir(), 'custos-deadline-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('custos deadline', () => {
  it('prints a GDPR request’s response and extension dates', () => {
    const result = runCli(work, ['deadline', 'gdpr', 'access', '2026-01-31T10:00:00Z']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Respond\s+2026-02-28T23:59:59\.999Z\s+GDPR Art 12\(3\)$/);
    expect(lines[2]).toMatch(/^Respond at the latest \(extended\)\s+2026-04-30T23:59:59\.999Z/);
  });

  it('prints CCPA request dates as JSON, in the organisation’s time zone', () => {
    const result = runCli(work, ['deadline', 'ccpa', 'delete', '2026-11-20T09:00:00-08:00', '--tz', 'America/Los_Angeles', '--json']);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as { deadlines: { key: string; due: string }[] };
    expect(parsed.deadlines.map((d) => [d.key, d.due])).toEqual([
      ['confirm_receipt', '2026-12-08T07:59:59.999Z'],
      ['respond', '2027-01-05T07:59:59.999Z'],
      ['extension_notice', '2027-01-05T07:59:59.999Z'],
      ['respond_extended', '2027-02-19T07:59:59.999Z'],
    ]);
  });

  it('prints breach notifications for each law, in Chinese too', () => {
    const gdpr = runCli(work, ['deadline', 'gdpr', 'breach', '2026-03-01T10:00:00Z']);
    expect(gdpr.stdout).toMatch(/Notify the authority\s+2026-03-04T10:00:00\.000Z/);
    expect(gdpr.stdout).toMatch(/Notify data subjects\s+without undue delay\s+GDPR Art 34\(1\)\s+\(if likely to result in a high risk\)/);
    const ccpa = runCli(work, ['deadline', 'ccpa', 'breach', '2026-03-01T10:00:00Z', '--residents', '800', '--residents-notified', '2026-03-10T12:00:00Z']);
    expect(ccpa.stdout).toMatch(/Notify the Attorney General\s+2026-03-25T23:59:59\.999Z/);
    const pipl = runCli(work, ['deadline', 'pipl', 'breach', '2026-03-01T10:00:00Z', '--lang', 'zh-CN']);
    expect(pipl.stdout).toContain('通知监管机构');
    expect(pipl.stdout).toContain('立即（2026-03-01T10:00:00.000Z）');
  });

  it('rejects a wrong request type, date or time zone with exit 2 and a clear message', () => {
    const kind = runCli(work, ['deadline', 'gdpr', 'know', '2026-01-31T10:00:00Z']);
    expect(kind.status).toBe(2);
    expect(kind.stderr).toContain('"know" is not a gdpr request type. Choose one of: access, rectification');
    const date = runCli(work, ['deadline', 'pipl', 'access', '31/01/2026']);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('"31/01/2026" is not an ISO date-time');
    const zone = runCli(work, ['deadline', 'pipl', 'access', '2026-01-31', '--tz', 'Mars/Olympus']);
    expect(zone.status).toBe(2);
    expect(zone.stderr).toContain('Unknown time zone "Mars/Olympus"');
    expect(runCli(work, ['deadline', 'hipaa', 'access', '2026-01-31']).status).toBe(2);
  });
});
