// Policies through the contract on a real SQLCipher workspace: creation from templates (notices
// filled from the inventory), the draft → review → approval → publication lifecycle with immutable,
// hashed approved versions, redlines, completeness overrides, drift, acknowledgements, evidence,
// agenda, search and the exports read back with independent tools.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import { renderPolicyHtml } from '../../shared/policies/markdown';
import type { ProcedureInput } from '../../shared/contract';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2026-06-15T10:00:00Z');
let clock = NOW;
let t: TestBackend;
let recoveryKey = '';
let workspacePath = '';

beforeEach(async () => {
  clock = NOW;
  t = testBackend({ now: () => clock });
  const created = await t.call('workspace.create', { directory: t.dir, name: 'Acme', passphrase: PASSPHRASE });
  recoveryKey = created.recoveryKey;
  workspacePath = created.path;
  await t.call('organisation.update', {
    legalName: 'Acme Analytics GmbH',
    tradingName: 'Acme',
    registeredAddress: 'Hauptstraße 1, 10115 Berlin',
    country: 'DE',
    industry: 'Software',
    employeeCount: 120,
    dpoName: 'Dana Schmidt',
    dpoEmail: 'dpo@acme.example',
    euRepresentative: '',
    jurisdictions: ['gdpr'],
  });
});

afterEach(async () => {
  await t.cleanup();
});

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function activityInput(overrides: Partial<ProcedureInput<'inventory.activities.create'>> = {}): ProcedureInput<'inventory.activities.create'> {
  return {
    name: 'Newsletter',
    purpose: 'Send product news to subscribers',
    role: 'controller',
    gdprBasis: 'a',
    gdprArt9Condition: null,
    piplBasis: null,
    separateConsent: false,
    ccpaBusinessPurpose: '',
    sold: false,
    shared: false,
    dataCategoryIds: [],
    subjectCategoryIds: [],
    systemIds: [],
    recipients: 'Mailing provider',
    retentionMonths: 24,
    deletionMethod: 'Deleted on unsubscribe',
    volumeEstimate: 2000,
    source: 'collected_from_subject',
    automatedDecisions: false,
    dpiaOverride: null,
    dpiaCompletedOn: null,
    pipiaOverride: null,
    pipiaCompletedOn: null,
    owner: 'Marketing',
    reviewDate: '2026-12-01',
    ...overrides,
  };
}

async function seedInventory() {
  const contact = await t.call('inventory.dataCategories.create', { name: 'Contact details', examples: 'Name, e-mail', sensitivity: ['ordinary'], systemIds: [] });
  const subscribers = await t.call('inventory.subjectCategories.create', { name: 'Subscribers', description: 'People who signed up', includesMinors: false });
  const activity = await t.call('inventory.activities.create', activityInput({ dataCategoryIds: [contact.id], subjectCategoryIds: [subscribers.id] }));
  return { contact, subscribers, activity };
}

function issuesOf(error: { details?: Record<string, unknown> }) {
  return (error.details?.issues ?? []) as { path: (string | number)[]; code: string }[];
}

async function events(entityType: string) {
  return (await t.call('audit.list', { limit: 500 })).filter((event) => event.entityType === entityType);
}

async function createPolicy(overrides: Partial<ProcedureInput<'policies.create'>> = {}) {
  return t.call('policies.create', {
    title: 'Information Security Policy',
    kind: 'policy',
    language: 'en',
    owner: 'CISO',
    reviewCycleMonths: 12,
    markdown: '# Information Security Policy\n\n## Scope\n\nAccess rights are reviewed every twelve months by the system owner.\n',
    ...overrides,
  });
}

async function approve(policyId: string, versionId: string, extra: Partial<ProcedureInput<'policies.approve'>> = {}) {
  await t.call('policies.submit', { policyId, versionId });
  return t.call('policies.approve', { policyId, versionId, approver: 'Chief Executive', ...extra });
}

function writeExport(base64: string | undefined, name: string): string {
  const file = join(t.dir, name);
  writeFileSync(file, Buffer.from(base64 ?? '', 'base64'));
  return file;
}

function docxText(file: string): string {
  // Every XML part must parse (Word refuses a file with one broken part); then the body's text.
  const script = [
    'import sys, zipfile, xml.dom.minidom',
    'z = zipfile.ZipFile(sys.argv[1])',
    '[xml.dom.minidom.parseString(z.read(n)) for n in z.namelist() if n.endswith(".xml") or n.endswith(".rels")]',
    'print(z.read("word/document.xml").decode("utf-8"))',
  ].join('\n');
  return execFileSync('python3', ['-c', script, file], { encoding: 'utf8' });
}

describe('policy lifecycle', () => {
  it('drafts, reviews, approves with a SHA-256, publishes and supersedes, with audit events', async () => {
    const created = await createPolicy();
    expect(created.policy).toMatchObject({ slug: 'information-security-policy', status: 'draft', currentVersion: null, nextReviewDate: null, drifted: false });
    const v1 = created.versions[0]!;
    expect(v1).toMatchObject({ number: 1, status: 'draft', sha256: null });

    const edited = '# Information Security Policy\n\n## Scope\n\nAccess rights are reviewed every six months by the system owner.\n';
    await t.call('policies.draft.save', { policyId: created.policy.id, versionId: v1.id, markdown: edited, changeNote: 'Tighter review' });
    const submitted = await t.call('policies.submit', { policyId: created.policy.id, versionId: v1.id });
    expect(submitted.status).toBe('in_review');
    // In review, the text is frozen until it is sent back.
    const frozen = await t.fail('policies.draft.save', { policyId: created.policy.id, versionId: v1.id, markdown: 'x' });
    expect(issuesOf(frozen)).toEqual([expect.objectContaining({ path: ['versionId'], code: 'version_not_draft' })]);

    clock = new Date('2026-06-16T09:30:00Z');
    const approved = await t.call('policies.approve', { policyId: created.policy.id, versionId: v1.id, approver: 'Chief Executive', note: 'Board minute 12' });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Chief Executive', approvedAt: '2026-06-16T09:30:00.000Z', sha256: sha256(edited), markdown: edited });

    // Approved text is immutable, through the contract …
    const locked = await t.fail('policies.draft.save', { policyId: created.policy.id, versionId: v1.id, markdown: 'tampered' });
    expect(issuesOf(locked)[0]?.code).toBe('version_not_draft');

    // … and a new draft starts from it.
    const v2 = await t.call('policies.draft.start', { policyId: created.policy.id });
    expect(v2).toMatchObject({ number: 2, status: 'draft', markdown: edited, sha256: null });
    const second = await t.fail('policies.draft.start', { policyId: created.policy.id });
    expect(issuesOf(second)[0]?.code).toBe('draft_open');

    await t.call('policies.publish', { policyId: created.policy.id, versionId: v1.id });
    await t.call('policies.draft.save', { policyId: created.policy.id, versionId: v2.id, markdown: `${edited}\n## Exceptions\n\nExceptions need the CISO's written approval.\n` });
    await approve(created.policy.id, v2.id);
    await t.call('policies.publish', { policyId: created.policy.id, versionId: v2.id });

    const detail = await t.call('policies.get', { id: 'information-security-policy' });
    expect(detail.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    expect(detail.policy).toMatchObject({ status: 'published', currentVersion: { number: 2 }, nextReviewDate: '2027-06-16', reviewOverdue: false });
    expect(detail.versions[1]!.endedAt).toBe('2026-06-16T09:30:00.000Z');

    const versionEvents = await events('policy_version');
    const approval = versionEvents.find((event) => event.procedure === 'policies.approve' && event.entityId === v1.id)!;
    expect(approval.summary.after).toMatchObject({ status: 'approved', approvedBy: 'Chief Executive', sha256: sha256(edited) });
    const save = versionEvents.find((event) => event.procedure === 'policies.draft.save' && event.entityId === v1.id)!;
    expect(save.summary.after).toMatchObject({ contentSha256: sha256(edited), changeNote: 'Tighter review' });
    // The trail records the text by its hash, not a copy of it.
    expect(JSON.stringify(versionEvents)).not.toContain('every six months');
  });

  it('refuses any change to an approved version even below the contract (database triggers)', async () => {
    const created = await createPolicy();
    const v1 = created.versions[0]!;
    await approve(created.policy.id, v1.id);
    await t.call('workspace.lock', { reason: 'manual' });
    const db = openSqlCipher(join(workspacePath, 'workspace.db'), recoveryKey.replace(/-/g, '').toLowerCase());
    try {
      expect(() => db.prepare('UPDATE policy_versions SET markdown = ? WHERE id = ?').run('tampered', v1.id)).toThrow(/immutable/);
      expect(() => db.prepare('UPDATE policy_versions SET sha256 = ? WHERE id = ?').run('0'.repeat(64), v1.id)).toThrow(/immutable/);
      expect(() => db.prepare('DELETE FROM policy_versions WHERE id = ?').run(v1.id)).toThrow(/cannot be deleted/);
      // Status changes (publication, supersession) remain possible.
      expect(() => db.prepare("UPDATE policy_versions SET status = 'published' WHERE id = ?").run(v1.id)).not.toThrow();
    } finally {
      db.close();
    }
  });

  it('sends a review back, discards drafts, deletes unapproved policies and retires approved ones', async () => {
    const created = await createPolicy();
    const v1 = created.versions[0]!;
    await t.call('policies.submit', { policyId: created.policy.id, versionId: v1.id });
    const back = await t.call('policies.returnToDraft', { policyId: created.policy.id, versionId: v1.id, note: 'Add a scope section' });
    expect(back).toMatchObject({ status: 'draft', submittedAt: null, changeNote: 'Add a scope section' });
    expect(issuesOf(await t.fail('policies.draft.discard', { policyId: created.policy.id, versionId: v1.id }))[0]?.code).toBe('first_version');
    expect(issuesOf(await t.fail('policies.retire', { policyId: created.policy.id, reason: 'Obsolete' }))[0]?.code).toBe('policy_never_approved');

    await approve(created.policy.id, v1.id);
    const v2 = await t.call('policies.draft.start', { policyId: created.policy.id });
    await t.call('policies.draft.discard', { policyId: created.policy.id, versionId: v2.id });
    expect((await t.call('policies.get', { id: created.policy.id })).versions).toHaveLength(1);
    expect(issuesOf(await t.fail('policies.delete', { id: created.policy.id }))[0]?.code).toBe('policy_approved');

    await t.call('policies.draft.start', { policyId: created.policy.id });
    const retired = await t.call('policies.retire', { policyId: created.policy.id, reason: 'Merged into the ISMS manual' });
    expect(retired).toMatchObject({ status: 'retired', retiredReason: 'Merged into the ISMS manual', nextReviewDate: null });
    const detail = await t.call('policies.get', { id: created.policy.id });
    expect(detail.versions.map((v) => v.status)).toEqual(['retired']);
    expect((await t.call('policies.list', { includeRetired: false })).map((p) => p.id)).not.toContain(created.policy.id);

    const other = await createPolicy({ title: 'Clean Desk Policy', markdown: '# Clean desk\n' });
    // Neither a retired policy nor one never approved is due for review.
    expect((await t.call('agenda.list', { until: '2030-12-31' })).filter((item) => item.kind === 'policy_review')).toEqual([]);
    await t.call('policies.delete', { id: other.policy.id });
    expect(await t.fail('policies.get', { id: other.policy.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('validates kinds, laws, templates and slugs with field-level issues', async () => {
    expect(issuesOf(await t.fail('policies.create', { title: 'Notice', kind: 'privacy_notice', language: 'en', owner: '' }))[0]).toMatchObject({ path: ['law'], code: 'law_required' });
    expect(issuesOf(await t.fail('policies.create', { title: 'P', kind: 'policy', law: 'gdpr', language: 'en', owner: '' }))[0]).toMatchObject({ path: ['law'], code: 'law_not_allowed' });
    expect(issuesOf(await t.fail('policies.create', { title: 'P', kind: 'policy', language: 'en', owner: '', templateId: 'no-such-template' }))[0]).toMatchObject({
      path: ['templateId'],
      code: 'unknown_template',
    });
    expect(issuesOf(await t.fail('policies.create', { title: 'P', kind: 'policy', language: 'en', owner: '', templateId: 'gdpr-privacy-notice' }))[0]).toMatchObject({
      path: ['templateId'],
      code: 'template_mismatch',
    });
    await createPolicy({ slug: 'isp' });
    expect(issuesOf(await t.fail('policies.create', { title: 'Other', kind: 'policy', language: 'en', owner: '', slug: 'isp' }))[0]).toMatchObject({ path: ['slug'], code: 'slug_taken' });
    // Titles without Latin letters still get a usable, unique slug.
    const zh = await createPolicy({ title: '信息安全方针', language: 'zh-CN', markdown: '# 信息安全方针\n' });
    expect(zh.policy.slug).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('redline', () => {
  it('returns word-level changes between any two versions', async () => {
    const created = await createPolicy();
    const v1 = created.versions[0]!;
    await approve(created.policy.id, v1.id);
    const v2 = await t.call('policies.draft.start', { policyId: created.policy.id });
    await t.call('policies.draft.save', {
      policyId: created.policy.id,
      versionId: v2.id,
      markdown: '# Information Security Policy\n\n## Scope\n\nAccess rights are reviewed every six months by the information owner.\n',
    });
    const diff = await t.call('policies.redline', { policyId: created.policy.id, fromVersionId: v1.id, toVersionId: v2.id });
    expect(diff.ops.filter((op) => op.type !== 'equal')).toEqual([
      { type: 'delete', text: 'twelve' },
      { type: 'insert', text: 'six' },
      { type: 'delete', text: 'system' },
      { type: 'insert', text: 'information' },
    ]);
    expect(diff).toMatchObject({ inserted: 2, deleted: 2, from: { number: 1, label: 'Version 1 (Approved)' }, to: { number: 2, label: 'Version 2 (Draft)' } });

    const pdf = await t.call('policies.redline.export', { policyId: created.policy.id, fromVersionId: v1.id, toVersionId: v2.id });
    const text = execFileSync('pdftotext', ['-layout', writeExport(pdf.base64, pdf.fileName), '-'], { encoding: 'utf8' });
    expect(pdf.fileName).toBe('information-security-policy-redline-v1-v2.pdf');
    expect(text).toContain('Version 1 → version 2');
    expect(text).toContain('2 words inserted');
    expect(text).toMatch(/twelve\s*six/);
  });
});

describe('privacy notices from the inventory', () => {
  it('fills the first draft from the inventory and the organisation profile', async () => {
    const { contact, activity } = await seedInventory();
    const created = await t.call('policies.create', { title: 'Privacy notice', kind: 'privacy_notice', language: 'en', owner: 'DPO', templateId: 'gdpr-privacy-notice' });
    expect(created.policy).toMatchObject({ law: 'gdpr', standard: 'gdpr', templateId: 'gdpr-privacy-notice' });
    const version = await t.call('policies.versions.get', { policyId: created.policy.id, versionId: created.versions[0]!.id });
    expect(version.templateId).toBe('gdpr-privacy-notice');
    expect(version.markdown).toContain('Acme Analytics GmbH');
    expect(version.markdown).toContain(contact.name);
    expect(version.markdown).toContain(activity.name);
    // User-entered values are escaped in the Markdown and read normally once rendered.
    expect(renderPolicyHtml(version.markdown)).toContain('dpo@acme.example');
    // Every placeholder was filled.
    expect(version.markdown).not.toMatch(/\{\{\s*[a-z]/i);

    const checklist = await t.call('policies.completeness', { policyId: created.policy.id, versionId: version.id });
    expect(checklist).toMatchObject({ law: 'gdpr', standard: 'gdpr' });
    expect(checklist!.items.length).toBeGreaterThan(5);
    expect(checklist!.items.every((item) => item.labelKey.startsWith('policyTemplates:'))).toBe(true);

    const plain = await createPolicy();
    expect(await t.call('policies.completeness', { policyId: plain.policy.id, versionId: plain.versions[0]!.id })).toBeNull();
  });

  it('requires an override with a reason to approve a notice with missing items, and records it', async () => {
    const created = await t.call('policies.create', {
      title: 'Short notice',
      kind: 'privacy_notice',
      law: 'gdpr',
      language: 'en',
      owner: 'DPO',
      markdown: '# Privacy notice\n\nWe process your data.\n',
    });
    const v1 = created.versions[0]!;
    const checklist = await t.call('policies.completeness', { policyId: created.policy.id, versionId: v1.id });
    expect(checklist!.complete).toBe(false);
    expect(checklist!.missing.length).toBeGreaterThan(0);

    await t.call('policies.submit', { policyId: created.policy.id, versionId: v1.id });
    const refused = await t.fail('policies.approve', { policyId: created.policy.id, versionId: v1.id, approver: 'DPO' });
    expect(issuesOf(refused)).toEqual([expect.objectContaining({ path: ['override'], code: 'completeness_override_required' })]);
    expect(refused.details?.missing).toEqual(checklist!.missing);
    expect(await t.fail('policies.approve', { policyId: created.policy.id, versionId: v1.id, approver: 'DPO', override: { reason: '  ' } })).toMatchObject({ code: 'INVALID_INPUT' });

    const approved = await t.call('policies.approve', { policyId: created.policy.id, versionId: v1.id, approver: 'DPO', override: { reason: 'Interim notice until the launch' } });
    expect(approved.completenessOverride).toEqual({ reason: 'Interim notice until the launch', missing: checklist!.missing });
    const event = (await events('policy_version')).find((e) => e.procedure === 'policies.approve')!;
    expect(event.summary.after).toMatchObject({ completenessOverride: { reason: 'Interim notice until the launch', missing: checklist!.missing } });
  });

  it('flags drift when the inventory changes after approval and regenerates the notice', async () => {
    const { contact } = await seedInventory();
    const created = await t.call('policies.create', { title: 'Privacy notice', kind: 'privacy_notice', language: 'en', owner: 'DPO', templateId: 'gdpr-privacy-notice' });
    const v1 = created.versions[0]!;
    await approve(created.policy.id, v1.id, { override: { reason: 'Accepted as generated' } });
    await t.call('policies.publish', { policyId: created.policy.id, versionId: v1.id });
    expect((await t.call('policies.notice.drift', { policyId: created.policy.id })).drifted).toBe(false);

    // A change that the notice does not show is not drift … (the next day, so dates differ too)
    clock = new Date('2026-06-20T10:00:00Z');
    await t.call('inventory.systems.create', {
      name: 'CRM',
      owner: 'Sales',
      type: 'SaaS',
      hosting: 'saas',
      country: 'IE',
      vendorId: null,
      encryptionAtRest: true,
      encryptionInTransit: 'TLS 1.2+',
      mfaEnforced: true,
      roleBasedAccess: true,
      logging: true,
      dataResidency: 'IE',
    });
    expect((await t.call('policies.list', {})).find((p) => p.id === created.policy.id)?.drifted).toBe(false);

    // … a new data category in a purpose is.
    const health = await t.call('inventory.dataCategories.create', { name: 'Dietary preferences', examples: 'Allergies for event catering', sensitivity: ['gdpr_art9'], systemIds: [] });
    await t.call('inventory.activities.create', activityInput({ name: 'Event catering', purpose: 'Cater for customer events', gdprArt9Condition: 'a', dataCategoryIds: [health.id, contact.id] }));
    const summary = (await t.call('policies.list', {})).find((p) => p.id === created.policy.id)!;
    expect(summary.drifted).toBe(true);
    const drift = await t.call('policies.notice.drift', { policyId: created.policy.id });
    expect(drift).toMatchObject({ drifted: true, version: { id: v1.id, number: 1 } });
    expect(drift.ops.filter((op) => op.type === 'insert').map((op) => op.text).join(' ')).toContain('Dietary');
    expect(drift.inserted).toBeGreaterThan(0);

    const regenerated = await t.call('policies.notice.regenerate', { policyId: created.policy.id });
    expect(regenerated).toMatchObject({ number: 2, status: 'draft' });
    expect(regenerated.markdown).toContain('Dietary preferences');
    // Drift is about the version in force until the new one is approved.
    expect((await t.call('policies.notice.drift', { policyId: created.policy.id })).drifted).toBe(true);
    await approve(created.policy.id, regenerated.id, { override: { reason: 'Accepted as generated' } });
    await t.call('policies.publish', { policyId: created.policy.id, versionId: regenerated.id });
    expect((await t.call('policies.notice.drift', { policyId: created.policy.id })).drifted).toBe(false);
  });
});

describe('evidence, agenda and search', () => {
  it('links approved versions to the policy controls and the template controls, ending them when superseded', async () => {
    const created = await t.call('policies.create', { title: 'Backup Policy', kind: 'policy', language: 'en', owner: 'IT', templateId: 'backup-policy' });
    const v1 = created.versions[0]!;
    expect(created.controls).toEqual(expect.arrayContaining([{ framework: 'iso27001', controlId: 'A.5.1' }, { framework: 'iso27001', controlId: 'A.8.13' }]));
    await approve(created.policy.id, v1.id);
    await t.call('policies.publish', { policyId: created.policy.id, versionId: v1.id });
    for (const [framework, controlId] of [
      ['iso27001', 'A.5.1'],
      ['iso27001', 'A.5.37'],
      ['soc2', 'CC5.3'],
      ['iso27001', 'A.8.13'],
    ] as const) {
      const links = await t.call('evidence.forControl', { framework, controlId, includeCrosswalk: false });
      expect(links).toEqual([expect.objectContaining({ source: { kind: 'record', recordType: 'policy_version', recordId: v1.id, label: 'Backup Policy v1' }, effectiveDate: '2026-06-15', expiryDate: null })]);
    }
    clock = new Date('2026-09-01T10:00:00Z');
    const v2 = await t.call('policies.draft.start', { policyId: created.policy.id });
    await approve(created.policy.id, v2.id);
    await t.call('policies.publish', { policyId: created.policy.id, versionId: v2.id });
    const links = await t.call('evidence.forControl', { framework: 'iso27001', controlId: 'A.5.1', includeCrosswalk: false });
    expect(links.map((link) => [link.source.kind === 'record' ? link.source.recordId : '', link.expiryDate])).toEqual(
      expect.arrayContaining([
        [v1.id, '2026-09-01'],
        [v2.id, null],
      ]),
    );
  });

  it('puts the next review on the agenda and finds policies by their text', async () => {
    const created = await createPolicy({ reviewCycleMonths: 6 });
    await approve(created.policy.id, created.versions[0]!.id);
    const agenda = await t.call('agenda.list', { until: '2027-12-31' });
    expect(agenda).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: `policy_review:${created.policy.id}`,
          kind: 'policy_review',
          due: '2026-12-15',
          link: { screen: 'policies', params: { id: created.policy.id, versionId: created.versions[0]!.id } },
        }),
      ]),
    );
    await t.call('policies.update', { id: created.policy.id, policy: { title: 'Information Security Policy', owner: 'CISO', reviewCycleMonths: 6, nextReviewDate: '2026-06-01' } });
    const overdue = (await t.call('policies.list', {})).find((p) => p.id === created.policy.id)!;
    expect(overdue).toMatchObject({ nextReviewDate: '2026-06-01', reviewOverdue: true });

    const v2 = await t.call('policies.draft.start', { policyId: created.policy.id });
    await t.call('policies.draft.save', { policyId: created.policy.id, versionId: v2.id, markdown: '# Information Security Policy\n\nTelework requires a hardened laptop.\n' });
    const hits = await t.call('search.query', { q: 'telework' });
    expect(hits).toEqual([expect.objectContaining({ entityType: 'policy_version', link: { screen: 'policies', params: { id: created.policy.id, versionId: v2.id } } })]);

    // Approving the revision is the review: the date set by hand gives way to approval + cycle.
    clock = new Date('2026-07-01T10:00:00Z');
    await approve(created.policy.id, v2.id);
    expect((await t.call('policies.list', {})).find((p) => p.id === created.policy.id)).toMatchObject({ nextReviewDate: '2027-01-01', reviewOverdue: false });
  });
});

describe('acknowledgements', () => {
  it('records who acknowledged which version, lists who is pending and exports CSV and XLSX', async () => {
    const created = await createPolicy();
    const v1 = created.versions[0]!;
    const ana = await t.call('training.people.create', { name: 'Ana Pérez', email: 'ana@acme.example', department: 'Sales' });
    const li = await t.call('training.people.create', { name: '李伟', email: 'li.wei@acme.example', department: '上海办公室' });
    const bo = await t.call('training.people.create', { name: 'Bo Jensen', email: '', department: 'Finance' });

    expect(issuesOf(await t.fail('policies.acknowledge', { policyId: created.policy.id, versionId: v1.id, personIds: [ana.id] }))[0]?.code).toBe('version_not_acknowledgeable');
    await approve(created.policy.id, v1.id);
    await t.call('policies.publish', { policyId: created.policy.id, versionId: v1.id });
    expect(issuesOf(await t.fail('policies.acknowledge', { policyId: created.policy.id, versionId: v1.id, personIds: [ana.id], acknowledgedOn: '2026-07-01' }))[0]).toMatchObject({
      path: ['acknowledgedOn'],
      code: 'date_in_future',
    });
    expect(await t.call('policies.acknowledge', { policyId: created.policy.id, versionId: v1.id, personIds: [ana.id, li.id] })).toEqual({ recorded: 2, alreadyAcknowledged: 0 });
    expect(await t.call('policies.acknowledge', { policyId: created.policy.id, versionId: v1.id, personIds: [li.id] })).toEqual({ recorded: 0, alreadyAcknowledged: 1 });

    const list = await t.call('policies.acknowledgements.list', { policyId: created.policy.id });
    expect(list.acknowledgements.map((a) => [a.name, a.versionNumber, a.acknowledgedAt])).toEqual(
      expect.arrayContaining([
        ['Ana Pérez', 1, NOW.toISOString()],
        ['李伟', 1, NOW.toISOString()],
      ]),
    );
    expect(list.pending.map((p) => p.name)).toEqual(['Bo Jensen']);
    expect((await t.call('policies.get', { id: created.policy.id })).versions[0]!.acknowledgements).toBe(2);
    expect(issuesOf(await t.fail('training.people.delete', { id: ana.id }))[0]?.code).toBe('person_has_acknowledgements');
    await t.call('training.people.delete', { id: bo.id });
    expect((await events('policy_acknowledgement')).length).toBe(3);

    const csv = await t.call('policies.acknowledgements.export', { policyId: created.policy.id, format: 'csv' });
    const parsed = Papa.parse<string[]>(readFileSync(writeExport(csv.base64, csv.fileName), 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(['Name', 'E-mail', 'Department', 'Version', 'Acknowledged on']);
    expect(parsed.data.slice(1)).toEqual(
      expect.arrayContaining([
        ['Ana Pérez', 'ana@acme.example', 'Sales', '1', '2026-06-15'],
        ['李伟', 'li.wei@acme.example', '上海办公室', '1', '2026-06-15'],
      ]),
    );

    const xlsx = await t.call('policies.acknowledgements.export', { policyId: created.policy.id, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(writeExport(xlsx.base64, xlsx.fileName));
    const sheet = workbook.worksheets[0]!;
    const values: string[] = [];
    sheet.eachRow((row) => values.push(JSON.stringify(row.values)));
    expect(values.join('\n')).toContain('李伟');
    expect(values.join('\n')).toContain('ana@acme.example');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Acknowledgements', 'Not yet acknowledged']);
  });
});

describe('exports', () => {
  const richMarkdown = [
    '# 信息安全方针',
    '',
    '## 1. 目的',
    '',
    '本方针规定了**上海办公室**处理个人信息的*基本要求*，并适用于全体员工。',
    '',
    '- 访问权限每六个月复核一次',
    '- 笔记本电脑必须启用全盘加密',
    '',
    '| 数据类别 | 保存期限 |',
    '|---|---|',
    '| 人事档案 | 六年 |',
    '',
    '<script>alert(1)</script> [链接](javascript:alert(1))',
  ].join('\n');

  it('exports a Chinese version as PDF with its cover and SHA-256, as DOCX and as Markdown', async () => {
    await t.call('workspace.settings.update', { language: 'en' });
    const created = await createPolicy({ title: '信息安全方针', language: 'zh-CN', owner: '首席信息安全官', markdown: richMarkdown });
    const v1 = created.versions[0]!;
    const approved = await approve(created.policy.id, v1.id, { approver: '李伟' });

    const pdf = await t.call('policies.export', { policyId: created.policy.id, format: 'pdf' });
    expect(pdf).toMatchObject({ mimeType: 'application/pdf' });
    const pdfFile = writeExport(pdf.base64, pdf.fileName);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    // Cover: in the policy's language, with approver, date and hash.
    expect(text).toContain('制度');
    expect(text).toContain('批准人');
    expect(text).toContain('李伟');
    expect(text).toContain('2026年6月15日');
    expect(text).toContain(approved.sha256!);
    // Body: headings, emphasis, lists and the table, with Chinese intact.
    expect(text).toContain('1. 目的');
    expect(text).toContain('上海办公室处理个人信息的基本要求');
    expect(text).toContain('笔记本电脑必须启用全盘加密');
    expect(text).toMatch(/人事档案\s+六年/);
    // The hostile line is inert text, not a script or a link.
    expect(text).toContain('<script>alert(1)</script>');
    expect(readFileSync(pdfFile).toString('latin1')).not.toMatch(/javascript:/i);
    expect(execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' })).toMatch(/NotoSansSC/);

    const docx = await t.call('policies.export', { policyId: created.policy.id, versionId: v1.id, format: 'docx' });
    const xml = docxText(writeExport(docx.base64, docx.fileName));
    expect(docx.fileName).toBe(`${created.policy.slug}-v1.docx`);
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain('上海办公室');
    expect(xml).toContain('<w:b/>');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain(approved.sha256!);
    expect(xml).not.toContain('javascript:');

    // Chinese policy text is found by a Chinese query.
    expect(await t.call('search.query', { q: '全盘加密' })).toEqual([expect.objectContaining({ entityType: 'policy_version', title: '信息安全方针' })]);

    const md = await t.call('policies.export', { policyId: created.policy.id, format: 'md' });
    expect(Buffer.from(md.base64!, 'base64').toString('utf8')).toBe(richMarkdown);
    expect(sha256(Buffer.from(md.base64!, 'base64').toString('utf8'))).toBe(approved.sha256);
  });

  it('writes to a destination and marks a draft as not in force', async () => {
    const created = await createPolicy();
    const result = await t.call('policies.export', { policyId: created.policy.id, format: 'pdf', destination: t.dir });
    expect(result.path).toBe(join(t.dir, 'information-security-policy-v1.pdf'));
    const text = execFileSync('pdftotext', [result.path!, '-'], { encoding: 'utf8' });
    expect(text).toContain('This version is not approved and is not in force.');
    expect(text).toContain('Not approved');
    expect(text).toContain('Access rights are reviewed every twelve months');
  });
});
