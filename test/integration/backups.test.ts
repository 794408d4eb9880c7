// Backup governance through the contract, on a real SQLCipher workspace: backup jobs per inventory
// system (and the workspace itself) with schedules from shared/recurrence; every check appearing and
// clearing (3-2-1, RPO met by the schedule, personal data without a backup, sensitive data
// unencrypted, restore chain vs RTO, restore test overdue); restore tests with their follow-up rule;
// the agenda, search, evidence links and the audit trail.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/contract';
import type { BackupCheckKind } from '../../shared/contract/areas/backups';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';
import { systemInput } from '../support/inputs';

let clock = new Date('2026-03-03T10:00:00Z');
let t: TestBackend;

beforeEach(async () => {
  clock = new Date('2026-03-03T10:00:00Z');
  t = testBackend({ now: () => clock });
  await t.call('workspace.create', { directory: t.dir, name: 'Acme', passphrase: PASSPHRASE });
});

afterEach(async () => {
  await t.cleanup();
});

type JobInput = ProcedureInput<'backups.jobs.create'>;
type TestInput = ProcedureInput<'backups.restoreTests.create'>;

const DAILY = { kind: 'calendar', rrule: 'FREQ=DAILY', tzid: 'Europe/Dublin', start: '2026-01-01T01:00' } as const;
const WEEKLY_SUNDAY = { kind: 'calendar', rrule: 'FREQ=WEEKLY;BYDAY=SU', tzid: 'Europe/Dublin', start: '2026-01-01T02:00' } as const;

async function system(name: string) {
  return t.call('inventory.systems.create', systemInput(name, { country: 'IE' }));
}

async function category(name: string, sensitivity: ProcedureInput<'inventory.dataCategories.create'>['sensitivity'], systemIds: string[]) {
  return t.call('inventory.dataCategories.create', { name, examples: '', sensitivity, systemIds });
}

function job(systemId: string | null, overrides: Partial<JobInput> = {}): JobInput {
  return {
    systemId,
    name: 'Nightly snapshot',
    type: 'full',
    schedule: DAILY,
    runsPerDay: 1,
    fullSchedule: null,
    retentionDays: 30,
    retentionCopies: null,
    medium: 'disk',
    location: 'on_site',
    country: 'IE',
    encrypted: true,
    encryptionMethod: 'AES-256',
    immutable: false,
    offline: false,
    rpoHours: 24,
    rtoHours: 8,
    restoreMinutesPerSet: 30,
    owner: 'IT operations',
    notes: '',
    ...overrides,
  };
}

function restoreTest(systemId: string | null, overrides: Partial<TestInput> = {}): TestInput {
  return { testedOn: '2026-03-01', systemId, backupJobId: null, result: 'pass', restoreMinutes: 45, dataVerified: 'Row counts match production', evidenceFileId: null, notes: '', followUps: [], ...overrides };
}

async function checks(kind?: BackupCheckKind) {
  const all = await t.call('backups.checks', {});
  return kind ? all.filter((check) => check.kind === kind) : all;
}

async function issues(name: string, input: unknown) {
  const error = await t.fail(name, input);
  expect(error.code).toBe('INVALID_INPUT');
  return (error.details?.issues ?? []) as { path: (string | number)[]; message: string; code: string }[];
}

describe('backup jobs', () => {
  it('records a job per system with its schedule and refuses bad input field by field', async () => {
    const crm = await system('CRM');
    const created = await t.call('backups.jobs.create', job(crm.id, { type: 'incremental', fullSchedule: WEEKLY_SUNDAY }));
    expect(created).toMatchObject({ systemName: 'CRM', systemExists: true, type: 'incremental', fullSchedule: WEEKLY_SUNDAY, longestIntervalHours: 24, chainLength: 7, restoreMinutes: 210 });

    expect(await issues('backups.jobs.create', job(crm.id, { type: 'differential', fullSchedule: null }))).toContainEqual(expect.objectContaining({ path: ['fullSchedule'], message: 'full_schedule_required' }));
    expect(await issues('backups.jobs.create', job(crm.id, { retentionDays: null, retentionCopies: null }))).toContainEqual(expect.objectContaining({ path: ['retentionDays'], message: 'retention_required' }));
    expect(await issues('backups.jobs.create', job(crm.id, { encryptionMethod: '' }))).toContainEqual(expect.objectContaining({ path: ['encryptionMethod'], message: 'encryption_method_required' }));
    expect(await issues('backups.jobs.create', job(crm.id, { schedule: { ...DAILY, rrule: 'FREQ=HOURLY' } }))).toContainEqual(expect.objectContaining({ path: ['schedule', 'rrule'], message: 'rrule_invalid_value' }));
    expect(await issues('backups.jobs.create', job('00000000-0000-4000-8000-000000000000'))).toContainEqual(expect.objectContaining({ path: ['systemId'], message: 'unknown_system' }));

    const updated = await t.call('backups.jobs.update', { id: created.id, job: job(crm.id, { name: 'Weekly full', schedule: WEEKLY_SUNDAY }) });
    expect(updated).toMatchObject({ name: 'Weekly full', type: 'full', fullSchedule: null, longestIntervalHours: 168, chainLength: 1 });
    const events = (await t.call('audit.list', { limit: 100 })).filter((event) => event.entityType === 'backup_job');
    expect(events.map((event) => event.procedure)).toEqual(['backups.jobs.update', 'backups.jobs.create']);
    expect(events[0]!.summary.before).toMatchObject({ name: 'Nightly snapshot', type: 'incremental' });
    expect(events[0]!.summary.after).toMatchObject({ name: 'Weekly full', type: 'full' });

    await t.call('backups.jobs.delete', { id: created.id });
    expect(await t.call('backups.jobs.list', {})).toEqual([]);
    expect((await t.fail('backups.jobs.get', { id: created.id })).code).toBe('NOT_FOUND');
  });

  it('the workspace itself can be backed up and restore-tested like a system', async () => {
    const own = await t.call('backups.jobs.create', job(null, { name: 'Workspace backup', medium: 'object_storage', location: 'cloud' }));
    expect(own).toMatchObject({ systemId: null, systemName: 'Custos workspace' });
    const test = await t.call('backups.restoreTests.create', restoreTest(null, { backupJobId: own.id }));
    expect(test).toMatchObject({ systemId: null, backupJobName: 'Workspace backup', rtoHours: 8, withinRto: true });
    const systems = await t.call('backups.systems.list', {});
    expect(systems[0]).toMatchObject({ systemId: null, jobCount: 1, lastSuccessfulRestoreOn: '2026-03-01', nextTestDue: '2027-03-01' });
  });
});

describe('checks', () => {
  it('3-2-1: appears with too few copies, media or off-site copies, and clears when met', async () => {
    const crm = await system('CRM');
    const first = await t.call('backups.jobs.create', job(crm.id));
    expect(await checks('three_two_one')).toEqual([expect.objectContaining({ systemId: crm.id, facts: { copies: 2, media: 1, offSite: 0 } })]);
    // A second copy on disk on site: three copies but one medium and nothing off site.
    const second = await t.call('backups.jobs.create', job(crm.id, { name: 'Replica' }));
    expect((await checks('three_two_one'))[0]!.facts).toEqual({ copies: 3, media: 1, offSite: 0 });
    await t.call('backups.jobs.update', { id: second.id, job: job(crm.id, { name: 'Cloud copy', medium: 'object_storage', location: 'cloud' }) });
    expect(await checks('three_two_one')).toEqual([]);
    // Taking the only off-site copy back on site brings it back.
    await t.call('backups.jobs.update', { id: second.id, job: job(crm.id, { name: 'Cloud copy', medium: 'tape', location: 'on_site' }) });
    expect((await checks('three_two_one'))[0]!.facts).toEqual({ copies: 3, media: 2, offSite: 0 });
    expect(first.checks).toEqual([]);
  });

  it('RPO: the longest interval between runs must not exceed it', async () => {
    const crm = await system('CRM');
    const created = await t.call('backups.jobs.create', job(crm.id, { rpoHours: 12 }));
    expect(created.checks).toEqual([expect.objectContaining({ kind: 'rpo_not_met', jobId: created.id, facts: { rpoHours: 12, longestIntervalHours: 24 } })]);
    await t.call('backups.jobs.update', { id: created.id, job: job(crm.id, { rpoHours: 24 }) });
    expect(await checks('rpo_not_met')).toEqual([]);
    // Four runs a day are six hours apart; an RPO of 4 hours is still missed, 6 is met.
    const fourTimes = await t.call('backups.jobs.update', { id: created.id, job: job(crm.id, { rpoHours: 4, runsPerDay: 4 }) });
    expect(fourTimes.checks).toEqual([expect.objectContaining({ kind: 'rpo_not_met', facts: { rpoHours: 4, longestIntervalHours: 6 } })]);
    await t.call('backups.jobs.update', { id: created.id, job: job(crm.id, { rpoHours: 6, runsPerDay: 4 }) });
    expect(await checks('rpo_not_met')).toEqual([]);
    // Hourly on weekdays only: the weekend gap is 49 hours (Friday 23:00 to Monday 00:00).
    const weekdays = await t.call('backups.jobs.update', { id: created.id, job: job(crm.id, { rpoHours: 1, runsPerDay: 24, schedule: { ...DAILY, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' } }) });
    expect(weekdays.longestIntervalHours).toBe(49);
    // Monday, Wednesday and Friday: the weekend gap is 72 hours.
    const mwf = await t.call('backups.jobs.update', { id: created.id, job: job(crm.id, { rpoHours: 48, schedule: { ...DAILY, rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' } }) });
    expect(mwf.longestIntervalHours).toBe(72);
    expect((await checks('rpo_not_met'))[0]!.facts).toEqual({ rpoHours: 48, longestIntervalHours: 72 });
    // Every 2 days after the last run is 48 hours.
    await t.call('backups.jobs.update', { id: created.id, job: job(crm.id, { rpoHours: 48, schedule: { kind: 'after_completion', every: { days: 2 } } }) });
    expect(await checks('rpo_not_met')).toEqual([]);
    // An incremental job's recovery points include its full backups.
    const incremental = await t.call('backups.jobs.update', {
      id: created.id,
      job: job(crm.id, { type: 'incremental', rpoHours: 48, schedule: { ...DAILY, rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }, fullSchedule: WEEKLY_SUNDAY }),
    });
    expect(incremental.longestIntervalHours).toBe(48);
    expect(await checks('rpo_not_met')).toEqual([]);
  });

  it('personal data without a backup job appears, and clears once the system has one', async () => {
    const crm = await system('CRM');
    await system('Build server');
    expect(await checks('personal_data_no_backup')).toEqual([]);
    await category('Contact details', ['ordinary'], [crm.id]);
    expect(await checks('personal_data_no_backup')).toEqual([expect.objectContaining({ systemId: crm.id, systemName: 'CRM', jobId: null })]);
    await t.call('backups.jobs.create', job(crm.id));
    expect(await checks('personal_data_no_backup')).toEqual([]);
  });

  it('sensitive data backed up without encryption appears, and clears when encrypted', async () => {
    const hr = await system('HR');
    await category('Salaries', ['ordinary'], [hr.id]);
    const plain = await t.call('backups.jobs.create', job(hr.id, { encrypted: false, encryptionMethod: '' }));
    expect(plain.checks).toEqual([]);
    await category('Sick notes', ['gdpr_art9'], [hr.id]);
    expect(await checks('sensitive_not_encrypted')).toEqual([expect.objectContaining({ systemId: hr.id, jobId: plain.id })]);
    expect((await t.call('backups.systems.list', {})).find((s) => s.systemId === hr.id)).toMatchObject({ holdsPersonalData: true, holdsSensitiveData: true });
    await t.call('backups.jobs.update', { id: plain.id, job: job(hr.id, { encrypted: true, encryptionMethod: 'AES-256-GCM' }) });
    expect(await checks('sensitive_not_encrypted')).toEqual([]);
  });

  it('restore chain: full plus the incrementals since it at worst, differential 2, against the RTO', async () => {
    const db = await system('Database');
    // Daily incrementals, a full every Sunday: six incrementals at worst, seven sets of 30 minutes.
    const incremental = await t.call('backups.jobs.create', job(db.id, { type: 'incremental', fullSchedule: WEEKLY_SUNDAY, rtoHours: 3 }));
    expect(incremental).toMatchObject({ chainLength: 7, restoreMinutes: 210 });
    expect(await checks('restore_time_over_rto')).toEqual([expect.objectContaining({ jobId: incremental.id, facts: { chainLength: 7, restoreMinutes: 210, rtoHours: 3 } })]);
    await t.call('backups.jobs.update', { id: incremental.id, job: job(db.id, { type: 'incremental', fullSchedule: WEEKLY_SUNDAY, rtoHours: 4 }) });
    expect(await checks('restore_time_over_rto')).toEqual([]);
    // A full on the 1st of each month: up to 30 incrementals between fulls.
    const monthly = await t.call('backups.jobs.update', {
      id: incremental.id,
      job: job(db.id, { type: 'incremental', fullSchedule: { ...WEEKLY_SUNDAY, rrule: 'FREQ=MONTHLY;BYMONTHDAY=1' }, rtoHours: 4 }),
    });
    expect(monthly.chainLength).toBe(31);
    expect(await checks('restore_time_over_rto')).toHaveLength(1);
    // Hourly incrementals with a weekly full: 23 on the full's day and 24 on each of the six others.
    const hourly = await t.call('backups.jobs.update', { id: incremental.id, job: job(db.id, { type: 'incremental', runsPerDay: 24, fullSchedule: WEEKLY_SUNDAY, rtoHours: 100 }) });
    expect(hourly).toMatchObject({ chainLength: 1 + 23 + 6 * 24, longestIntervalHours: 1 });
    const differential = await t.call('backups.jobs.update', { id: incremental.id, job: job(db.id, { type: 'differential', fullSchedule: WEEKLY_SUNDAY, rtoHours: 1 }) });
    expect(differential).toMatchObject({ chainLength: 2, restoreMinutes: 60 });
    expect(await checks('restore_time_over_rto')).toEqual([]);
  });

  it('restore tests fall overdue by the system cadence and clear when one is recorded', async () => {
    const crm = await system('CRM');
    const nightly = await t.call('backups.jobs.create', job(crm.id));
    let summary = (await t.call('backups.systems.list', {})).find((s) => s.systemId === crm.id)!;
    expect(summary).toMatchObject({ restoreTestMonths: 12, nextTestDue: '2027-03-03', testOverdue: false, lastTestOn: null });
    clock = new Date('2027-03-10T09:00:00Z');
    expect(await checks('restore_test_overdue')).toEqual([expect.objectContaining({ systemId: crm.id, facts: { due: '2027-03-03' } })]);
    const agenda = (await t.call('agenda.list', { limit: 500 })).filter((item) => item.kind === 'restore_test_due');
    expect(agenda).toEqual([expect.objectContaining({ title: 'CRM', due: '2027-03-03', overdue: true, link: { screen: 'backups', params: { tab: 'restoreTests' } } })]);

    await t.call('backups.restoreTests.create', restoreTest(crm.id, { testedOn: '2027-03-09', backupJobId: nightly.id, result: 'partial', followUps: [{ description: 'Restore the attachments bucket too', owner: 'IT', dueDate: '2027-04-01', status: 'open' }] }));
    expect(await checks('restore_test_overdue')).toEqual([]);
    summary = (await t.call('backups.systems.list', {})).find((s) => s.systemId === crm.id)!;
    // A partial test counts for the cadence but is not a successful restore.
    expect(summary).toMatchObject({ lastTestOn: '2027-03-09', lastSuccessfulRestoreOn: null, nextTestDue: '2028-03-09' });

    const monthly = await t.call('backups.systems.setCadence', { systemId: crm.id, months: 1 });
    expect(monthly).toMatchObject({ restoreTestMonths: 1, nextTestDue: '2027-04-09', testOverdue: false });
    clock = new Date('2027-04-10T09:00:00Z');
    expect(await checks('restore_test_overdue')).toHaveLength(1);
    const cadenceEvents = (await t.call('audit.list', { limit: 100 })).filter((event) => event.entityType === 'restore_test_cadence');
    expect(cadenceEvents[0]!.summary).toEqual({ before: { months: 12 }, after: { months: 1 } });
  });

  it('the failing checks are one agenda item, due today, while any remain', async () => {
    const crm = await system('CRM');
    await category('Contact details', ['ordinary'], [crm.id]);
    const failing = await checks();
    expect(failing).toHaveLength(1);
    let item = (await t.call('agenda.list', { limit: 500 })).filter((entry) => entry.kind === 'backup_checks');
    expect(item).toEqual([expect.objectContaining({ title: '1', due: '2026-03-03', link: { screen: 'backups', params: { tab: 'checks' } } })]);
    await t.call('backups.jobs.create', job(crm.id, { medium: 'object_storage', location: 'cloud' }));
    await t.call('backups.jobs.create', job(crm.id, { name: 'Tape', medium: 'tape', location: 'off_site' }));
    expect(await checks()).toEqual([]);
    item = (await t.call('agenda.list', { limit: 500 })).filter((entry) => entry.kind === 'backup_checks');
    expect(item).toEqual([]);
  });
});

describe('restore tests', () => {
  it('a failed or partial test needs a follow-up; follow-ups are agenda items until done', async () => {
    const crm = await system('CRM');
    const nightly = await t.call('backups.jobs.create', job(crm.id));
    for (const result of ['fail', 'partial'] as const) {
      expect(await issues('backups.restoreTests.create', restoreTest(crm.id, { result }))).toContainEqual(expect.objectContaining({ path: ['followUps'], message: 'follow_up_required' }));
    }
    const failed = await t.call(
      'backups.restoreTests.create',
      restoreTest(crm.id, { backupJobId: nightly.id, result: 'fail', restoreMinutes: 600, followUps: [{ description: 'Fix the expired restore credentials', owner: 'Platform', dueDate: '2026-03-01', status: 'open' }] }),
    );
    expect(failed).toMatchObject({ result: 'fail', rtoHours: 8, withinRto: false, backupJobName: 'Nightly snapshot' });
    expect(failed.followUps).toEqual([expect.objectContaining({ description: 'Fix the expired restore credentials', status: 'open', overdue: true })]);
    let agenda = (await t.call('agenda.list', { limit: 500 })).filter((item) => item.kind === 'backup_follow_up');
    expect(agenda).toEqual([
      expect.objectContaining({ title: 'CRM: Fix the expired restore credentials', due: '2026-03-01', overdue: true, link: { screen: 'backups', params: { tab: 'restoreTests', id: failed.id } } }),
    ]);

    // Editing keeps the follow-up (by id) and adds another; removing every follow-up is refused.
    const followUpId = failed.followUps[0]!.id;
    const edited = await t.call('backups.restoreTests.update', {
      id: failed.id,
      test: { ...restoreTest(crm.id, { testedOn: '2026-03-03', backupJobId: nightly.id, result: 'fail' }), followUps: [{ id: followUpId, description: 'Fix the expired restore credentials', owner: 'Platform', dueDate: '2026-03-01', status: 'open' }, { description: 'Repeat the test', owner: 'Platform', dueDate: '2026-04-01', status: 'open' }] },
    });
    expect(edited.followUps.map((f) => f.id)[0]).toBe(followUpId);
    expect(edited.followUps).toHaveLength(2);
    expect(await issues('backups.restoreTests.update', { id: failed.id, test: restoreTest(crm.id, { result: 'fail' }) })).toContainEqual(expect.objectContaining({ path: ['test', 'followUps'], message: 'follow_up_required' }));

    const done = await t.call('backups.followUps.setStatus', { id: followUpId, status: 'done' });
    expect(done.followUps[0]).toMatchObject({ status: 'done', overdue: false });
    agenda = (await t.call('agenda.list', { limit: 500 })).filter((item) => item.kind === 'backup_follow_up');
    expect(agenda.map((item) => item.title)).toEqual(['CRM: Repeat the test']);

    // A pass without follow-ups is fine; the latest pass is the last successful restore.
    await t.call('backups.restoreTests.create', restoreTest(crm.id, { testedOn: '2026-03-02', backupJobId: nightly.id }));
    const systems = await t.call('backups.systems.list', {});
    expect(systems.find((s) => s.systemId === crm.id)).toMatchObject({ lastTestOn: '2026-03-03', lastSuccessfulRestoreOn: '2026-03-02' });
  });

  it('refuses a future date, a job of another system, unknown files and follow-ups of another test', async () => {
    const crm = await system('CRM');
    const hr = await system('HR');
    const hrJob = await t.call('backups.jobs.create', job(hr.id));
    expect(await issues('backups.restoreTests.create', restoreTest(crm.id, { testedOn: '2026-03-04' }))).toContainEqual(expect.objectContaining({ path: ['testedOn'], message: 'date_in_future' }));
    expect(await issues('backups.restoreTests.create', restoreTest(crm.id, { backupJobId: hrJob.id }))).toContainEqual(expect.objectContaining({ path: ['backupJobId'], message: 'backup_job_other_system' }));
    expect(await issues('backups.restoreTests.create', restoreTest(crm.id, { evidenceFileId: '00000000-0000-4000-8000-000000000000' }))).toContainEqual(expect.objectContaining({ path: ['evidenceFileId'], message: 'unknown_file' }));
    const other = await t.call('backups.restoreTests.create', restoreTest(hr.id, { result: 'fail', followUps: [{ description: 'Retry', owner: '', dueDate: '2026-04-01', status: 'open' }] }));
    const stolen = { id: other.followUps[0]!.id, description: 'Retry', owner: '', dueDate: '2026-04-01', status: 'open' as const };
    expect(await issues('backups.restoreTests.create', restoreTest(crm.id, { result: 'fail', followUps: [stolen] }))).toContainEqual(expect.objectContaining({ path: ['followUps', 0, 'id'], message: 'unknown_record' }));
    expect(await t.call('backups.restoreTests.list', { systemId: crm.id })).toEqual([]);
  });

  it('keeps an evidence file, links jobs and tests to their controls, and is searchable', async () => {
    const crm = await system('CRM');
    const nightly = await t.call('backups.jobs.create', job(crm.id, { name: 'Nightly Postgres dump' }));
    const file = await t.call('evidence.files.upload', { name: 'restore-log.txt', base64: Buffer.from('restored 1204 rows').toString('base64') });
    const test = await t.call('backups.restoreTests.create', restoreTest(crm.id, { backupJobId: nightly.id, evidenceFileId: file.id, dataVerified: 'Checksums of the orders table' }));
    expect(test.evidenceFile).toEqual({ id: file.id, name: 'restore-log.txt' });

    for (const [framework, controlId, label] of [
      ['iso27001', 'A.8.13', 'CRM: Nightly Postgres dump'],
      ['iso27001', 'A.5.30', 'CRM: Nightly Postgres dump'],
      ['soc2', 'A1.2', 'CRM: Nightly Postgres dump'],
      ['iso27001', 'A.8.13', 'CRM 2026-03-01'],
      ['soc2', 'A1.3', 'CRM 2026-03-01'],
      ['soc2', 'CC7.5', 'CRM 2026-03-01'],
    ] as const) {
      const evidence = await t.call('evidence.forControl', { framework, controlId });
      expect(JSON.stringify(evidence), `${controlId} ${label}`).toContain(label);
    }
    // A1.3 is evidenced by the restore test itself; the job reaches it only through the crosswalk.
    const direct = (await t.call('evidence.forControl', { framework: 'soc2', controlId: 'A1.3' })).filter((link) => link.via === null);
    expect(direct.map((link) => link.source)).toEqual([expect.objectContaining({ recordType: 'restore_test', label: 'CRM 2026-03-01' })]);

    const jobHits = await t.call('search.query', { q: 'Postgres' });
    expect(jobHits[0]).toMatchObject({ entityType: 'backup_job', link: { screen: 'backups', params: { tab: 'jobs', id: nightly.id } } });
    const testHits = await t.call('search.query', { q: 'Checksums' });
    expect(testHits[0]).toMatchObject({ entityType: 'restore_test', link: { screen: 'backups', params: { tab: 'restoreTests', id: test.id } } });

    await t.call('backups.restoreTests.delete', { id: test.id });
    expect(await t.call('search.query', { q: 'Checksums' })).toEqual([]);
    expect((await t.call('evidence.forControl', { framework: 'soc2', controlId: 'A1.3' })).filter((link) => link.via === null)).toEqual([]);
    const overview = await t.call('workspace.overview', {});
    expect(overview.recordCounts).toContainEqual({ entity: 'backup_jobs', count: 1 });
  });
});
