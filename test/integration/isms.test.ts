// The ISMS records through the contract, on a real SQLCipher workspace: scope, objectives, internal
// audits with findings and corrective actions, management reviews; their rules, audit events,
// references, agenda items, search and default evidence links.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/contract';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2026-06-15T10:00:00Z');
const MISSING = '00000000-0000-4000-8000-000000000000';

let t: TestBackend;

beforeEach(async () => {
  t = testBackend({ now: () => NOW });
  await t.call('workspace.create', { directory: t.dir, name: 'Acme', passphrase: PASSPHRASE });
});

afterEach(async () => {
  await t.cleanup();
});

async function events(entityType: string) {
  return (await t.call('audit.list', { limit: 500 })).filter((event) => event.entityType === entityType);
}

function issuesOf(error: { details?: Record<string, unknown> }) {
  return (error.details?.issues ?? []) as { path: (string | number)[]; code: string }[];
}

function objectiveInput(overrides: Partial<ProcedureInput<'objectives.create'>> = {}): ProcedureInput<'objectives.create'> {
  return {
    title: 'Reduce phishing clicks',
    measure: 'Click rate in simulations',
    target: '≤ 5 %',
    owner: 'CISO',
    dueDate: '2026-09-30',
    status: 'on_track',
    progressNote: '',
    ...overrides,
  };
}

function auditInput(overrides: Partial<ProcedureInput<'audits.create'>> = {}): ProcedureInput<'audits.create'> {
  return {
    title: 'Access control and suppliers',
    scope: 'Clauses 4–10; A.5.15–A.5.23',
    auditor: 'Grace Mulligan',
    plannedDate: '2026-03-10',
    performedDate: null,
    status: 'planned',
    conclusion: '',
    ...overrides,
  };
}

function findingInput(auditId: string, overrides: Partial<ProcedureInput<'findings.create'>> = {}): ProcedureInput<'findings.create'> {
  return {
    auditId,
    type: 'minor_nonconformity',
    reference: 'A.5.22',
    description: 'Two supplier reviews were missed',
    owner: 'General Counsel',
    status: 'open',
    ...overrides,
  };
}

function actionInput(findingId: string, overrides: Partial<ProcedureInput<'actions.create'>> = {}): ProcedureInput<'actions.create'> {
  return {
    findingId,
    description: 'Complete the overdue supplier reviews',
    rootCause: 'No reminders',
    owner: 'General Counsel',
    dueDate: '2026-07-01',
    status: 'open',
    verifiedBy: '',
    verificationNote: '',
    ...overrides,
  };
}

function reviewInput(overrides: Partial<ProcedureInput<'reviews.create'>> = {}): ProcedureInput<'reviews.create'> {
  return {
    date: '2026-04-16',
    attendees: 'CEO; CISO; DPO',
    inputs: 'Audit results; risk assessment',
    decisions: 'Proceed to certification',
    actions: 'Close the supplier nonconformity',
    nextReviewDate: '2026-10-15',
    ...overrides,
  };
}

describe('ISMS scope', () => {
  it('reads empty until written, then keeps the statement with an audit event', async () => {
    expect(await t.call('isms.scope.get', {})).toEqual({ statement: '', boundaries: '', exclusions: '', interestedParties: '', updatedAt: null });
    const input = { statement: 'The SaaS platform', boundaries: 'Dublin office', exclusions: 'Data-centre physical security', interestedParties: 'Customers' };
    expect(await t.call('isms.scope.update', input)).toEqual({ ...input, updatedAt: NOW.toISOString() });
    expect(await t.call('isms.scope.get', {})).toEqual({ ...input, updatedAt: NOW.toISOString() });
    await t.call('isms.scope.update', { ...input, boundaries: 'Dublin and Shanghai offices' });
    const [second, first] = await events('isms_scope');
    expect(first).toMatchObject({ procedure: 'isms.scope.update', entityId: '1', summary: { before: null } });
    expect(second!.summary).toEqual({ before: { boundaries: 'Dublin office' }, after: { boundaries: 'Dublin and Shanghai offices' } });
  });
});

describe('objectives', () => {
  it('are created, listed, updated and deleted with audit events', async () => {
    const objective = await t.call('objectives.create', objectiveInput());
    expect(objective).toMatchObject({ ...objectiveInput(), createdAt: NOW.toISOString() });
    const updated = await t.call('objectives.update', { id: objective.id, objective: objectiveInput({ status: 'at_risk', progressNote: 'Click rate 8 %' }) });
    expect(updated).toMatchObject({ status: 'at_risk', progressNote: 'Click rate 8 %' });
    expect(await t.call('objectives.list', {})).toEqual([updated]);
    expect(await t.call('objectives.delete', { id: objective.id })).toEqual({ deleted: true });
    expect(await t.call('objectives.list', {})).toEqual([]);
    expect((await events('isms_objective')).map((e) => e.procedure)).toEqual(['objectives.delete', 'objectives.update', 'objectives.create']);
    expect((await t.fail('objectives.update', { id: objective.id, objective: objectiveInput() })).code).toBe('NOT_FOUND');
    expect((await t.fail('objectives.delete', { id: objective.id })).code).toBe('NOT_FOUND');
  });
});

describe('internal audits', () => {
  it('are referenced by the year of their planned date and a sequence that never goes back', async () => {
    const first = await t.call('audits.create', auditInput());
    const second = await t.call('audits.create', auditInput({ plannedDate: '2026-11-02' }));
    const nextYear = await t.call('audits.create', auditInput({ plannedDate: '2027-01-20' }));
    expect([first.ref, second.ref, nextYear.ref]).toEqual(['IA-2026-01', 'IA-2026-02', 'IA-2027-01']);
    await t.call('audits.delete', { id: second.id });
    expect((await t.call('audits.create', auditInput({ plannedDate: '2026-12-01' }))).ref).toBe('IA-2026-03');
    // Moving the planned date keeps the reference.
    expect((await t.call('audits.update', { id: first.id, audit: auditInput({ plannedDate: '2027-02-01' }) })).ref).toBe('IA-2026-01');
  });

  it('need the date performed once completed', async () => {
    const created = await t.fail('audits.create', auditInput({ status: 'completed' }));
    expect(created.code).toBe('INVALID_INPUT');
    expect(issuesOf(created)).toEqual([expect.objectContaining({ path: ['performedDate'], code: 'required' })]);
    const audit = await t.call('audits.create', auditInput());
    const updated = await t.fail('audits.update', { id: audit.id, audit: auditInput({ status: 'completed' }) });
    expect(issuesOf(updated)).toEqual([expect.objectContaining({ path: ['audit', 'performedDate'], code: 'required' })]);
    const completed = await t.call('audits.update', { id: audit.id, audit: auditInput({ status: 'completed', performedDate: '2026-03-12', conclusion: 'Effective' }) });
    expect(completed).toMatchObject({ status: 'completed', performedDate: '2026-03-12', ref: 'IA-2026-01' });
    expect((await events('internal_audit')).map((e) => e.procedure)).toEqual(['audits.update', 'audits.create']);
  });

  it('come with their findings and actions, counted in the programme', async () => {
    const audit = await t.call('audits.create', auditInput({ status: 'completed', performedDate: '2026-03-12' }));
    const nc = await t.call('findings.create', findingInput(audit.id));
    const observation = await t.call('findings.create', findingInput(audit.id, { type: 'observation', reference: '7.2', description: 'Competence records in mailboxes', status: 'closed' }));
    expect([nc.ref, observation.ref]).toEqual(['F-001', 'F-002']);
    const action = await t.call('actions.create', actionInput(nc.id));
    const detail = await t.call('audits.get', { id: audit.id });
    expect(detail.audit).toEqual(audit);
    expect(detail.findings).toEqual([
      { ...nc, actions: [action] },
      { ...observation, actions: [] },
    ]);
    expect(await t.call('audits.list', {})).toEqual([{ ...audit, findings: 2, openFindings: 1 }]);
    expect((await t.call('dashboard.summary', {})).openFindings).toBe(1);
    expect((await events('audit_finding')).map((e) => e.procedure)).toEqual(['findings.create', 'findings.create']);
  });

  it('cannot be deleted while they have findings; findings not while they have actions', async () => {
    const audit = await t.call('audits.create', auditInput());
    const finding = await t.call('findings.create', findingInput(audit.id));
    const action = await t.call('actions.create', actionInput(finding.id));

    const auditConflict = await t.fail('audits.delete', { id: audit.id });
    expect(auditConflict.code).toBe('CONFLICT');
    expect(auditConflict.details).toMatchObject({ findings: ['F-001'] });
    const findingConflict = await t.fail('findings.delete', { id: finding.id });
    expect(findingConflict.code).toBe('CONFLICT');
    expect(findingConflict.details).toMatchObject({ actions: 1 });

    expect(await t.call('actions.delete', { id: action.id })).toEqual({ deleted: true });
    expect(await t.call('findings.delete', { id: finding.id })).toEqual({ deleted: true });
    expect(await t.call('audits.delete', { id: audit.id })).toEqual({ deleted: true });
    expect(await t.call('audits.list', {})).toEqual([]);
    expect((await events('corrective_action')).map((e) => e.procedure)).toEqual(['actions.delete', 'actions.create']);
    expect((await events('audit_finding'))[0]).toMatchObject({ procedure: 'findings.delete', summary: { after: null } });
    expect((await events('internal_audit'))[0]).toMatchObject({ procedure: 'audits.delete', summary: { after: null } });
  });

  it('answer NOT_FOUND for unknown audits and findings', async () => {
    expect((await t.fail('audits.get', { id: MISSING })).code).toBe('NOT_FOUND');
    expect((await t.fail('audits.delete', { id: MISSING })).code).toBe('NOT_FOUND');
    expect((await t.fail('findings.create', findingInput(MISSING))).code).toBe('NOT_FOUND');
    expect((await t.fail('actions.create', actionInput(MISSING))).code).toBe('NOT_FOUND');
  });
});

describe('findings and corrective actions', () => {
  async function finding() {
    const audit = await t.call('audits.create', auditInput({ status: 'completed', performedDate: '2026-03-12' }));
    return { audit, finding: await t.call('findings.create', findingInput(audit.id)) };
  }

  it('need a verifier before an action is verified; the time of verification is recorded', async () => {
    const { finding: f } = await finding();
    const created = await t.fail('actions.create', actionInput(f.id, { status: 'verified' }));
    expect(created.code).toBe('INVALID_INPUT');
    expect(issuesOf(created)).toEqual([expect.objectContaining({ path: ['verifiedBy'], code: 'required' })]);

    const action = await t.call('actions.create', actionInput(f.id));
    expect(action.verifiedAt).toBeNull();
    const updated = await t.fail('actions.update', { id: action.id, action: actionInput(f.id, { status: 'verified' }) });
    expect(issuesOf(updated)).toEqual([expect.objectContaining({ path: ['action', 'verifiedBy'], code: 'required' })]);

    const verified = await t.call('actions.update', { id: action.id, action: actionInput(f.id, { status: 'verified', verifiedBy: 'Internal auditor', verificationNote: 'Seen' }) });
    expect(verified).toMatchObject({ status: 'verified', verifiedBy: 'Internal auditor', verifiedAt: NOW.toISOString() });
    const reopened = await t.call('actions.update', { id: action.id, action: actionInput(f.id, { status: 'in_progress', verifiedBy: 'Internal auditor' }) });
    expect(reopened.verifiedAt).toBeNull();
    const event = (await events('corrective_action')).find((e) => e.summary.after && (e.summary.after as { status?: string }).status === 'verified');
    expect(event!.summary.before).toMatchObject({ status: 'open', verifiedAt: null });
  });

  it('keep a finding open while its actions are, and no open action goes on a closed finding', async () => {
    const { finding: f } = await finding();
    const action = await t.call('actions.create', actionInput(f.id));
    const closing = await t.fail('findings.update', { id: f.id, finding: findingInput(f.auditId, { status: 'closed' }) });
    expect(closing.code).toBe('INVALID_INPUT');
    expect(issuesOf(closing)).toEqual([expect.objectContaining({ path: ['finding', 'status'], code: 'actions_open' })]);
    await t.call('actions.update', { id: action.id, action: actionInput(f.id, { status: 'done' }) });
    const closed = await t.call('findings.update', { id: f.id, finding: findingInput(f.auditId, { status: 'closed' }) });
    expect(closed.status).toBe('closed');
    const late = await t.fail('actions.create', actionInput(f.id));
    expect(issuesOf(late)).toEqual([expect.objectContaining({ path: ['findingId'], code: 'finding_closed' })]);
  });

  it('are listed across audits with their finding reference, open ones only on request', async () => {
    const { audit, finding: f } = await finding();
    const open = await t.call('actions.create', actionInput(f.id, { dueDate: '2026-06-01' }));
    const done = await t.call('actions.create', actionInput(f.id, { description: 'Add reminders', status: 'done', dueDate: '2026-05-01' }));
    const undated = await t.call('actions.create', actionInput(f.id, { description: 'Train the team', dueDate: null, status: 'in_progress' }));
    const all = await t.call('actions.list', {});
    expect(all.map((a) => a.id)).toEqual([done.id, open.id, undated.id]);
    expect(all[0]).toMatchObject({ findingRef: 'F-001', auditId: audit.id });
    expect((await t.call('actions.list', { openOnly: true })).map((a) => a.id)).toEqual([open.id, undated.id]);
  });

  it('update a finding with an audit event and keep its reference', async () => {
    const { finding: f } = await finding();
    const updated = await t.call('findings.update', { id: f.id, finding: findingInput(f.auditId, { type: 'major_nonconformity', description: 'All supplier reviews missed' }) });
    expect(updated).toMatchObject({ ref: 'F-001', type: 'major_nonconformity' });
    const [event] = await events('audit_finding');
    expect(event!.summary).toEqual({ before: { type: 'minor_nonconformity', description: 'Two supplier reviews were missed' }, after: { type: 'major_nonconformity', description: 'All supplier reviews missed' } });
  });
});

describe('management reviews', () => {
  it('are created, listed latest first, updated and deleted with audit events', async () => {
    const earlier = await t.call('reviews.create', reviewInput({ date: '2025-10-10', nextReviewDate: '2026-04-10' }));
    const latest = await t.call('reviews.create', reviewInput());
    expect((await t.call('reviews.list', {})).map((r) => r.id)).toEqual([latest.id, earlier.id]);
    const updated = await t.call('reviews.update', { id: latest.id, review: reviewInput({ decisions: 'Proceed; keep appetite at 9' }) });
    expect(updated.decisions).toBe('Proceed; keep appetite at 9');
    await t.call('reviews.delete', { id: earlier.id });
    expect(await t.call('reviews.list', {})).toEqual([updated]);
    expect((await events('management_review')).map((e) => e.procedure)).toEqual(['reviews.delete', 'reviews.update', 'reviews.create', 'reviews.create']);
  });

  it('set the next review after the review itself', async () => {
    const created = await t.fail('reviews.create', reviewInput({ nextReviewDate: '2026-04-16' }));
    expect(created.code).toBe('INVALID_INPUT');
    expect(issuesOf(created)).toEqual([expect.objectContaining({ path: ['nextReviewDate'], code: 'not_after_date' })]);
    const review = await t.call('reviews.create', reviewInput());
    const updated = await t.fail('reviews.update', { id: review.id, review: reviewInput({ nextReviewDate: '2026-01-01' }) });
    expect(issuesOf(updated)).toEqual([expect.objectContaining({ path: ['review', 'nextReviewDate'], code: 'not_after_date' })]);
    expect((await t.fail('reviews.delete', { id: MISSING })).code).toBe('NOT_FOUND');
  });
});

describe('the ISMS on the agenda', () => {
  it('lists actions, objectives, planned audits and the next management review with the right kinds and flags', async () => {
    const audit = await t.call('audits.create', auditInput({ status: 'completed', performedDate: '2026-03-12' }));
    const planned = await t.call('audits.create', auditInput({ title: 'Technological controls', plannedDate: '2026-07-25' }));
    await t.call('audits.create', auditInput({ title: 'Cancelled', plannedDate: '2026-05-01', status: 'cancelled' }));
    const f = await t.call('findings.create', findingInput(audit.id));
    const overdueAction = await t.call('actions.create', actionInput(f.id, { dueDate: '2026-06-01' }));
    await t.call('actions.create', actionInput(f.id, { description: 'Done already', dueDate: '2026-05-01', status: 'done' }));
    const overdueObjective = await t.call('objectives.create', objectiveInput({ dueDate: '2026-06-10' }));
    await t.call('objectives.create', objectiveInput({ title: 'Achieved', dueDate: '2026-05-10', status: 'achieved' }));
    await t.call('reviews.create', reviewInput({ date: '2025-10-10', nextReviewDate: '2026-04-10' }));
    const latest = await t.call('reviews.create', reviewInput());

    const items = (await t.call('agenda.list', {})).filter((item) => ['corrective_action', 'objective', 'internal_audit', 'management_review'].includes(item.kind));
    const byKind = (kind: string) => items.filter((item) => item.kind === kind);
    expect(byKind('corrective_action')).toEqual([
      {
        id: `corrective_action:${overdueAction.id}`,
        kind: 'corrective_action',
        title: 'F-001 Complete the overdue supplier reviews',
        due: '2026-06-01',
        overdue: true,
        daysLeft: -14,
        link: { screen: 'audits', params: { id: audit.id, actionId: overdueAction.id } },
      },
    ]);
    expect(byKind('objective')).toEqual([
      expect.objectContaining({ title: overdueObjective.title, due: '2026-06-10', overdue: true, daysLeft: -5, link: { screen: 'objectives', params: { id: overdueObjective.id } } }),
    ]);
    expect(byKind('internal_audit')).toEqual([
      expect.objectContaining({ title: 'IA-2026-02 Technological controls', due: '2026-07-25', overdue: false, daysLeft: 40, link: { screen: 'audits', params: { id: planned.id } } }),
    ]);
    // Only the latest review's next date counts; the earlier review's (overdue) date is superseded.
    expect(byKind('management_review')).toEqual([
      expect.objectContaining({ due: '2026-10-15', overdue: false, daysLeft: 122, link: { screen: 'reviews', params: { id: latest.id } } }),
    ]);
  });
});

describe('ISMS records in search', () => {
  it('find an audit by the words of its findings and actions', async () => {
    const audit = await t.call('audits.create', auditInput());
    const f = await t.call('findings.create', findingInput(audit.id, { description: 'Transcription vendor review missing' }));
    await t.call('actions.create', actionInput(f.id, { description: 'Schedule quarterly vendor calls' }));
    for (const q of ['transcription', 'quarterly', 'suppliers']) {
      expect((await t.call('search.query', { q })).filter((h) => h.entityType === 'internal_audit')).toEqual([
        expect.objectContaining({ entityId: audit.id, title: 'IA-2026-01 Access control and suppliers', link: { screen: 'audits', params: { id: audit.id } } }),
      ]);
    }
    const objective = await t.call('objectives.create', objectiveInput({ measure: 'Simulated phishing click rate' }));
    expect((await t.call('search.query', { q: 'simulated' })).map((h) => [h.entityType, h.entityId, h.link])).toEqual([
      ['isms_objective', objective.id, { screen: 'objectives', params: { id: objective.id } }],
    ]);
  });
});

describe('ISMS records as evidence', () => {
  const forControl = (framework: 'iso27001' | 'soc2', controlId: string) => t.call('evidence.forControl', { framework, controlId, includeCrosswalk: false });

  it('link a completed audit to its default controls, dated when it was performed, and unlink it when deleted', async () => {
    const audit = await t.call('audits.create', auditInput());
    // Planned audits are not evidence yet.
    expect(await forControl('iso27001', 'A.5.35')).toEqual([]);
    await t.call('audits.update', { id: audit.id, audit: auditInput({ status: 'completed', performedDate: '2026-03-12' }) });
    const source = { kind: 'record', recordType: 'internal_audit', recordId: audit.id, label: 'IA-2026-01 Access control and suppliers' };
    expect(await forControl('iso27001', 'A.5.35')).toEqual([expect.objectContaining({ origin: 'default', effectiveDate: '2026-03-12', expiryDate: null, source })]);
    expect(await forControl('soc2', 'CC4.1')).toEqual([expect.objectContaining({ origin: 'default', effectiveDate: '2026-03-12', source })]);
    // A later correction of the date moves the evidence with it.
    await t.call('audits.update', { id: audit.id, audit: auditInput({ status: 'completed', performedDate: '2026-03-13' }) });
    expect((await forControl('iso27001', 'A.5.35')).map((l) => l.effectiveDate)).toEqual(['2026-03-13']);
    expect((await events('evidence_link')).length).toBeGreaterThanOrEqual(3);
    await t.call('audits.delete', { id: audit.id });
    expect(await forControl('iso27001', 'A.5.35')).toEqual([]);
    expect(await forControl('soc2', 'CC4.1')).toEqual([]);
  });

  it('link a management review until its next review, objectives as of their change, actions once done', async () => {
    const review = await t.call('reviews.create', reviewInput());
    expect(await forControl('soc2', 'CC1.2')).toEqual([
      expect.objectContaining({ effectiveDate: '2026-04-16', expiryDate: '2026-10-15', source: expect.objectContaining({ recordType: 'management_review', recordId: review.id, label: '2026-04-16' }) }),
    ]);
    const objective = await t.call('objectives.create', objectiveInput());
    expect(await forControl('soc2', 'CC3.1')).toEqual([expect.objectContaining({ effectiveDate: '2026-06-15', source: expect.objectContaining({ recordType: 'isms_objective', recordId: objective.id }) })]);

    const audit = await t.call('audits.create', auditInput({ status: 'completed', performedDate: '2026-03-12' }));
    const f = await t.call('findings.create', findingInput(audit.id));
    const action = await t.call('actions.create', actionInput(f.id));
    expect(await forControl('iso27001', 'A.5.36')).toEqual([]);
    await t.call('actions.update', { id: action.id, action: actionInput(f.id, { status: 'verified', verifiedBy: 'Internal auditor' }) });
    expect(await forControl('iso27001', 'A.5.36')).toEqual([
      expect.objectContaining({ effectiveDate: '2026-06-15', source: expect.objectContaining({ recordType: 'corrective_action', recordId: action.id, label: 'F-001 Complete the overdue supplier reviews' }) }),
    ]);
    await t.call('reviews.delete', { id: review.id });
    expect(await forControl('soc2', 'CC1.2')).toEqual([]);
  });
});

