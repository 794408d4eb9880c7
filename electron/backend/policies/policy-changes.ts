// Changes to policies, each inside a caller's transaction (a procedure's or the demo's): create from
// a template, edit drafts, the review and approval lifecycle, publication, retirement, people and
// acknowledgements. Every change is audited; approved versions are immutable (also enforced by
// triggers), and the search index, agenda and evidence links follow the records.
import { createHash, randomUUID } from 'node:crypto';
import {
  AppError,
  type InputIssue,
  type PolicyCreateInput,
  type PolicyDetail,
  type PolicySummary,
  type PolicyUpdateInput,
  type PolicyVersion,
  policyCreateSchema,
} from '../../../shared/contract';
import { calendarDateOf } from '../isms/record-dates';
import { indexRecord, removeRecord } from '../search/search-index';
import type { ChangeTx } from '../workspace/workspace-db';
import type { Db } from '../workspace/sqlcipher';
import {
  ACKNOWLEDGEMENT_RECORD,
  approveVersionRow,
  deleteVersionRow,
  getPerson,
  getPolicyRow,
  getPolicyRowBySlug,
  getVersionRow,
  hasAcknowledged,
  insertAcknowledgement,
  insertPolicyRow,
  insertVersionRow,
  listVersionRows,
  nextVersionNumber,
  PERSON_RECORD,
  POLICY_RECORD,
  POLICY_VERSION_RECORD,
  type PolicyRow,
  setVersionStatus,
  slugTaken,
  toVersion,
  toVersionMeta,
  updateDraftRow,
  updatePolicyRow,
  type VersionRow,
} from './policies-queries';
import { endVersionEvidence, linkApprovedVersion, templateControls } from './policy-evidence';
import { completenessOf, defaultStandard, driftOf, generate, type Generated, templateOf } from './policy-generation';
import { addMonths } from '../../../shared/recurrence/dates';

function invalid(message: string, path: (string | number)[], code: string): AppError {
  const issues: InputIssue[] = [{ path, code, message }];
  return new AppError('INVALID_INPUT', message, { issues });
}

function notFound(entity: string, id: string): AppError {
  return new AppError('NOT_FOUND', `no such ${entity}`, { entity, id });
}

export function mustGetPolicy(db: Db, idOrSlug: string): PolicyRow {
  const row = getPolicyRow(db, idOrSlug) ?? getPolicyRowBySlug(db, idOrSlug.trim().toLowerCase());
  if (!row) throw notFound(POLICY_RECORD, idOrSlug);
  return row;
}

export function mustGetVersion(db: Db, policyId: string, versionId: string, path: (string | number)[] = ['versionId']): VersionRow {
  const row = getVersionRow(db, versionId);
  if (!row || row.policy_id !== policyId) throw new AppError('NOT_FOUND', 'no such policy version', { entity: POLICY_VERSION_RECORD, id: versionId, path });
  return row;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// -- reading --------------------------------------------------------------------------------------

const IN_FORCE = new Set(['published', 'approved']);

/** The version in force: the published one, else the newest approved one. */
export function currentVersionRow(versions: readonly VersionRow[]): VersionRow | null {
  return versions.find((v) => v.status === 'published') ?? versions.find((v) => v.status === 'approved') ?? null;
}

/** The newest version that was ever approved (in force, superseded or retired). */
function lastApprovedRow(versions: readonly VersionRow[]): VersionRow | null {
  return versions.find((v) => v.approved_at !== null) ?? null;
}

/** The next review: set by hand, else the last approval plus the review cycle; none once retired. */
export function reviewDue(policy: Pick<PolicyRow, 'retired_at' | 'next_review_date' | 'review_cycle_months'>, lastApprovedAt: string | null): string | null {
  if (policy.retired_at) return null;
  if (policy.next_review_date) return policy.next_review_date;
  return lastApprovedAt ? addMonths(calendarDateOf(lastApprovedAt), policy.review_cycle_months) : null;
}

export function nextReviewDateOf(policy: PolicyRow, versions: readonly VersionRow[]): string | null {
  return reviewDue(policy, lastApprovedRow(versions)?.approved_at ?? null);
}

export function toSummary(db: Db, policy: PolicyRow, today: string, versions = listVersionRows(db, policy.id)): PolicySummary {
  const latest = versions[0]!;
  const current = currentVersionRow(versions);
  const nextReviewDate = nextReviewDateOf(policy, versions);
  return {
    id: policy.id,
    slug: policy.slug,
    title: policy.title,
    kind: policy.kind,
    law: policy.law,
    standard: policy.standard,
    language: policy.language,
    owner: policy.owner,
    status: policy.retired_at ? 'retired' : latest.status,
    templateId: policy.template_id,
    reviewCycleMonths: policy.review_cycle_months,
    nextReviewDate,
    reviewOverdue: nextReviewDate !== null && nextReviewDate < today,
    latestVersion: { id: latest.id, number: latest.number, status: latest.status },
    currentVersion: current ? { id: current.id, number: current.number, approvedAt: current.approved_at } : null,
    drifted: policy.retired_at ? false : driftOf(db, policy, current, false).drifted,
    retiredAt: policy.retired_at,
    retiredReason: policy.retired_reason,
    createdAt: policy.created_at,
    updatedAt: policy.updated_at,
  };
}

export function policyDetail(db: Db, policy: PolicyRow, today: string): PolicyDetail {
  const versions = listVersionRows(db, policy.id);
  const controls = [
    { framework: 'iso27001' as const, controlId: 'A.5.1' },
    { framework: 'iso27001' as const, controlId: 'A.5.37' },
    { framework: 'soc2' as const, controlId: 'CC5.3' },
    ...templateControls(policy.template_id),
  ].filter((control, index, all) => all.findIndex((other) => other.framework === control.framework && other.controlId === control.controlId) === index);
  return { policy: toSummary(db, policy, today, versions), versions: versions.map((row) => toVersionMeta(db, row)), controls };
}

// -- audit summaries: the text is recorded by its hash, not copied into the trail ---------------

function policyAudit(policy: PolicyRow): Record<string, unknown> {
  return {
    slug: policy.slug,
    title: policy.title,
    kind: policy.kind,
    law: policy.law,
    language: policy.language,
    owner: policy.owner,
    reviewCycleMonths: policy.review_cycle_months,
    nextReviewDate: policy.next_review_date,
    templateId: policy.template_id,
    retiredAt: policy.retired_at,
    retiredReason: policy.retired_reason,
  };
}

function versionAudit(db: Db, row: VersionRow): Record<string, unknown> {
  const { acknowledgements: _count, ...meta } = toVersionMeta(db, row);
  return { ...meta, contentSha256: sha256Hex(row.markdown) };
}

// -- search -------------------------------------------------------------------------------------

/** Search shows a policy once, with the text of its newest version; the hit opens that version. */
function reindex(db: Db, policyId: string): void {
  const versions = listVersionRows(db, policyId);
  for (const version of versions) removeRecord(db, POLICY_VERSION_RECORD, searchId(policyId, version.id));
  const latest = versions[0];
  const policy = getPolicyRow(db, policyId);
  if (!latest || !policy) return;
  indexRecord(db, { entityType: POLICY_VERSION_RECORD, entityId: searchId(policyId, latest.id), title: policy.title, body: [policy.owner, latest.markdown].join('\n') });
}

export function searchId(policyId: string, versionId: string): string {
  return `${policyId}/${versionId}`;
}

// -- policies -------------------------------------------------------------------------------------

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

function uniqueSlug(db: Db, wanted: string): string {
  let slug = wanted || 'policy';
  for (let n = 2; slugTaken(db, slug); n += 1) slug = `${wanted || 'policy'}-${n}`;
  return slug;
}

export function createPolicy(tx: ChangeTx, raw: PolicyCreateInput): PolicyDetail {
  const input = policyCreateSchema.parse(raw);
  const template = input.templateId ? templateOf(input.templateId) : null;
  if (input.templateId && !template) throw invalid('no such template', ['templateId'], 'unknown_template');
  if (template && (template.kind !== input.kind || (input.law !== null && template.law !== input.law))) throw invalid('the template is for another kind of document', ['templateId'], 'template_mismatch');
  const law = template ? template.law : input.law;
  if (input.kind === 'privacy_notice' && !law) throw invalid('a privacy notice needs its law', ['law'], 'law_required');
  if (input.kind === 'policy' && law) throw invalid('only privacy notices have a law', ['law'], 'law_not_allowed');
  if (input.slug && slugTaken(tx.db, input.slug)) throw invalid('the slug is already used', ['slug'], 'slug_taken');

  const today = calendarDateOf(tx.at);
  const policy: PolicyRow = {
    id: randomUUID(),
    slug: input.slug ?? uniqueSlug(tx.db, slugify(input.title) || (template?.id ?? '')),
    title: input.title,
    kind: input.kind,
    law,
    standard: template?.standard ?? (law ? defaultStandard(law) : null),
    language: input.language,
    owner: input.owner,
    review_cycle_months: input.reviewCycleMonths,
    next_review_date: null,
    template_id: template?.id ?? null,
    retired_at: null,
    retired_reason: '',
    created_at: tx.at,
    updated_at: tx.at,
  };
  insertPolicyRow(tx.db, policy);
  const generated = template ? generate(tx.db, policy, template, today, 1) : null;
  const version = newVersionRow(policy.id, 1, input.title, input.markdown ?? generated?.markdown ?? '', tx.at, generated);
  insertVersionRow(tx.db, version);
  tx.audit(POLICY_RECORD, policy.id, null, policyAudit(policy));
  tx.audit(POLICY_VERSION_RECORD, version.id, null, versionAudit(tx.db, version));
  reindex(tx.db, policy.id);
  return policyDetail(tx.db, policy, today);
}

function newVersionRow(policyId: string, number: number, title: string, markdown: string, at: string, generated: Generated | null): VersionRow {
  return {
    id: randomUUID(),
    policy_id: policyId,
    number,
    status: 'draft',
    title,
    markdown,
    change_note: '',
    created_at: at,
    updated_at: at,
    submitted_at: null,
    approved_by: null,
    approved_at: null,
    approval_note: '',
    sha256: null,
    published_at: null,
    ended_at: null,
    override_reason: null,
    override_missing: null,
    template_id: generated?.templateId ?? null,
    generated_markdown: generated?.markdown ?? null,
    facts: generated?.facts ?? null,
    facts_hash: generated?.factsHash ?? null,
    generated_at: generated ? at : null,
  };
}

export function updatePolicy(tx: ChangeTx, id: string, input: PolicyUpdateInput): PolicySummary {
  const before = mustGetPolicy(tx.db, id);
  if (before.retired_at) throw invalid('the policy is retired', ['id'], 'policy_retired');
  const after: PolicyRow = {
    ...before,
    title: input.title,
    owner: input.owner,
    review_cycle_months: input.reviewCycleMonths,
    next_review_date: input.nextReviewDate,
    updated_at: tx.at,
  };
  updatePolicyRow(tx.db, after);
  tx.audit(POLICY_RECORD, id, policyAudit(before), policyAudit(after));
  reindex(tx.db, id);
  return toSummary(tx.db, after, calendarDateOf(tx.at));
}

export function deletePolicy(tx: ChangeTx, id: string): void {
  const policy = mustGetPolicy(tx.db, id);
  const versions = listVersionRows(tx.db, id);
  if (versions.some((v) => v.approved_at !== null)) throw invalid('an approved policy cannot be deleted; retire it instead', ['id'], 'policy_approved');
  for (const version of versions) {
    removeRecord(tx.db, POLICY_VERSION_RECORD, searchId(id, version.id));
    tx.audit(POLICY_VERSION_RECORD, version.id, versionAudit(tx.db, version), null);
  }
  tx.db.prepare('DELETE FROM policies WHERE id = ?').run(id);
  tx.audit(POLICY_RECORD, id, policyAudit(policy), null);
}

function touch(tx: ChangeTx, policy: PolicyRow): void {
  tx.db.prepare('UPDATE policies SET updated_at = ? WHERE id = ?').run(tx.at, policy.id);
}

// -- drafts and the lifecycle ---------------------------------------------------------------------

function openVersion(versions: readonly VersionRow[]): VersionRow | null {
  return versions.find((v) => v.status === 'draft' || v.status === 'in_review') ?? null;
}

function requireActive(policy: PolicyRow): void {
  if (policy.retired_at) throw invalid('the policy is retired', ['policyId'], 'policy_retired');
}

/** A new draft from the newest version: its text, title and what it was generated from. */
export function startDraft(tx: ChangeTx, policyId: string): PolicyVersion {
  const policy = mustGetPolicy(tx.db, policyId);
  requireActive(policy);
  const versions = listVersionRows(tx.db, policy.id);
  if (openVersion(versions)) throw invalid('a draft or a review is already open', ['policyId'], 'draft_open');
  const latest = versions[0]!;
  const row: VersionRow = {
    ...newVersionRow(policy.id, nextVersionNumber(tx.db, policy.id), latest.title, latest.markdown, tx.at, null),
    template_id: latest.template_id,
    generated_markdown: latest.generated_markdown,
    facts: latest.facts,
    facts_hash: latest.facts_hash,
    generated_at: latest.generated_at,
  };
  insertVersionRow(tx.db, row);
  tx.audit(POLICY_VERSION_RECORD, row.id, null, versionAudit(tx.db, row));
  touch(tx, policy);
  reindex(tx.db, policy.id);
  return toVersion(tx.db, row);
}

export function saveDraft(tx: ChangeTx, input: { policyId: string; versionId: string; title?: string; markdown: string; changeNote?: string }): PolicyVersion {
  const policy = mustGetPolicy(tx.db, input.policyId);
  requireActive(policy);
  const before = mustGetVersion(tx.db, policy.id, input.versionId);
  if (before.status !== 'draft') throw invalid('only a draft can be edited', ['versionId'], 'version_not_draft');
  const after: VersionRow = { ...before, title: input.title ?? before.title, markdown: input.markdown, change_note: input.changeNote ?? before.change_note, updated_at: tx.at };
  updateDraftRow(tx.db, after);
  tx.audit(POLICY_VERSION_RECORD, after.id, versionAudit(tx.db, before), versionAudit(tx.db, after));
  touch(tx, policy);
  reindex(tx.db, policy.id);
  return toVersion(tx.db, after);
}

export function discardDraft(tx: ChangeTx, policyId: string, versionId: string): void {
  const policy = mustGetPolicy(tx.db, policyId);
  const version = mustGetVersion(tx.db, policy.id, versionId);
  if (version.status !== 'draft' && version.status !== 'in_review') throw invalid('only a draft or a version in review can be discarded', ['versionId'], 'version_not_draft');
  if (version.number === 1) throw invalid('the first version cannot be discarded; delete the policy instead', ['versionId'], 'first_version');
  tx.audit(POLICY_VERSION_RECORD, version.id, versionAudit(tx.db, version), null);
  deleteVersionRow(tx.db, version.id);
  removeRecord(tx.db, POLICY_VERSION_RECORD, searchId(policy.id, version.id));
  touch(tx, policy);
  reindex(tx.db, policy.id);
}

function transition(tx: ChangeTx, policyId: string, versionId: string, from: VersionRow['status'], code: string, apply: (row: VersionRow) => void): PolicyVersion {
  const policy = mustGetPolicy(tx.db, policyId);
  requireActive(policy);
  const before = mustGetVersion(tx.db, policy.id, versionId);
  if (before.status !== from) throw invalid(`the version is ${before.status}, not ${from}`, ['versionId'], code);
  apply(before);
  const after = getVersionRow(tx.db, before.id)!;
  tx.audit(POLICY_VERSION_RECORD, after.id, versionAudit(tx.db, before), versionAudit(tx.db, after));
  touch(tx, policy);
  return toVersion(tx.db, after);
}

export function submitForReview(tx: ChangeTx, policyId: string, versionId: string): PolicyVersion {
  return transition(tx, policyId, versionId, 'draft', 'version_not_draft', (row) => setVersionStatus(tx.db, row.id, 'in_review', { submitted_at: tx.at }, tx.at));
}

export function returnToDraft(tx: ChangeTx, policyId: string, versionId: string, note: string): PolicyVersion {
  return transition(tx, policyId, versionId, 'in_review', 'version_not_in_review', (row) => {
    setVersionStatus(tx.db, row.id, 'draft', { submitted_at: null }, tx.at);
    if (note) tx.db.prepare('UPDATE policy_versions SET change_note = ? WHERE id = ?').run(row.change_note ? `${row.change_note}\n${note}` : note, row.id);
  });
}

export interface ApproveInput {
  policyId: string;
  versionId: string;
  approver: string;
  note?: string;
  override?: { reason: string };
}

/**
 * Approves a version in review. A privacy notice must pass its completeness check, or carry an
 * override whose reason and missing items are recorded on the version and in the audit trail.
 */
export function approveVersion(tx: ChangeTx, input: ApproveInput): PolicyVersion {
  const policy = mustGetPolicy(tx.db, input.policyId);
  return transition(tx, policy.id, input.versionId, 'in_review', 'version_not_in_review', (row) => {
    const completeness = completenessOf(policy, row.markdown);
    const missing = completeness?.missing ?? [];
    if (missing.length > 0 && !input.override) {
      throw new AppError('INVALID_INPUT', 'the notice is missing required items', {
        issues: [{ path: ['override'], code: 'completeness_override_required', message: 'give a reason to approve a notice with missing items' }],
        missing,
      });
    }
    approveVersionRow(tx.db, row.id, {
      approvedBy: input.approver,
      approvedAt: tx.at,
      note: input.note ?? '',
      sha256: sha256Hex(row.markdown),
      overrideReason: missing.length > 0 ? input.override!.reason : null,
      overrideMissing: missing.length > 0 ? missing : null,
    });
    linkApprovedVersion(tx, row.id, row.template_id, tx.at);
    // An approval is the review: a review date set by hand gives way to approval + cycle.
    if (policy.next_review_date !== null) {
      const after: PolicyRow = { ...policy, next_review_date: null, updated_at: tx.at };
      updatePolicyRow(tx.db, after);
      tx.audit(POLICY_RECORD, policy.id, policyAudit(policy), policyAudit(after));
    }
  });
}

/** Publishes an approved version; the one published before (and older approved ones) are superseded. */
export function publishVersion(tx: ChangeTx, policyId: string, versionId: string): PolicyVersion {
  const published = transition(tx, policyId, versionId, 'approved', 'version_not_approved', (row) => setVersionStatus(tx.db, row.id, 'published', { published_at: tx.at }, tx.at));
  for (const other of listVersionRows(tx.db, policyId)) {
    if (other.id === versionId || !IN_FORCE.has(other.status) || other.number > published.number) continue;
    setVersionStatus(tx.db, other.id, 'superseded', { ended_at: tx.at }, tx.at);
    tx.audit(POLICY_VERSION_RECORD, other.id, versionAudit(tx.db, other), versionAudit(tx.db, getVersionRow(tx.db, other.id)!));
    endVersionEvidence(tx, other.id, tx.at);
  }
  return published;
}

/** Retires a policy: versions in force are retired, open drafts discarded. */
export function retirePolicy(tx: ChangeTx, policyId: string, reason: string): PolicySummary {
  const before = mustGetPolicy(tx.db, policyId);
  requireActive(before);
  const versions = listVersionRows(tx.db, before.id);
  if (!versions.some((v) => v.approved_at !== null)) throw invalid('a policy that was never approved is deleted, not retired', ['policyId'], 'policy_never_approved');
  for (const version of versions) {
    if (version.status === 'draft' || version.status === 'in_review') {
      tx.audit(POLICY_VERSION_RECORD, version.id, versionAudit(tx.db, version), null);
      deleteVersionRow(tx.db, version.id);
      removeRecord(tx.db, POLICY_VERSION_RECORD, searchId(before.id, version.id));
    } else if (IN_FORCE.has(version.status)) {
      setVersionStatus(tx.db, version.id, 'retired', { ended_at: tx.at }, tx.at);
      tx.audit(POLICY_VERSION_RECORD, version.id, versionAudit(tx.db, version), versionAudit(tx.db, getVersionRow(tx.db, version.id)!));
      endVersionEvidence(tx, version.id, tx.at);
    }
  }
  const after: PolicyRow = { ...before, retired_at: tx.at, retired_reason: reason, updated_at: tx.at };
  updatePolicyRow(tx.db, after);
  tx.audit(POLICY_RECORD, before.id, policyAudit(before), policyAudit(after));
  reindex(tx.db, before.id);
  return toSummary(tx.db, after, calendarDateOf(tx.at));
}

/**
 * Regenerates a notice from the current inventory into its open draft, or into a new draft when
 * none is open. The new text and facts become the draft's generation baseline.
 */
export function regenerateNotice(tx: ChangeTx, policyId: string): PolicyVersion {
  const policy = mustGetPolicy(tx.db, policyId);
  requireActive(policy);
  const template = templateOf(policy.template_id);
  if (policy.kind !== 'privacy_notice' || !template) throw invalid('only a notice made from a template can be regenerated', ['policyId'], 'not_generated');
  const versions = listVersionRows(tx.db, policy.id);
  const open = openVersion(versions);
  if (open && open.status !== 'draft') throw invalid('a version is in review; return it to draft first', ['policyId'], 'draft_open');
  const draft = open ?? getVersionRow(tx.db, startDraft(tx, policy.id).id)!;
  const generated = generate(tx.db, policy, template, calendarDateOf(tx.at), draft.number);
  const after: VersionRow = {
    ...draft,
    markdown: generated.markdown,
    template_id: generated.templateId,
    generated_markdown: generated.markdown,
    facts: generated.facts,
    facts_hash: generated.factsHash,
    generated_at: tx.at,
    updated_at: tx.at,
  };
  updateDraftRow(tx.db, after);
  tx.audit(POLICY_VERSION_RECORD, after.id, versionAudit(tx.db, draft), versionAudit(tx.db, after));
  reindex(tx.db, policy.id);
  return toVersion(tx.db, after);
}

// -- people and acknowledgements ----------------------------------------------------------------

const ACKNOWLEDGEABLE = new Set(['approved', 'published']);

export function acknowledge(tx: ChangeTx, input: { policyId: string; versionId: string; personIds: string[]; acknowledgedOn?: string }): { recorded: number; alreadyAcknowledged: number } {
  const policy = mustGetPolicy(tx.db, input.policyId);
  requireActive(policy);
  const version = mustGetVersion(tx.db, policy.id, input.versionId);
  if (!ACKNOWLEDGEABLE.has(version.status)) throw invalid('only an approved or published version can be acknowledged', ['versionId'], 'version_not_acknowledgeable');
  const today = calendarDateOf(tx.at);
  if (input.acknowledgedOn && input.acknowledgedOn > today) throw invalid('an acknowledgement cannot be in the future', ['acknowledgedOn'], 'date_in_future');
  if (input.acknowledgedOn && version.approved_at && input.acknowledgedOn < calendarDateOf(version.approved_at)) {
    throw invalid('an acknowledgement cannot be earlier than the approval', ['acknowledgedOn'], 'before_approval');
  }
  const acknowledgedAt = input.acknowledgedOn && input.acknowledgedOn !== today ? `${input.acknowledgedOn}T12:00:00.000Z` : tx.at;
  let recorded = 0;
  let alreadyAcknowledged = 0;
  for (const [index, personId] of [...new Set(input.personIds)].entries()) {
    const person = getPerson(tx.db, personId);
    if (!person) throw new AppError('NOT_FOUND', 'no such person', { entity: PERSON_RECORD, id: personId, path: ['personIds', index] });
    if (hasAcknowledged(tx.db, version.id, personId)) {
      alreadyAcknowledged += 1;
      continue;
    }
    const id = randomUUID();
    insertAcknowledgement(tx.db, { id, versionId: version.id, personId, acknowledgedAt, recordedAt: tx.at });
    tx.audit(ACKNOWLEDGEMENT_RECORD, id, null, { policyId: policy.id, versionId: version.id, versionNumber: version.number, personId, person: person.name, acknowledgedAt });
    recorded += 1;
  }
  if (recorded === 0) tx.audit(ACKNOWLEDGEMENT_RECORD, version.id, null, { policyId: policy.id, versionId: version.id, recorded: 0, alreadyAcknowledged });
  return { recorded, alreadyAcknowledged };
}
