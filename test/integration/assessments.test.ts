// Impact assessments through the contract, on a real SQLCipher workspace: the life cycle draft → in
// review → signed off, completeness checks, immutability (also enforced by the database), revisions,
// PIPIA retention, the dpia_missing / pipia_missing findings, evidence links, search, labels and the
// agenda.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import { parseRecoveryKey } from '../../shared/domain/recovery-key';
import { questionIds, requiredQuestionIds } from '../../shared/assessments/questionnaires';
import type { ProcedureInput } from '../../shared/contract';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

let clock = new Date('2026-06-15T10:00:00Z');
const NO_ID = '00000000-0000-4000-8000-000000000000';
let t: TestBackend;

const PROFILE: ProcedureInput<'organisation.update'> = {
  legalName: 'Acme Health GmbH',
  tradingName: 'Acme',
  registeredAddress: '',
  country: 'DE',
  industry: 'Health software',
  employeeCount: 40,
  dpoName: '',
  dpoEmail: '',
  euRepresentative: '',
  jurisdictions: ['gdpr', 'pipl'],
};

function activityInput(overrides: Partial<ProcedureInput<'inventory.activities.create'>> = {}): ProcedureInput<'inventory.activities.create'> {
  return {
    name: 'Remote patient monitoring',
    purpose: 'Monitor patients at home',
    role: 'controller',
    gdprBasis: 'c',
    gdprArt9Condition: 'h',
    piplBasis: '2',
    separateConsent: true,
    ccpaBusinessPurpose: '',
    sold: false,
    shared: false,
    dataCategoryIds: [],
    subjectCategoryIds: [],
    systemIds: [],
    recipients: '',
    retentionMonths: 24,
    deletionMethod: 'Purge',
    volumeEstimate: 250_000,
    source: 'collected_from_subject',
    automatedDecisions: false,
    dpiaOverride: null,
    dpiaCompletedOn: null,
    pipiaOverride: null,
    pipiaCompletedOn: null,
    owner: 'Clinical ops',
    reviewDate: null,
    ...overrides,
  };
}

const allAnswers = (kind: 'dpia' | 'pipia') => Object.fromEntries(questionIds(kind).map((id) => [id, `Answer to ${id}`]));

async function readyForSignOff(kind: 'dpia' | 'pipia', activityId: string, likelihood = 2, severity = 2) {
  const created = await t.call('assessments.create', { kind, activityId, name: `${kind} of monitoring`, assessor: 'DPO' });
  await t.call('assessments.update', { id: created.id, changes: { answers: allAnswers(kind), likelihood, severity } });
  return t.call('assessments.submit', { id: created.id });
}

let recoveryKey = '';

beforeEach(async () => {
  clock = new Date('2026-06-15T10:00:00Z');
  t = testBackend({ now: () => clock });
  ({ recoveryKey } = await t.call('workspace.create', { directory: t.dir, name: 'Acme', passphrase: PASSPHRASE }));
  await t.call('organisation.update', PROFILE);
});

afterEach(async () => {
  await t.cleanup();
});

describe('impact assessments', () => {
  it('go from draft to review to signed off, answered section by section, and clear the finding', async () => {
    const activity = await t.call('inventory.activities.create', activityInput());
    const kindsOf = async () => (await t.call('inventory.findings', {})).filter((f) => f.recordId === activity.id).map((f) => f.kind);
    expect(await kindsOf()).toEqual(['dpia_missing', 'pipia_missing']);

    const draft = await t.call('assessments.create', { kind: 'dpia', activityId: activity.id, name: 'DPIA remote monitoring', assessor: 'Dana (DPO)' });
    expect(draft).toMatchObject({ ref: 'DPIA-001', revision: 1, status: 'draft', activityName: 'Remote patient monitoring', residualRisk: null, retainUntil: null });
    expect(draft.unanswered).toEqual(requiredQuestionIds('dpia'));

    // Not complete: submit names each missing answer and the rating.
    const incomplete = await t.fail('assessments.submit', { id: draft.id });
    expect(incomplete.code).toBe('INVALID_INPUT');
    const paths = (incomplete.details!.issues as { path: string[] }[]).map((i) => i.path.join('.'));
    expect(paths).toContain('answers.dpia_nature_scope');
    expect(paths).toContain('likelihood');

    // Answers merge per section; an unknown question is refused with its path.
    await t.call('assessments.update', { id: draft.id, changes: { answers: { dpia_nature_scope: 'Home devices send vitals', dpia_context: 'Patients of partner clinics' } } });
    const merged = await t.call('assessments.update', { id: draft.id, changes: { answers: { dpia_purposes: 'Early warning' } } });
    expect(Object.keys(merged.answers).sort()).toEqual(['dpia_context', 'dpia_nature_scope', 'dpia_purposes']);
    const unknown = await t.fail('assessments.update', { id: draft.id, changes: { answers: { pipia_legality: 'x' } } });
    expect(unknown).toMatchObject({ code: 'INVALID_INPUT', details: { issues: [{ path: ['changes', 'answers', 'pipia_legality'], code: 'unknown_question' }] } });

    await t.call('assessments.update', { id: draft.id, changes: { answers: allAnswers('dpia'), likelihood: 3, severity: 3 } });
    const inReview = await t.call('assessments.submit', { id: draft.id });
    expect(inReview).toMatchObject({ status: 'in_review', unanswered: [], residualRisk: 'high', priorConsultation: true });
    expect(await kindsOf()).toEqual(['dpia_missing', 'pipia_missing']);

    // Sign-off needs the review state; it records who and when, in the record and the audit trail.
    clock = new Date('2026-06-20T09:00:00Z');
    const signed = await t.call('assessments.signOff', { id: draft.id, signedOffBy: 'Dr Weber (Managing Director)', note: 'Consult the authority', reviewDate: '2027-06-20' });
    expect(signed).toMatchObject({ status: 'signed_off', signedOffBy: 'Dr Weber (Managing Director)', signedOffAt: '2026-06-20T09:00:00.000Z', retainUntil: null, reviewDate: '2027-06-20' });
    expect(await kindsOf()).toEqual(['pipia_missing']);
    const [event] = await t.call('audit.list', { limit: 20 }).then((events) => events.filter((e) => e.procedure === 'assessments.signOff' && e.entityType === 'assessment'));
    expect(event).toMatchObject({ entityId: draft.id, at: '2026-06-20T09:00:00.000Z' });
    expect(event!.summary.after).toMatchObject({ status: 'signed_off', signedOffBy: 'Dr Weber (Managing Director)' });

    // Signed-off answers are fixed.
    for (const [name, input] of [
      ['assessments.update', { id: draft.id, changes: { answers: { dpia_context: 'changed' } } }],
      ['assessments.return', { id: draft.id }],
      ['assessments.submit', { id: draft.id }],
      ['assessments.signOff', { id: draft.id, signedOffBy: 'Someone', note: '', reviewDate: null }],
    ] as const) {
      expect(await t.fail(name, input)).toMatchObject({ code: 'CONFLICT', details: { reason: 'signed_off' } });
    }
  });

  it('is evidence of A.5.34 and CC3.2, searchable, labelled and on the agenda', async () => {
    const activity = await t.call('inventory.activities.create', activityInput());
    const assessment = await readyForSignOff('pipia', activity.id);
    await t.call('assessments.signOff', { id: assessment.id, signedOffBy: 'Li Wei', note: '', reviewDate: '2026-07-01' });
    for (const [framework, controlId] of [
      ['iso27001', 'A.5.34'],
      ['soc2', 'CC3.2'],
    ] as const) {
      const links = await t.call('evidence.forControl', { framework, controlId, includeCrosswalk: false });
      expect(links).toContainEqual(
        expect.objectContaining({ origin: 'default', effectiveDate: '2026-06-15', source: { kind: 'record', recordType: 'assessment', recordId: assessment.id, label: 'PIPIA-001 pipia of monitoring' } }),
      );
    }
    const hits = await t.call('search.query', { q: 'monitoring', limit: 20 });
    expect(hits.find((hit) => hit.entityId === assessment.id)).toMatchObject({ link: { screen: 'inventory', params: { tab: 'assessments', id: assessment.id } } });
    const agenda = await t.call('agenda.list', {});
    expect(agenda).toContainEqual(expect.objectContaining({ id: `assessment_review:${assessment.id}`, kind: 'assessment_review', due: '2026-07-01', title: 'PIPIA-001 pipia of monitoring' }));
  });

  it('reopens a signed-off assessment as a new revision, keeping the signed-off one unchanged', async () => {
    const activity = await t.call('inventory.activities.create', activityInput());
    const first = await readyForSignOff('dpia', activity.id);
    expect((await t.fail('assessments.revise', { id: first.id })).details).toMatchObject({ reason: 'status' });
    const signed = await t.call('assessments.signOff', { id: first.id, signedOffBy: 'MD', note: '', reviewDate: '2027-01-01' });
    const second = await t.call('assessments.revise', { id: first.id });
    expect(second).toMatchObject({ ref: 'DPIA-001', revision: 2, previousId: first.id, status: 'draft', signedOffBy: null, answers: signed.answers, likelihood: 2 });
    expect((await t.fail('assessments.revise', { id: first.id })).details).toMatchObject({ reason: 'superseded' });
    const older = await t.call('assessments.get', { id: first.id });
    expect(older).toMatchObject({ superseded: true, status: 'signed_off', answers: signed.answers, updatedAt: signed.updatedAt });
    await t.call('assessments.update', { id: second.id, changes: { answers: { dpia_context: 'New context' } } });
    expect((await t.call('assessments.get', { id: first.id })).answers.dpia_context).toBe(signed.answers.dpia_context);
    // The signed-off revision still counts for the finding while the new one is a draft.
    expect((await t.call('inventory.findings', {})).map((f) => f.kind)).not.toContain('dpia_missing');
    // Only the latest revision is on the agenda.
    expect((await t.call('agenda.list', {})).filter((item) => item.kind === 'assessment_review').map((item) => item.id)).toEqual([`assessment_review:${second.id}`]);
    expect((await t.call('assessments.list', { activityId: activity.id })).map((a) => [a.ref, a.revision])).toEqual([
      ['DPIA-001', 2],
      ['DPIA-001', 1],
    ]);
  });

  it('keeps a signed-off PIPIA for three years: deletion before then is refused', async () => {
    const activity = await t.call('inventory.activities.create', activityInput());
    const pipia = await readyForSignOff('pipia', activity.id, 1, 3);
    const signed = await t.call('assessments.signOff', { id: pipia.id, signedOffBy: 'Li Wei', note: '', reviewDate: null });
    expect(signed).toMatchObject({ retainUntil: '2029-06-15', residualRisk: 'low', priorConsultation: false });
    const refused = await t.fail('assessments.delete', { id: pipia.id });
    expect(refused).toMatchObject({ code: 'CONFLICT', details: { reason: 'retention', retainUntil: '2029-06-15', ref: 'PIPIA-001' } });
    // The activity cannot be deleted from under it either.
    expect(await t.fail('inventory.activities.delete', { id: activity.id })).toMatchObject({ code: 'CONFLICT', details: { usedBy: [{ recordType: 'assessment', id: pipia.id }] } });
    clock = new Date('2029-06-14T10:00:00Z');
    expect((await t.fail('assessments.delete', { id: pipia.id })).code).toBe('CONFLICT');
    clock = new Date('2029-06-15T10:00:00Z');
    expect(await t.call('assessments.delete', { id: pipia.id })).toEqual({ deleted: true });
    expect(await t.call('evidence.forControl', { framework: 'iso27001', controlId: 'A.5.34', includeCrosswalk: false })).not.toContainEqual(
      expect.objectContaining({ source: expect.objectContaining({ recordId: pipia.id }) }),
    );
    expect((await t.call('inventory.findings', {})).map((f) => f.kind)).toContain('pipia_missing');
  });

  it('lets drafts be deleted and sent back from review; refuses unknown activities', async () => {
    const activity = await t.call('inventory.activities.create', activityInput());
    const draft = await readyForSignOff('dpia', activity.id);
    expect((await t.call('assessments.return', { id: draft.id })).status).toBe('draft');
    expect((await t.fail('assessments.signOff', { id: draft.id, signedOffBy: 'MD', note: '', reviewDate: null })).details).toMatchObject({ reason: 'status' });
    expect(await t.call('assessments.delete', { id: draft.id })).toEqual({ deleted: true });
    expect((await t.fail('assessments.get', { id: draft.id })).code).toBe('NOT_FOUND');
    expect(await t.fail('assessments.create', { kind: 'dpia', activityId: NO_ID, name: 'x', assessor: '' })).toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ path: ['activityId'], code: 'unknown_record' }] },
    });
    // The audit chain holds after all of it.
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('the database itself refuses changes to a signed-off assessment', async () => {
    const status = await t.call('workspace.status', {});
    const activity = await t.call('inventory.activities.create', activityInput());
    const assessment = await readyForSignOff('dpia', activity.id);
    await t.call('assessments.signOff', { id: assessment.id, signedOffBy: 'MD', note: '', reviewDate: null });
    const path = status.state === 'unlocked' ? status.path : '';
    await t.call('workspace.close', {});
    const raw = openSqlCipher(join(path, 'workspace.db'), parseRecoveryKey(recoveryKey)!);
    try {
      expect(() => raw.prepare("UPDATE inventory_assessments SET answers = '{}' WHERE id = ?").run(assessment.id)).toThrow(/signed-off assessment cannot be changed/);
      expect(() => raw.prepare("UPDATE inventory_assessments SET status = 'draft', signed_off_at = NULL, signed_off_by = NULL WHERE id = ?").run(assessment.id)).toThrow(/signed-off/);
      expect(raw.prepare('SELECT status FROM inventory_assessments WHERE id = ?').pluck().get(assessment.id)).toBe('signed_off');
    } finally {
      raw.close();
    }
  });
});
