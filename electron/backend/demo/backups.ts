// The demo organisation's backups: jobs for most systems of the inventory and for the workspace
// itself, two years of restore tests with some partial and failed ones and their follow-ups. Left
// as findings on purpose: a few systems holding personal data without a backup job (Slack,
// Greenhouse, SurveyPro, Datadog, the VDI), the Shanghai payroll export kept unencrypted on a NAS
// although it holds resident ID numbers, the China platform's incremental chain (a full only on the
// 1st of the month) too long for its RTO, Google Workspace's restore test overdue, and an open,
// overdue follow-up on the support desk.
import type { BackupJobInput, FollowUpInput, RestoreResult } from '../../../shared/contract/areas/backups';
import type { Schedule } from '../../../shared/recurrence';
import { addDays, addMonths } from '../../../shared/recurrence/dates';
import { createJob } from '../backups/backup-jobs';
import { createRestoreTest } from '../backups/restore-tests';
import type { ChangeTx } from '../workspace/workspace-db';

const daily = (time: string, tzid = 'Europe/Dublin'): Schedule => ({ kind: 'calendar', rrule: 'FREQ=DAILY', tzid, start: `2024-01-01T${time}` });
const weekly = (day: string, time: string, tzid = 'Europe/Dublin'): Schedule => ({ kind: 'calendar', rrule: `FREQ=WEEKLY;BYDAY=${day}`, tzid, start: `2024-01-01T${time}` });
const monthlyOnFirst = (time: string, tzid = 'Europe/Dublin'): Schedule => ({ kind: 'calendar', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1', tzid, start: `2024-01-01T${time}` });

type DemoJob = Omit<BackupJobInput, 'systemId'> & { key: string; system: string | null };

const base = { runsPerDay: 1, retentionDays: null, retentionCopies: null, country: '', immutable: false, offline: false, notes: '', fullSchedule: null } as const;

const JOBS: readonly DemoJob[] = [
  {
    ...base,
    key: 'prod-snapshots',
    system: 'Meridian Insights production (AWS eu-west-1)',
    name: 'PostgreSQL incremental snapshots to S3 (eu-central-1)',
    type: 'incremental',
    schedule: daily('01:00'),
    fullSchedule: weekly('SU', '02:00'),
    retentionDays: 35,
    medium: 'object_storage',
    location: 'cloud',
    country: 'DE',
    encrypted: true,
    encryptionMethod: 'AES-256 (AWS KMS, customer-managed key)',
    immutable: true,
    rpoHours: 24,
    rtoHours: 4,
    restoreMinutesPerSet: 20,
    owner: 'Head of platform',
    notes: 'S3 Object Lock in compliance mode; cross-region copy to the DR account.',
  },
  {
    ...base,
    key: 'prod-tape',
    system: 'Meridian Insights production (AWS eu-west-1)',
    name: 'Monthly full export to tape (Iron Mountain vault)',
    type: 'full',
    schedule: monthlyOnFirst('03:00'),
    retentionCopies: 12,
    medium: 'tape',
    location: 'off_site',
    country: 'IE',
    encrypted: true,
    encryptionMethod: 'LTO-9 hardware encryption (AES-256)',
    offline: true,
    rpoHours: 744,
    rtoHours: 48,
    restoreMinutesPerSet: 480,
    owner: 'IT operations',
  },
  {
    ...base,
    key: 'china',
    system: 'Meridian Insights China (AWS Ningxia)',
    name: 'Incremental backups in AWS China (Beijing region)',
    type: 'incremental',
    schedule: daily('02:00', 'Asia/Shanghai'),
    fullSchedule: monthlyOnFirst('03:00', 'Asia/Shanghai'),
    retentionDays: 90,
    medium: 'object_storage',
    location: 'cloud',
    country: 'CN',
    encrypted: true,
    encryptionMethod: 'AES-256 (AWS KMS China)',
    rpoHours: 24,
    rtoHours: 6,
    restoreMinutesPerSet: 15,
    owner: 'Shanghai engineering lead',
    notes: 'Data stays in China (PIPL Art 40); a full only on the 1st keeps storage costs down.',
  },
  { ...base, key: 'hl7', system: 'HL7/FHIR ingestion gateway', name: 'Nightly configuration and queue backup', type: 'full', schedule: daily('00:30'), retentionDays: 14, medium: 'object_storage', location: 'cloud', country: 'DE', encrypted: true, encryptionMethod: 'AES-256 (AWS KMS)', rpoHours: 24, rtoHours: 4, restoreMinutesPerSet: 45, owner: 'Head of platform' },
  { ...base, key: 'warehouse', system: 'Analytics data warehouse (Snowflake)', name: 'Daily zero-copy clone and Fail-safe', type: 'full', schedule: daily('04:00'), retentionDays: 7, medium: 'object_storage', location: 'cloud', country: 'IE', encrypted: true, encryptionMethod: 'AES-256 (Snowflake tri-secret secure)', rpoHours: 24, rtoHours: 8, restoreMinutesPerSet: 60, owner: 'VP engineering' },
  { ...base, key: 'portal', system: 'Customer portal', name: 'Database dump every six hours', type: 'full', schedule: daily('01:30'), runsPerDay: 4, retentionDays: 30, medium: 'object_storage', location: 'cloud', country: 'DE', encrypted: true, encryptionMethod: 'AES-256 (AWS KMS)', rpoHours: 6, rtoHours: 4, restoreMinutesPerSet: 30, owner: 'Head of platform' },
  { ...base, key: 'zendesk', system: 'Support desk (Zendesk)', name: 'Weekly ticket export via API', type: 'full', schedule: weekly('SA', '05:00'), retentionCopies: 8, medium: 'object_storage', location: 'cloud', country: 'IE', encrypted: true, encryptionMethod: 'AES-256 (S3 SSE)', rpoHours: 168, rtoHours: 24, restoreMinutesPerSet: 120, owner: 'General counsel' },
  { ...base, key: 'okta', system: 'Okta identity provider', name: 'Configuration export (Terraform state)', type: 'full', schedule: { kind: 'after_completion', every: { days: 7 } }, retentionCopies: 10, medium: 'object_storage', location: 'cloud', country: 'IE', encrypted: true, encryptionMethod: 'AES-256 (S3 SSE-KMS)', rpoHours: 168, rtoHours: 8, restoreMinutesPerSet: 90, owner: 'IT operations' },
  { ...base, key: 'google', system: 'Google Workspace', name: 'Third-party backup of mail and Drive', type: 'incremental', schedule: daily('22:00'), fullSchedule: weekly('SU', '20:00'), retentionDays: 365, medium: 'object_storage', location: 'cloud', country: 'IE', encrypted: true, encryptionMethod: 'AES-256', rpoHours: 24, rtoHours: 24, restoreMinutesPerSet: 30, owner: 'IT operations' },
  { ...base, key: 'workday', system: 'Workday HRIS', name: 'Monthly HR report extract', type: 'full', schedule: monthlyOnFirst('06:00'), retentionCopies: 24, medium: 'object_storage', location: 'cloud', country: 'IE', encrypted: true, encryptionMethod: 'AES-256 (S3 SSE-KMS)', rpoHours: 744, rtoHours: 72, restoreMinutesPerSet: 60, owner: 'People operations' },
  {
    ...base,
    key: 'zhiyun',
    system: 'Shanghai HR and payroll (Zhiyun)',
    name: 'Monthly payroll export to the office NAS',
    type: 'full',
    schedule: monthlyOnFirst('09:00', 'Asia/Shanghai'),
    retentionCopies: 12,
    medium: 'nas',
    location: 'on_site',
    country: 'CN',
    encrypted: false,
    encryptionMethod: '',
    rpoHours: 744,
    rtoHours: 48,
    restoreMinutesPerSet: 30,
    owner: 'Shanghai office manager',
    notes: 'Spreadsheets exported by the provider; the NAS volume is not encrypted yet.',
  },
  { ...base, key: 'hubspot', system: 'HubSpot marketing CRM', name: 'Weekly CRM export', type: 'full', schedule: weekly('MO', '04:00'), retentionCopies: 4, medium: 'object_storage', location: 'cloud', country: 'IE', encrypted: true, encryptionMethod: 'AES-256 (S3 SSE)', rpoHours: 168, rtoHours: 48, restoreMinutesPerSet: 60, owner: 'Marketing lead' },
  { ...base, key: 'sftp', system: 'Legacy SFTP referral server', name: 'Nightly disk image to the server room NAS', type: 'full', schedule: daily('23:00'), retentionDays: 14, medium: 'nas', location: 'on_site', country: 'IE', encrypted: true, encryptionMethod: 'AES-256 (Veeam)', rpoHours: 24, rtoHours: 8, restoreMinutesPerSet: 90, owner: 'IT operations' },
  { ...base, key: 'laptops', system: 'Staff laptops (MDM managed)', name: 'Continuous cloud backup of user folders', type: 'incremental', schedule: daily('12:00'), fullSchedule: monthlyOnFirst('12:00'), retentionDays: 90, medium: 'object_storage', location: 'cloud', country: 'IE', encrypted: true, encryptionMethod: 'AES-256, client-side keys', rpoHours: 24, rtoHours: 48, restoreMinutesPerSet: 10, owner: 'IT operations' },
  { ...base, key: 'workspace', system: null, name: 'Encrypted Custos workspace backup', type: 'full', schedule: weekly('FR', '18:00'), retentionCopies: 8, medium: 'object_storage', location: 'cloud', country: 'IE', encrypted: true, encryptionMethod: 'SQLCipher 4 (AES-256) under the workspace key', rpoHours: 168, rtoHours: 4, restoreMinutesPerSet: 5, owner: 'Data protection officer' },
];

interface DemoTest {
  job: string;
  /** Months before today (and extra days) the test was performed. */
  monthsAgo: number;
  daysAgo?: number;
  result: RestoreResult;
  restoreMinutes: number | null;
  dataVerified: string;
  notes?: string;
  /** Follow-ups, due `dueInDays` after today (negative: already past). */
  followUps?: (Omit<FollowUpInput, 'dueDate' | 'id'> & { dueInDays: number })[];
}

const TESTS: readonly DemoTest[] = [
  { job: 'prod-snapshots', monthsAgo: 23, result: 'pass', restoreMinutes: 95, dataVerified: 'Row counts of the ten largest tables match; dashboards render for two test tenants.' },
  { job: 'prod-snapshots', monthsAgo: 20, result: 'pass', restoreMinutes: 110, dataVerified: 'Row counts and checksums of the patient tables.' },
  {
    job: 'prod-snapshots',
    monthsAgo: 17,
    result: 'partial',
    restoreMinutes: 170,
    dataVerified: 'Database restored; the object-store attachments were not in the backup set.',
    notes: 'Attachments bucket was missing from the backup plan.',
    followUps: [{ description: 'Add the attachments bucket to the backup plan', owner: 'Head of platform', dueInDays: -480, status: 'done' }],
  },
  { job: 'prod-snapshots', monthsAgo: 14, result: 'pass', restoreMinutes: 120, dataVerified: 'Database and attachments restored; a sample of 50 documents opened.' },
  {
    job: 'prod-snapshots',
    monthsAgo: 8,
    result: 'fail',
    restoreMinutes: null,
    dataVerified: 'Restore aborted: the KMS key grant for the DR account had expired.',
    followUps: [
      { description: 'Renew the KMS grant and monitor its expiry', owner: 'Head of platform', dueInDays: -230, status: 'done' },
      { description: 'Repeat the restore test within a month', owner: 'IT operations', dueInDays: -215, status: 'done' },
    ],
  },
  { job: 'prod-snapshots', monthsAgo: 7, result: 'pass', restoreMinutes: 130, dataVerified: 'Full restore; row counts, checksums and a clinician login on the restored stack.' },
  { job: 'prod-snapshots', monthsAgo: 1, result: 'pass', restoreMinutes: 125, dataVerified: 'Row counts and checksums; dashboards render for two test tenants.' },
  { job: 'prod-tape', monthsAgo: 11, result: 'pass', restoreMinutes: 540, dataVerified: 'Tape recalled from the vault; full database restored to an isolated host.' },
  { job: 'china', monthsAgo: 18, result: 'pass', restoreMinutes: 300, dataVerified: 'Restore in the Ningxia region; row counts match.' },
  { job: 'china', monthsAgo: 12, daysAgo: -20, result: 'pass', restoreMinutes: 340, dataVerified: 'Row counts match; a hospital test account signs in.' },
  {
    job: 'china',
    monthsAgo: 2,
    result: 'partial',
    restoreMinutes: 470,
    dataVerified: 'Restored, but only after applying 29 incrementals; it took longer than the 6-hour RTO.',
    followUps: [{ description: 'Add a weekly full backup to shorten the restore chain', owner: 'Shanghai engineering lead', dueInDays: 20, status: 'open' }],
  },
  { job: 'hl7', monthsAgo: 6, result: 'pass', restoreMinutes: 40, dataVerified: 'Channel configuration restored; a test HL7 message flows through.' },
  { job: 'warehouse', monthsAgo: 9, result: 'pass', restoreMinutes: 55, dataVerified: 'Clone restored; benchmark query results identical.' },
  { job: 'portal', monthsAgo: 5, result: 'pass', restoreMinutes: 25, dataVerified: 'Portal database restored to staging; test users sign in.' },
  { job: 'zendesk', monthsAgo: 15, result: 'pass', restoreMinutes: 100, dataVerified: 'A sample of 200 tickets compared field by field.' },
  {
    job: 'zendesk',
    monthsAgo: 3,
    result: 'fail',
    restoreMinutes: null,
    dataVerified: 'The export could not be re-imported: attachments over 20 MB were skipped by the API.',
    followUps: [{ description: 'Change the export to include large attachments and test again', owner: 'General counsel', dueInDays: -10, status: 'open' }],
  },
  { job: 'okta', monthsAgo: 4, result: 'pass', restoreMinutes: 70, dataVerified: 'Policies and groups re-applied to the preview tenant; diff is empty.' },
  { job: 'google', monthsAgo: 14, result: 'pass', restoreMinutes: 45, dataVerified: 'Restored a deleted mailbox and a shared drive folder.' },
  { job: 'workday', monthsAgo: 10, result: 'pass', restoreMinutes: 50, dataVerified: 'Extract opened; head count matches the HRIS.' },
  { job: 'sftp', monthsAgo: 6, result: 'pass', restoreMinutes: 80, dataVerified: 'Disk image booted in isolation; referral files readable.' },
  { job: 'laptops', monthsAgo: 2, result: 'pass', restoreMinutes: 35, dataVerified: 'User folders of a test laptop restored to a new device.' },
  { job: 'workspace', monthsAgo: 13, result: 'pass', restoreMinutes: 3, dataVerified: 'custos restore to a spare folder; custos verify passes and counts match.' },
  { job: 'workspace', monthsAgo: 1, result: 'pass', restoreMinutes: 3, dataVerified: 'custos restore to a spare folder; custos verify passes and counts match.' },
];

export function populateDemoBackups(tx: ChangeTx, today: string): void {
  const systems = new Map(tx.db.prepare<[], { id: string; name: string }>('SELECT id, name FROM inventory_systems').all().map((row) => [row.name, row.id]));
  const jobs = new Map<string, { id: string; systemId: string | null }>();
  for (const { key, system, ...input } of JOBS) {
    const systemId = system === null ? null : systems.get(system);
    if (systemId === undefined) throw new Error(`demo backups: no system named ${system}`);
    const job = createJob(tx, { ...input, systemId });
    jobs.set(key, { id: job.id, systemId });
  }
  for (const test of TESTS) {
    const job = jobs.get(test.job)!;
    createRestoreTest(tx, {
      testedOn: addDays(addMonths(today, -test.monthsAgo), -(test.daysAgo ?? 0)),
      systemId: job.systemId,
      backupJobId: job.id,
      result: test.result,
      restoreMinutes: test.restoreMinutes,
      dataVerified: test.dataVerified,
      evidenceFileId: null,
      notes: test.notes ?? '',
      followUps: (test.followUps ?? []).map(({ dueInDays, ...followUp }) => ({ ...followUp, dueDate: addDays(today, dueInDays) })),
    });
  }
}
