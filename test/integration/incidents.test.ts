// The incident register through the contract, on a real SQLCipher workspace: what an incident
// touched derived from the inventory's systems, breach clocks per law in the organisation's time
// zone, notifications sent or reasoned away, the breach register and its XLSX/CSV export, the audit
// trail, the agenda, search and evidence links.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../shared/contract';
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

async function system(name: string, country: string | null = null) {
  return t.call('inventory.systems.create', systemInput(name, { country }));
}

async function activity(name: string, fields: { subjectCategoryIds: string[]; systemIds: string[]; gdprBasis?: 'b' | null; piplBasis?: '2' | null; ccpaBusinessPurpose?: string; volumeEstimate?: number }) {
  return t.call('inventory.activities.create', {
    name,
    purpose: '',
    role: 'controller',
    gdprBasis: fields.gdprBasis ?? null,
    gdprArt9Condition: null,
    piplBasis: fields.piplBasis ?? null,
    separateConsent: false,
    ccpaBusinessPurpose: fields.ccpaBusinessPurpose ?? '',
    sold: false,
    shared: false,
    dataCategoryIds: [],
    subjectCategoryIds: fields.subjectCategoryIds,
    systemIds: fields.systemIds,
    recipients: '',
    retentionMonths: 24,
    deletionMethod: '',
    volumeEstimate: fields.volumeEstimate ?? 10,
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

/** A shop: the EU/China storefront (customers in both), a US marketing tool, and an HR suite. */
async function inventory() {
  const customers = await t.call('inventory.subjectCategories.create', { name: 'Customers', description: '', includesMinors: false });
  const staff = await t.call('inventory.subjectCategories.create', { name: 'Staff', description: '', includesMinors: false });
  const shop = await system('Storefront');
  const marketing = await system('Mailer', 'US');
  const hr = await system('HR suite', 'DE');
  await t.call('inventory.dataCategories.create', { name: 'Contact details', examples: '', sensitivity: ['ordinary'], systemIds: [shop.id, marketing.id] });
  await t.call('inventory.dataCategories.create', { name: 'Payment cards', examples: '', sensitivity: ['pipl_sensitive'], systemIds: [shop.id] });
  await t.call('inventory.dataCategories.create', { name: 'Salaries', examples: '', sensitivity: ['ordinary'], systemIds: [hr.id] });
  await activity('EU orders', { subjectCategoryIds: [customers.id], systemIds: [shop.id], gdprBasis: 'b', volumeEstimate: 4000 });
  await activity('China orders', { subjectCategoryIds: [customers.id], systemIds: [shop.id], piplBasis: '2', volumeEstimate: 6000 });
  await activity('Newsletters', { subjectCategoryIds: [customers.id], systemIds: [marketing.id], ccpaBusinessPurpose: 'advertising' });
  await activity('Payroll', { subjectCategoryIds: [staff.id], systemIds: [hr.id] });
  return { shop, marketing, hr, customers, staff };
}

function incident(overrides: Partial<ProcedureInput<'incidents.create'>> = {}): ProcedureInput<'incidents.create'> {
  return {
    title: 'Storefront database exposed',
    description: 'A backup bucket was public.',
    detectedAt: '2026-03-02T08:00:00Z',
    becameAwareAt: '2026-03-02T09:30:00Z',
    reporter: 'Security team',
    severity: 'high',
    systemIds: [],
    personalDataBreach: false,
    estimatedPeople: null,
    estimatedRecords: null,
    californiaResidents: null,
    highRisk: null,
    riskReasoning: '',
    exemption: null,
    exemptionReasoning: '',
    effects: '',
    remedialAction: '',
    ...overrides,
  };
}

const clocksOf = (i: { clocks: { law: string; key: string; due: string | null; state: string }[] }) => i.clocks.map((c) => [c.law, c.key, c.due, c.state]);

describe('derivation from the affected systems', () => {
  it('derives data categories, sensitivity, activities, subject categories and jurisdictions', async () => {
    const inv = await inventory();
    await t.call('organisation.update', { ...(await t.call('organisation.get', {})), jurisdictions: ['gdpr', 'pipl', 'ccpa'] });
    const created = await t.call('incidents.create', incident({ systemIds: [inv.shop.id] }));
    expect(created.ref).toBe('INC-2026-001');
    expect(created.status).toBe('open');
    expect(created.derived.dataCategories.map((c) => c.name)).toEqual(['Contact details', 'Payment cards']);
    expect(created.derived.sensitivity).toEqual(['ordinary', 'pipl_sensitive']);
    expect(created.derived.activities.map((a) => a.name)).toEqual(['China orders', 'EU orders']);
    expect(created.derived.subjectCategories.map((s) => s.name)).toEqual(['Customers']);
    expect(created.derived.jurisdictions).toEqual(['gdpr', 'pipl']);
    expect(created.derived.inventoryVolume).toBe(10_000);

    // The US mailer adds CCPA (business purpose and location); the German HR suite is GDPR by location.
    const mailer = await t.call('incidents.create', incident({ systemIds: [inv.marketing.id] }));
    expect(mailer.ref).toBe('INC-2026-002');
    expect(mailer.derived.jurisdictions).toEqual(['ccpa']);
    const hr = await t.call('incidents.create', incident({ systemIds: [inv.hr.id] }));
    expect(hr.derived.jurisdictions).toEqual(['gdpr']);
    expect(hr.derived.subjectCategories.map((s) => s.name)).toEqual(['Staff']);

    // Only the organisation's jurisdictions count.
    await t.call('organisation.update', { ...(await t.call('organisation.get', {})), jurisdictions: ['gdpr'] });
    expect((await t.call('incidents.get', { id: created.id })).derived.jurisdictions).toEqual(['gdpr']);
  });

  it('refuses an unknown system, awareness before detection and an exemption without reasoning', async () => {
    const unknown = await t.fail('incidents.create', incident({ systemIds: ['00000000-0000-4000-8000-000000000000'] }));
    expect(unknown.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(unknown.details)).toContain('systemIds');
    const before = await t.fail('incidents.create', incident({ becameAwareAt: '2026-03-01T00:00:00Z' }));
    expect(JSON.stringify(before.details)).toContain('becameAwareAt');
    const exemption = await t.fail('incidents.create', incident({ exemption: 'a' }));
    expect(JSON.stringify(exemption.details)).toContain('exemptionReasoning');
    expect(await t.call('incidents.list', {})).toEqual([]);
  });
});

describe('breach clocks', () => {
  it('GDPR 72 hours and PIPL immediately; subjects only when high risk; not for an incident that is not a breach', async () => {
    const inv = await inventory();
    const open = await t.call('incidents.create', incident({ systemIds: [inv.shop.id] }));
    expect(open.clocks).toEqual([]);
    const breach = await t.call('incidents.update', { id: open.id, incident: incident({ systemIds: [inv.shop.id], personalDataBreach: true, highRisk: false }) });
    expect(clocksOf(breach)).toEqual([
      ['gdpr', 'notify_authority', '2026-03-05T09:30:00.000Z', 'due'],
      ['pipl', 'notify_authority', '2026-03-02T09:30:00.000Z', 'overdue'],
      ['pipl', 'notify_subjects', '2026-03-02T09:30:00.000Z', 'overdue'],
    ]);
    expect(breach.clocks.find((c) => c.law === 'pipl')).toMatchObject({ immediate: true, recipient: 'pipl_authority', basis: 'PIPL Art 57' });
    const high = await t.call('incidents.update', { id: open.id, incident: incident({ systemIds: [inv.shop.id], personalDataBreach: true, highRisk: true }) });
    expect(high.clocks.find((c) => c.law === 'gdpr' && c.key === 'notify_subjects')).toMatchObject({ due: null, state: 'no_fixed_time', recipient: 'data_subjects' });
    const list = await t.call('incidents.list', {});
    expect(list[0]).toMatchObject({ personalDataBreach: true, openClocks: 4, nextClock: { law: 'pipl', key: 'notify_authority' } });
    // 72 hours later the GDPR clock is overdue.
    clock = new Date('2026-03-05T09:30:01Z');
    expect((await t.call('incidents.get', { id: open.id })).clocks[0]).toMatchObject({ law: 'gdpr', state: 'overdue' });
  });

  it('California: 30 days in the organisation’s time zone, the Attorney General 15 days after the residents where more than 500', async () => {
    const inv = await inventory();
    await t.call('organisation.update', { ...(await t.call('organisation.get', {})), timeZone: 'America/Los_Angeles' });
    const base = { systemIds: [inv.marketing.id], personalDataBreach: true, becameAwareAt: '2026-03-02T09:30:00Z', detectedAt: '2026-03-02T09:00:00Z' };
    const few = await t.call('incidents.create', incident({ ...base, californiaResidents: 200 }));
    expect(few.timeZone).toBe('America/Los_Angeles');
    // Aware at 01:30 local on 2 March: 30 days later is 1 April, ending at midnight Pacific (07:00 UTC).
    expect(clocksOf(few)).toEqual([['ccpa', 'notify_residents', '2026-04-02T06:59:59.999Z', 'due']]);
    const many = await t.call('incidents.create', incident({ ...base, californiaResidents: 800 }));
    expect(clocksOf(many)).toEqual([
      ['ccpa', 'notify_residents', '2026-04-02T06:59:59.999Z', 'due'],
      ['ccpa', 'notify_attorney_general', '2026-04-17T06:59:59.999Z', 'due'],
    ]);
    const notified = await t.call('incidents.notifications.record', { id: many.id, law: 'ccpa', key: 'notify_residents', sentAt: '2026-03-03T09:00:00Z', content: 'Letter', reference: 'mail-1' });
    expect(notified.clocks.find((c) => c.key === 'notify_attorney_general')?.due).toBe('2026-03-19T06:59:59.999Z');
    const none = await t.call('incidents.create', incident({ ...base, californiaResidents: 0 }));
    expect(none.clocks).toEqual([]);
  });
});

describe('notifications, register, audit, agenda', () => {
  it('records sent and not-needed notifications; the register and its exports hold every breach; all audited; open clocks on the agenda', async () => {
    const inv = await inventory();
    const notified = await t.call(
      'incidents.create',
      incident({ systemIds: [inv.shop.id], personalDataBreach: true, highRisk: true, estimatedPeople: 1200, estimatedRecords: 5000, effects: 'Card numbers exposed', remedialAction: 'Bucket closed, keys rotated' }),
    );
    const quiet = await t.call(
      'incidents.create',
      incident({
        title: 'Encrypted laptop lost',
        systemIds: [inv.hr.id],
        personalDataBreach: true,
        highRisk: true,
        riskReasoning: 'Salaries of all staff',
        exemption: 'a',
        exemptionReasoning: 'Full-disk encryption with a strong passphrase',
      }),
    );
    await t.call('incidents.create', incident({ title: 'Phishing attempt blocked' }));

    const agendaBefore = (await t.call('agenda.list', { limit: 500 })).filter((item) => item.kind === 'incident_notification');
    expect(agendaBefore.map((item) => [item.title, item.due, item.overdue])).toEqual(
      expect.arrayContaining([
        ['INC-2026-001 PIPL pipl_authority', '2026-03-02', true],
        ['INC-2026-001 GDPR authority', '2026-03-05', false],
      ]),
    );
    expect(agendaBefore.find((item) => item.title === 'INC-2026-001 GDPR authority')?.link).toEqual({ screen: 'incidents', params: { id: notified.id } });

    const after = await t.call('incidents.notifications.record', { id: notified.id, law: 'gdpr', key: 'notify_authority', sentAt: '2026-03-03T09:00:00Z', content: 'Art 33 form', reference: 'DPC-2026-77' });
    expect(after.clocks.find((c) => c.law === 'gdpr' && c.key === 'notify_authority')).toMatchObject({ state: 'sent', sentAt: '2026-03-03T09:00:00.000Z', reference: 'DPC-2026-77' });
    const future = await t.fail('incidents.notifications.record', { id: notified.id, law: 'gdpr', key: 'notify_subjects', sentAt: '2026-03-04T09:00:00Z', content: '', reference: '' });
    expect(JSON.stringify(future.details)).toContain('sentAt');
    const noClock = await t.fail('incidents.notifications.record', { id: notified.id, law: 'ccpa', key: 'notify_residents', sentAt: '2026-03-03T09:00:00Z', content: '', reference: '' });
    expect(noClock.code).toBe('INVALID_INPUT');
    await t.call('incidents.notifications.notNeeded', { id: quiet.id, law: 'gdpr', key: 'notify_subjects', reason: 'Art 34(3)(a): the data was encrypted' });
    const quietAfter = await t.call('incidents.notifications.notNeeded', { id: quiet.id, law: 'gdpr', key: 'notify_authority', reason: 'Unlikely to result in a risk: encrypted' });
    expect(quietAfter.clocks.map((c) => c.state)).toEqual(['not_needed', 'not_needed']);

    const agendaAfter = (await t.call('agenda.list', { limit: 500 })).filter((item) => item.kind === 'incident_notification').map((item) => item.title);
    expect(agendaAfter).not.toContain('INC-2026-001 GDPR authority');
    expect(agendaAfter.some((title) => title.startsWith('INC-2026-002'))).toBe(false);

    const register = await t.call('incidents.register', {});
    expect(register.map((entry) => entry.ref).sort()).toEqual(['INC-2026-001', 'INC-2026-002']);
    const quietEntry = register.find((entry) => entry.ref === 'INC-2026-002')!;
    expect(quietEntry).toMatchObject({ exemption: 'a', exemptionReasoning: 'Full-disk encryption with a strong passphrase', dataCategories: ['Salaries'] });

    const csv = await t.call('incidents.register.export', { format: 'csv' });
    const text = Buffer.from(csv.base64!, 'base64').toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(parsed).toHaveLength(3);
    expect(parsed[0]![0]).toBe('Reference');
    expect(parsed.flat().join('\n')).toContain('DPC-2026-77');
    expect(parsed.flat().join('\n')).toContain('Art 34(3)(a): the data was encrypted');

    const xlsx = await t.call('incidents.register.export', { format: 'xlsx', destination: t.dir });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.path!);
    const cells: string[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain('INC-2026-001');
    expect(cells).toContain('Card numbers exposed');
    expect(cells.join('\n')).not.toContain('Phishing attempt blocked');

    const events = (await t.call('audit.list', { limit: 500 })).filter((event) => event.entityType === 'incident');
    expect(events.map((event) => event.procedure)).toEqual(
      expect.arrayContaining(['incidents.create', 'incidents.notifications.record', 'incidents.notifications.notNeeded']),
    );
    expect(events).toHaveLength(6);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('status flow and timeline; search and evidence links', async () => {
    const created = await t.call('incidents.create', incident({ title: 'Ransomware on file server' }));
    const refused = await t.fail('incidents.setStatus', { id: created.id, status: 'closed' });
    expect(refused.code).toBe('INVALID_INPUT');
    const contained = await t.call('incidents.setStatus', { id: created.id, status: 'contained' });
    expect(contained.containedAt).toBe('2026-03-03T10:00:00.000Z');
    const closed = await t.call('incidents.setStatus', { id: created.id, status: 'closed' });
    expect(closed).toMatchObject({ status: 'closed', containedAt: '2026-03-03T10:00:00.000Z', closedAt: '2026-03-03T10:00:00.000Z' });
    await t.call('incidents.timeline.add', { id: created.id, at: '2026-03-02T12:00:00Z', actor: 'IT', action: 'Isolated the server' });
    const withTimeline = await t.call('incidents.timeline.add', { id: created.id, at: '2026-03-02T11:00:00Z', actor: 'SOC', action: 'Alert triaged' });
    expect(withTimeline.timeline.map((entry) => entry.action)).toEqual(['Alert triaged', 'Isolated the server']);

    const hits = await t.call('search.query', { q: 'Ransomware' });
    expect(hits[0]).toMatchObject({ entityType: 'incident', link: { screen: 'incidents', params: { id: created.id } } });
    for (const [framework, controlId] of [
      ['iso27001', 'A.5.24'],
      ['iso27001', 'A.5.26'],
      ['iso27001', 'A.6.8'],
      ['soc2', 'CC7.4'],
    ] as const) {
      const evidence = await t.call('evidence.forControl', { framework, controlId });
      expect(JSON.stringify(evidence), controlId).toContain('INC-2026-001 Ransomware on file server');
    }
    const overview = await t.call('workspace.overview', {});
    expect(overview.recordCounts).toContainEqual({ entity: 'incidents', count: 1 });
  });

  it('links files of the evidence library to an incident, audited; deleting the file removes the link', async () => {
    const created = await t.call('incidents.create', incident());
    const file = await t.call('evidence.files.upload', { name: 'firewall-log.txt', base64: Buffer.from('deny 10.0.0.7').toString('base64') });
    const linked = await t.call('incidents.evidence.link', { id: created.id, fileId: file.id });
    expect(linked.evidenceFiles.map((f) => [f.name, f.kind])).toEqual([['firewall-log.txt', 'txt']]);
    const unknown = await t.fail('incidents.evidence.link', { id: created.id, fileId: '00000000-0000-4000-8000-000000000000' });
    expect(JSON.stringify(unknown.details)).toContain('fileId');
    const events = (await t.call('audit.list', { limit: 50 })).filter((event) => event.procedure === 'incidents.evidence.link');
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0]!.summary)).toContain('evidenceFileIds');
    expect((await t.call('incidents.evidence.unlink', { id: created.id, fileId: file.id })).evidenceFiles).toEqual([]);
    await t.call('incidents.evidence.link', { id: created.id, fileId: file.id });
    await t.call('evidence.files.delete', { id: file.id });
    expect((await t.call('incidents.get', { id: created.id })).evidenceFiles).toEqual([]);
  });
});

describe('demo organisation', () => {
  it('has a year of incidents: a breach reported in the EU, California and China, and one with subjects not notified under Art 34(3)(a)', async () => {
    const demo = testBackend({ now: () => clock });
    try {
      await demo.call('workspace.createDemo', { directory: demo.dir, passphrase: PASSPHRASE });
      const list = await demo.call('incidents.list', {});
      expect(list.length).toBeGreaterThanOrEqual(5);
      expect(new Set(list.map((incident) => incident.severity))).toEqual(new Set(['low', 'medium', 'high', 'critical']));
      const register = await demo.call('incidents.register', {});
      const reported = register.find((entry) => entry.title.startsWith('Support tickets'))!;
      expect(reported.jurisdictions).toEqual(['gdpr', 'ccpa', 'pipl']);
      expect(reported.notifications.map((n) => [n.law, n.key, n.state])).toEqual([
        ['gdpr', 'notify_authority', 'sent'],
        ['gdpr', 'notify_subjects', 'sent'],
        ['ccpa', 'notify_residents', 'sent'],
        ['ccpa', 'notify_attorney_general', 'sent'],
        ['pipl', 'notify_authority', 'sent'],
        ['pipl', 'notify_subjects', 'sent'],
      ]);
      const quiet = register.find((entry) => entry.exemption === 'a')!;
      expect(quiet.notifications.find((n) => n.key === 'notify_subjects')).toMatchObject({ state: 'not_needed' });
      expect(quiet.notifications.find((n) => n.key === 'notify_subjects')?.reason).toContain('34(3)(a)');
      // The fresh breach's open clocks are on the agenda, the immediate PIPL one overdue.
      const agenda = (await demo.call('agenda.list', { limit: 5000 })).filter((item) => item.kind === 'incident_notification');
      expect(agenda.some((item) => item.title.endsWith('GDPR authority') && !item.overdue)).toBe(true);
      expect(agenda.some((item) => item.title.endsWith('PIPL individuals') && item.overdue)).toBe(true);

      // The reportable breach: letters drafted from it were sent, its review recorded with one
      // action still open (on the agenda), and the breach runbook's checklist worked through.
      const detail = await demo.call('incidents.get', { id: reported.id });
      const sent = (law: string, key: string) => detail.clocks.find((c) => c.law === law && c.key === key)!.content;
      expect(sent('gdpr', 'notify_authority')).toContain('Article 33');
      expect(sent('gdpr', 'notify_authority')).toContain('2,400');
      expect(sent('ccpa', 'notify_residents')).toContain('What Information Was Involved?');
      expect(sent('pipl', 'notify_subjects')).toContain('第五十七条');
      expect(detail.review?.reviewedBy).toContain('Aoife Brennan');
      expect(detail.actions.map((action) => action.status).sort()).toEqual(['done', 'open']);
      const openAction = detail.actions.find((action) => action.status === 'open')!;
      expect((await demo.call('agenda.list', { limit: 5000 })).some((item) => item.kind === 'incident_action' && item.title === `${detail.ref} ${openAction.description}`)).toBe(true);
      expect(detail.checklist).not.toBeNull();
      const steps = detail.checklist!.steps;
      expect(steps.filter((step) => step.state === 'done').length).toBeGreaterThan(5);
      expect(steps.filter((step) => step.state === 'skipped')).toHaveLength(1);
      expect(steps.some((step) => step.state === 'done' && step.due !== null && step.doneAt! > step.due)).toBe(true);
      expect(detail.timeline.some((entry) => entry.action.startsWith('Checklist step 1 done'))).toBe(true);
      // Closed breaches have their review; a year of incidents by severity on the dashboard.
      for (const entry of register.filter((e) => e.status === 'closed')) expect((await demo.call('incidents.get', { id: entry.id })).review).not.toBeNull();
      const figures = await demo.call('incidents.figures', {});
      expect(figures.openIncidents).toBe(2);
      expect(figures.openActions).toBe(1);
      expect(figures.openClocks).toBeGreaterThan(0);
      expect((await demo.call('audit.verify', {})).ok).toBe(true);
    } finally {
      await demo.cleanup();
    }
  });
});
