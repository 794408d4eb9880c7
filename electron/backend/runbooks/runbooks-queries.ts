// Reading runbooks and their versions: rows, the summary with drill dates, and the version shapes
// of the contract. Approved content is stored as the canonical JSON that was hashed.
import type { RunbookContent, RunbookSummary, RunbookVersion, RunbookVersionMeta, RunbookVersionStatus } from '../../../shared/contract/areas/runbooks';
import { addMonths } from '../../../shared/recurrence/dates';
import { calendarDateOf } from '../isms/record-dates';
import type { Db } from '../workspace/sqlcipher';
import { notFound } from './runbook-errors';

export const RUNBOOK_RECORD = 'runbook';
export const RUNBOOK_VERSION_RECORD = 'runbook_version';
export const DRILL_RECORD = 'runbook_drill';

/** How long an approved runbook may go without a drill. */
export const DRILL_INTERVAL_MONTHS = 12;

export interface RunbookRow {
  id: string;
  seq: number;
  title: string;
  template_id: string | null;
  language: 'en' | 'zh-CN';
  owner: string;
  created_at: string;
  updated_at: string;
}

export interface VersionRow {
  id: string;
  runbook_id: string;
  number: number;
  status: RunbookVersionStatus;
  content: string;
  change_note: string;
  created_at: string;
  updated_at: string;
  approved_by: string | null;
  approved_at: string | null;
  approval_note: string;
  sha256: string | null;
  superseded_at: string | null;
}

export function runbookRef(seq: number): string {
  return `RB-${String(seq).padStart(3, '0')}`;
}

export function getRunbookRow(db: Db, id: string): RunbookRow | null {
  return db.prepare<[string], RunbookRow>('SELECT * FROM runbooks WHERE id = ?').get(id) ?? null;
}

export function mustGetRunbook(db: Db, id: string, path: (string | number)[] = ['id']): RunbookRow {
  const row = getRunbookRow(db, id);
  if (!row) throw notFound(RUNBOOK_RECORD, id, path);
  return row;
}

export function listRunbookRows(db: Db): RunbookRow[] {
  return db.prepare<[], RunbookRow>('SELECT * FROM runbooks ORDER BY seq').all();
}

/** Newest first. */
export function listVersionRows(db: Db, runbookId: string): VersionRow[] {
  return db.prepare<[string], VersionRow>('SELECT * FROM runbook_versions WHERE runbook_id = ? ORDER BY number DESC').all(runbookId);
}

export function getVersionRow(db: Db, id: string): VersionRow | null {
  return db.prepare<[string], VersionRow>('SELECT * FROM runbook_versions WHERE id = ?').get(id) ?? null;
}

export function mustGetVersion(db: Db, runbookId: string, versionId: string, path: (string | number)[] = ['versionId']): VersionRow {
  const row = getVersionRow(db, versionId);
  if (!row || row.runbook_id !== runbookId) throw notFound(RUNBOOK_VERSION_RECORD, versionId, path);
  return row;
}

/** The approved version in force (at most one is `approved`; older ones are superseded). */
export function currentVersionRow(versions: readonly VersionRow[]): VersionRow | null {
  return versions.find((v) => v.status === 'approved') ?? null;
}

export function contentOf(row: VersionRow): RunbookContent {
  return JSON.parse(row.content) as RunbookContent;
}

export function toVersionMeta(row: VersionRow): RunbookVersionMeta {
  return {
    id: row.id,
    runbookId: row.runbook_id,
    number: row.number,
    status: row.status,
    changeNote: row.change_note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    approvalNote: row.approval_note,
    sha256: row.sha256,
    supersededAt: row.superseded_at,
    stepCount: contentOf(row).steps.length,
  };
}

export function toVersion(row: VersionRow): RunbookVersion {
  return { ...toVersionMeta(row), content: contentOf(row) };
}

/** When the next drill is due: twelve months after the last one, else after the first approval. */
export function drillDue(lastDrillOn: string | null, firstApprovedAt: string | null): string | null {
  if (lastDrillOn) return addMonths(lastDrillOn, DRILL_INTERVAL_MONTHS);
  return firstApprovedAt ? addMonths(calendarDateOf(firstApprovedAt), DRILL_INTERVAL_MONTHS) : null;
}

export function toSummary(db: Db, runbook: RunbookRow, today: string, versions = listVersionRows(db, runbook.id)): RunbookSummary {
  const latest = versions[0]!;
  const current = currentVersionRow(versions);
  const firstApproved = [...versions].reverse().find((v) => v.approved_at !== null)?.approved_at ?? null;
  const drills = db.prepare<[string], { last: string | null; count: number }>('SELECT max(held_on) AS last, count(*) AS count FROM runbook_drills WHERE runbook_id = ?').get(runbook.id)!;
  const due = current ? drillDue(drills.last, firstApproved) : null;
  return {
    id: runbook.id,
    ref: runbookRef(runbook.seq),
    title: runbook.title,
    templateId: runbook.template_id,
    language: runbook.language,
    owner: runbook.owner,
    status: latest.status,
    latestVersion: { id: latest.id, number: latest.number, status: latest.status },
    currentVersion: current ? { id: current.id, number: current.number, approvedAt: current.approved_at! } : null,
    lastDrillOn: drills.last,
    drillCount: drills.count,
    drillDueOn: due,
    drillOverdue: due !== null && due < today,
    createdAt: runbook.created_at,
    updatedAt: runbook.updated_at,
  };
}
