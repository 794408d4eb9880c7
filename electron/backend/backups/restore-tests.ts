// Restore tests: the date, system and backup job used, the result, the measured time against the
// job's RTO, what was verified, an evidence file of the library and follow-up actions (required when
// the result is partial or failed). Changes are audited, indexed and linked as evidence of A.8.13,
// A.5.30, A1.3 and CC7.5.
import { randomUUID } from 'node:crypto';
import type { FollowUpStatus, RestoreTest, RestoreTestInput } from '../../../shared/contract/areas/backups';
import { linkRecordByDefault, unlinkRecord } from '../evidence/default-links';
import { calendarDateOf } from '../isms/record-dates';
import { indexRecord, removeRecord } from '../search/search-index';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { invalid, notFound } from './backup-errors';
import { inventorySystem, WORKSPACE_NAME } from './backup-systems-data';

/** The record type under which restore tests are audited, indexed and linked as evidence. */
export const RESTORE_TEST_RECORD = 'restore_test';

interface RestoreTestRow {
  id: string;
  tested_on: string;
  system_id: string | null;
  system_name: string;
  backup_job_id: string | null;
  backup_job_name: string;
  result: RestoreTest['result'];
  restore_minutes: number | null;
  data_verified: string;
  evidence_file_id: string | null;
  evidence_file_name: string | null;
  rto_hours: number | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

interface FollowUpRow {
  id: string;
  test_id: string;
  description: string;
  owner: string;
  due_date: string;
  status: FollowUpStatus;
}

const SELECT = `SELECT t.*, coalesce((SELECT s.name FROM inventory_systems s WHERE s.id = t.system_id), t.system_name) AS system_name,
                       coalesce(j.name, t.backup_job_name) AS backup_job_name, j.rto_hours, f.name AS evidence_file_name
                  FROM restore_tests t LEFT JOIN backup_jobs j ON j.id = t.backup_job_id LEFT JOIN evidence_files f ON f.id = t.evidence_file_id`;

function followUpsOf(db: Db, testIds: string[], today: string): Map<string, RestoreTest['followUps']> {
  const byTest = new Map<string, RestoreTest['followUps']>();
  if (testIds.length === 0) return byTest;
  const rows = db
    .prepare<[string], FollowUpRow>('SELECT * FROM restore_test_follow_ups WHERE test_id IN (SELECT value FROM json_each(?)) ORDER BY test_id, position')
    .all(JSON.stringify(testIds));
  for (const row of rows) {
    const list = byTest.get(row.test_id) ?? [];
    list.push({ id: row.id, testId: row.test_id, description: row.description, owner: row.owner, dueDate: row.due_date, status: row.status, overdue: row.status === 'open' && row.due_date < today });
    byTest.set(row.test_id, list);
  }
  return byTest;
}

function testFromRow(row: RestoreTestRow, followUps: RestoreTest['followUps']): RestoreTest {
  return {
    id: row.id,
    testedOn: row.tested_on,
    systemId: row.system_id,
    systemName: row.system_id === null ? WORKSPACE_NAME : row.system_name,
    backupJobId: row.backup_job_id,
    backupJobName: row.backup_job_name,
    result: row.result,
    restoreMinutes: row.restore_minutes,
    rtoHours: row.rto_hours,
    withinRto: row.restore_minutes === null || row.rto_hours === null ? null : row.restore_minutes <= row.rto_hours * 60,
    dataVerified: row.data_verified,
    evidenceFile: row.evidence_file_id && row.evidence_file_name !== null ? { id: row.evidence_file_id, name: row.evidence_file_name } : null,
    notes: row.notes,
    followUps,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listRestoreTests(db: Db, today: string, systemId?: string | null): RestoreTest[] {
  const where = systemId === undefined ? '' : systemId === null ? 'WHERE t.system_id IS NULL' : 'WHERE t.system_id = @systemId';
  const rows = db.prepare<[{ systemId?: string }], RestoreTestRow>(`${SELECT} ${where} ORDER BY t.tested_on DESC, t.created_at DESC`).all(systemId ? { systemId } : {});
  const followUps = followUpsOf(
    db,
    rows.map((row) => row.id),
    today,
  );
  return rows.map((row) => testFromRow(row, followUps.get(row.id) ?? []));
}

export function getRestoreTest(db: Db, id: string, today: string): RestoreTest | null {
  const row = db.prepare<[string], RestoreTestRow>(`${SELECT} WHERE t.id = ?`).get(id);
  return row ? testFromRow(row, followUpsOf(db, [id], today).get(id) ?? []) : null;
}

function auditView(test: RestoreTest): Record<string, unknown> {
  return {
    testedOn: test.testedOn,
    systemId: test.systemId,
    systemName: test.systemName,
    backupJobId: test.backupJobId,
    result: test.result,
    restoreMinutes: test.restoreMinutes,
    dataVerified: test.dataVerified,
    evidenceFileId: test.evidenceFile?.id ?? null,
    notes: test.notes,
    followUps: test.followUps.map((f) => ({ id: f.id, description: f.description, owner: f.owner, dueDate: f.dueDate, status: f.status })),
  };
}

function audited(tx: ChangeTx, id: string, before: RestoreTest | null): RestoreTest {
  const after = getRestoreTest(tx.db, id, calendarDateOf(tx.at))!;
  tx.audit(RESTORE_TEST_RECORD, id, before ? auditView(before) : null, auditView(after));
  indexRecord(tx.db, {
    entityType: RESTORE_TEST_RECORD,
    entityId: id,
    title: `${after.systemName} ${after.testedOn}`,
    body: [after.backupJobName, after.dataVerified, after.notes, ...after.followUps.map((f) => f.description)].filter(Boolean).join('\n'),
  });
  // A restore test evidences information backup (A.8.13), ICT readiness (A.5.30), SOC 2 A1.3
  // (recovery plan testing) and CC7.5 (recovery from incidents), as of the day it was performed.
  linkRecordByDefault(tx, RESTORE_TEST_RECORD, id, after.testedOn);
  return after;
}

interface Resolved {
  systemName: string;
  jobName: string;
}

function checkInput(tx: ChangeTx, input: RestoreTestInput, testId: string | null): Resolved {
  if (input.testedOn > calendarDateOf(tx.at)) throw invalid(['testedOn'], 'date_in_future', 'a restore test cannot be in the future');
  if (input.result !== 'pass' && input.followUps.length === 0) throw invalid(['followUps'], 'follow_up_required', 'a failed or partial restore test needs a follow-up action');
  let systemName = WORKSPACE_NAME;
  if (input.systemId !== null) {
    const system = inventorySystem(tx.db, input.systemId);
    if (!system) throw invalid(['systemId'], 'unknown_system', 'no such system');
    systemName = system.name;
  }
  let jobName = '';
  if (input.backupJobId !== null) {
    const job = tx.db.prepare<[string], { system_id: string | null; name: string }>('SELECT system_id, name FROM backup_jobs WHERE id = ?').get(input.backupJobId);
    if (!job) throw invalid(['backupJobId'], 'unknown_backup_job', 'no such backup job');
    if (job.system_id !== input.systemId) throw invalid(['backupJobId'], 'backup_job_other_system', 'the backup job belongs to another system');
    jobName = job.name;
  }
  if (input.evidenceFileId !== null && !tx.db.prepare('SELECT 1 FROM evidence_files WHERE id = ?').get(input.evidenceFileId)) {
    throw invalid(['evidenceFileId'], 'unknown_file', 'no such evidence file');
  }
  input.followUps.forEach((followUp, index) => {
    if (followUp.id === undefined) return;
    const owner = tx.db.prepare<[string], { test_id: string }>('SELECT test_id FROM restore_test_follow_ups WHERE id = ?').get(followUp.id);
    if (!owner || owner.test_id !== testId) throw invalid(['followUps', index, 'id'], 'unknown_record', 'no such follow-up on this restore test');
  });
  return { systemName, jobName };
}

function writeFollowUps(tx: ChangeTx, testId: string, input: RestoreTestInput): void {
  const keep = input.followUps.map((f) => f.id).filter((id): id is string => id !== undefined);
  tx.db.prepare('DELETE FROM restore_test_follow_ups WHERE test_id = ? AND id NOT IN (SELECT value FROM json_each(?))').run(testId, JSON.stringify(keep));
  const upsert = tx.db.prepare(
    `INSERT INTO restore_test_follow_ups (id, test_id, description, owner, due_date, status, position) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET description = excluded.description, owner = excluded.owner, due_date = excluded.due_date, status = excluded.status, position = excluded.position`,
  );
  input.followUps.forEach((f, position) => upsert.run(f.id ?? randomUUID(), testId, f.description, f.owner, f.dueDate, f.status, position));
}

function columns(input: RestoreTestInput, resolved: Resolved): unknown[] {
  return [input.testedOn, input.systemId, resolved.systemName, input.backupJobId, resolved.jobName, input.result, input.restoreMinutes, input.dataVerified, input.evidenceFileId, input.notes];
}

export function createRestoreTest(tx: ChangeTx, input: RestoreTestInput): RestoreTest {
  const resolved = checkInput(tx, input, null);
  const id = randomUUID();
  tx.db
    .prepare(
      `INSERT INTO restore_tests (tested_on, system_id, system_name, backup_job_id, backup_job_name, result, restore_minutes, data_verified, evidence_file_id, notes, id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(...columns(input, resolved), id, tx.at, tx.at);
  writeFollowUps(tx, id, input);
  return audited(tx, id, null);
}

export function updateRestoreTest(tx: ChangeTx, id: string, input: RestoreTestInput): RestoreTest {
  const before = getRestoreTest(tx.db, id, calendarDateOf(tx.at));
  if (!before) throw notFound(RESTORE_TEST_RECORD, id);
  const resolved = checkInput(tx, input, id);
  tx.db
    .prepare(
      `UPDATE restore_tests SET tested_on = ?, system_id = ?, system_name = ?, backup_job_id = ?, backup_job_name = ?, result = ?, restore_minutes = ?, data_verified = ?,
         evidence_file_id = ?, notes = ?, updated_at = ? WHERE id = ?`,
    )
    .run(...columns(input, resolved), tx.at, id);
  writeFollowUps(tx, id, input);
  return audited(tx, id, before);
}

export function deleteRestoreTest(tx: ChangeTx, id: string): { deleted: true } {
  const before = getRestoreTest(tx.db, id, calendarDateOf(tx.at));
  if (!before) throw notFound(RESTORE_TEST_RECORD, id);
  tx.db.prepare('DELETE FROM restore_tests WHERE id = ?').run(id);
  tx.audit(RESTORE_TEST_RECORD, id, auditView(before), null);
  removeRecord(tx.db, RESTORE_TEST_RECORD, id);
  unlinkRecord(tx, RESTORE_TEST_RECORD, id);
  return { deleted: true };
}

export function setFollowUpStatus(tx: ChangeTx, followUpId: string, status: FollowUpStatus): RestoreTest {
  const row = tx.db.prepare<[string], { test_id: string }>('SELECT test_id FROM restore_test_follow_ups WHERE id = ?').get(followUpId);
  if (!row) throw notFound('restore_test_follow_up', followUpId);
  const before = getRestoreTest(tx.db, row.test_id, calendarDateOf(tx.at))!;
  tx.db.prepare('UPDATE restore_test_follow_ups SET status = ? WHERE id = ?').run(status, followUpId);
  tx.db.prepare('UPDATE restore_tests SET updated_at = ? WHERE id = ?').run(tx.at, row.test_id);
  return audited(tx, row.test_id, before);
}

/** How a restore test is named where it shows up as linked evidence. */
export function restoreTestLabel(db: Db, id: string): string | null {
  const row = db.prepare<[string], { tested_on: string; system_id: string | null; system_name: string }>('SELECT tested_on, system_id, system_name FROM restore_tests WHERE id = ?').get(id);
  return row ? `${row.system_id === null ? WORKSPACE_NAME : row.system_name} ${row.tested_on}` : null;
}
