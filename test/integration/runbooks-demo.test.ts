// The demo organisation's runbooks and drills: the six templates adopted and approved, the
// ransomware runbook in its second version, a draft revision, three drills over the last year with
// timings against targets, and one corrective action still open on the agenda. In Chinese, the
// runbooks are adopted in Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

let t: TestBackend;

beforeAll(async () => {
  t = testBackend({ now: () => new Date('2026-06-15T10:00:00Z') });
  await t.call('workspace.createDemo', { directory: t.dir, passphrase: PASSPHRASE });
});

afterAll(async () => {
  await t.cleanup();
});

describe('demo runbooks', () => {
  it('has the six runbooks approved, one in its second version and one with a draft revision', async () => {
    const list = await t.call('runbooks.list', {});
    expect(list.map((runbook) => runbook.templateId)).toEqual(['personal-data-breach', 'ransomware', 'lost-device', 'misdirected-email', 'vendor-breach', 'insider-misuse']);
    expect(list.every((runbook) => runbook.currentVersion !== null && runbook.language === 'en')).toBe(true);
    const byTemplate = new Map(list.map((runbook) => [runbook.templateId, runbook]));
    expect(byTemplate.get('ransomware')).toMatchObject({ status: 'approved', currentVersion: { number: 2 }, drillCount: 1, lastDrillOn: '2025-07-20', drillDueOn: '2026-07-20', drillOverdue: false });
    expect(byTemplate.get('lost-device')).toMatchObject({ status: 'draft', currentVersion: { number: 1 }, latestVersion: { number: 2, status: 'draft' } });
    // Never drilled since approval 390 days ago: overdue.
    expect(byTemplate.get('vendor-breach')).toMatchObject({ drillCount: 0, drillOverdue: true });

    const ransomware = await t.call('runbooks.get', { id: byTemplate.get('ransomware')!.id });
    expect(ransomware.versions.map((v) => v.status)).toEqual(['approved', 'superseded']);
    const v2 = await t.call('runbooks.versions.get', { runbookId: ransomware.runbook.id, versionId: ransomware.versions[0]!.id });
    expect(v2.content.roles.find((role) => role.role === 'dpo')!.assignee).toBe('Aoife Brennan (DPO)');
    expect(v2.content.contacts.map((contact) => contact.name)).toContain('Garda National Cyber Crime Bureau');
  });

  it('has three drills over the last year with over-target steps flagged and one open action', async () => {
    const drills = await t.call('runbooks.drills.list', {});
    expect(drills.map((drill) => [drill.heldOn, drill.kind, drill.runbookTitle])).toEqual([
      ['2026-05-01', 'tabletop', 'Misdirected e-mail or file share'],
      ['2026-01-16', 'simulation', 'Personal-data breach'],
      ['2025-07-20', 'tabletop', 'Ransomware'],
    ]);
    const breach = drills[1]!;
    expect(breach.timings.find((row) => row.stepId === 'notify-authority')).toMatchObject({ targetMinutes: 4320, actualMinutes: 4700, overTarget: true });
    expect(drills.reduce((sum, drill) => sum + drill.openActions, 0)).toBe(1);
    const ransomware = drills[2]!;
    expect(ransomware).toMatchObject({ versionNumber: 1, overTargetCount: 2 });
    expect(ransomware.participants.length).toBeGreaterThanOrEqual(4);

    const agenda = await t.call('agenda.list', { limit: 1000 });
    expect(agenda.filter((item) => item.kind === 'drill_action')).toEqual([expect.objectContaining({ due: '2026-07-05', overdue: false })]);
    expect(agenda.filter((item) => item.kind === 'runbook_drill')).toHaveLength(6);
  });
});

describe('demo runbooks in Chinese', () => {
  it('adopts the templates in the workspace language', async () => {
    const zh = testBackend({ now: () => new Date('2026-06-15T10:00:00Z') });
    try {
      await zh.call('workspace.createDemo', { directory: zh.dir, passphrase: PASSPHRASE, language: 'zh-CN' });
      const list = await zh.call('runbooks.list', {});
      expect(list.map((runbook) => runbook.title)).toContain('勒索软件');
      expect(list.every((runbook) => runbook.language === 'zh-CN')).toBe(true);
    } finally {
      await zh.cleanup();
    }
  });
});
