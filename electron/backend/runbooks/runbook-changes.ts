// Changes to runbooks, each inside a caller's transaction (a procedure's or the demo's): create from
// a template or blank, edit drafts, approve (immutable, hashed, supersedes the previous approval),
// start a new draft, discard or delete what was never approved. Every change is audited; the
// content goes into the trail by its hash, not in full.
import { createHash, randomUUID } from 'node:crypto';
import type { RunbookContent, RunbookDetail, RunbookLanguage, RunbookSummary, RunbookVersion } from '../../../shared/contract/areas/runbooks';
import { runbookContentSchema } from '../../../shared/contract/areas/runbooks';
import { canonicalJson, contentIssues } from '../../../shared/runbooks/runbook-rules';
import { blankContent, runbookTemplate, templateContent } from '../../../shared/runbooks/template-catalog';
import { calendarDateOf } from '../isms/record-dates';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { AppError } from '../../../shared/contract';
import { invalid } from './runbook-errors';
import { endVersionEvidence, linkApprovedVersion } from './runbook-evidence';
import { reindexRunbook } from './runbook-search';
import {
  contentOf,
  listVersionRows,
  mustGetRunbook,
  mustGetVersion,
  RUNBOOK_RECORD,
  RUNBOOK_VERSION_RECORD,
  type RunbookRow,
  toSummary,
  toVersion,
  toVersionMeta,
  type VersionRow,
} from './runbooks-queries';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The SHA-256 an approval records: of the canonical JSON of the content. */
export function contentHash(content: RunbookContent): string {
  return sha256Hex(canonicalJson(content));
}

export function runbookDetail(db: Db, runbook: RunbookRow, today: string): RunbookDetail {
  const versions = listVersionRows(db, runbook.id);
  return { runbook: toSummary(db, runbook, today, versions), versions: versions.map(toVersionMeta) };
}

function runbookAudit(row: RunbookRow): Record<string, unknown> {
  return { title: row.title, owner: row.owner, language: row.language, templateId: row.template_id };
}

function versionAudit(row: VersionRow): Record<string, unknown> {
  const { stepCount, ...meta } = toVersionMeta(row);
  return { ...meta, steps: stepCount, contentSha256: contentHash(contentOf(row)) };
}

function checkContent(content: RunbookContent): RunbookContent {
  const parsed = runbookContentSchema.parse(content);
  const issues = contentIssues(parsed);
  if (issues.length > 0) {
    throw new AppError('INVALID_INPUT', 'the runbook content is inconsistent', { issues: issues.map((issue) => ({ path: issue.path, code: issue.code, message: issue.code })) });
  }
  return parsed;
}

function insertVersion(db: Db, row: VersionRow): void {
  db.prepare(
    `INSERT INTO runbook_versions (id, runbook_id, number, status, content, change_note, created_at, updated_at, approved_by, approved_at, approval_note, sha256, superseded_at)
     VALUES (@id, @runbook_id, @number, @status, @content, @change_note, @created_at, @updated_at, @approved_by, @approved_at, @approval_note, @sha256, @superseded_at)`,
  ).run(row);
}

function newVersion(runbookId: string, number: number, content: RunbookContent, at: string): VersionRow {
  return {
    id: randomUUID(),
    runbook_id: runbookId,
    number,
    status: 'draft',
    content: canonicalJson(content),
    change_note: '',
    created_at: at,
    updated_at: at,
    approved_by: null,
    approved_at: null,
    approval_note: '',
    sha256: null,
    superseded_at: null,
  };
}

function touch(tx: ChangeTx, runbookId: string): void {
  tx.db.prepare('UPDATE runbooks SET updated_at = ? WHERE id = ?').run(tx.at, runbookId);
}

export interface CreateRunbookInput {
  title?: string;
  owner: string;
  language: RunbookLanguage;
  templateId: string | null;
}

export function createRunbook(tx: ChangeTx, input: CreateRunbookInput): RunbookDetail {
  const template = input.templateId ? runbookTemplate(input.templateId) : null;
  if (input.templateId && !template) throw invalid(['templateId'], 'unknown_template', 'no such runbook template');
  const title = input.title?.trim() || template?.title[input.language] || '';
  if (!title) throw invalid(['title'], 'required', 'a blank runbook needs a title');
  const seq = (tx.db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM runbooks').pluck().get() as number) ?? 1;
  const runbook: RunbookRow = { id: randomUUID(), seq, title, template_id: template?.id ?? null, language: input.language, owner: input.owner, created_at: tx.at, updated_at: tx.at };
  tx.db.prepare('INSERT INTO runbooks (id, seq, title, template_id, language, owner, created_at, updated_at) VALUES (@id, @seq, @title, @template_id, @language, @owner, @created_at, @updated_at)').run(runbook);
  const version = newVersion(runbook.id, 1, template ? templateContent(template, input.language) : blankContent(), tx.at);
  insertVersion(tx.db, version);
  tx.audit(RUNBOOK_RECORD, runbook.id, null, runbookAudit(runbook));
  tx.audit(RUNBOOK_VERSION_RECORD, version.id, null, versionAudit(version));
  reindexRunbook(tx.db, runbook.id);
  return runbookDetail(tx.db, runbook, calendarDateOf(tx.at));
}

export function updateRunbook(tx: ChangeTx, id: string, input: { title: string; owner: string }): RunbookSummary {
  const before = mustGetRunbook(tx.db, id);
  const after: RunbookRow = { ...before, title: input.title, owner: input.owner, updated_at: tx.at };
  tx.db.prepare('UPDATE runbooks SET title = @title, owner = @owner, updated_at = @updated_at WHERE id = @id').run(after);
  tx.audit(RUNBOOK_RECORD, id, runbookAudit(before), runbookAudit(after));
  reindexRunbook(tx.db, id);
  return toSummary(tx.db, after, calendarDateOf(tx.at));
}

export function deleteRunbook(tx: ChangeTx, id: string): void {
  const runbook = mustGetRunbook(tx.db, id);
  const versions = listVersionRows(tx.db, id);
  if (versions.some((v) => v.approved_at !== null)) throw invalid(['id'], 'runbook_approved', 'an approved runbook cannot be deleted');
  for (const version of versions) tx.audit(RUNBOOK_VERSION_RECORD, version.id, versionAudit(version), null);
  tx.db.prepare('DELETE FROM runbooks WHERE id = ?').run(id);
  tx.audit(RUNBOOK_RECORD, id, runbookAudit(runbook), null);
  reindexRunbook(tx.db, id);
}

export function startDraft(tx: ChangeTx, runbookId: string): RunbookVersion {
  const runbook = mustGetRunbook(tx.db, runbookId, ['runbookId']);
  const versions = listVersionRows(tx.db, runbook.id);
  if (versions.some((v) => v.status === 'draft')) throw invalid(['runbookId'], 'draft_open', 'a draft is already open');
  const latest = versions[0]!;
  const row = newVersion(runbook.id, latest.number + 1, contentOf(latest), tx.at);
  insertVersion(tx.db, row);
  tx.audit(RUNBOOK_VERSION_RECORD, row.id, null, versionAudit(row));
  touch(tx, runbook.id);
  return toVersion(row);
}

export function saveDraft(tx: ChangeTx, input: { runbookId: string; versionId: string; content: RunbookContent; changeNote?: string }): RunbookVersion {
  const runbook = mustGetRunbook(tx.db, input.runbookId, ['runbookId']);
  const before = mustGetVersion(tx.db, runbook.id, input.versionId);
  if (before.status !== 'draft') throw invalid(['versionId'], 'version_not_draft', 'only a draft can be edited');
  const content = checkContent(input.content);
  const after: VersionRow = { ...before, content: canonicalJson(content), change_note: input.changeNote ?? before.change_note, updated_at: tx.at };
  tx.db.prepare('UPDATE runbook_versions SET content = @content, change_note = @change_note, updated_at = @updated_at WHERE id = @id').run(after);
  tx.audit(RUNBOOK_VERSION_RECORD, after.id, versionAudit(before), versionAudit(after));
  touch(tx, runbook.id);
  reindexRunbook(tx.db, runbook.id);
  return toVersion(after);
}

export function discardDraft(tx: ChangeTx, runbookId: string, versionId: string): void {
  const runbook = mustGetRunbook(tx.db, runbookId, ['runbookId']);
  const version = mustGetVersion(tx.db, runbook.id, versionId);
  if (version.status !== 'draft') throw invalid(['versionId'], 'version_not_draft', 'only a draft can be discarded');
  if (version.number === 1) throw invalid(['versionId'], 'runbook_first_version', 'the first version cannot be discarded; delete the runbook instead');
  tx.audit(RUNBOOK_VERSION_RECORD, version.id, versionAudit(version), null);
  tx.db.prepare('DELETE FROM runbook_versions WHERE id = ?').run(version.id);
  touch(tx, runbook.id);
  reindexRunbook(tx.db, runbook.id);
}

/**
 * Approves a draft: the content is checked once more, frozen with the SHA-256 of its canonical JSON,
 * the approver and the time; the version approved before is superseded and stops being evidence.
 */
export function approveVersion(tx: ChangeTx, input: { runbookId: string; versionId: string; approver: string; note?: string }): RunbookVersion {
  const runbook = mustGetRunbook(tx.db, input.runbookId, ['runbookId']);
  const before = mustGetVersion(tx.db, runbook.id, input.versionId);
  if (before.status !== 'draft') throw invalid(['versionId'], 'version_not_draft', 'only a draft can be approved');
  const content = checkContent(contentOf(before));
  if (content.steps.length === 0) throw invalid(['versionId'], 'runbook_no_steps', 'a runbook needs at least one step to be approved');
  for (const previous of listVersionRows(tx.db, runbook.id)) {
    if (previous.status !== 'approved') continue;
    tx.db.prepare("UPDATE runbook_versions SET status = 'superseded', superseded_at = ?, updated_at = ? WHERE id = ?").run(tx.at, tx.at, previous.id);
    const superseded = { ...previous, status: 'superseded' as const, superseded_at: tx.at, updated_at: tx.at };
    tx.audit(RUNBOOK_VERSION_RECORD, previous.id, versionAudit(previous), versionAudit(superseded));
    endVersionEvidence(tx, previous.id, tx.at);
  }
  const canonical = canonicalJson(content);
  const after: VersionRow = { ...before, status: 'approved', content: canonical, approved_by: input.approver, approved_at: tx.at, approval_note: input.note ?? '', sha256: sha256Hex(canonical), updated_at: tx.at };
  tx.db
    .prepare("UPDATE runbook_versions SET status = 'approved', content = @content, approved_by = @approved_by, approved_at = @approved_at, approval_note = @approval_note, sha256 = @sha256, updated_at = @updated_at WHERE id = @id")
    .run(after);
  tx.audit(RUNBOOK_VERSION_RECORD, after.id, versionAudit(before), versionAudit(after));
  linkApprovedVersion(tx, after.id, tx.at);
  touch(tx, runbook.id);
  return toVersion(after);
}
