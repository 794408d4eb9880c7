// Small helpers of the backups screen: blank inputs, the system select's values (the workspace is
// the pseudo-system "workspace"), and a check's sentence in the UI language.
import type { TFunction } from 'i18next';
import type { BackupCheck, BackupJob, BackupJobInput, BackupSystem, RestoreTest, RestoreTestInput } from '../../../../shared/contract/areas/backups';
import { today } from '../../lib/dates';

/** The select value standing for the workspace itself (system id null). */
export const WORKSPACE_VALUE = 'workspace';

export const systemValue = (systemId: string | null): string => systemId ?? WORKSPACE_VALUE;
export const systemIdOf = (value: string | null): string | null => (value === null || value === WORKSPACE_VALUE ? null : value);

/** The system's name as shown (a job's or test's `systemName`, a system's `name`): the workspace in the UI language. */
export function systemLabel(t: TFunction, system: { systemId: string | null; name?: string; systemName?: string }): string {
  return system.systemId === null ? t('backups:workspace') : (system.systemName ?? system.name ?? '');
}

/** The systems a job or test can name: the workspace first, then the inventory's systems. */
export function systemOptions(t: TFunction, systems: readonly BackupSystem[]): { value: string; label: string }[] {
  return [{ value: WORKSPACE_VALUE, label: t('backups:workspace') }, ...systems.filter((s) => s.systemId !== null).map((s) => ({ value: s.systemId!, label: s.name }))];
}

export function blankJob(systemId: string | null = null): BackupJobInput {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return {
    systemId,
    name: '',
    type: 'full',
    schedule: { kind: 'calendar', rrule: 'FREQ=DAILY', tzid: zone, start: `${today()}T01:00` },
    runsPerDay: 1,
    fullSchedule: null,
    retentionDays: 30,
    retentionCopies: null,
    medium: 'object_storage',
    location: 'cloud',
    country: '',
    encrypted: true,
    encryptionMethod: 'AES-256',
    immutable: false,
    offline: false,
    rpoHours: 24,
    rtoHours: 8,
    restoreMinutesPerSet: null,
    owner: '',
    notes: '',
  };
}

export function jobInput(job: BackupJob): BackupJobInput {
  return {
    systemId: job.systemId,
    name: job.name,
    type: job.type,
    schedule: job.schedule,
    runsPerDay: job.runsPerDay,
    fullSchedule: job.fullSchedule,
    retentionDays: job.retentionDays,
    retentionCopies: job.retentionCopies,
    medium: job.medium,
    location: job.location,
    country: job.country,
    encrypted: job.encrypted,
    encryptionMethod: job.encryptionMethod,
    immutable: job.immutable,
    offline: job.offline,
    rpoHours: job.rpoHours,
    rtoHours: job.rtoHours,
    restoreMinutesPerSet: job.restoreMinutesPerSet,
    owner: job.owner,
    notes: job.notes,
  };
}

export function blankTest(systemId: string | null = null): RestoreTestInput {
  return { testedOn: today(), systemId, backupJobId: null, result: 'pass', restoreMinutes: null, dataVerified: '', evidenceFileId: null, notes: '', followUps: [] };
}

export function testInput(test: RestoreTest): RestoreTestInput {
  return {
    testedOn: test.testedOn,
    systemId: test.systemId,
    backupJobId: test.backupJobId,
    result: test.result,
    restoreMinutes: test.restoreMinutes,
    dataVerified: test.dataVerified,
    evidenceFileId: test.evidenceFile?.id ?? null,
    notes: test.notes,
    followUps: test.followUps.map((f) => ({ id: f.id, description: f.description, owner: f.owner, dueDate: f.dueDate, status: f.status })),
  };
}

/** A number input's value as the contract's nullable integer. */
export function intOrNull(value: string | number): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : null;
}

/** What a failing check means, with its figures. */
export function checkSentence(t: TFunction, check: BackupCheck, formatDay: (day: string) => string): string {
  const f = check.facts;
  if (check.kind === 'rpo_not_met' && f.longestIntervalHours === null) return t('backups:checks.detail.rpo_not_met_none', { rpoHours: f.rpoHours });
  if (check.kind === 'rpo_not_met') return t('backups:checks.detail.rpo_not_met', { interval: f.longestIntervalHours, rpoHours: f.rpoHours });
  if (check.kind === 'restore_test_overdue') return t('backups:checks.detail.restore_test_overdue', { due: formatDay(String(f.due)) });
  return t(`backups:checks.detail.${check.kind}`, { ...f });
}
