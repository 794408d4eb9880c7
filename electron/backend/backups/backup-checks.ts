// The backup checks, as pure functions of a system's jobs and restore tests:
// - three_two_one: at least 3 copies counting production, on at least 2 media (production counts as
//   disk), at least 1 off-site (an off-site or cloud location);
// - rpo_not_met: the longest interval between recovery points is longer than the job's RPO;
// - personal_data_no_backup: a system holding personal data has no backup job;
// - sensitive_not_encrypted: a job of a system holding sensitive data (any category whose
//   sensitivity is other than ordinary) is not encrypted;
// - restore_time_over_rto: the worst-case restore (chain length × minutes per set) exceeds the RTO;
// - restore_test_overdue: the system's restore test is past due (every N months, default 12).
import type { BackupCheck, BackupJob } from '../../../shared/contract/areas/backups';

type JobFacts = Omit<BackupJob, 'checks'>;

export function jobChecks(job: JobFacts, systemSensitive: boolean): BackupCheck[] {
  const at = { systemId: job.systemId, systemName: job.systemName, jobId: job.id, jobName: job.name };
  const checks: BackupCheck[] = [];
  if (job.rpoHours !== null && (job.longestIntervalHours === null || job.longestIntervalHours > job.rpoHours)) {
    checks.push({ kind: 'rpo_not_met', ...at, facts: { rpoHours: job.rpoHours, longestIntervalHours: job.longestIntervalHours } });
  }
  if (systemSensitive && !job.encrypted) checks.push({ kind: 'sensitive_not_encrypted', ...at, facts: {} });
  if (job.rtoHours !== null && job.restoreMinutes !== null && job.restoreMinutes > job.rtoHours * 60) {
    checks.push({ kind: 'restore_time_over_rto', ...at, facts: { chainLength: job.chainLength, restoreMinutes: job.restoreMinutes, rtoHours: job.rtoHours } });
  }
  return checks;
}

export interface SystemCheckInput {
  systemId: string | null;
  systemName: string;
  holdsPersonalData: boolean;
  jobs: readonly Pick<BackupJob, 'medium' | 'location'>[];
  nextTestDue: string | null;
  today: string;
}

export function systemChecks(system: SystemCheckInput): BackupCheck[] {
  const at = { systemId: system.systemId, systemName: system.systemName, jobId: null, jobName: null };
  if (system.jobs.length === 0) return system.holdsPersonalData ? [{ kind: 'personal_data_no_backup', ...at, facts: {} }] : [];
  const checks: BackupCheck[] = [];
  const copies = 1 + system.jobs.length;
  const media = new Set<string>(['disk', ...system.jobs.map((job) => job.medium)]).size;
  const offSite = system.jobs.filter((job) => job.location !== 'on_site').length;
  if (copies < 3 || media < 2 || offSite < 1) checks.push({ kind: 'three_two_one', ...at, facts: { copies, media, offSite } });
  if (system.nextTestDue !== null && system.nextTestDue < system.today) checks.push({ kind: 'restore_test_overdue', ...at, facts: { due: system.nextTestDue } });
  return checks;
}
