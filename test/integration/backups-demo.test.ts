// The demo organisation's backups: jobs for most systems and for the workspace, two years of restore
// tests with partial and failed ones carrying follow-ups, and exactly the findings it is meant to
// show (systems without a backup, one unencrypted sensitive backup, one restore chain too long for its
// RTO, one system whose restore test is overdue, one overdue follow-up).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../shared/recurrence';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2026-06-15T10:00:00Z');
const TODAY = '2026-06-15';
let t: TestBackend;

beforeAll(async () => {
  t = testBackend({ now: () => NOW });
  await t.call('workspace.createDemo', { directory: t.dir, passphrase: PASSPHRASE });
}, 120_000);

afterAll(async () => {
  await t.cleanup();
});

describe('demo backups', () => {
  it('backs up most systems and the workspace, leaving a few holding personal data without a job', async () => {
    const systems = await t.call('backups.systems.list', {});
    const inventory = systems.filter((system) => system.systemId !== null);
    const withJobs = inventory.filter((system) => system.jobCount > 0);
    expect(withJobs.length / inventory.length).toBeGreaterThan(0.6);
    expect(systems[0]).toMatchObject({ systemId: null, jobCount: 1 });
    const missing = (await t.call('backups.checks', {})).filter((check) => check.kind === 'personal_data_no_backup').map((check) => check.systemName);
    expect(missing).toEqual(expect.arrayContaining(['Slack', 'Greenhouse recruiting']));
    expect(missing.length).toBeGreaterThanOrEqual(2);
  });

  it('flags the unencrypted sensitive backup, the China chain over its RTO and the overdue Google Workspace test', async () => {
    const checks = await t.call('backups.checks', {});
    expect(checks.filter((check) => check.kind === 'sensitive_not_encrypted').map((check) => check.systemName)).toEqual(['Shanghai HR and payroll (Zhiyun)']);
    const chain = checks.filter((check) => check.kind === 'restore_time_over_rto');
    expect(chain).toEqual([expect.objectContaining({ systemName: 'Meridian Insights China (AWS Ningxia)', facts: expect.objectContaining({ rtoHours: 6 }) })]);
    expect(Number(chain[0]!.facts.chainLength)).toBeGreaterThan(24);
    expect(checks.filter((check) => check.kind === 'restore_test_overdue').map((check) => check.systemName)).toEqual(['Google Workspace']);
    expect(checks.filter((check) => check.kind === 'rpo_not_met')).toEqual([]);
  });

  it('has two years of restore tests; every partial or failed one has follow-ups, open ones on the agenda', async () => {
    const tests = await t.call('backups.restoreTests.list', {});
    const dates = tests.map((test) => test.testedOn).sort();
    expect(dates[0]! <= addMonths(TODAY, -23)).toBe(true);
    expect(dates.at(-1)! <= TODAY).toBe(true);
    const notPassed = tests.filter((test) => test.result !== 'pass');
    expect(notPassed.map((test) => test.result)).toEqual(expect.arrayContaining(['fail', 'partial']));
    for (const test of notPassed) expect(test.followUps.length, test.systemName).toBeGreaterThan(0);
    const open = tests.flatMap((test) => test.followUps.filter((f) => f.status === 'open'));
    expect(open.some((f) => f.overdue)).toBe(true);
    const agenda = (await t.call('agenda.list', { limit: 5000 })).filter((item) => item.kind === 'backup_follow_up');
    expect(agenda).toHaveLength(open.length);
    const production = (await t.call('backups.systems.list', {})).find((s) => s.name === 'Meridian Insights production (AWS eu-west-1)')!;
    expect(production.lastSuccessfulRestoreOn).toBe(addMonths(TODAY, -1));
    expect(production.checks).toEqual([]);
  });
});
