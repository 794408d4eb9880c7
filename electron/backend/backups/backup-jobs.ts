// Backup jobs: reading them with what their schedules imply (longest interval, restore chain) and
// their failing checks, and changing them inside a caller's transaction, audited, indexed for search
// and linked as evidence of A.8.13, A.5.30 and A1.2.
import { randomUUID } from 'node:crypto';
import type { BackupJob, BackupJobInput } from '../../../shared/contract/areas/backups';
import type { Schedule } from '../../../shared/recurrence';
import { linkRecordByDefault, unlinkRecord } from '../evidence/default-links';
import { calendarDateOf } from '../isms/record-dates';
import { indexRecord, removeRecord } from '../search/search-index';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { jobChecks } from './backup-checks';
import { invalid, notFound } from './backup-errors';
import { chainLength, longestIntervalHours } from './backup-schedule';
import { inventorySystem, isSensitiveSystem, WORKSPACE_NAME } from './backup-systems-data';

/** The record type under which backup jobs are audited, indexed and linked as evidence. */
export const BACKUP_JOB_RECORD = 'backup_job';

export interface BackupJobRow {
  id: string;
  system_id: string | null;
  system_name: string;
  name: string;
  type: BackupJob['type'];
  schedule: string;
  runs_per_day: number;
  full_schedule: string | null;
  retention_days: number | null;
  retention_copies: number | null;
  medium: BackupJob['medium'];
  location: BackupJob['location'];
  country: string;
  encrypted: number;
  encryption_method: string;
  immutable: number;
  offline: number;
  rpo_hours: number | null;
  rto_hours: number | null;
  restore_minutes_per_set: number | null;
  owner: string;
  notes: string;
  created_at: string;
  updated_at: string;
  system_exists: number;
}

const SELECT = `SELECT j.*, j.system_id IS NULL OR EXISTS (SELECT 1 FROM inventory_systems s WHERE s.id = j.system_id) AS system_exists,
                       coalesce((SELECT s.name FROM inventory_systems s WHERE s.id = j.system_id), j.system_name) AS system_name
                  FROM backup_jobs j`;

export function jobRows(db: Db): BackupJobRow[] {
  return db.prepare<[], BackupJobRow>(`${SELECT} ORDER BY system_name COLLATE NOCASE, j.name COLLATE NOCASE, j.id`).all();
}

export function jobRow(db: Db, id: string): BackupJobRow | undefined {
  return db.prepare<[string], BackupJobRow>(`${SELECT} WHERE j.id = ?`).get(id);
}

export function jobInputOf(row: BackupJobRow): BackupJobInput {
  return {
    systemId: row.system_id,
    name: row.name,
    type: row.type,
    schedule: JSON.parse(row.schedule) as Schedule,
    runsPerDay: row.runs_per_day,
    fullSchedule: row.full_schedule === null ? null : (JSON.parse(row.full_schedule) as Schedule),
    retentionDays: row.retention_days,
    retentionCopies: row.retention_copies,
    medium: row.medium,
    location: row.location,
    country: row.country,
    encrypted: row.encrypted === 1,
    encryptionMethod: row.encryption_method,
    immutable: row.immutable === 1,
    offline: row.offline === 1,
    rpoHours: row.rpo_hours,
    rtoHours: row.rto_hours,
    restoreMinutesPerSet: row.restore_minutes_per_set,
    owner: row.owner,
    notes: row.notes,
  };
}

/** The job with its computed figures and failing checks; `sensitive` says whether its system holds sensitive data. */
export function jobFromRow(row: BackupJobRow, sensitive: boolean, today: string): BackupJob {
  const input = jobInputOf(row);
  const chain = chainLength(input, today);
  const base = {
    ...input,
    id: row.id,
    systemName: row.system_id === null ? WORKSPACE_NAME : row.system_name,
    systemExists: row.system_exists === 1,
    longestIntervalHours: longestIntervalHours(input, today),
    chainLength: chain,
    restoreMinutes: input.restoreMinutesPerSet === null ? null : chain * input.restoreMinutesPerSet,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  return { ...base, checks: jobChecks(base, sensitive) };
}

export function listJobs(db: Db, today: string): BackupJob[] {
  const sensitive = new Map<string | null, boolean>();
  return jobRows(db).map((row) => {
    if (!sensitive.has(row.system_id)) sensitive.set(row.system_id, isSensitiveSystem(db, row.system_id));
    return jobFromRow(row, sensitive.get(row.system_id)!, today);
  });
}

export function getJob(db: Db, id: string, today: string): BackupJob | null {
  const row = jobRow(db, id);
  return row ? jobFromRow(row, isSensitiveSystem(db, row.system_id), today) : null;
}

function auditView(job: BackupJob): Record<string, unknown> {
  const { longestIntervalHours: _l, chainLength: _c, restoreMinutes: _r, checks: _k, systemExists: _e, createdAt: _a, updatedAt: _u, id: _i, ...facts } = job;
  return facts;
}

function audited(tx: ChangeTx, id: string, before: BackupJob | null): BackupJob {
  const today = calendarDateOf(tx.at);
  const after = getJob(tx.db, id, today)!;
  tx.audit(BACKUP_JOB_RECORD, id, before ? auditView(before) : null, auditView(after));
  indexRecord(tx.db, { entityType: BACKUP_JOB_RECORD, entityId: id, title: `${after.systemName}: ${after.name}`, body: [after.owner, after.encryptionMethod, after.notes].filter(Boolean).join('\n') });
  // A backup job evidences information backup (A.8.13), ICT readiness for business continuity
  // (A.5.30) and SOC 2 A1.2 (backup and recovery infrastructure), as of its last change.
  linkRecordByDefault(tx, BACKUP_JOB_RECORD, id, calendarDateOf(after.updatedAt));
  return after;
}

function systemNameOf(tx: ChangeTx, systemId: string | null): string {
  if (systemId === null) return WORKSPACE_NAME;
  const system = inventorySystem(tx.db, systemId);
  if (!system) throw invalid(['systemId'], 'unknown_system', 'no such system');
  return system.name;
}

function columns(input: BackupJobInput): unknown[] {
  return [
    input.name,
    input.type,
    JSON.stringify(input.schedule),
    input.runsPerDay,
    input.type === 'full' || input.fullSchedule === null ? null : JSON.stringify(input.fullSchedule),
    input.retentionDays,
    input.retentionCopies,
    input.medium,
    input.location,
    input.country,
    input.encrypted ? 1 : 0,
    input.encrypted ? input.encryptionMethod : '',
    input.immutable ? 1 : 0,
    input.offline ? 1 : 0,
    input.rpoHours,
    input.rtoHours,
    input.restoreMinutesPerSet,
    input.owner,
    input.notes,
  ];
}

export function createJob(tx: ChangeTx, input: BackupJobInput): BackupJob {
  const systemName = systemNameOf(tx, input.systemId);
  const id = randomUUID();
  tx.db
    .prepare(
      `INSERT INTO backup_jobs (id, system_id, system_name, name, type, schedule, runs_per_day, full_schedule, retention_days, retention_copies, medium, location, country, encrypted,
         encryption_method, immutable, offline, rpo_hours, rto_hours, restore_minutes_per_set, owner, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, input.systemId, systemName, ...columns(input), tx.at, tx.at);
  return audited(tx, id, null);
}

export function updateJob(tx: ChangeTx, id: string, input: BackupJobInput): BackupJob {
  const before = getJob(tx.db, id, calendarDateOf(tx.at));
  if (!before) throw notFound(BACKUP_JOB_RECORD, id);
  const systemName = systemNameOf(tx, input.systemId);
  tx.db
    .prepare(
      `UPDATE backup_jobs SET system_id = ?, system_name = ?, name = ?, type = ?, schedule = ?, runs_per_day = ?, full_schedule = ?, retention_days = ?, retention_copies = ?, medium = ?,
         location = ?, country = ?, encrypted = ?, encryption_method = ?, immutable = ?, offline = ?, rpo_hours = ?, rto_hours = ?, restore_minutes_per_set = ?,
         owner = ?, notes = ?, updated_at = ? WHERE id = ?`,
    )
    .run(input.systemId, systemName, ...columns(input), tx.at, id);
  return audited(tx, id, before);
}

export function deleteJob(tx: ChangeTx, id: string): { deleted: true } {
  const before = getJob(tx.db, id, calendarDateOf(tx.at));
  if (!before) throw notFound(BACKUP_JOB_RECORD, id);
  // Restore tests keep the job's name as recorded; their link to it is cleared by the foreign key.
  tx.db.prepare('DELETE FROM backup_jobs WHERE id = ?').run(id);
  tx.audit(BACKUP_JOB_RECORD, id, auditView(before), null);
  removeRecord(tx.db, BACKUP_JOB_RECORD, id);
  unlinkRecord(tx, BACKUP_JOB_RECORD, id);
  return { deleted: true };
}

/** How a backup job is named where it shows up as linked evidence. */
export function backupJobLabel(db: Db, id: string): string | null {
  const row = jobRow(db, id);
  return row ? `${row.system_id === null ? WORKSPACE_NAME : row.system_name}: ${row.name}` : null;
}
