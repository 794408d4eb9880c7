// Coverage through the contract: applicable controls with evidence today, as of a date, and within a
// SOC 2 Type II window; by group, freshness and status; the dashboard's figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';
import { b64, pdfFile } from './evidence-fixtures';

const NOW = new Date('2025-06-15T12:00:00Z');
let t: TestBackend;

async function link(framework: 'iso27001' | 'soc2', controlId: string, effectiveDate: string, expiryDate: string | null = null): Promise<void> {
  const file = await t.call('evidence.files.upload', { name: `${controlId}.pdf`, base64: b64(pdfFile(controlId)) });
  await t.call('evidence.link', { framework, controlId, source: { kind: 'file', fileId: file.id }, effectiveDate, expiryDate });
}

beforeAll(async () => {
  t = testBackend({ now: () => NOW });
  await t.call('workspace.create', { directory: t.dir, name: 'Coverage', passphrase: PASSPHRASE });
});

afterAll(async () => {
  await t?.cleanup();
});

describe('coverage.get', () => {
  it('starts with nothing covered, every control missing evidence', async () => {
    const iso = await t.call('coverage.get', { framework: 'iso27001' });
    expect(iso).toMatchObject({ framework: 'iso27001', from: null, to: null, total: 93, applicable: 93, covered: 0 });
    expect(iso.byFreshness).toEqual({ current: 0, expiring: 0, expired: 0, missing: 93 });
    expect(iso.byStatus).toEqual({ not_started: 93, planned: 0, in_progress: 0, implemented: 0 });
    expect(iso.byGroup).toEqual([
      { group: 'organizational', applicable: 37, covered: 0 },
      { group: 'people', applicable: 8, covered: 0 },
      { group: 'physical', applicable: 14, covered: 0 },
      { group: 'technological', applicable: 34, covered: 0 },
    ]);
    const soc2 = await t.call('coverage.get', { framework: 'soc2' });
    expect(soc2).toMatchObject({ total: 61, applicable: 56, covered: 0 });
    expect(soc2.byGroup.map((g) => g.group)).toEqual(['CC1', 'CC2', 'CC3', 'CC4', 'CC5', 'CC6', 'CC7', 'CC8', 'CC9', 'A1', 'C1', 'PI1', 'P']);
    expect(soc2.byGroup.find((g) => g.group === 'PI1')).toEqual({ group: 'PI1', applicable: 0, covered: 0 });
  });

  it('counts evidence in effect today, directly or through the crosswalk', async () => {
    await link('iso27001', 'A.5.1', '2025-01-10');
    await link('iso27001', 'A.5.2', '2025-03-01', '2025-04-30');
    await link('iso27001', 'A.5.3', '2025-07-01');
    await link('soc2', 'CC6.1', '2025-05-01', '2025-06-30');
    const iso = await t.call('coverage.get', { framework: 'iso27001' });
    // A.5.1 and, via CC6.1, A.5.9 A.5.15 A.5.16 A.5.17 A.8.3 A.8.5 A.8.22 A.8.24 A.8.27; not the
    // expired A.5.2 nor A.5.3, which takes effect next month.
    expect(iso.covered).toBe(10);
    expect(iso.byFreshness).toEqual({ current: 1, expiring: 9, expired: 1, missing: 82 });
    expect(iso.byGroup.find((g) => g.group === 'organizational')).toEqual({ group: 'organizational', applicable: 37, covered: 5 });
    const soc2 = await t.call('coverage.get', { framework: 'soc2' });
    // CC6.1 itself, and the criteria mapped to A.5.1: CC2.2 and CC5.3.
    expect(soc2.covered).toBe(3);
  });

  it('as of a date: evidence in effect on that day', async () => {
    const april = await t.call('coverage.get', { framework: 'iso27001', to: '2025-04-15' });
    expect(april).toMatchObject({ from: null, to: '2025-04-15', covered: 2 });
  });

  it('within a Type II window: evidence that took effect inside it', async () => {
    const window = await t.call('coverage.get', { framework: 'iso27001', from: '2025-02-01', to: '2025-05-31' });
    // A.5.2 (March) and the CC6.1 peers (May); A.5.1 predates the window.
    expect(window).toMatchObject({ from: '2025-02-01', to: '2025-05-31', covered: 10 });
    const later = await t.call('coverage.get', { framework: 'iso27001', from: '2025-06-01', to: '2025-12-31' });
    expect(later.covered).toBe(1);
    const open = await t.call('coverage.get', { framework: 'iso27001', from: '2025-06-01' });
    expect(open.covered).toBe(0);
  });

  it('leaves excluded controls out and refuses a period that ends before it starts', async () => {
    await t.call('controls.update', { framework: 'iso27001', controlId: 'A.5.1', patch: { applicable: false, justification: 'test exclusion' } });
    const iso = await t.call('coverage.get', { framework: 'iso27001' });
    expect(iso).toMatchObject({ applicable: 92, covered: 9 });
    await t.call('controls.update', { framework: 'iso27001', controlId: 'A.5.1', patch: { applicable: true, inclusionReasons: ['business'], status: 'implemented' } });
    expect((await t.call('coverage.get', { framework: 'iso27001' })).byStatus.implemented).toBe(1);
    const error = await t.fail('coverage.get', { framework: 'iso27001', from: '2025-06-01', to: '2025-05-01' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details?.issues).toEqual([expect.objectContaining({ path: ['to'] })]);
  });

  it('feeds the dashboard', async () => {
    const summary = await t.call('dashboard.summary', {});
    expect(summary.coverage).toEqual([
      { framework: 'iso27001', applicable: 93, covered: 10, implemented: 1 },
      { framework: 'soc2', applicable: 56, covered: 3, implemented: 0 },
    ]);
    expect(summary.openRisksAboveAppetite).toBeGreaterThanOrEqual(0);
    expect(summary.openFindings).toBeGreaterThanOrEqual(0);
  });
});
