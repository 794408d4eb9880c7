// Incident runbooks and drills through the contract, on a real SQLCipher workspace: a runbook made
// from a template in either language, draft checks, approval freezing the content with the SHA-256 of
// its canonical JSON (and database triggers below the contract), new versions superseding old ones,
// the checklist other areas copy, drills with timings against targets, findings and actions, the
// agenda (drill due after 12 months, open actions) and default evidence links.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/contract';
import type { RunbookContent } from '../../shared/contract/areas/runbooks';
import { runbookStepsForChecklist } from '../../electron/backend/runbooks/runbook-checklist';
import { openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

let clock = new Date('2026-03-03T10:00:00Z');
let t: TestBackend;
let recoveryKey = '';
let workspacePath = '';

beforeEach(async () => {
  clock = new Date('2026-03-03T10:00:00Z');
  t = testBackend({ now: () => clock });
  const created = await t.call('workspace.create', { directory: t.dir, name: 'Acme', passphrase: PASSPHRASE });
  recoveryKey = created.recoveryKey;
  workspacePath = created.path;
});

afterEach(async () => {
  await t.cleanup();
});

/** Sorted-key JSON written independently of the app's own function. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${sortedJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function fromTemplate(templateId = 'ransomware', language: 'en' | 'zh-CN' = 'en') {
  return t.call('runbooks.create', { owner: 'CISO', language, templateId });
}

async function draftOf(runbookId: string, versionId: string) {
  return t.call('runbooks.versions.get', { runbookId, versionId });
}

async function approve(runbookId: string, versionId: string, approver = 'Chief Executive') {
  return t.call('runbooks.approve', { runbookId, versionId, approver });
}

function drill(runbookId: string, versionId: string, overrides: Partial<ProcedureInput<'runbooks.drills.create'>> = {}): ProcedureInput<'runbooks.drills.create'> {
  return {
    runbookId,
    versionId,
    heldOn: '2026-03-01',
    kind: 'tabletop',
    scenario: 'File servers encrypted on a Friday night; ransom note on the shares.',
    participantIds: [],
    externalParticipants: ['Breach coach (insurer)'],
    timings: [],
    findings: [],
    summary: '',
    ...overrides,
  };
}

describe('runbooks from templates', () => {
  it('lists six templates in both languages and creates a runbook in the chosen language', async () => {
    const templates = await t.call('runbooks.templates', {});
    expect(templates.map((template) => template.id)).toEqual(['personal-data-breach', 'ransomware', 'lost-device', 'misdirected-email', 'vendor-breach', 'insider-misuse']);
    for (const template of templates) {
      expect(template.title.en).not.toBe(template.title['zh-CN']);
      expect(template.stepCount).toBeGreaterThanOrEqual(7);
    }

    const en = await fromTemplate('personal-data-breach', 'en');
    expect(en.runbook).toMatchObject({ ref: 'RB-001', title: 'Personal-data breach', status: 'draft', currentVersion: null, drillDueOn: null, language: 'en' });
    const content = (await draftOf(en.runbook.id, en.versions[0]!.id)).content;
    expect(content.roles.map((role) => role.role)).toEqual(['incident_lead', 'it', 'security', 'legal', 'communications', 'dpo']);
    const notify = content.steps.find((step) => step.id === 'notify-authority')!;
    expect(notify).toMatchObject({ role: 'dpo', targetMinutes: 72 * 60 });
    expect(notify.instructions).toMatch(/Art 33/);
    expect(notify.instructions).toMatch(/Art 57/);
    const scope = content.steps.find((step) => step.id === 'scope')!;
    expect(scope.decision).toEqual({ question: 'Is personal data involved?', options: [expect.objectContaining({ goTo: 'assess-risk' }), expect.objectContaining({ goTo: null })] });
    expect(content.contacts.filter((contact) => contact.external).length).toBeGreaterThanOrEqual(4);

    const zh = await fromTemplate('personal-data-breach', 'zh-CN');
    expect(zh.runbook).toMatchObject({ ref: 'RB-002', title: '个人信息泄露事件', language: 'zh-CN' });
    const zhContent = (await draftOf(zh.runbook.id, zh.versions[0]!.id)).content;
    // The same steps, roles, targets and decisions in Chinese.
    expect(zhContent.steps.map((step) => [step.id, step.role, step.targetMinutes])).toEqual(content.steps.map((step) => [step.id, step.role, step.targetMinutes]));
    expect(zhContent.steps.find((step) => step.id === 'notify-authority')!.instructions).toMatch(/第五十七条/);

    const blank = await t.call('runbooks.create', { title: 'DDoS', owner: '', language: 'en', templateId: null });
    expect((await draftOf(blank.runbook.id, blank.versions[0]!.id)).content).toEqual({ scope: '', roles: [], steps: [], contacts: [] });
    const untitled = await t.fail('runbooks.create', { owner: '', language: 'en', templateId: null });
    expect(untitled.details?.issues).toEqual([expect.objectContaining({ path: ['title'], code: 'required' })]);
    const unknown = await t.fail('runbooks.create', { owner: '', language: 'en', templateId: 'earthquake' });
    expect(unknown.details?.issues).toEqual([expect.objectContaining({ path: ['templateId'], code: 'unknown_template' })]);
  });

  it('checks a draft: roles assigned, unique step ids, decisions leading to steps of the runbook', async () => {
    const created = await fromTemplate();
    const version = await draftOf(created.runbook.id, created.versions[0]!.id);
    const save = (content: RunbookContent) => t.fail('runbooks.draft.save', { runbookId: created.runbook.id, versionId: version.id, content });
    const withoutLegal: RunbookContent = { ...version.content, roles: version.content.roles.filter((role) => role.role !== 'legal') };
    const legalStep = version.content.steps.findIndex((step) => step.role === 'legal');
    expect((await save(withoutLegal)).details?.issues).toEqual([expect.objectContaining({ path: ['content', 'steps', legalStep, 'role'], code: 'role_unassigned' })]);
    const decisionIndex = version.content.steps.findIndex((step) => step.decision);
    const steps = version.content.steps.map((step, index) => (index === decisionIndex ? { ...step, decision: { ...step.decision!, options: [step.decision!.options[0]!, { answer: 'Maybe', goTo: 'nowhere' }] } } : step));
    expect((await save({ ...version.content, steps })).details?.issues).toEqual([
      expect.objectContaining({ path: ['content', 'steps', decisionIndex, 'decision', 'options', 1, 'goTo'], code: 'decision_target_unknown' }),
    ]);
    const duplicate = [...version.content.steps, { ...version.content.steps[0]! }];
    expect((await save({ ...version.content, steps: duplicate })).details?.issues).toEqual([expect.objectContaining({ path: ['content', 'steps', duplicate.length - 1, 'id'], code: 'step_id_duplicate' })]);
    const badId = await t.fail('runbooks.draft.save', { runbookId: created.runbook.id, versionId: version.id, content: { ...version.content, steps: [{ ...version.content.steps[0]!, id: 'Bad Id' }] } });
    expect(badId.code).toBe('INVALID_INPUT');

    // A valid reorder is saved and audited by hash.
    const reordered = { ...version.content, steps: [version.content.steps[1]!, version.content.steps[0]!, ...version.content.steps.slice(2)] };
    const saved = await t.call('runbooks.draft.save', { runbookId: created.runbook.id, versionId: version.id, content: reordered, changeNote: 'Activate before isolating' });
    expect(saved.content.steps.slice(0, 2).map((step) => step.id)).toEqual(['activate', 'isolate']);
    const events = (await t.call('audit.list', { limit: 20 })).filter((event) => event.procedure === 'runbooks.draft.save');
    expect(events).toHaveLength(1);
    expect(events[0]!.summary.after).toMatchObject({ contentSha256: sha256(sortedJson(reordered)), changeNote: 'Activate before isolating' });
  });
});

describe('approval and versions', () => {
  it('freezes an approved version with the SHA-256 of its canonical JSON, supersedes it with the next one and moves the evidence', async () => {
    const created = await fromTemplate();
    const v1 = await draftOf(created.runbook.id, created.versions[0]!.id);
    const approved = await approve(created.runbook.id, v1.id);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Chief Executive', approvedAt: '2026-03-03T10:00:00.000Z', sha256: sha256(sortedJson(v1.content)) });

    // Through the contract: an approved version cannot be saved, discarded or approved again.
    const save = await t.fail('runbooks.draft.save', { runbookId: created.runbook.id, versionId: v1.id, content: v1.content });
    expect(save.details?.issues).toEqual([expect.objectContaining({ path: ['versionId'], code: 'version_not_draft' })]);
    expect((await t.fail('runbooks.delete', { id: created.runbook.id })).details?.issues).toEqual([expect.objectContaining({ code: 'runbook_approved' })]);

    for (const [framework, controlId] of [
      ['iso27001', 'A.5.24'],
      ['iso27001', 'A.5.26'],
      ['soc2', 'CC7.3'],
      ['soc2', 'CC7.4'],
    ] as const) {
      const links = await t.call('evidence.forControl', { framework, controlId, includeCrosswalk: false });
      expect(links).toEqual([expect.objectContaining({ source: { kind: 'record', recordType: 'runbook_version', recordId: v1.id, label: 'RB-001 Ransomware v1' }, effectiveDate: '2026-03-03', expiryDate: null })]);
    }

    clock = new Date('2026-06-10T09:00:00Z');
    const v2 = await t.call('runbooks.draft.start', { runbookId: created.runbook.id });
    expect(v2).toMatchObject({ number: 2, status: 'draft', content: v1.content });
    expect((await t.fail('runbooks.draft.start', { runbookId: created.runbook.id })).details?.issues).toEqual([expect.objectContaining({ code: 'draft_open' })]);
    const content = { ...v2.content, contacts: [...v2.content.contacts, { name: 'Garda National Cyber Crime Bureau', role: 'Law enforcement', phone: '+353 1 000 0000', email: '', external: true }] };
    await t.call('runbooks.draft.save', { runbookId: created.runbook.id, versionId: v2.id, content });
    // The checklist still gives v1 while v2 is a draft.
    expect((await t.call('runbooks.checklist', { runbookId: created.runbook.id }))!.versionId).toBe(v1.id);
    await approve(created.runbook.id, v2.id, 'Board of directors');

    const detail = await t.call('runbooks.get', { id: created.runbook.id });
    expect(detail.versions.map((v) => [v.number, v.status, v.supersededAt])).toEqual([
      [2, 'approved', null],
      [1, 'superseded', '2026-06-10T09:00:00.000Z'],
    ]);
    expect(detail.versions[0]!.sha256).toBe(sha256(sortedJson(content)));
    expect(detail.runbook.currentVersion).toMatchObject({ id: v2.id, number: 2 });
    const links = await t.call('evidence.forControl', { framework: 'iso27001', controlId: 'A.5.24', includeCrosswalk: false });
    expect(links.map((link) => [link.source.kind === 'record' ? link.source.recordId : '', link.expiryDate])).toEqual(
      expect.arrayContaining([
        [v1.id, '2026-06-10'],
        [v2.id, null],
      ]),
    );

    // The checklist other areas copy: the approved version's steps in order.
    const checklist = await t.call('runbooks.checklist', { runbookId: created.runbook.id });
    expect(checklist).toMatchObject({ runbookId: created.runbook.id, versionId: v2.id, versionNumber: 2 });
    expect(checklist!.steps[0]).toEqual({ id: 'isolate', order: 1, title: 'Isolate affected systems', role: 'it', targetMinutes: 30, decision: null });
    expect(checklist!.steps.find((step) => step.id === 'personal-data')!.decision!.options.map((o) => o.goTo)).toEqual(['breach-notification', 'law-enforcement']);
    // The function itself gives null for an unknown runbook or one never approved.
    const blank = await t.call('runbooks.create', { title: 'DDoS', owner: '', language: 'en', templateId: null });
    expect(await t.call('runbooks.checklist', { runbookId: blank.runbook.id })).toBeNull();
    expect((await t.fail('runbooks.checklist', { runbookId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });

  it('refuses any change to an approved version below the contract (database triggers)', async () => {
    const created = await fromTemplate('lost-device');
    const v1 = created.versions[0]!;
    await approve(created.runbook.id, v1.id);
    await t.call('workspace.lock', { reason: 'manual' });
    const db = openSqlCipher(join(workspacePath, 'workspace.db'), recoveryKey.replace(/-/g, '').toLowerCase());
    try {
      const stored = db.prepare<[string], { content: string; sha256: string }>('SELECT content, sha256 FROM runbook_versions WHERE id = ?').get(v1.id)!;
      // The stored content is exactly the bytes that were hashed.
      expect(sha256(stored.content)).toBe(stored.sha256);
      expect(stored.content).toBe(sortedJson(JSON.parse(stored.content)));
      expect(runbookStepsForChecklist(db, created.runbook.id)!.steps.map((step) => step.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(runbookStepsForChecklist(db, '00000000-0000-4000-8000-000000000000')).toBeNull();
      expect(() => db.prepare('UPDATE runbook_versions SET content = ? WHERE id = ?').run('{"scope":"tampered","roles":[],"steps":[],"contacts":[]}', v1.id)).toThrow(/immutable/);
      expect(() => db.prepare('UPDATE runbook_versions SET sha256 = ? WHERE id = ?').run('0'.repeat(64), v1.id)).toThrow(/immutable/);
      expect(() => db.prepare('UPDATE runbook_versions SET approved_by = ? WHERE id = ?').run('Someone else', v1.id)).toThrow(/immutable/);
      expect(() => db.prepare("UPDATE runbook_versions SET status = 'draft' WHERE id = ?").run(v1.id)).toThrow(/superseded/);
      expect(() => db.prepare('DELETE FROM runbook_versions WHERE id = ?').run(v1.id)).toThrow(/cannot be deleted/);
      expect(() => db.prepare("UPDATE runbook_versions SET status = 'superseded', superseded_at = '2026-03-04T00:00:00Z' WHERE id = ?").run(v1.id)).not.toThrow();
      expect(() => db.prepare("UPDATE runbook_versions SET status = 'approved' WHERE id = ?").run(v1.id)).toThrow(/superseded/);
    } finally {
      db.close();
    }
  });

  it('discards later drafts and deletes runbooks that were never approved, auditing each', async () => {
    const created = await fromTemplate('misdirected-email');
    const v1 = created.versions[0]!;
    expect((await t.fail('runbooks.draft.discard', { runbookId: created.runbook.id, versionId: v1.id })).details?.issues).toEqual([expect.objectContaining({ code: 'runbook_first_version' })]);
    await approve(created.runbook.id, v1.id);
    const v2 = await t.call('runbooks.draft.start', { runbookId: created.runbook.id });
    await t.call('runbooks.draft.discard', { runbookId: created.runbook.id, versionId: v2.id });
    expect((await t.call('runbooks.get', { id: created.runbook.id })).versions).toHaveLength(1);
    const other = await fromTemplate('insider-misuse');
    await t.call('runbooks.delete', { id: other.runbook.id });
    expect((await t.call('runbooks.list', {})).map((r) => r.id)).toEqual([created.runbook.id]);
    const procedures = (await t.call('audit.list', { limit: 100 })).map((event) => event.procedure);
    expect(procedures).toEqual(expect.arrayContaining(['runbooks.create', 'runbooks.approve', 'runbooks.draft.start', 'runbooks.draft.discard', 'runbooks.delete']));
  });
});

describe('drills', () => {
  it('compares measured times with the targets of the version drilled, and keeps findings and actions', async () => {
    const ana = await t.call('training.people.create', { name: 'Ana Lead', email: '', department: 'Security' });
    const ben = await t.call('training.people.create', { name: 'Ben IT', email: '', department: 'IT' });
    const created = await fromTemplate();
    const v1 = created.versions[0]!;
    // A draft cannot be drilled.
    expect((await t.fail('runbooks.drills.create', drill(created.runbook.id, v1.id))).details?.issues).toEqual([expect.objectContaining({ path: ['versionId'], code: 'drill_version_not_approved' })]);
    await approve(created.runbook.id, v1.id);

    const recorded = await t.call(
      'runbooks.drills.create',
      drill(created.runbook.id, v1.id, {
        participantIds: [ben.id, ana.id],
        timings: [
          { stepId: 'isolate', actualMinutes: 45, note: 'Waited for the on-call engineer' },
          { stepId: 'activate', actualMinutes: 60, note: '' },
          { stepId: 'forensics', actualMinutes: 200, note: '' },
        ],
        findings: [
          { description: 'Insurer hotline number in the runbook was out of date.', action: { description: 'Update the insurer contact', owner: 'Ana Lead', dueDate: '2026-03-20', status: 'open' } },
          { description: 'Out-of-band channel worked well.', action: null },
        ],
      }),
    );
    expect(recorded).toMatchObject({ ref: 'DRL-2026-01', versionNumber: 1, runbookTitle: 'Ransomware', overTargetCount: 1, openActions: 1, externalParticipants: ['Breach coach (insurer)'] });
    expect(recorded.participants.map((p) => p.name)).toEqual(['Ana Lead', 'Ben IT']);
    const byStep = Object.fromEntries(recorded.timings.map((row) => [row.stepId, row]));
    expect(byStep.isolate).toMatchObject({ order: 1, targetMinutes: 30, actualMinutes: 45, deltaMinutes: 15, overTarget: true });
    expect(byStep.activate).toMatchObject({ targetMinutes: 60, actualMinutes: 60, deltaMinutes: 0, overTarget: false });
    expect(byStep.forensics).toMatchObject({ targetMinutes: 240, actualMinutes: 200, deltaMinutes: -40, overTarget: false });
    expect(byStep.recover).toMatchObject({ actualMinutes: null, deltaMinutes: null, overTarget: false });
    expect(recorded.timings).toHaveLength(10);

    const unknownStep = await t.fail('runbooks.drills.create', drill(created.runbook.id, v1.id, { timings: [{ stepId: 'nope', actualMinutes: 3, note: '' }] }));
    expect(unknownStep.details?.issues).toEqual([expect.objectContaining({ path: ['timings', 0, 'stepId'], code: 'unknown_step' })]);
    const future = await t.fail('runbooks.drills.create', drill(created.runbook.id, v1.id, { heldOn: '2026-04-01' }));
    expect(future.details?.issues).toEqual([expect.objectContaining({ path: ['heldOn'], code: 'date_in_future' })]);

    // The action is on the agenda until done; the drill is evidence from its day.
    let agenda = (await t.call('agenda.list', { limit: 500 })).filter((item) => item.kind === 'drill_action');
    expect(agenda).toEqual([expect.objectContaining({ title: 'DRL-2026-01: Update the insurer contact', due: '2026-03-20', link: { screen: 'runbooks', params: { tab: 'drills', id: recorded.id } } })]);
    const { id: _id, ref: _ref, runbookTitle: _t, versionNumber: _n, participants, timings, overTargetCount: _o, openActions: _a, createdAt: _c, updatedAt: _u, findings, ...rest } = recorded;
    const updated = await t.call('runbooks.drills.update', {
      id: recorded.id,
      drill: {
        ...rest,
        participantIds: participants.map((p) => p.id),
        timings: timings.filter((row) => row.actualMinutes !== null).map((row) => ({ stepId: row.stepId, actualMinutes: row.actualMinutes, note: row.note })),
        findings: findings.map((finding) => ({ id: finding.id, description: finding.description, action: finding.action ? { ...finding.action, status: 'done' as const } : null })),
      },
    });
    expect(updated.findings.map((finding) => finding.id)).toEqual(findings.map((finding) => finding.id));
    // A person deleted from the people list leaves the drill's participants; the trail keeps them.
    await t.call('training.people.delete', { id: ben.id });
    expect((await t.call('runbooks.drills.get', { id: recorded.id })).participants.map((p) => p.name)).toEqual(['Ana Lead']);
    expect(updated.openActions).toBe(0);
    agenda = (await t.call('agenda.list', { limit: 500 })).filter((item) => item.kind === 'drill_action');
    expect(agenda).toEqual([]);

    for (const [framework, controlId] of [
      ['iso27001', 'A.5.24'],
      ['iso27001', 'A.5.26'],
      ['iso27001', 'A.5.27'],
      ['soc2', 'CC7.4'],
      ['soc2', 'CC7.5'],
      // The ransomware template adds business-continuity controls.
      ['iso27001', 'A.5.29'],
      ['iso27001', 'A.5.30'],
    ] as const) {
      const links = (await t.call('evidence.forControl', { framework, controlId, includeCrosswalk: false })).filter((link) => link.source.kind === 'record' && link.source.recordType === 'runbook_drill');
      expect(links).toEqual([expect.objectContaining({ source: { kind: 'record', recordType: 'runbook_drill', recordId: recorded.id, label: 'DRL-2026-01 Ransomware (tabletop)' }, effectiveDate: '2026-03-01' })]);
    }

    // Both are found by their text and open on their tab.
    expect((await t.call('search.query', { q: 'krbtgt' }))[0]).toMatchObject({ entityType: 'runbook', entityId: created.runbook.id, link: { screen: 'runbooks', params: { tab: 'runbooks', id: created.runbook.id } } });
    expect((await t.call('search.query', { q: 'hotline' })).find((hit) => hit.entityType === 'runbook_drill')).toMatchObject({ entityId: recorded.id, link: { screen: 'runbooks', params: { tab: 'drills', id: recorded.id } } });

    await t.call('runbooks.drills.delete', { id: recorded.id });
    expect((await t.call('search.query', { q: 'hotline' })).filter((hit) => hit.entityType === 'runbook_drill')).toEqual([]);
    expect(await t.call('runbooks.drills.list', {})).toEqual([]);
    expect((await t.call('evidence.forControl', { framework: 'iso27001', controlId: 'A.5.27', includeCrosswalk: false })).filter((link) => link.source.kind === 'record' && link.source.recordType === 'runbook_drill')).toEqual([]);
    const drillEvents = (await t.call('audit.list', { limit: 200 })).filter((event) => event.entityType === 'runbook_drill').map((event) => event.procedure);
    expect(drillEvents).toEqual(['runbooks.drills.delete', 'runbooks.drills.update', 'runbooks.drills.create']);
  });

  it('puts a runbook on the agenda twelve months after its last drill, or after its first approval', async () => {
    const created = await fromTemplate('vendor-breach');
    const v1 = created.versions[0]!;
    expect((await t.call('agenda.list', { limit: 500 })).filter((item) => item.kind === 'runbook_drill')).toEqual([]);
    await approve(created.runbook.id, v1.id);
    let items = (await t.call('agenda.list', { limit: 500 })).filter((item) => item.kind === 'runbook_drill');
    expect(items).toEqual([expect.objectContaining({ id: `runbook_drill:${created.runbook.id}`, title: 'RB-001 Vendor or processor breach', due: '2027-03-03' })]);

    await t.call('runbooks.drills.create', drill(created.runbook.id, v1.id, { heldOn: '2025-12-15', kind: 'simulation' }));
    await t.call('runbooks.drills.create', drill(created.runbook.id, v1.id, { heldOn: '2025-01-10', kind: 'live' }));
    items = (await t.call('agenda.list', { limit: 500 })).filter((item) => item.kind === 'runbook_drill');
    expect(items).toEqual([expect.objectContaining({ due: '2026-12-15' })]);

    // A year on, without another drill, it is overdue.
    clock = new Date('2026-12-20T09:00:00Z');
    items = (await t.call('agenda.list', { limit: 500 })).filter((item) => item.kind === 'runbook_drill');
    expect(items).toEqual([expect.objectContaining({ due: '2026-12-15', overdue: true })]);
    const summary = (await t.call('runbooks.list', {}))[0]!;
    expect(summary).toMatchObject({ lastDrillOn: '2025-12-15', drillCount: 2, drillDueOn: '2026-12-15', drillOverdue: true });
    expect((await t.call('runbooks.drills.list', { runbookId: created.runbook.id })).map((d) => d.ref)).toEqual(['DRL-2025-01', 'DRL-2025-02']);
  });
});
