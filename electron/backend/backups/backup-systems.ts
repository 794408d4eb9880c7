// The backups seen per system: every inventory system (and the workspace when it has a backup job or
// a restore test) with its jobs, last restore tests, restore-test cadence and next due date, and the
// failing checks of the system and its jobs. The checks tab and the agenda read the same list.
import { DEFAULT_RESTORE_TEST_MONTHS, type BackupCheck, type BackupJob, type BackupSystem } from '../../../shared/contract/areas/backups';
import { addMonths } from '../../../shared/recurrence';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { systemChecks } from './backup-checks';
import { invalid } from './backup-errors';
import { listJobs } from './backup-jobs';
import { inventorySystem, inventorySystems, systemKey, WORKSPACE_KEY, WORKSPACE_NAME, type SystemFacts } from './backup-systems-data';

interface TestDates {
  last: string | null;
  lastPass: string | null;
}

function testDates(db: Db): Map<string, TestDates> {
  const rows = db
    .prepare<[], { key: string; last: string; last_pass: string | null }>(
      `SELECT coalesce(system_id, '${WORKSPACE_KEY}') AS key, max(tested_on) AS last, max(CASE WHEN result = 'pass' THEN tested_on END) AS last_pass
         FROM restore_tests GROUP BY key`,
    )
    .all();
  return new Map(rows.map((row) => [row.key, { last: row.last, lastPass: row.last_pass }]));
}

function cadences(db: Db): Map<string, number> {
  return new Map(db.prepare<[], { system_key: string; months: number }>('SELECT system_key, months FROM restore_test_cadence').all().map((row) => [row.system_key, row.months]));
}

function summarise(system: SystemFacts & { systemId: string | null }, jobs: BackupJob[], dates: TestDates | undefined, months: number, today: string): BackupSystem {
  // Counted from the last test; before any, from the day the first backup job was recorded.
  const firstJob = jobs.map((job) => job.createdAt.slice(0, 10)).sort()[0] ?? null;
  const from = dates?.last ?? firstJob;
  const nextTestDue = jobs.length > 0 && from !== null ? addMonths(from, months) : null;
  const checks: BackupCheck[] = [
    ...systemChecks({ systemId: system.systemId, systemName: system.name, holdsPersonalData: system.holdsPersonalData, jobs, nextTestDue, today }),
    ...jobs.flatMap((job) => job.checks),
  ];
  return {
    systemId: system.systemId,
    name: system.name,
    holdsPersonalData: system.holdsPersonalData,
    holdsSensitiveData: system.holdsSensitiveData,
    jobCount: jobs.length,
    restoreTestMonths: months,
    lastTestOn: dates?.last ?? null,
    lastSuccessfulRestoreOn: dates?.lastPass ?? null,
    nextTestDue,
    testOverdue: nextTestDue !== null && nextTestDue < today,
    checks,
  };
}

export function listBackupSystems(db: Db, today: string): BackupSystem[] {
  const jobs = listJobs(db, today);
  const byKey = new Map<string, BackupJob[]>();
  for (const job of jobs) byKey.set(systemKey(job.systemId), [...(byKey.get(systemKey(job.systemId)) ?? []), job]);
  const dates = testDates(db);
  const months = cadences(db);
  const monthsOf = (key: string) => months.get(key) ?? DEFAULT_RESTORE_TEST_MONTHS;
  const systems: BackupSystem[] = [];
  if (byKey.has(WORKSPACE_KEY) || dates.has(WORKSPACE_KEY)) {
    const workspace = { id: WORKSPACE_KEY, systemId: null, name: WORKSPACE_NAME, holdsPersonalData: false, holdsSensitiveData: false };
    systems.push(summarise(workspace, byKey.get(WORKSPACE_KEY) ?? [], dates.get(WORKSPACE_KEY), monthsOf(WORKSPACE_KEY), today));
  }
  const known = new Set<string>([WORKSPACE_KEY]);
  for (const system of inventorySystems(db)) {
    known.add(system.id);
    systems.push(summarise({ ...system, systemId: system.id }, byKey.get(system.id) ?? [], dates.get(system.id), monthsOf(system.id), today));
  }
  // Jobs of systems deleted from the inventory since: still listed, under the name they recorded.
  for (const [key, orphaned] of byKey) {
    if (known.has(key)) continue;
    const facts = { id: key, systemId: key, name: orphaned[0]!.systemName, holdsPersonalData: false, holdsSensitiveData: false };
    systems.push(summarise(facts, orphaned, dates.get(key), monthsOf(key), today));
  }
  return systems;
}

export function backupChecks(db: Db, today: string): BackupCheck[] {
  return listBackupSystems(db, today).flatMap((system) => system.checks);
}

export function getBackupSystem(db: Db, systemId: string | null, today: string): BackupSystem | null {
  return listBackupSystems(db, today).find((system) => system.systemId === systemId) ?? null;
}

export function setRestoreTestCadence(tx: ChangeTx, systemId: string | null, months: number, today: string): BackupSystem {
  if (systemId !== null && !inventorySystem(tx.db, systemId)) throw invalid(['systemId'], 'unknown_system', 'no such system');
  const key = systemKey(systemId);
  const before = tx.db.prepare<[string], { months: number }>('SELECT months FROM restore_test_cadence WHERE system_key = ?').get(key)?.months ?? DEFAULT_RESTORE_TEST_MONTHS;
  tx.db.prepare('INSERT INTO restore_test_cadence (system_key, months) VALUES (?, ?) ON CONFLICT (system_key) DO UPDATE SET months = excluded.months').run(key, months);
  tx.audit('restore_test_cadence', key, { months: before }, { months });
  const system = getBackupSystem(tx.db, systemId, today);
  if (system) return system;
  // The workspace without jobs or tests yet: its cadence is kept for when it has some.
  return { systemId: null, name: WORKSPACE_NAME, holdsPersonalData: false, holdsSensitiveData: false, jobCount: 0, restoreTestMonths: months, lastTestOn: null, lastSuccessfulRestoreOn: null, nextTestDue: null, testOverdue: false, checks: [] };
}
