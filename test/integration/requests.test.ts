// The data-subject request register through the contract, on a real SQLCipher workspace: deadlines
// per law in the organisation's time zone, the status flow, extension rules, China's calendar edits
// moving PIPL deadlines, systems derived from the inventory, letters, redaction that leaves nothing
// in the audit trail, the agenda, search, evidence links and the complaints log.
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

const NAME = 'Zebulon Quartermaine';
const CONTACT = 'zebulon.q@example.org';

function request(overrides: Partial<ProcedureInput<'requests.create'>> = {}): ProcedureInput<'requests.create'> {
  return {
    receivedAt: '2026-03-02T09:00:00Z',
    channel: 'email',
    law: 'gdpr',
    type: 'access',
    language: 'en',
    requesterName: NAME,
    requesterContact: CONTACT,
    relationship: 'self',
    subjectCategoryId: null,
    details: `${NAME} asks for a copy of his data.`,
    ...overrides,
  };
}

function due(r: { deadlines: { key: string; due: string | null }[] }, key: string): string | null | undefined {
  return r.deadlines.find((d) => d.key === key)?.due;
}

function issue(error: { details?: Record<string, unknown> }): { path: unknown[]; message: string } | undefined {
  return (error.details?.issues as { path: unknown[]; message: string }[] | undefined)?.[0];
}

describe('deadlines per law', () => {
  it('GDPR: one month, extendable to three; references count per year', async () => {
    const r = await t.call('requests.create', request());
    expect(r.ref).toBe('DSR-2026-0001');
    expect(r.status).toBe('received');
    expect(due(r, 'respond')).toBe('2026-04-02T23:59:59.999Z');
    expect(due(r, 'respond_extended')).toBe('2026-06-02T23:59:59.999Z');
    expect(r.respondDue).toBe('2026-04-02T23:59:59.999Z');
    expect(r.confirmDue).toBeNull();
    expect((await t.call('requests.create', request({ receivedAt: '2026-03-03T08:00:00Z' }))).ref).toBe('DSR-2026-0002');
  });

  it('CCPA in the organisation’s time zone: 10 business days to confirm, 45 days to respond', async () => {
    await t.call('organisation.update', { ...(await t.call('organisation.get', {})), timeZone: 'America/Los_Angeles' });
    const r = await t.call('requests.create', request({ law: 'ccpa', type: 'know' }));
    expect(r.timeZone).toBe('America/Los_Angeles');
    expect(r.confirmDue).toBe('2026-03-17T06:59:59.999Z');
    expect(r.respondDue).toBe('2026-04-17T06:59:59.999Z');
    expect(due(r, 'respond_extended')).toBe('2026-06-01T06:59:59.999Z');
    // Opt-out requests have one 15-business-day deadline and no extension.
    const optOut = await t.call('requests.create', request({ law: 'ccpa', type: 'opt_out' }));
    expect(optOut.deadlines.map((d) => d.key)).toEqual(['respond']);
  });

  it('PIPL: 15 working days over China’s holidays and adjusted working days', async () => {
    clock = new Date('2026-09-22T02:00:00Z');
    await t.call('organisation.update', { ...(await t.call('organisation.get', {})), timeZone: 'Asia/Shanghai' });
    const r = await t.call('requests.create', request({ law: 'pipl', type: 'access', receivedAt: '2026-09-21T01:00:00Z', language: 'zh-CN' }));
    expect(r.respondDue).toBe('2026-10-19T15:59:59.999Z');
  });

  it("the organisation's time zone moves open requests' deadlines; an unknown zone is refused, naming the field", async () => {
    await t.call('organisation.update', { ...(await t.call('organisation.get', {})), timeZone: 'UTC' });
    const r = await t.call('requests.create', request({ law: 'ccpa', type: 'know' }));
    expect(r.respondDue).toBe('2026-04-16T23:59:59.999Z');
    await t.call('organisation.update', { ...(await t.call('organisation.get', {})), timeZone: 'America/Los_Angeles' });
    const moved = await t.call('requests.get', { id: r.id });
    expect(moved).toMatchObject({ timeZone: 'America/Los_Angeles', respondDue: '2026-04-17T06:59:59.999Z' });
    const error = await t.fail('organisation.update', { ...(await t.call('organisation.get', {})), timeZone: 'Mars/Olympus_Mons' });
    expect(issue(error)).toMatchObject({ path: ['timeZone'], message: 'time_zone' });
    expect((await t.call('organisation.get', {})).timeZone).toBe('America/Los_Angeles');
  });

  it('a type of another law is refused with the field named', async () => {
    const error = await t.fail('requests.create', request({ law: 'pipl', type: 'know' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(issue(error)).toMatchObject({ path: ['type'], message: 'request_type_law' });
  });
});

describe('calendars', () => {
  it('editing China’s 2026 holidays moves open PIPL deadlines; a reset moves them back; both are audited', async () => {
    clock = new Date('2026-09-22T02:00:00Z');
    await t.call('organisation.update', { ...(await t.call('organisation.get', {})), timeZone: 'Asia/Shanghai' });
    const r = await t.call('requests.create', request({ law: 'pipl', type: 'deletion', receivedAt: '2026-09-21T01:00:00Z' }));
    const shipped = await t.call('requests.calendars.get', { year: 2026 });
    expect(shipped.china.customised).toBe(false);
    expect(shipped.china.workedWeekendDays).toContain('2026-10-10');
    expect(shipped.california.holidays).toContain('2026-11-26');

    const edited = await t.call('requests.calendars.update', {
      year: 2026,
      region: 'china',
      holidays: [...shipped.china.holidays, '2026-10-12'],
      workedWeekendDays: shipped.china.workedWeekendDays,
    });
    expect(edited.china.customised).toBe(true);
    expect((await t.call('requests.get', { id: r.id })).respondDue).toBe('2026-10-20T15:59:59.999Z');

    // Without the adjusted working Saturday the deadline moves one more day.
    await t.call('requests.calendars.update', {
      year: 2026,
      region: 'china',
      holidays: [...shipped.china.holidays, '2026-10-12'],
      workedWeekendDays: shipped.china.workedWeekendDays.filter((d) => d !== '2026-10-10'),
    });
    expect((await t.call('requests.get', { id: r.id })).respondDue).toBe('2026-10-21T15:59:59.999Z');

    await t.call('requests.calendars.reset', { year: 2026, region: 'china' });
    expect((await t.call('requests.get', { id: r.id })).respondDue).toBe('2026-10-19T15:59:59.999Z');

    const events = await t.call('audit.list', { limit: 50 });
    expect(events.filter((e) => e.entityType === 'request_calendar').map((e) => e.procedure)).toEqual([
      'requests.calendars.reset',
      'requests.calendars.update',
      'requests.calendars.update',
    ]);
  });

  it('a year the app does not know can be added, and inconsistent dates are refused by field', async () => {
    const unknown = await t.call('requests.calendars.get', { year: 2027 });
    expect(unknown.china.known).toBe(false);
    const added = await t.call('requests.calendars.update', { year: 2027, region: 'china', holidays: ['2027-01-01'], workedWeekendDays: [] });
    expect(added.china).toMatchObject({ known: true, customised: true, holidays: ['2027-01-01'] });

    const weekday = await t.fail('requests.calendars.update', { year: 2026, region: 'china', holidays: [], workedWeekendDays: ['2026-10-12'] });
    expect(issue(weekday)).toMatchObject({ path: ['workedWeekendDays', 0], message: 'calendar_not_weekend' });
    const otherYear = await t.fail('requests.calendars.update', { year: 2026, region: 'california', holidays: ['2025-12-25'], workedWeekendDays: [] });
    expect(issue(otherYear)).toMatchObject({ path: ['holidays', 0], message: 'calendar_other_year' });
  });

  it('California overrides change CCPA business days', async () => {
    const r = await t.call('requests.create', request({ law: 'ccpa', type: 'delete' }));
    expect(r.confirmDue).toBe('2026-03-16T23:59:59.999Z');
    const shipped = await t.call('requests.calendars.get', { year: 2026 });
    await t.call('requests.calendars.update', { year: 2026, region: 'california', holidays: [...shipped.california.holidays, '2026-03-05'], workedWeekendDays: [] });
    expect((await t.call('requests.get', { id: r.id })).confirmDue).toBe('2026-03-17T23:59:59.999Z');
  });
});

describe('status flow and extension', () => {
  it('verification, systems from the inventory, confirm, extend once, respond, close', async () => {
    const customers = await t.call('inventory.subjectCategories.create', { name: 'Customers', description: '', includesMinors: false });
    const staff = await t.call('inventory.subjectCategories.create', { name: 'Staff', description: '', includesMinors: false });
    const system = (name: string) =>
      t.call('inventory.systems.create', systemInput(name));
    const crm = await system('CRM');
    const billing = await system('Billing');
    const hr = await system('HR suite');
    const activity = (name: string, subjectCategoryIds: string[], systemIds: string[]) =>
      t.call('inventory.activities.create', {
        name,
        purpose: '',
        role: 'controller',
        gdprBasis: 'b',
        gdprArt9Condition: null,
        piplBasis: null,
        separateConsent: false,
        ccpaBusinessPurpose: '',
        sold: false,
        shared: false,
        dataCategoryIds: [],
        subjectCategoryIds,
        systemIds,
        recipients: '',
        retentionMonths: 24,
        deletionMethod: '',
        volumeEstimate: 10,
        source: 'collected_from_subject',
        automatedDecisions: false,
        dpiaOverride: null,
        dpiaCompletedOn: null,
        pipiaOverride: null,
        pipiaCompletedOn: null,
        owner: '',
        reviewDate: null,
      });
    await activity('Customer accounts', [customers.id], [crm.id, billing.id]);
    await activity('Invoicing', [customers.id], [billing.id]);
    await activity('Payroll', [staff.id], [hr.id]);

    let r = await t.call('requests.create', request({ law: 'ccpa', type: 'know', subjectCategoryId: customers.id }));
    expect(r.subjectCategoryName).toBe('Customers');
    expect(r.systems.map((s) => [s.systemName, s.activities])).toEqual([
      ['Billing', ['Customer accounts', 'Invoicing']],
      ['CRM', ['Customer accounts']],
    ]);

    r = await t.call('requests.verification.add', { id: r.id, method: 'email_confirmation', performedOn: '2026-03-02', outcome: 'pending', note: '' });
    expect(r.status).toBe('verifying');
    r = await t.call('requests.verification.add', { id: r.id, method: 'account_login', performedOn: '2026-03-03', outcome: 'passed', note: '' });
    expect(r.status).toBe('in_progress');

    r = await t.call('requests.systems.update', { id: r.id, systemId: crm.id, searched: true, found: true, actionTaken: 'Exported', doneBy: 'Support', doneOn: '2026-03-03' });
    expect(r.systems.find((s) => s.systemId === crm.id)).toMatchObject({ searched: true, found: true, actionTaken: 'Exported', doneOn: '2026-03-03' });
    const notOnList = await t.fail('requests.systems.update', { id: r.id, systemId: hr.id, searched: true, found: false, actionTaken: '', doneBy: '', doneOn: '2026-03-03' });
    expect(issue(notOnList)).toMatchObject({ path: ['systemId'], message: 'not_on_checklist' });

    const ack = await t.call('requests.letters.draft', { id: r.id, kind: 'acknowledgement' });
    expect(ack.language).toBe('en');
    expect(ack.text).toContain(`Dear ${NAME},`);
    expect(ack.text).toContain('DSR-2026-0001');
    expect(ack.text).toContain('April 16, 2026');
    r = await t.call('requests.confirmReceipt', { id: r.id, sentAt: '2026-03-03T09:30:00Z', letter: ack.text });
    expect(r.confirmedAt).toBe('2026-03-03T09:30:00.000Z');
    expect(r.confirmDue).toBeNull();
    expect(r.letters.map((l) => l.kind)).toEqual(['acknowledgement']);
    expect(issue(await t.fail('requests.confirmReceipt', { id: r.id, sentAt: '2026-03-03T09:40:00Z', letter: '' }))).toMatchObject({ message: 'already_confirmed' });

    const firstDue = r.respondDue;
    expect(firstDue).toBe('2026-04-16T23:59:59.999Z');
    // A notice dated after the first deadline is refused, whenever it is recorded.
    clock = new Date('2026-04-20T10:00:00Z');
    const late = await t.fail('requests.extend', { id: r.id, reason: 'Complex', noticeSentAt: '2026-04-17T08:00:00Z', letter: '' });
    expect(issue(late)).toMatchObject({ path: ['noticeSentAt'], message: 'extension_too_late' });
    clock = new Date('2026-03-20T10:00:00Z');
    r = await t.call('requests.extend', { id: r.id, reason: 'Data held in three archives', noticeSentAt: '2026-03-20T09:00:00Z', letter: 'We need more time.' });
    expect(r.status).toBe('extended');
    expect(r.respondDue).toBe('2026-05-31T23:59:59.999Z');
    expect(r.extension).toEqual({ reason: 'Data held in three archives', noticeSentAt: '2026-03-20T09:00:00.000Z' });
    const twice = await t.fail('requests.extend', { id: r.id, reason: 'Again', noticeSentAt: '2026-03-20T09:30:00Z', letter: '' });
    expect(issue(twice)).toMatchObject({ message: 'extension_once' });

    const premature = await t.fail('requests.close', { id: r.id });
    expect(issue(premature)).toMatchObject({ message: 'close_needs_outcome' });
    r = await t.call('requests.respond', { id: r.id, respondedAt: '2026-03-20T09:45:00Z', letter: 'Here is your data.' });
    expect(r.status).toBe('responded');
    expect(issue(await t.fail('requests.refuse', { id: r.id, reason: 'other', explanation: 'x', refusedAt: '2026-03-20T09:50:00Z', letter: '' }))).toMatchObject({
      message: 'request_not_open',
    });
    r = await t.call('requests.close', { id: r.id });
    expect(r.status).toBe('closed');
    expect(r.timeline.map((e) => e.event)).toEqual(['received', 'verification', 'confirmed', 'verification', 'extended', 'responded', 'closed']);
  });

  it('extension is not available for PIPL, and a future date is refused', async () => {
    const r = await t.call('requests.create', request({ law: 'pipl', type: 'access' }));
    expect(issue(await t.fail('requests.extend', { id: r.id, reason: 'x', noticeSentAt: '2026-03-03T09:00:00Z', letter: '' }))).toMatchObject({
      message: 'extension_not_available',
    });
    expect(issue(await t.fail('requests.respond', { id: r.id, respondedAt: '2026-03-04T09:00:00Z', letter: '' }))).toMatchObject({ path: ['respondedAt'], message: 'in_future' });
  });

  it('refusal records the reason and a letter in the requester’s language', async () => {
    const r = await t.call('requests.create', request({ law: 'pipl', type: 'deletion', language: 'zh-CN', requesterName: '张伟' }));
    const refused = await t.call('requests.refuse', { id: r.id, reason: 'identity_not_verified', explanation: '未能核验身份。', refusedAt: '2026-03-03T09:00:00Z', letter: '' });
    expect(refused.refusal).toMatchObject({ reason: 'identity_not_verified', explanation: '未能核验身份。' });
    const letter = await t.call('requests.letters.draft', { id: r.id, kind: 'refusal' });
    expect(letter.language).toBe('zh-CN');
    expect(letter.text).toContain('尊敬的张伟：');
    expect(letter.text).toContain('无法核验身份');
  });
});

describe('minimisation', () => {
  it('redaction after the retention period replaces the requester’s details everywhere and the audit trail never held them', async () => {
    let r = await t.call('requests.create', request());
    r = await t.call('requests.respond', { id: r.id, respondedAt: '2026-03-03T09:00:00Z', letter: `Dear ${NAME}, we write to ${CONTACT}.` });
    r = await t.call('requests.close', { id: r.id });
    expect(r.redactionDueOn).toBe('2028-03-03');
    expect(issue(await t.fail('requests.redact', { id: r.id }))).toMatchObject({ message: 'redaction_not_due' });

    const agenda = await t.call('agenda.list', { limit: 500 });
    expect(agenda).toContainEqual(expect.objectContaining({ kind: 'request_redaction', due: '2028-03-03', link: { screen: 'requests', params: { id: r.id } } }));

    clock = new Date('2028-03-04T10:00:00Z');
    const redacted = await t.call('requests.redact', { id: r.id });
    expect(redacted.requesterName).toMatch(/^Requester [0-9a-f]{10}$/);
    expect(redacted.requesterContact).toMatch(/^redacted-[0-9a-f]{10}$/);
    expect(redacted.details).toBe(`${redacted.requesterName} asks for a copy of his data.`);
    expect(redacted.letters[0]!.content).toBe(`Dear ${redacted.requesterName}, we write to ${redacted.requesterContact}.`);
    expect(redacted.redactedAt).not.toBeNull();
    expect(issue(await t.fail('requests.redact', { id: r.id }))).toMatchObject({ message: 'already_redacted' });

    // The same person gets the same pseudonym in another request.
    clock = new Date('2026-03-03T10:00:00Z');
    await t.call('requests.settings.update', { redactionRetentionMonths: 0 });
    let other = await t.call('requests.create', request({ details: '' }));
    other = await t.call('requests.withdraw', { id: other.id, withdrawnAt: '2026-03-03T09:00:00Z', note: `${NAME} called to withdraw.` });
    other = await t.call('requests.close', { id: other.id });
    other = await t.call('requests.redact', { id: other.id });
    expect(other.requesterName).toBe(redacted.requesterName);
    expect(other.withdrawal?.note).toBe(`${redacted.requesterName} called to withdraw.`);

    const events = await t.call('audit.list', { limit: 500 });
    const trail = JSON.stringify(events);
    expect(trail).not.toContain('Zebulon');
    expect(trail).not.toContain('zebulon.q');
    const redaction = events.find((e) => e.procedure === 'requests.redact' && e.entityId === r.id)!;
    expect(redaction.summary.after).toMatchObject({ redactedFields: ['requesterName', 'requesterContact', 'details', 'letters', 'verificationNotes', 'reasonsAndNotes'] });
    expect((await t.call('audit.verify', {})).ok).toBe(true);

    expect(await t.call('search.query', { q: 'Quartermaine' })).toEqual([]);
    expect(await t.call('requests.list', {})).toEqual(expect.not.arrayContaining([expect.objectContaining({ requesterName: NAME })]));
  });
});

describe('agenda, search, evidence, complaints', () => {
  it('open deadlines feed the agenda without the requester’s name; requests are evidence for P5.1, P5.2, P8.1 and A.5.34', async () => {
    const r = await t.call('requests.create', request({ law: 'ccpa', type: 'delete' }));
    const agenda = (await t.call('agenda.list', { limit: 500 })).filter((item) => item.id.endsWith(r.id));
    expect(agenda.map((item) => [item.kind, item.due, item.title])).toEqual([
      ['request_confirmation', '2026-03-16', 'DSR-2026-0001 CCPA delete'],
      ['request_deadline', '2026-04-16', 'DSR-2026-0001 CCPA delete'],
    ]);
    const hits = await t.call('search.query', { q: 'Quartermaine' });
    expect(hits[0]).toMatchObject({ entityType: 'data_subject_request', link: { screen: 'requests', params: { id: r.id } } });

    for (const [framework, controlId] of [
      ['soc2', 'P5.1'],
      ['soc2', 'P5.2'],
      ['soc2', 'P8.1'],
      ['iso27001', 'A.5.34'],
    ] as const) {
      const evidence = await t.call('evidence.forControl', { framework, controlId });
      expect(JSON.stringify(evidence), controlId).toContain('DSR-2026-0001 CCPA delete');
    }
    const overview = await t.call('workspace.overview', {});
    expect(overview.recordCounts).toContainEqual({ entity: 'data_subject_requests', count: 1 });
  });

  it('complaints: log, resolve, validate, delete', async () => {
    const c = await t.call('requests.complaints.create', { kind: 'complaint', receivedOn: '2026-03-01', channel: 'email', topic: 'marketing', summary: 'Unwanted e-mails', resolution: '', closedOn: null });
    expect(c.ref).toBe('PC-2026-001');
    const bad = await t.fail('requests.complaints.update', { id: c.id, complaint: { ...c, id: undefined, ref: undefined, createdAt: undefined, updatedAt: undefined, closedOn: '2026-02-01', resolution: 'x' } as never });
    expect(bad.code).toBe('INVALID_INPUT');
    const { id: _id, ref: _ref, createdAt: _c, updatedAt: _u, ...input } = c;
    const resolved = await t.call('requests.complaints.update', { id: c.id, complaint: { ...input, resolution: 'Removed from the list', closedOn: '2026-03-02' } });
    expect(resolved.closedOn).toBe('2026-03-02');
    const noResolution = await t.fail('requests.complaints.update', { id: c.id, complaint: { ...input, closedOn: '2026-03-02' } });
    expect(issue(noResolution)).toMatchObject({ path: ['complaint', 'resolution'], message: 'required' });
    const evidence = await t.call('evidence.forControl', { framework: 'soc2', controlId: 'P8.1' });
    expect(JSON.stringify(evidence)).toContain('PC-2026-001');
    await t.call('requests.complaints.delete', { id: c.id });
    expect(await t.call('requests.complaints.list', {})).toEqual([]);
  });
});

describe('demo organisation', () => {
  it('has requests in every state under all three laws, some overdue, one extended, one refused, and complaints', async () => {
    const demo = testBackend({ now: () => new Date('2026-06-15T10:00:00Z') });
    try {
      await demo.call('workspace.createDemo', { directory: demo.dir, passphrase: PASSPHRASE });
      const list = await demo.call('requests.list', {});
      expect(new Set(list.map((r) => r.status))).toEqual(new Set(['received', 'verifying', 'in_progress', 'extended', 'responded', 'refused', 'withdrawn', 'closed']));
      expect(new Set(list.map((r) => r.law))).toEqual(new Set(['gdpr', 'ccpa', 'pipl']));
      const open = list.filter((r) => ['received', 'verifying', 'in_progress', 'extended'].includes(r.status));
      expect(open.filter((r) => r.respondDue! < '2026-06-15T10:00:00Z').length).toBeGreaterThanOrEqual(2);
      expect(list.filter((r) => r.extended)).toHaveLength(1);
      expect(list.filter((r) => r.status === 'refused')).toHaveLength(1);
      expect((await demo.call('requests.complaints.list', {})).length).toBeGreaterThanOrEqual(3);
      const extended = await demo.call('requests.get', { id: list.find((r) => r.extended)!.id });
      expect(extended.letters.map((l) => l.kind)).toEqual(['acknowledgement', 'extension']);
      expect(extended.systems.length).toBeGreaterThan(0);
      expect((await demo.call('audit.verify', {})).ok).toBe(true);
    } finally {
      await demo.cleanup();
    }
  });
});
