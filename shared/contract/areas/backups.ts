// Backup governance (ISO/IEC 27001 A.8.13, A.5.30; SOC 2 A1.2, A1.3, CC7.5): backup jobs per
// system of the inventory (or the workspace itself), with their schedule, retention, medium,
// location, encryption and RPO/RTO targets; restore tests with their follow-up actions; and the
// checks computed from them (3-2-1, RPO met by the schedule, personal data without a backup,
// sensitive data backed up unencrypted, restore chain vs RTO, restore tests overdue).
import { z } from 'zod';
import { scheduleSchema } from '../../recurrence/schedule';
import { empty, isoDate, nonEmpty, procedure, recordId, trimmed } from '../procedure';

export const BACKUP_TYPES = ['full', 'incremental', 'differential'] as const;
export const backupTypeSchema = z.enum(BACKUP_TYPES);
export type BackupType = z.infer<typeof backupTypeSchema>;
export const STORAGE_MEDIA = ['disk', 'nas', 'tape', 'object_storage', 'removable', 'optical'] as const;
export const storageMediumSchema = z.enum(STORAGE_MEDIA);
export type StorageMedium = z.infer<typeof storageMediumSchema>;
/** Off-site and cloud copies count as off-site for the 3-2-1 rule. */
export const BACKUP_LOCATIONS = ['on_site', 'off_site', 'cloud'] as const;
export const backupLocationSchema = z.enum(BACKUP_LOCATIONS);
export type BackupLocation = z.infer<typeof backupLocationSchema>;
export const RESTORE_RESULTS = ['pass', 'partial', 'fail'] as const;
export const restoreResultSchema = z.enum(RESTORE_RESULTS);
export type RestoreResult = z.infer<typeof restoreResultSchema>;
export const FOLLOW_UP_STATUSES = ['open', 'done'] as const;
export const followUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof followUpStatusSchema>;
export const BACKUP_CHECK_KINDS = ['three_two_one', 'rpo_not_met', 'personal_data_no_backup', 'sensitive_not_encrypted', 'restore_time_over_rto', 'restore_test_overdue'] as const;
export const backupCheckKindSchema = z.enum(BACKUP_CHECK_KINDS);
export type BackupCheckKind = z.infer<typeof backupCheckKindSchema>;
/** Restore tests are due every this many months per system unless set otherwise. */
export const DEFAULT_RESTORE_TEST_MONTHS = 12;
/** How far ahead schedules are expanded to find the longest interval and the longest restore chain. */
export const SCHEDULE_HORIZON_DAYS = 800;

const hours = z.number().int().min(1).max(8760).nullable();
const country = z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/, 'country_code')]);

export const backupJobInputSchema = z
  .object({
    /** The inventory system backed up; null for the workspace itself. */
    systemId: recordId.nullable(),
    name: nonEmpty(200),
    type: backupTypeSchema,
    schedule: scheduleSchema,
    /** How many times the job runs on each day of its schedule, evenly spaced from the start time (24 = hourly). */
    runsPerDay: z.number().int().min(1).max(24),
    /** For incremental and differential jobs: when the full backup they build on runs. */
    fullSchedule: scheduleSchema.nullable(),
    retentionDays: z.number().int().min(1).max(36_500).nullable(),
    retentionCopies: z.number().int().min(1).max(100_000).nullable(),
    medium: storageMediumSchema,
    location: backupLocationSchema,
    country,
    encrypted: z.boolean(),
    encryptionMethod: trimmed(200),
    immutable: z.boolean(),
    offline: z.boolean(),
    rpoHours: hours,
    rtoHours: hours,
    /** Estimated minutes to restore one backup set, for the restore-chain calculation. */
    restoreMinutesPerSet: z.number().int().min(1).max(100_000).nullable(),
    owner: trimmed(200),
    notes: trimmed(5000),
  })
  .strict()
  .refine((job) => job.type === 'full' || job.fullSchedule !== null, { path: ['fullSchedule'], message: 'full_schedule_required' })
  .refine((job) => job.retentionDays !== null || job.retentionCopies !== null, { path: ['retentionDays'], message: 'retention_required' })
  .refine((job) => !job.encrypted || job.encryptionMethod !== '', { path: ['encryptionMethod'], message: 'encryption_method_required' });
export type BackupJobInput = z.infer<typeof backupJobInputSchema>;

export const backupCheckSchema = z.object({
  kind: backupCheckKindSchema,
  systemId: z.string().nullable(),
  systemName: z.string(),
  jobId: z.string().nullable(),
  jobName: z.string().nullable(),
  /** The figures behind the check (copies, media, hours, minutes, dates), for its sentence. */
  facts: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
});
export type BackupCheck = z.infer<typeof backupCheckSchema>;

export const backupJobSchema = z.object({
  id: z.string(),
  systemId: z.string().nullable(),
  systemName: z.string(),
  /** False when the inventory system has since been deleted (the name is kept as recorded). */
  systemExists: z.boolean(),
  name: z.string(),
  type: backupTypeSchema,
  schedule: scheduleSchema,
  runsPerDay: z.number().int(),
  fullSchedule: scheduleSchema.nullable(),
  retentionDays: z.number().int().nullable(),
  retentionCopies: z.number().int().nullable(),
  medium: storageMediumSchema,
  location: backupLocationSchema,
  country: z.string(),
  encrypted: z.boolean(),
  encryptionMethod: z.string(),
  immutable: z.boolean(),
  offline: z.boolean(),
  rpoHours: z.number().int().nullable(),
  rtoHours: z.number().int().nullable(),
  restoreMinutesPerSet: z.number().int().nullable(),
  owner: z.string(),
  notes: z.string(),
  /** The longest wait between two recovery points, in hours; null when fewer than two runs remain scheduled. */
  longestIntervalHours: z.number().nullable(),
  /** Sets needed for the worst-case restore: 1 for a full, 2 for a differential, full + incrementals since it. */
  chainLength: z.number().int(),
  /** chainLength × restoreMinutesPerSet; null without an estimate. */
  restoreMinutes: z.number().int().nullable(),
  checks: z.array(backupCheckSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BackupJob = z.infer<typeof backupJobSchema>;

export const followUpInputSchema = z
  .object({
    /** An existing follow-up's id, to keep it; absent for a new one. */
    id: recordId.optional(),
    description: nonEmpty(2000),
    owner: trimmed(200),
    dueDate: isoDate,
    status: followUpStatusSchema,
  })
  .strict();
export type FollowUpInput = z.infer<typeof followUpInputSchema>;

export const restoreTestInputSchema = z
  .object({
    testedOn: isoDate,
    systemId: recordId.nullable(),
    backupJobId: recordId.nullable(),
    result: restoreResultSchema,
    /** Measured time to restore, in minutes. */
    restoreMinutes: z.number().int().min(0).max(100_000).nullable(),
    /** What was checked after the restore (row counts, checksums, a user logging in …). */
    dataVerified: trimmed(5000),
    evidenceFileId: recordId.nullable(),
    notes: trimmed(5000),
    followUps: z.array(followUpInputSchema).max(50),
  })
  .strict()
  .refine((test) => test.result === 'pass' || test.followUps.length > 0, { path: ['followUps'], message: 'follow_up_required' });
export type RestoreTestInput = z.infer<typeof restoreTestInputSchema>;

export const followUpSchema = z.object({
  id: z.string(),
  testId: z.string(),
  description: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  status: followUpStatusSchema,
  overdue: z.boolean(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const restoreTestSchema = z.object({
  id: z.string(),
  testedOn: z.string(),
  systemId: z.string().nullable(),
  systemName: z.string(),
  backupJobId: z.string().nullable(),
  backupJobName: z.string(),
  result: restoreResultSchema,
  restoreMinutes: z.number().int().nullable(),
  /** The RTO of the job used, in hours (null without one). */
  rtoHours: z.number().int().nullable(),
  /** Whether the measured time met the RTO; null when either is unknown. */
  withinRto: z.boolean().nullable(),
  dataVerified: z.string(),
  evidenceFile: z.object({ id: z.string(), name: z.string() }).nullable(),
  notes: z.string(),
  followUps: z.array(followUpSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RestoreTest = z.infer<typeof restoreTestSchema>;

export const backupSystemSchema = z.object({
  /** null for the workspace itself. */
  systemId: z.string().nullable(),
  name: z.string(),
  holdsPersonalData: z.boolean(),
  holdsSensitiveData: z.boolean(),
  jobCount: z.number().int(),
  restoreTestMonths: z.number().int(),
  lastTestOn: z.string().nullable(),
  lastSuccessfulRestoreOn: z.string().nullable(),
  /** When the next restore test is due; null when the system has no backup job. */
  nextTestDue: z.string().nullable(),
  testOverdue: z.boolean(),
  checks: z.array(backupCheckSchema),
});
export type BackupSystem = z.infer<typeof backupSystemSchema>;

const byId = z.object({ id: recordId }).strict();

export const backupsProcedures = {
  'backups.jobs.list': procedure({ input: empty, output: z.array(backupJobSchema), permission: 'workspace.read', summary: 'Backup jobs with their computed intervals, restore chain and failing checks.' }),
  'backups.jobs.get': procedure({ input: byId, output: backupJobSchema, permission: 'workspace.read', summary: 'One backup job.' }),
  'backups.jobs.create': procedure({ input: backupJobInputSchema, output: backupJobSchema, permission: 'workspace.write', summary: 'Record a backup job for a system (or the workspace).' }),
  'backups.jobs.update': procedure({
    input: z.object({ id: recordId, job: backupJobInputSchema }).strict(),
    output: backupJobSchema,
    permission: 'workspace.write',
    summary: 'Change a backup job.',
  }),
  'backups.jobs.delete': procedure({ input: byId, output: z.object({ deleted: z.literal(true) }), permission: 'workspace.write', summary: 'Delete a backup job (restore tests keep its name).' }),
  'backups.restoreTests.list': procedure({
    input: z.object({ systemId: recordId.nullable().optional() }).strict(),
    output: z.array(restoreTestSchema),
    permission: 'workspace.read',
    summary: 'Restore tests, newest first; optionally of one system (null: the workspace).',
  }),
  'backups.restoreTests.get': procedure({ input: byId, output: restoreTestSchema, permission: 'workspace.read', summary: 'One restore test with its follow-ups.' }),
  'backups.restoreTests.create': procedure({ input: restoreTestInputSchema, output: restoreTestSchema, permission: 'workspace.write', summary: 'Record a restore test; a failed or partial one needs a follow-up action.' }),
  'backups.restoreTests.update': procedure({
    input: z.object({ id: recordId, test: restoreTestInputSchema }).strict(),
    output: restoreTestSchema,
    permission: 'workspace.write',
    summary: 'Change a restore test and its follow-ups.',
  }),
  'backups.restoreTests.delete': procedure({ input: byId, output: z.object({ deleted: z.literal(true) }), permission: 'workspace.write', summary: 'Delete a restore test and its follow-ups.' }),
  'backups.followUps.setStatus': procedure({
    input: z.object({ id: recordId, status: followUpStatusSchema }).strict(),
    output: restoreTestSchema,
    permission: 'workspace.write',
    summary: 'Mark a restore test’s follow-up action done (or open again).',
  }),
  'backups.systems.list': procedure({
    input: empty,
    output: z.array(backupSystemSchema),
    permission: 'workspace.read',
    summary: 'Every inventory system (and the workspace) with its backups, last restore tests, cadence and checks.',
  }),
  'backups.systems.setCadence': procedure({
    input: z.object({ systemId: recordId.nullable(), months: z.number().int().min(1).max(120) }).strict(),
    output: backupSystemSchema,
    permission: 'workspace.write',
    summary: 'How often a system’s restores must be tested, in months.',
  }),
  'backups.checks': procedure({ input: empty, output: z.array(backupCheckSchema), permission: 'workspace.read', summary: 'Every failing backup check.' }),
} as const;
