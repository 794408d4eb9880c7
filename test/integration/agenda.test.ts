// The agenda through the contract with a fixed clock (today 2025-06-15): control reviews and expiring
// evidence, overdue first; the iCalendar export parsed back; the dashboard's counts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../shared/contract';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';
import { b64, pdfFile } from './evidence-fixtures';

const NOW = new Date('2025-06-15T12:00:00Z');
let t: TestBackend;
let fileIds: Record<string, string> = {};

async function review(framework: 'iso27001' | 'soc2', controlId: string, reviewDate: string): Promise<void> {
  await t.call('controls.update', { framework, controlId, patch: { reviewDate } });
}

async function evidence(name: string, controlId: string, effectiveDate: string, expiryDate: string | null): Promise<string> {
  const file = await t.call('evidence.files.upload', { name, base64: b64(pdfFile(name)) });
  await t.call('evidence.link', { framework: 'iso27001', controlId, source: { kind: 'file', fileId: file.id }, effectiveDate, expiryDate });
  return file.id;
}

/** The agenda items of this test's kinds only, so that other areas' providers do not disturb it. */
async function agenda(input: { until?: string; limit?: number } = {}): Promise<AgendaItem[]> {
  return (await t.call('agenda.list', input)).filter((item) => item.kind === 'control_review' || item.kind === 'evidence_expiry');
}

beforeAll(async () => {
  t = testBackend({ now: () => NOW });
  await t.call('workspace.create', { directory: t.dir, name: 'Agenda', passphrase: PASSPHRASE });
  await review('iso27001', 'A.5.1', '2025-06-01');
  await review('iso27001', 'A.5.2', '2025-06-20');
  await review('soc2', 'CC6.1', '2025-07-30');
  await review('iso27001', 'A.5.3', '2025-06-15');
  fileIds = {
    pentest: await evidence('pentest-2024.pdf', 'A.8.8', '2024-06-01', '2025-06-25'),
    expired: await evidence('dr-test-2024.pdf', 'A.8.14', '2024-06-01', '2025-06-10'),
    far: await evidence('iso-cert.pdf', 'A.5.36', '2025-01-01', '2026-01-01'),
  };
});

afterAll(async () => {
  await t?.cleanup();
});

describe('agenda.list', () => {
  it('lists overdue items first, then by due date, with days left from today', async () => {
    const items = await agenda();
    expect(items.map((i) => [i.kind, i.title, i.due, i.overdue, i.daysLeft])).toEqual([
      ['control_review', 'A.5.1', '2025-06-01', true, -14],
      ['evidence_expiry', 'dr-test-2024.pdf', '2025-06-10', true, -5],
      ['control_review', 'A.5.3', '2025-06-15', false, 0],
      ['control_review', 'A.5.2', '2025-06-20', false, 5],
      ['evidence_expiry', 'pentest-2024.pdf', '2025-06-25', false, 10],
      ['control_review', 'CC6.1', '2025-07-30', false, 45],
    ]);
    expect(items[0]).toMatchObject({ id: 'control_review:iso27001:A.5.1', link: { screen: 'controls', params: { framework: 'iso27001', controlId: 'A.5.1' } } });
    expect(items[1]!.link).toEqual({ screen: 'evidence', params: { fileId: fileIds.expired } });
  });

  it('drops expired evidence once the control has a renewal', async () => {
    await evidence('dr-test-2025.pdf', 'A.8.14', '2025-06-12', '2026-06-12');
    expect((await agenda()).map((i) => i.title)).not.toContain('dr-test-2024.pdf');
  });

  it('lists one item per file and expiry date, however many controls it is linked to', async () => {
    await t.call('evidence.link', { framework: 'iso27001', controlId: 'A.8.29', source: { kind: 'file', fileId: fileIds.pentest! }, effectiveDate: '2024-06-01', expiryDate: '2025-06-25' });
    expect((await agenda()).filter((i) => i.title === 'pentest-2024.pdf')).toHaveLength(1);
  });

  it('follows the expiry warning window', async () => {
    await t.call('frameworks.settings.update', { expiringWithinDays: 365 });
    expect((await agenda()).map((i) => i.title)).toContain('iso-cert.pdf');
    await t.call('frameworks.settings.update', { expiringWithinDays: 30 });
    expect((await agenda()).map((i) => i.title)).not.toContain('iso-cert.pdf');
  });

  it('stops at `until` and at `limit`', async () => {
    expect((await agenda({ until: '2025-06-20' })).map((i) => i.title)).toEqual(['A.5.1', 'A.5.3', 'A.5.2']);
    expect(await t.call('agenda.list', { limit: 2 })).toHaveLength(2);
  });
});

function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('agenda.ics', () => {
  it('writes one all-day VEVENT per item with stable UIDs', async () => {
    const items = await t.call('agenda.list', { limit: 5000 });
    const result = await t.call('agenda.ics', {});
    expect(result).toMatchObject({ fileName: 'custos-agenda.ics', mimeType: 'text/calendar' });
    const text = Buffer.from(result.base64!, 'base64').toString('utf8');
    expect(result.bytes).toBe(Buffer.byteLength(text));
    const lines = unfold(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(items.length);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(items.length);
    expect(lines).toContain('UID:control_review:iso27001:A.5.1@custos');
    expect(lines).toContain('DTSTART;VALUE=DATE:20250601');
    expect(lines).toContain('DTEND;VALUE=DATE:20250602');
    expect(lines).toContain('SUMMARY:Control review: A.5.1');
    expect(lines.filter((l) => l.startsWith('DTSTART')).every((l) => /^DTSTART;VALUE=DATE:\d{8}$/.test(l))).toBe(true);
    // RFC 5545: no content line longer than 75 octets.
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("uses the workspace's language and writes to a destination", async () => {
    await t.call('workspace.settings.update', { language: 'zh-CN' });
    const destination = join(t.dir, 'agenda.ics');
    const result = await t.call('agenda.ics', { destination });
    expect(result.path).toBe(destination);
    expect(result.base64).toBeUndefined();
    const lines = unfold(readFileSync(destination, 'utf8'));
    expect(lines).toContain('SUMMARY:控制措施评审：A.5.1');
    expect(lines).toContain('SUMMARY:证据到期：pentest-2024.pdf');
    await t.call('workspace.settings.update', { language: 'en' });
    const missing = join(t.dir, 'no-such-folder', 'agenda.ics');
    expect((await t.fail('agenda.ics', { destination: missing })).code).toBe('NOT_FOUND');
    expect(existsSync(missing)).toBe(false);
  });
});

describe('dashboard.summary', () => {
  it('counts what is overdue and due within 30 days', async () => {
    const items = await t.call('agenda.list', { limit: 5000 });
    const summary = await t.call('dashboard.summary', {});
    expect(summary.overdue).toBe(items.filter((i) => i.overdue).length);
    expect(summary.dueWithin30Days).toBe(items.filter((i) => !i.overdue && i.daysLeft <= 30).length);
    expect(summary.overdue).toBeGreaterThanOrEqual(1);
    expect(summary.dueWithin30Days).toBeGreaterThanOrEqual(3);
  });
});
