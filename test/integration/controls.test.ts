// Controls through the contract on a real encrypted workspace: catalog completeness, the SoA's
// applicability rules, SOC 2 scope by category, and the audit trail of every change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2025-06-15T12:00:00Z');
let t: TestBackend;

beforeAll(async () => {
  t = testBackend({ now: () => NOW });
  await t.call('workspace.create', { directory: t.dir, name: 'Controls', passphrase: PASSPHRASE });
});

afterAll(async () => {
  await t?.cleanup();
});

describe('controls.list', () => {
  it('lists all 93 Annex A controls in catalog order, applicable and not started by default', async () => {
    const rows = await t.call('controls.list', { framework: 'iso27001' });
    expect(rows).toHaveLength(93);
    expect(rows[0]!.controlId).toBe('A.5.1');
    expect(rows.at(-1)!.controlId).toBe('A.8.34');
    expect(new Set(rows.map((r) => r.controlId)).size).toBe(93);
    for (const row of rows) {
      expect(row).toMatchObject({ framework: 'iso27001', applicable: true, status: 'not_started', justification: '', inclusionReasons: [], reviewDate: null, updatedAt: null });
      expect(row.evidence).toEqual({ count: 0, freshness: 'missing', latestEffective: null });
    }
  });

  it('lists all 61 SOC 2 criteria; processing integrity is out of scope by default', async () => {
    const rows = await t.call('controls.list', { framework: 'soc2' });
    expect(rows).toHaveLength(61);
    expect(rows[0]!.controlId).toBe('CC1.1');
    const outOfScope = rows.filter((r) => !r.applicable).map((r) => r.controlId);
    expect(outOfScope).toEqual(['PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5']);
  });
});

describe('soa.get', () => {
  it('always has the 93 rows and the catalog version', async () => {
    const soa = await t.call('soa.get', {});
    expect(soa.rows).toHaveLength(93);
    expect(soa.catalogVersion).toMatch(/^iso27001:2022/);
  });
});

describe('controls.update', () => {
  it('refuses to exclude an ISO control without a justification, naming the field', async () => {
    const error = await t.fail('controls.update', { framework: 'iso27001', controlId: 'A.7.4', patch: { applicable: false } });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details?.issues).toEqual([expect.objectContaining({ path: ['patch', 'justification'], code: 'justification_required' })]);
    const blank = await t.fail('controls.update', { framework: 'iso27001', controlId: 'A.7.4', patch: { applicable: false, justification: '   ' } });
    expect(blank.code).toBe('INVALID_INPUT');
    const row = (await t.call('controls.get', { framework: 'iso27001', controlId: 'A.7.4' })).control;
    expect(row.applicable).toBe(true);
  });

  it('excludes with a justification and records before and after in the audit trail', async () => {
    const justification = 'Fully remote organisation: no premises to monitor.';
    const row = await t.call('controls.update', { framework: 'iso27001', controlId: 'A.7.4', patch: { applicable: false, justification } });
    expect(row).toMatchObject({ controlId: 'A.7.4', applicable: false, justification, updatedAt: NOW.toISOString() });

    const [event] = await t.call('audit.list', { limit: 1 });
    expect(event).toMatchObject({ procedure: 'controls.update', entityType: 'control', entityId: 'iso27001:A.7.4' });
    expect(event!.summary.before).toMatchObject({ applicable: true, justification: '' });
    expect(event!.summary.after).toMatchObject({ applicable: false, justification });
    expect((await t.call('audit.verify', {})).ok).toBe(true);

    const soaRow = (await t.call('soa.get', {})).rows.find((r) => r.controlId === 'A.7.4');
    expect(soaRow).toMatchObject({ applicable: false, justification });
  });

  it('asks for a reason when a control is brought back into the SoA', async () => {
    const error = await t.fail('controls.update', { framework: 'iso27001', controlId: 'A.7.4', patch: { applicable: true } });
    expect(error.details?.issues).toEqual([expect.objectContaining({ path: ['patch', 'inclusionReasons'], code: 'inclusion_reason_required' })]);
    const row = await t.call('controls.update', { framework: 'iso27001', controlId: 'A.7.4', patch: { applicable: true, inclusionReasons: ['contractual', 'legal', 'legal'] } });
    expect(row).toMatchObject({ applicable: true, inclusionReasons: ['legal', 'contractual'] });
  });

  it('does not block everyday edits of a control nobody has decided on yet', async () => {
    const row = await t.call('controls.update', {
      framework: 'iso27001',
      controlId: 'A.8.13',
      patch: { status: 'in_progress', owner: 'Platform team', notes: 'Nightly snapshots, weekly restore test.', reviewDate: '2025-09-30' },
    });
    expect(row).toMatchObject({ status: 'in_progress', owner: 'Platform team', reviewDate: '2025-09-30', applicable: true });
    const cleared = await t.call('controls.update', { framework: 'iso27001', controlId: 'A.8.13', patch: { reviewDate: null } });
    expect(cleared.reviewDate).toBeNull();
    expect(cleared.owner).toBe('Platform team');
  });

  it('records nothing when a patch changes nothing', async () => {
    const before = await t.call('audit.list', { limit: 1 });
    await t.call('controls.update', { framework: 'iso27001', controlId: 'A.8.13', patch: { owner: 'Platform team' } });
    expect(await t.call('audit.list', { limit: 1 })).toEqual(before);
  });

  it('rejects a control id that is not in the framework, naming controlId', async () => {
    for (const [framework, controlId] of [
      ['iso27001', 'A.5.99'],
      ['iso27001', 'CC6.1'],
      ['soc2', 'A.5.1'],
      ['soc2', 'CC9.9'],
    ] as const) {
      const error = await t.fail('controls.update', { framework, controlId, patch: { status: 'planned' } });
      expect(error.code, controlId).toBe('INVALID_INPUT');
      expect(error.details?.issues).toEqual([expect.objectContaining({ path: ['controlId'] })]);
    }
    expect((await t.fail('controls.get', { framework: 'iso27001', controlId: '5.1' })).code).toBe('INVALID_INPUT');
  });
});

describe('SOC 2 scope', () => {
  it('follows the categories chosen in the settings; security is always in', async () => {
    expect(await t.call('frameworks.settings.get', {})).toEqual({ soc2Categories: ['security', 'availability', 'confidentiality', 'privacy'], expiringWithinDays: 30 });
    const settings = await t.call('frameworks.settings.update', { soc2Categories: ['processing-integrity', 'availability'] });
    expect(settings.soc2Categories).toEqual(['security', 'availability', 'processing-integrity']);
    const rows = await t.call('controls.list', { framework: 'soc2' });
    const applicable = (id: string) => rows.find((r) => r.controlId === id)!.applicable;
    expect([applicable('CC6.1'), applicable('A1.2'), applicable('PI1.3'), applicable('C1.1'), applicable('P4.1')]).toEqual([true, true, true, false, false]);
    const [event] = await t.call('audit.list', { limit: 1 });
    expect(event).toMatchObject({ entityType: 'framework_settings', procedure: 'frameworks.settings.update' });
  });

  it('refuses to switch a single criterion out of scope', async () => {
    const error = await t.fail('controls.update', { framework: 'soc2', controlId: 'CC6.1', patch: { applicable: false, justification: 'carved out' } });
    expect(error.details?.issues).toEqual([expect.objectContaining({ path: ['patch', 'applicable'], code: 'soc2_scope_by_category' })]);
    const row = await t.call('controls.update', { framework: 'soc2', controlId: 'CC6.1', patch: { applicable: true, status: 'implemented' } });
    expect(row).toMatchObject({ applicable: true, status: 'implemented' });
  });

  it('validates the settings', async () => {
    expect((await t.fail('frameworks.settings.update', { soc2Categories: [] })).code).toBe('INVALID_INPUT');
    expect((await t.fail('frameworks.settings.update', { expiringWithinDays: 0 })).code).toBe('INVALID_INPUT');
    expect((await t.call('frameworks.settings.update', { expiringWithinDays: 45 })).expiringWithinDays).toBe(45);
  });
});

describe('controls.get', () => {
  it('returns the row and the risks it treats', async () => {
    const result = await t.call('controls.get', { framework: 'iso27001', controlId: 'A.8.13' });
    expect(result.control).toMatchObject({ controlId: 'A.8.13', status: 'in_progress', treatingRiskCount: 0 });
    expect(result.risks).toEqual([]);
  });
});
