// Training records through the contract, on a real SQLCipher workspace: people with roles, dates and
// managers (the same list policy acknowledgements use), courses with audience rules and recurrence,
// idempotent assignment generation, leavers, new joiners' due dates, completions moving the next due
// date on, overdue and expiring lists, completion rates, the agenda, search and evidence links.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/contract';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

let clock = new Date('2026-03-03T10:00:00Z');
let t: TestBackend;

beforeEach(async () => {
  clock = new Date('2026-03-03T10:00:00Z');
  t = testBackend({ now: () => clock });
  await t.call('workspace.create', { directory: t.dir, name: 'Acme', passphrase: PASSPHRASE });
});

afterEach(async () => {
  await t.cleanup();
});

type PersonInput = ProcedureInput<'training.people.create'>;
type CourseInput = ProcedureInput<'training.courses.create'>;

function person(name: string, overrides: Partial<PersonInput> = {}): PersonInput {
  return { name, email: '', department: 'Engineering', role: 'Developer', startDate: '2020-01-06', leaveDate: null, managerId: null, ...overrides };
}

function course(title: string, overrides: Partial<CourseInput> = {}): CourseInput {
  return {
    title,
    kind: 'security_awareness',
    description: '',
    audience: { allStaff: true, departments: [], roles: [], newJoinersWithinDays: null },
    schedule: { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } },
    passingScore: 80,
    materials: [],
    ...overrides,
  };
}

async function staff() {
  const ana = await t.call('training.people.create', person('Ana Sales', { department: 'Sales', role: 'Account manager' }));
  const ben = await t.call('training.people.create', person('Ben Dev'));
  const cy = await t.call('training.people.create', person('Cy Support', { department: 'Support', role: 'Agent' }));
  const dee = await t.call('training.people.create', person('Dee Joiner', { department: 'Support', role: 'Agent', startDate: '2026-02-20' }));
  return { ana, ben, cy, dee };
}

async function assignments(filter: ProcedureInput<'training.assignments.list'> = {}) {
  return t.call('training.assignments.list', filter);
}

describe('people', () => {
  it('keeps one people list with roles, dates and managers, shared with policy acknowledgements', async () => {
    const boss = await t.call('training.people.create', person('Bo Boss', { role: 'Head of engineering' }));
    const ann = await t.call('training.people.create', person('Ann', { email: 'ann@example.com', managerId: boss.id }));
    expect(ann).toMatchObject({ managerName: 'Bo Boss', role: 'Developer', startDate: '2020-01-06', left: false });
    // The policies' short view of the same list.
    expect((await t.call('people.list', {})).map((p) => p.name)).toEqual(['Ann', 'Bo Boss']);
    // Added where only the name, e-mail and department are asked (the policy acknowledgements).
    const plain = await t.call('training.people.create', { name: 'Cy Plain', email: '', department: 'Sales' });
    expect(plain).toMatchObject({ role: '', startDate: null, leaveDate: null, managerId: null, left: false });
    expect((await t.call('search.query', { q: 'Cy Plain' })).some((hit) => hit.entityId === plain.id)).toBe(true);
    await t.call('training.people.delete', { id: plain.id });

    const bad = await t.fail('training.people.update', { id: ann.id, person: person('Ann Lee', { startDate: '2026-02-01', leaveDate: '2026-01-01' }) });
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.details?.issues).toEqual([expect.objectContaining({ path: ['leaveDate'], code: 'leave_before_start' })]);
    const self = await t.fail('training.people.update', { id: ann.id, person: person('Ann Lee', { managerId: ann.id }) });
    expect(self.details?.issues).toEqual([expect.objectContaining({ path: ['managerId'], code: 'manager_self' })]);
    const email = await t.fail('training.people.create', person('X', { email: 'not an email' }));
    expect(email.code).toBe('INVALID_INPUT');

    await t.call('training.people.delete', { id: ann.id });
    expect((await t.call('people.list', {})).map((p) => p.name)).toEqual(['Bo Boss']);
    const events = await t.call('audit.list', { limit: 50 });
    expect(events.filter((e) => e.entityType === 'person').map((e) => e.procedure)).toEqual(
      expect.arrayContaining(['training.people.create', 'training.people.delete']),
    );
  });
});

describe('assignments', () => {
  it('follow the audience rules, are idempotent, skip leavers and give new joiners start + N days', async () => {
    const { ana, ben, cy, dee } = await staff();
    const all = await t.call('training.courses.create', course('Security awareness'));
    const sales = await t.call('training.courses.create', course('Selling with privacy', { kind: 'privacy', audience: { allStaff: false, departments: ['Sales'], roles: [], newJoinersWithinDays: null } }));
    const dev = await t.call('training.courses.create', course('Secure coding', { kind: 'role_specific', audience: { allStaff: false, departments: [], roles: ['Developer'], newJoinersWithinDays: null } }));
    const induction = await t.call('training.courses.create', course('Induction', { audience: { allStaff: false, departments: [], roles: [], newJoinersWithinDays: 30 }, passingScore: null }));

    expect(await t.call('training.assignments.generate', {})).toEqual({ created: 4 + 1 + 1 + 1, reopened: 0, closed: 0, open: 7 });
    expect(await t.call('training.assignments.generate', {})).toEqual({ created: 0, reopened: 0, closed: 0, open: 7 });

    const byCourse = async (id: string) => (await assignments({ courseId: id })).map((a) => a.personName).sort();
    expect(await byCourse(all.id)).toEqual(['Ana Sales', 'Ben Dev', 'Cy Support', 'Dee Joiner']);
    expect(await byCourse(sales.id)).toEqual(['Ana Sales']);
    expect(await byCourse(dev.id)).toEqual(['Ben Dev']);
    expect(await byCourse(induction.id)).toEqual(['Dee Joiner']);
    // The new joiner's course is due 30 days after the start; everyone else's 30 days after assignment.
    expect((await assignments({ courseId: induction.id }))[0]!.dueOn).toBe('2026-03-22');
    expect((await assignments({ personId: ana.id, courseId: all.id }))[0]!.dueOn).toBe('2026-04-02');

    // A leaver's assignments close; they get nothing new; a rule change closes and reopens.
    await t.call('training.people.update', { id: cy.id, person: person('Cy Support', { department: 'Support', role: 'Agent', leaveDate: '2026-03-01' }) });
    await t.call('training.courses.update', { id: sales.id, course: course('Selling with privacy', { kind: 'privacy', audience: { allStaff: false, departments: ['Sales', 'Engineering'], roles: [], newJoinersWithinDays: null } }) });
    expect(await t.call('training.assignments.generate', {})).toEqual({ created: 1, reopened: 0, closed: 1, open: 7 });
    expect(await byCourse(all.id)).toEqual(['Ana Sales', 'Ben Dev', 'Dee Joiner']);
    expect(await byCourse(sales.id)).toEqual(['Ana Sales', 'Ben Dev']);
    await t.call('training.people.update', { id: cy.id, person: person('Cy Support', { department: 'Support', role: 'Agent' }) });
    expect(await t.call('training.assignments.generate', {})).toEqual({ created: 0, reopened: 1, closed: 0, open: 8 });
    expect(dee.startDate).toBe('2026-02-20');
    expect(ben.left).toBe(false);

    const runs = (await t.call('audit.list', { limit: 100 })).filter((e) => e.entityType === 'training_assignment_run');
    expect(runs).toHaveLength(4);
    expect(runs[0]!.procedure).toBe('training.assignments.generate');
  });

  it('completions move the next due date on; fails do not; overdue and expiring lists; rates', async () => {
    const { ana, ben, cy, dee } = await staff();
    const all = await t.call('training.courses.create', course('Security awareness', { schedule: { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 60 } } }));
    await t.call('training.completions.record', { personId: ben.id, courseId: all.id, completedOn: '2025-02-01', score: 95, evidenceFileId: null, certificateRef: '' });
    await t.call('training.completions.record', { personId: cy.id, courseId: all.id, completedOn: '2025-03-20', score: 90, evidenceFileId: null, certificateRef: 'CERT-1' });
    await t.call('training.assignments.generate', {});
    const due = async (id: string) => (await assignments({ personId: id }))[0]!;
    expect(await due(ben.id)).toMatchObject({ dueOn: '2026-02-01', state: 'overdue', lastCompletedOn: '2025-02-01' });
    expect(await due(cy.id)).toMatchObject({ dueOn: '2026-03-20', state: 'due_soon' });
    expect(await due(ana.id)).toMatchObject({ dueOn: '2026-05-02', state: 'pending', lastCompletedOn: null });
    expect((await assignments({ state: 'overdue' })).map((a) => a.personName)).toEqual(['Ben Dev']);
    expect((await assignments({ state: 'due_soon' })).map((a) => a.personName)).toEqual(['Cy Support']);

    // A fail is recorded but changes nothing; a missing score is refused; a pass moves the date on.
    const failed = await t.call('training.completions.record', { personId: ben.id, courseId: all.id, completedOn: '2026-03-02', score: 60, evidenceFileId: null, certificateRef: '' });
    expect(failed.passed).toBe(false);
    expect((await due(ben.id)).dueOn).toBe('2026-02-01');
    const noScore = await t.fail('training.completions.record', { personId: ben.id, courseId: all.id, completedOn: '2026-03-02', score: null, evidenceFileId: null, certificateRef: '' });
    expect(noScore.details?.issues).toEqual([expect.objectContaining({ path: ['score'], code: 'score_required' })]);
    const future = await t.fail('training.completions.record', { personId: ben.id, courseId: all.id, completedOn: '2026-03-04', score: 90, evidenceFileId: null, certificateRef: '' });
    expect(future.details?.issues).toEqual([expect.objectContaining({ path: ['completedOn'], code: 'in_future' })]);

    let rates = await t.call('training.rates', {});
    expect(rates).toMatchObject({ total: 4, done: 1, overdue: 1, dueSoon: 1 });
    const passed = await t.call('training.completions.record', { personId: ben.id, courseId: all.id, completedOn: '2026-03-03', score: 85, evidenceFileId: null, certificateRef: 'CERT-2' });
    expect(passed).toMatchObject({ passed: true, personName: 'Ben Dev', courseTitle: 'Security awareness' });
    // The people list is shared with policies: deleting Ben there is refused too, with a reason.
    const kept = await t.fail('training.people.delete', { id: ben.id });
    expect(kept.details?.issues).toEqual([expect.objectContaining({ path: ['id'], code: 'person_has_training' })]);
    expect(await due(ben.id)).toMatchObject({ dueOn: '2027-03-03', state: 'done', lastCompletedOn: '2026-03-03' });
    rates = await t.call('training.rates', {});
    expect(rates).toMatchObject({ total: 4, done: 2, overdue: 0 });
    expect(rates.byDepartment).toEqual([
      { key: 'Sales', label: 'Sales', total: 1, done: 0, rate: 0 },
      { key: 'Support', label: 'Support', total: 2, done: 1, rate: 50 },
      { key: 'Engineering', label: 'Engineering', total: 1, done: 1, rate: 100 },
    ]);
    expect(rates.byCourse).toEqual([{ key: all.id, label: 'Security awareness', total: 4, done: 2, rate: 50 }]);
    // Generating again keeps the completion's date.
    expect(await t.call('training.assignments.generate', {})).toMatchObject({ created: 0, closed: 0 });
    expect((await due(ben.id)).dueOn).toBe('2027-03-03');

    const monthly = await t.call('training.rates.monthly', {});
    expect(monthly.map((m) => m.month)).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    // April 2025: Ben (Feb 2025) and Cy (Mar 2025) are current; Dee had not started.
    expect(monthly[0]).toEqual({ month: '2025-04', total: 3, done: 2, rate: 66.7 });
    // February 2026: Ben's expired on the 1st; Dee has started.
    expect(monthly[10]).toEqual({ month: '2026-02', total: 4, done: 1, rate: 25 });
    expect(monthly[11]).toEqual({ month: '2026-03', total: 4, done: 2, rate: 50 });
    expect(dee.department).toBe('Support');

    const completions = await t.call('training.completions.list', { personId: ben.id });
    expect(completions.map((c) => [c.completedOn, c.passed])).toEqual([
      ['2026-03-03', true],
      ['2026-03-02', false],
      ['2025-02-01', true],
    ]);
  });

  it('puts training on the agenda per course, indexes courses and people, and links completions as evidence', async () => {
    const { ben, cy } = await staff();
    const all = await t.call('training.courses.create', course('Zanzibar awareness'));
    await t.call('training.completions.record', { personId: ben.id, courseId: all.id, completedOn: '2025-02-01', score: 95, evidenceFileId: null, certificateRef: '' });
    await t.call('training.completions.record', { personId: cy.id, courseId: all.id, completedOn: '2025-01-15', score: 95, evidenceFileId: null, certificateRef: '' });
    await t.call('training.assignments.generate', {});
    const agenda = (await t.call('agenda.list', { limit: 500 })).filter((item) => item.kind.startsWith('training'));
    expect(agenda.map((item) => [item.kind, item.title, item.due])).toEqual([
      ['training_overdue', 'Zanzibar awareness (2)', '2026-01-15'],
      ['training_due_soon', 'Zanzibar awareness (2)', '2026-04-02'],
    ]);
    expect(agenda[0]!.link).toEqual({ screen: 'training', params: { tab: 'overdue', id: all.id } });

    const hits = await t.call('search.query', { q: 'Zanzibar' });
    expect(hits[0]).toMatchObject({ entityType: 'training_course', link: { screen: 'training', params: { tab: 'courses', id: all.id } } });
    expect((await t.call('search.query', { q: 'Joiner' }))[0]).toMatchObject({ entityType: 'person', link: { screen: 'training', params: { tab: 'people' } } });

    for (const [framework, controlId] of [
      ['iso27001', 'A.6.3'],
      ['soc2', 'CC1.4'],
      ['soc2', 'CC2.2'],
    ] as const) {
      const evidence = await t.call('evidence.forControl', { framework, controlId });
      expect(JSON.stringify(evidence), controlId).toContain('Zanzibar awareness — Ben Dev (2025-02-01)');
    }
    const overview = await t.call('workspace.overview', {});
    expect(overview.recordCounts).toContainEqual({ entity: 'training_completions', count: 2 });
    expect(overview.recordCounts).toContainEqual({ entity: 'people', count: 4 });

    // A course with completions is kept; a person with completions too.
    expect((await t.fail('training.courses.delete', { id: all.id })).details?.issues).toEqual([expect.objectContaining({ code: 'course_has_completions' })]);
    expect((await t.fail('training.people.delete', { id: ben.id })).details?.issues).toEqual([expect.objectContaining({ code: 'person_has_training' })]);
    const empty = await t.fail('training.courses.create', course('Nobody', { audience: { allStaff: false, departments: [], roles: [], newJoinersWithinDays: null } }));
    expect(empty.details?.issues).toEqual([expect.objectContaining({ path: ['audience'], code: 'audience_empty' })]);
  });
});
