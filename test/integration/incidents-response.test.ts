// Incident response on a real SQLCipher workspace, through the contract: the checklist copied from an
// approved runbook (due times from awareness, overdue marking, ticking with who and when, the
// timeline), the notification letters in both languages filled from the incident, the
// post-incident review that a breach needs before it closes, its corrective actions on the agenda,
// and the dashboard figures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/contract';
import { BREACH_LETTER_KINDS } from '../../shared/contract/areas/incidents';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';
import { systemInput } from '../support/inputs';

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

async function system(name: string, country: string | null) {
  return t.call('inventory.systems.create', systemInput(name, { country }));
}

/** A storefront used for EU and Chinese orders and by a US mailer: GDPR, PIPL and CCPA all apply. */
async function inventory() {
  const customers = await t.call('inventory.subjectCategories.create', { name: 'Online shoppers', description: '', includesMinors: false });
  const shop = await system('Storefront', 'US');
  await t.call('inventory.dataCategories.create', { name: 'Delivery addresses', examples: '', sensitivity: ['ordinary'], systemIds: [shop.id] });
  await t.call('inventory.dataCategories.create', { name: 'Payment card numbers', examples: '', sensitivity: ['pipl_sensitive'], systemIds: [shop.id] });
  for (const [name, gdprBasis, piplBasis] of [
    ['EU orders', 'b', null],
    ['China orders', null, '2'],
  ] as const) {
    await t.call('inventory.activities.create', {
      name,
      purpose: '',
      role: 'controller',
      gdprBasis,
      gdprArt9Condition: null,
      piplBasis,
      separateConsent: false,
      ccpaBusinessPurpose: '',
      sold: false,
      shared: false,
      dataCategoryIds: [],
      subjectCategoryIds: [customers.id],
      systemIds: [shop.id],
      recipients: '',
      retentionMonths: 24,
      deletionMethod: '',
      volumeEstimate: 1000,
      source: 'collected_from_subject',
      automatedDecisions: false,
      dpiaOverride: null,
      dpiaCompletedOn: null,
      pipiaOverride: null,
      pipiaCompletedOn: null,
      owner: '',
      reviewDate: null,
    });
  }
  await t.call('organisation.update', { ...(await t.call('organisation.get', {})), dpoName: 'Dana Park', dpoEmail: 'dpo@acme.example', jurisdictions: ['gdpr', 'pipl', 'ccpa'] });
  return { shop };
}

function breach(systemIds: string[], overrides: Partial<ProcedureInput<'incidents.create'>> = {}): ProcedureInput<'incidents.create'> {
  return {
    title: 'Card skimmer on the checkout page',
    description: 'A malicious script injected into the checkout page copied card details to an outside server.',
    detectedAt: '2026-03-02T08:00:00Z',
    becameAwareAt: '2026-03-02T09:30:00Z',
    reporter: 'Payment processor',
    severity: 'critical',
    systemIds,
    personalDataBreach: true,
    estimatedPeople: 1234,
    estimatedRecords: 5678,
    californiaResidents: 800,
    highRisk: true,
    riskReasoning: 'Card numbers with expiry dates allow fraudulent payments.',
    exemption: null,
    exemptionReasoning: '',
    effects: 'Shoppers may see fraudulent charges on their cards.',
    remedialAction: 'The script was removed and the content security policy tightened.',
    ...overrides,
  };
}

/** The personal-data breach runbook, created from its template and approved. */
async function approvedRunbook(language: 'en' | 'zh-CN' = 'en') {
  const created = await t.call('runbooks.create', { owner: 'DPO', language, templateId: 'personal-data-breach' });
  await t.call('runbooks.approve', { runbookId: created.runbook.id, versionId: created.versions[0]!.id, approver: 'Dana Park' });
  const checklist = await t.call('runbooks.checklist', { runbookId: created.runbook.id });
  return { id: created.runbook.id, checklist: checklist! };
}

describe('checklist from a runbook', () => {
  it('copies the approved steps with due times from awareness, marks overdue ones, and ticking records who and when on the timeline', async () => {
    const inv = await inventory();
    const runbook = await approvedRunbook();
    const incident = await t.call('incidents.create', breach([inv.shop.id]));
    expect(incident.checklist).toBeNull();

    const chosen = await t.call('incidents.checklist.choose', { id: incident.id, runbookId: runbook.id });
    const steps = chosen.checklist!.steps;
    expect(chosen.checklist).toMatchObject({ runbookId: runbook.id, runbookVersionId: runbook.checklist.versionId });
    expect(steps.map((step) => [step.position, step.title, step.role, step.targetMinutes])).toEqual(
      runbook.checklist.steps.map((step) => [step.order, step.title, step.role, step.targetMinutes]),
    );
    const aware = Date.parse('2026-03-02T09:30:00Z');
    for (const step of steps) {
      expect(step.due).toBe(step.targetMinutes === null ? null : new Date(aware + step.targetMinutes * 60_000).toISOString());
      // Now is 24.5 hours after awareness: every step with an earlier target is overdue.
      expect(step.overdue).toBe(step.due !== null && step.due < clock.toISOString());
      expect(step.state).toBe('open');
    }
    expect(steps.some((step) => step.overdue)).toBe(true);
    expect(steps.some((step) => !step.overdue)).toBe(true);
    expect(steps.some((step) => step.decision !== null)).toBe(true);

    // Ticked by a person of the people list, with a note: no longer overdue, on the timeline.
    const person = await t.call('training.people.create', { name: 'Sam Rivera', email: '', department: 'Security' });
    const first = steps[0]!;
    const ticked = await t.call('incidents.checklist.tick', { id: incident.id, stepId: first.id, personId: person.id, doneBy: '', doneAt: '2026-03-02T10:15:00Z', note: 'Bridge opened' });
    expect(ticked.checklist!.steps[0]).toMatchObject({ state: 'done', doneByPersonId: person.id, doneBy: 'Sam Rivera', doneAt: '2026-03-02T10:15:00.000Z', note: 'Bridge opened', overdue: false });
    expect(ticked.timeline).toContainEqual(expect.objectContaining({ at: '2026-03-02T10:15:00.000Z', actor: 'Sam Rivera', action: `Checklist step 1 done: ${first.title} — Bridge opened` }));

    // Free text for someone not on the list; a skip needs its reason; nobody at all is refused.
    const second = steps[1]!;
    const nobody = await t.fail('incidents.checklist.tick', { id: incident.id, stepId: second.id, personId: null, doneBy: '', doneAt: '2026-03-02T11:00:00Z', note: '' });
    expect(JSON.stringify(nobody.details)).toContain('done_by_required');
    const future = await t.fail('incidents.checklist.tick', { id: incident.id, stepId: second.id, personId: null, doneBy: 'Forensics firm', doneAt: '2026-03-04T11:00:00Z', note: '' });
    expect(JSON.stringify(future.details)).toContain('doneAt');
    await t.call('incidents.checklist.tick', { id: incident.id, stepId: second.id, personId: null, doneBy: 'Forensics firm', doneAt: '2026-03-02T11:00:00Z', note: '' });
    const noReason = await t.fail('incidents.checklist.skip', { id: incident.id, stepId: steps[4]!.id, personId: null, doneBy: 'Dana Park', reason: '' });
    expect(noReason.code).toBe('INVALID_INPUT');
    const skipped = await t.call('incidents.checklist.skip', { id: incident.id, stepId: steps[4]!.id, personId: null, doneBy: 'Dana Park', reason: 'No insurance policy' });
    expect(skipped.checklist!.steps[4]).toMatchObject({ state: 'skipped', skippedReason: 'No insurance policy', overdue: false });
    const twice = await t.fail('incidents.checklist.tick', { id: incident.id, stepId: second.id, personId: null, doneBy: 'X', doneAt: '2026-03-02T11:00:00Z', note: '' });
    expect(JSON.stringify(twice.details)).toContain('step_not_open');

    // Once work has started the checklist cannot be replaced; undoing a step opens it again.
    const replace = await t.fail('incidents.checklist.choose', { id: incident.id, runbookId: runbook.id });
    expect(JSON.stringify(replace.details)).toContain('checklist_started');
    const reopened = await t.call('incidents.checklist.reopen', { id: incident.id, stepId: second.id });
    expect(reopened.checklist!.steps[1]).toMatchObject({ state: 'open', doneBy: '', doneAt: null });

    // Every change is audited on the incident, with the steps' state.
    const events = (await t.call('audit.list', { limit: 100 })).filter((event) => event.entityType === 'incident' && event.procedure.startsWith('incidents.checklist.'));
    expect(events.map((event) => event.procedure).sort()).toEqual(['incidents.checklist.choose', 'incidents.checklist.reopen', 'incidents.checklist.skip', 'incidents.checklist.tick', 'incidents.checklist.tick'].sort());
    expect(JSON.stringify(events.find((event) => event.procedure === 'incidents.checklist.skip'))).toContain('No insurance policy');
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses a runbook without an approved version; the checklist keeps the version it copied', async () => {
    const inv = await inventory();
    const draft = await t.call('runbooks.create', { owner: 'DPO', language: 'en', templateId: 'ransomware' });
    const incident = await t.call('incidents.create', breach([inv.shop.id]));
    const refused = await t.fail('incidents.checklist.choose', { id: incident.id, runbookId: draft.runbook.id });
    expect(JSON.stringify(refused.details)).toContain('runbook_not_approved');
    expect((await t.call('incidents.get', { id: incident.id })).checklist).toBeNull();

    const runbook = await approvedRunbook();
    const chosen = await t.call('incidents.checklist.choose', { id: incident.id, runbookId: runbook.id });
    // A new approved version of the runbook does not change the incident's copy.
    const next = await t.call('runbooks.draft.start', { runbookId: runbook.id });
    const content = { ...next.content, steps: next.content.steps.map((step, index) => (index === 0 ? { ...step, title: 'Changed later' } : step)) };
    await t.call('runbooks.draft.save', { runbookId: runbook.id, versionId: next.id, content });
    await t.call('runbooks.approve', { runbookId: runbook.id, versionId: next.id, approver: 'Dana Park' });
    const after = await t.call('incidents.get', { id: incident.id });
    expect(after.checklist!.runbookVersionId).toBe(chosen.checklist!.runbookVersionId);
    expect(after.checklist!.steps[0]!.title).toBe(chosen.checklist!.steps[0]!.title);
    expect(after.checklist!.steps[0]!.title).not.toBe('Changed later');
  });
});

describe('notification letters', () => {
  async function breachWithAction() {
    const inv = await inventory();
    const incident = await t.call('incidents.create', breach([inv.shop.id]));
    await t.call('incidents.actions.add', { id: incident.id, action: { description: 'Add subresource integrity to every checkout script', owner: 'Web team', dueDate: '2026-04-01', status: 'open' } });
    return incident;
  }

  it('drafts each kind in English and Chinese with the contents the law requires, filled from the incident', async () => {
    const incident = await breachWithAction();
    const letters: Record<string, string> = {};
    for (const kind of BREACH_LETTER_KINDS) {
      for (const language of ['en', 'zh-CN'] as const) {
        const draft = await t.call('incidents.letters.draft', { id: incident.id, kind, language });
        expect(draft).toMatchObject({ kind, language });
        letters[`${kind}:${language}`] = draft.text;
        // Every letter: the categories of data, the measures taken and planned, the contact point.
        for (const fact of ['Delivery addresses', 'Payment card numbers', 'The script was removed', 'Add subresource integrity to every checkout script', 'Dana Park', 'dpo@acme.example']) {
          expect(draft.text, `${kind} ${language}: ${fact}`).toContain(fact);
        }
      }
    }
    const [people, records] = ['1,234', '5,678'];
    // GDPR Art 33(3): nature incl. categories and approximate numbers of subjects and records, DPO, consequences, measures.
    const art33 = letters['gdpr_authority:en']!;
    for (const part of ['Article 33', 'Nature of the personal data breach', 'Online shoppers', people, records, 'Data protection officer', 'Likely consequences', 'Shoppers may see fraudulent charges', 'Measures taken or proposed', 'A malicious script']) {
      expect(art33, part).toContain(part);
    }
    expect(letters['gdpr_authority:zh-CN']).toContain('第 33 条');
    expect(letters['gdpr_authority:zh-CN']).toContain('1,234');
    // Art 34: the same in plain language, without the numbers.
    const art34 = letters['gdpr_subjects:en']!;
    for (const part of ['What happened', 'A malicious script', 'What this could mean for you', 'Shoppers may see fraudulent charges', 'What we have done', 'What you can do']) expect(art34, part).toContain(part);
    expect(art34).not.toContain(people);
    expect(art34).not.toContain(records);
    expect(letters['gdpr_subjects:zh-CN']).not.toContain(people);
    expect(letters['gdpr_subjects:zh-CN']).toContain('您可以怎么做');
    // California: the title and the five statutory headings, in order.
    const california = letters['california_notice:en']!;
    const headings = ['NOTICE OF DATA BREACH', 'What Happened?', 'What Information Was Involved?', 'What We Are Doing.', 'What You Can Do.', 'For More Information.'];
    const positions = headings.map((heading) => california.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const heading of headings) expect(letters['california_notice:zh-CN'], heading).toContain(heading);
    // PIPL Art 57: categories, cause, possible harm, remedial measures, what individuals can do, contact.
    const pipl = letters['pipl_notice:zh-CN']!;
    for (const part of ['第五十七条', '涉及的个人信息种类', '事件发生的原因', 'A malicious script', '可能造成的危害', 'Shoppers may see fraudulent charges', '补救措施', '减轻危害的措施', '联系方式']) expect(pipl, part).toContain(part);
    for (const part of ['Article 57', 'Categories of personal information involved', 'Cause of the incident', 'Harm that may result', 'Remedial measures', 'mitigate harm', 'How to contact us']) {
      expect(letters['pipl_notice:en'], part).toContain(part);
    }
    // Dates are written in the reader's language, in the organisation's time zone.
    expect(art33).toContain('March 2, 2026');
    expect(letters['gdpr_authority:zh-CN']).toContain('2026年3月2日');
  });

  it("names each law's contact point: the DPO to GDPR readers, the privacy contact to Californians, the PIPL officer under the PIPL", async () => {
    const profile = await t.call('organisation.get', {});
    await t.call('organisation.update', { ...profile, privacyEmail: 'privacy@acme.example', privacyPhone: '+1 415 555 0100', piplOfficerName: 'Li Wei', piplOfficerEmail: 'pipl@acme.example' });
    try {
      const incident = await breachWithAction();
      const draft = async (kind: (typeof BREACH_LETTER_KINDS)[number]) => (await t.call('incidents.letters.draft', { id: incident.id, kind, language: 'en' })).text;
      for (const kind of ['gdpr_authority', 'gdpr_subjects'] as const) {
        expect(await draft(kind), kind).toContain('Dana Park, dpo@acme.example');
      }
      const california = await draft('california_notice');
      expect(california).toContain('privacy@acme.example, +1 415 555 0100');
      expect(california).not.toContain('dpo@acme.example');
      const pipl = await draft('pipl_notice');
      expect(pipl).toContain('Li Wei, pipl@acme.example');
      expect(pipl).not.toContain('dpo@acme.example');
    } finally {
      await t.call('organisation.update', profile);
    }
  });

  it('defaults to the reader’s language (Chinese under the PIPL) and the draft can be recorded as the notification', async () => {
    const incident = await breachWithAction();
    expect((await t.call('incidents.letters.draft', { id: incident.id, kind: 'pipl_notice' })).language).toBe('zh-CN');
    expect((await t.call('incidents.letters.draft', { id: incident.id, kind: 'gdpr_authority' })).language).toBe('en');
    expect((await t.call('incidents.letters.draft', { id: incident.id, kind: 'california_notice' })).language).toBe('en');
    const draft = await t.call('incidents.letters.draft', { id: incident.id, kind: 'gdpr_authority' });
    const edited = `${draft.text}\n\nAttachment: forensic summary.`;
    const recorded = await t.call('incidents.notifications.record', { id: incident.id, law: 'gdpr', key: 'notify_authority', sentAt: '2026-03-03T09:00:00Z', content: edited, reference: 'DPC-77' });
    expect(recorded.clocks.find((clock) => clock.law === 'gdpr' && clock.key === 'notify_authority')).toMatchObject({ state: 'sent', content: edited, reference: 'DPC-77' });
    // Late: the Art 33 draft then asks for the reasons for the delay.
    clock = new Date('2026-03-06T10:00:00Z');
    const late = await t.call('incidents.create', breach([], { title: 'Late one' }));
    await t.call('incidents.update', { id: late.id, incident: breach([(await t.call('inventory.systems.list', {}))[0]!.id], { title: 'Late one' }) });
    expect((await t.call('incidents.letters.draft', { id: late.id, kind: 'gdpr_authority' })).text).toContain('Reasons for the delay');
    expect((await t.call('incidents.letters.draft', { id: incident.id, kind: 'gdpr_authority', language: 'en' })).text).toContain('Reasons for the delay');
  });
});

describe('post-incident review and corrective actions', () => {
  const review = { rootCause: 'An outdated tag manager let a third party change the checkout page.', contributingFactors: 'No integrity checks', lessonsLearned: 'Pin and verify every script.', wentWell: 'Processor alert came fast', reviewedBy: 'Dana Park', reviewedAt: '2026-03-03T09:00:00Z' };

  it('a breach closes only with its review; the review is audited and evidence of A.5.27 and CC7.5', async () => {
    const inv = await inventory();
    const incident = await t.call('incidents.create', breach([inv.shop.id]));
    await t.call('incidents.setStatus', { id: incident.id, status: 'contained' });
    const refused = await t.fail('incidents.setStatus', { id: incident.id, status: 'closed' });
    expect(refused.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(refused.details)).toContain('review_before_close');
    const missing = await t.fail('incidents.review.save', { id: incident.id, review: { ...review, lessonsLearned: '' } });
    expect(JSON.stringify(missing.details)).toContain('lessonsLearned');
    const saved = await t.call('incidents.review.save', { id: incident.id, review });
    expect(saved.review).toMatchObject({ rootCause: review.rootCause, reviewedBy: 'Dana Park', reviewedAt: '2026-03-03T09:00:00.000Z' });
    const closed = await t.call('incidents.setStatus', { id: incident.id, status: 'closed' });
    expect(closed.status).toBe('closed');

    // An incident that is not a breach closes without one.
    const minor = await t.call('incidents.create', breach([], { title: 'Port scan', personalDataBreach: false }));
    await t.call('incidents.setStatus', { id: minor.id, status: 'contained' });
    expect((await t.call('incidents.setStatus', { id: minor.id, status: 'closed' })).status).toBe('closed');

    const events = (await t.call('audit.list', { limit: 200 })).filter((event) => event.entityType === 'incident_review');
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0])).toContain('Pin and verify every script.');
    for (const [framework, controlId] of [
      ['iso27001', 'A.5.27'],
      ['soc2', 'CC7.5'],
    ] as const) {
      const evidence = await t.call('evidence.forControl', { framework, controlId });
      expect(JSON.stringify(evidence), controlId).toContain('incident_review');
    }
  });

  it('open corrective actions are on the agenda until done, overdue once past their date; the figures count them', async () => {
    const inv = await inventory();
    const incident = await t.call('incidents.create', breach([inv.shop.id]));
    const withActions = await t.call('incidents.actions.add', { id: incident.id, action: { description: 'Pin checkout scripts with SRI', owner: 'Web team', dueDate: '2026-03-01', status: 'open' } });
    await t.call('incidents.actions.add', { id: incident.id, action: { description: 'Retire the tag manager', owner: 'Marketing', dueDate: '2026-04-15', status: 'in_progress' } });
    await t.call('incidents.actions.add', { id: incident.id, action: { description: 'Already handled', owner: '', dueDate: '2026-03-02', status: 'done' } });
    const overdue = withActions.actions[0]!;
    expect(overdue.overdue).toBe(true);
    const agenda = (await t.call('agenda.list', {})).filter((item) => item.kind === 'incident_action');
    expect(agenda.map((item) => [item.title, item.due, item.overdue])).toEqual([
      [`${incident.ref} Pin checkout scripts with SRI`, '2026-03-01', true],
      [`${incident.ref} Retire the tag manager`, '2026-04-15', false],
    ]);
    expect(agenda[0]!.link).toEqual({ screen: 'incidents', params: { id: incident.id } });
    let figures = await t.call('incidents.figures', {});
    expect(figures.openActions).toBe(2);

    const done = await t.call('incidents.actions.update', { id: incident.id, actionId: overdue.id, action: { description: 'Pin checkout scripts with SRI', owner: 'Web team', dueDate: '2026-03-01', status: 'done' } });
    expect(done.actions.find((action) => action.id === overdue.id)).toMatchObject({ status: 'done', completedAt: '2026-03-03T10:00:00.000Z', overdue: false });
    expect((await t.call('agenda.list', {})).filter((item) => item.kind === 'incident_action').map((item) => item.title)).toEqual([`${incident.ref} Retire the tag manager`]);
    figures = await t.call('incidents.figures', {});
    expect(figures.openActions).toBe(1);
    const bad = await t.fail('incidents.actions.add', { id: incident.id, action: { description: '', owner: '', dueDate: '2026-02-30', status: 'open' } });
    expect(JSON.stringify(bad.details)).toMatch(/description|dueDate/);
  });
});

describe('dashboard figures', () => {
  it('counts open incidents, open and overdue breach clocks, this year’s incidents by severity and open requests', async () => {
    const inv = await inventory();
    await t.call('incidents.create', breach([inv.shop.id]));
    await t.call('incidents.create', breach([], { title: 'Lost phone', personalDataBreach: false, severity: 'low' }));
    const last = await t.call('incidents.create', breach([], { title: 'Old one', personalDataBreach: false, severity: 'high', detectedAt: '2025-12-30T08:00:00Z', becameAwareAt: '2025-12-30T09:00:00Z' }));
    await t.call('incidents.setStatus', { id: last.id, status: 'contained' });
    await t.call('incidents.setStatus', { id: last.id, status: 'closed' });
    await t.call('requests.create', {
      receivedAt: '2026-01-02T09:00:00Z',
      channel: 'email',
      law: 'gdpr',
      type: 'access',
      language: 'en',
      requesterName: 'A',
      requesterContact: 'a@example.com',
      relationship: 'self',
      subjectCategoryId: null,
      details: '',
    });
    const figures = await t.call('incidents.figures', {});
    const breachIncident = (await t.call('incidents.list', {})).find((item) => item.personalDataBreach)!;
    const detail = await t.call('incidents.get', { id: breachIncident.id });
    const open = detail.clocks.filter((c) => ['due', 'overdue', 'no_fixed_time'].includes(c.state));
    expect(figures).toEqual({
      openIncidents: 2,
      openClocks: open.length,
      overdueClocks: open.filter((c) => c.state === 'overdue').length,
      thisYearBySeverity: { low: 1, medium: 0, high: 0, critical: 1 },
      openRequests: 1,
      overdueRequests: 1,
      openActions: 0,
    });
    expect(figures.openClocks).toBeGreaterThan(2);
    expect(figures.overdueClocks).toBe(2);
  });

  it('the agenda’s set-wide breach clocks equal each incident’s own', async () => {
    const inv = await inventory();
    const hr = await system('HR suite', 'DE');
    const ids = [
      (await t.call('incidents.create', breach([inv.shop.id]))).id,
      (await t.call('incidents.create', breach([hr.id], { highRisk: null, californiaResidents: null }))).id,
      (await t.call('incidents.create', breach([], { title: 'No systems' }))).id,
    ];
    await t.call('incidents.notifications.record', { id: ids[0]!, law: 'ccpa', key: 'notify_residents', sentAt: '2026-03-03T08:00:00Z', content: '', reference: '' });
    const agenda = (await t.call('agenda.list', {})).filter((item) => item.kind === 'incident_notification').map((item) => item.id);
    const expected: string[] = [];
    for (const id of ids) {
      const incident = await t.call('incidents.get', { id });
      for (const c of incident.clocks) if (['due', 'overdue', 'no_fixed_time'].includes(c.state)) expected.push(`incident_notification:${id}:${c.law}:${c.key}`);
    }
    expect(agenda.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(4);
  });
});
