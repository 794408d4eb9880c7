// Reading and writing the policy tables. Rows become contract objects here; the rules (lifecycle,
// completeness, drift) live in policy-changes.ts and the modules it calls.
import type { Acknowledgement, Person, PolicyVersion, PolicyVersionMeta, VersionStatus } from '../../../shared/contract';
import type { Db } from '../workspace/sqlcipher';

export const POLICY_RECORD = 'policy';
export const POLICY_VERSION_RECORD = 'policy_version';
export const PERSON_RECORD = 'person';
export const ACKNOWLEDGEMENT_RECORD = 'policy_acknowledgement';

export interface PolicyRow {
  id: string;
  slug: string;
  title: string;
  kind: 'policy' | 'privacy_notice';
  law: 'gdpr' | 'ccpa' | 'pipl' | null;
  standard: 'gdpr' | 'ccpa_privacy_policy' | 'ccpa_notice_at_collection' | 'pipl' | null;
  language: 'en' | 'zh-CN';
  owner: string;
  review_cycle_months: number;
  next_review_date: string | null;
  template_id: string | null;
  retired_at: string | null;
  retired_reason: string;
  created_at: string;
  updated_at: string;
}

export interface VersionRow {
  id: string;
  policy_id: string;
  number: number;
  status: VersionStatus;
  title: string;
  markdown: string;
  change_note: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  approval_note: string;
  sha256: string | null;
  published_at: string | null;
  ended_at: string | null;
  override_reason: string | null;
  override_missing: string | null;
  template_id: string | null;
  generated_markdown: string | null;
  facts: string | null;
  facts_hash: string | null;
  generated_at: string | null;
}

export function listPolicyRows(db: Db): PolicyRow[] {
  return db.prepare<[], PolicyRow>('SELECT * FROM policies ORDER BY title COLLATE NOCASE, id').all();
}

export function getPolicyRow(db: Db, id: string): PolicyRow | null {
  return db.prepare<[string], PolicyRow>('SELECT * FROM policies WHERE id = ?').get(id) ?? null;
}

export function getPolicyRowBySlug(db: Db, slug: string): PolicyRow | null {
  return db.prepare<[string], PolicyRow>('SELECT * FROM policies WHERE slug = ?').get(slug) ?? null;
}

export function slugTaken(db: Db, slug: string, exceptId: string | null = null): boolean {
  return db.prepare('SELECT 1 FROM policies WHERE slug = ? AND id IS NOT ?').pluck().get(slug, exceptId) !== undefined;
}

export function insertPolicyRow(db: Db, row: PolicyRow): void {
  db.prepare(
    `INSERT INTO policies (id, slug, title, kind, law, standard, language, owner, review_cycle_months, next_review_date, template_id, retired_at, retired_reason, created_at, updated_at)
     VALUES (@id, @slug, @title, @kind, @law, @standard, @language, @owner, @review_cycle_months, @next_review_date, @template_id, @retired_at, @retired_reason, @created_at, @updated_at)`,
  ).run(row);
}

export function updatePolicyRow(db: Db, row: PolicyRow): void {
  db.prepare(
    `UPDATE policies SET title = @title, owner = @owner, review_cycle_months = @review_cycle_months, next_review_date = @next_review_date,
       retired_at = @retired_at, retired_reason = @retired_reason, updated_at = @updated_at WHERE id = @id`,
  ).run(row);
}

/** Versions of a policy, newest first. */
export function listVersionRows(db: Db, policyId: string): VersionRow[] {
  return db.prepare<[string], VersionRow>('SELECT * FROM policy_versions WHERE policy_id = ? ORDER BY number DESC').all(policyId);
}

export function getVersionRow(db: Db, id: string): VersionRow | null {
  return db.prepare<[string], VersionRow>('SELECT * FROM policy_versions WHERE id = ?').get(id) ?? null;
}

export function getVersionByNumber(db: Db, policyId: string, number: number): VersionRow | null {
  return db.prepare<[string, number], VersionRow>('SELECT * FROM policy_versions WHERE policy_id = ? AND number = ?').get(policyId, number) ?? null;
}

export function insertVersionRow(db: Db, row: VersionRow): void {
  db.prepare(
    `INSERT INTO policy_versions (id, policy_id, number, status, title, markdown, change_note, created_at, updated_at, submitted_at, approved_by, approved_at,
       approval_note, sha256, published_at, ended_at, override_reason, override_missing, template_id, generated_markdown, facts, facts_hash, generated_at)
     VALUES (@id, @policy_id, @number, @status, @title, @markdown, @change_note, @created_at, @updated_at, @submitted_at, @approved_by, @approved_at,
       @approval_note, @sha256, @published_at, @ended_at, @override_reason, @override_missing, @template_id, @generated_markdown, @facts, @facts_hash, @generated_at)`,
  ).run(row);
}

/** Writes a draft's text and generation baseline (refused by a trigger once approved). */
export function updateDraftRow(db: Db, row: VersionRow): void {
  db.prepare(
    `UPDATE policy_versions SET title = @title, markdown = @markdown, change_note = @change_note, updated_at = @updated_at, template_id = @template_id,
       generated_markdown = @generated_markdown, facts = @facts, facts_hash = @facts_hash, generated_at = @generated_at WHERE id = @id`,
  ).run(row);
}

export function setVersionStatus(db: Db, id: string, status: VersionStatus, fields: Partial<Pick<VersionRow, 'submitted_at' | 'published_at' | 'ended_at'>>, at: string): void {
  const sets = ['status = @status', 'updated_at = @at', ...Object.keys(fields).map((key) => `${key} = @${key}`)];
  db.prepare(`UPDATE policy_versions SET ${sets.join(', ')} WHERE id = @id`).run({ id, status, at, ...fields });
}

export function approveVersionRow(
  db: Db,
  id: string,
  approval: { approvedBy: string; approvedAt: string; note: string; sha256: string; overrideReason: string | null; overrideMissing: string[] | null },
): void {
  db.prepare(
    `UPDATE policy_versions SET status = 'approved', approved_by = ?, approved_at = ?, approval_note = ?, sha256 = ?, override_reason = ?, override_missing = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    approval.approvedBy,
    approval.approvedAt,
    approval.note,
    approval.sha256,
    approval.overrideReason,
    approval.overrideMissing ? JSON.stringify(approval.overrideMissing) : null,
    approval.approvedAt,
    id,
  );
}

export function deleteVersionRow(db: Db, id: string): void {
  db.prepare('DELETE FROM policy_versions WHERE id = ?').run(id);
}

export function nextVersionNumber(db: Db, policyId: string): number {
  return ((db.prepare('SELECT max(number) FROM policy_versions WHERE policy_id = ?').pluck().get(policyId) as number | null) ?? 0) + 1;
}

export function acknowledgementCount(db: Db, versionId: string): number {
  return db.prepare('SELECT count(*) FROM policy_acknowledgements WHERE version_id = ?').pluck().get(versionId) as number;
}

export function toVersionMeta(db: Db, row: VersionRow): PolicyVersionMeta {
  return {
    id: row.id,
    policyId: row.policy_id,
    number: row.number,
    status: row.status,
    title: row.title,
    changeNote: row.change_note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    approvalNote: row.approval_note,
    sha256: row.sha256,
    publishedAt: row.published_at,
    endedAt: row.ended_at,
    completenessOverride: row.override_reason === null ? null : { reason: row.override_reason, missing: row.override_missing ? (JSON.parse(row.override_missing) as string[]) : [] },
    templateId: row.template_id,
    acknowledgements: acknowledgementCount(db, row.id),
    length: row.markdown.length,
  };
}

export function toVersion(db: Db, row: VersionRow): PolicyVersion {
  return { ...toVersionMeta(db, row), markdown: row.markdown };
}

// -- people and acknowledgements ------------------------------------------------------------------

interface PersonRow {
  id: string;
  name: string;
  email: string;
  department: string;
  created_at: string;
  updated_at: string;
}

const toPerson = (row: PersonRow): Person => ({ id: row.id, name: row.name, email: row.email, department: row.department, createdAt: row.created_at, updatedAt: row.updated_at });

export function listPeople(db: Db): Person[] {
  return db.prepare<[], PersonRow>('SELECT * FROM people ORDER BY name COLLATE NOCASE, id').all().map(toPerson);
}

export function getPerson(db: Db, id: string): Person | null {
  const row = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE id = ?').get(id);
  return row ? toPerson(row) : null;
}

interface AcknowledgementRow {
  id: string;
  person_id: string;
  name: string;
  email: string;
  department: string;
  version_id: string;
  number: number;
  acknowledged_at: string;
}

/** A policy's acknowledgements (of every version, or one), newest first. */
export function listAcknowledgements(db: Db, policyId: string, versionId: string | null): Acknowledgement[] {
  return db
    .prepare<[string, string | null, string | null], AcknowledgementRow>(
      `SELECT a.id, a.person_id, p.name, p.email, p.department, v.id AS version_id, v.number, a.acknowledged_at
       FROM policy_acknowledgements a JOIN policy_versions v ON v.id = a.version_id JOIN people p ON p.id = a.person_id
       WHERE v.policy_id = ? AND (? IS NULL OR v.id = ?)
       ORDER BY a.acknowledged_at DESC, p.name COLLATE NOCASE`,
    )
    .all(policyId, versionId, versionId)
    .map((row) => ({
      id: row.id,
      personId: row.person_id,
      name: row.name,
      email: row.email,
      department: row.department,
      versionId: row.version_id,
      versionNumber: row.number,
      acknowledgedAt: row.acknowledged_at,
    }));
}

export function hasAcknowledged(db: Db, versionId: string, personId: string): boolean {
  return db.prepare('SELECT 1 FROM policy_acknowledgements WHERE version_id = ? AND person_id = ?').pluck().get(versionId, personId) !== undefined;
}

export function insertAcknowledgement(db: Db, row: { id: string; versionId: string; personId: string; acknowledgedAt: string; recordedAt: string }): void {
  db.prepare('INSERT INTO policy_acknowledgements (id, version_id, person_id, acknowledged_at, recorded_at) VALUES (?, ?, ?, ?, ?)').run(
    row.id,
    row.versionId,
    row.personId,
    row.acknowledgedAt,
    row.recordedAt,
  );
}
