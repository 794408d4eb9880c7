// The incidents screen with a fake backend: the list's breach flag and live countdown to the next
// notification, the detail's derived data and breach clocks, recording a notification (the clock
// then shows done), a not-needed reason, the form's incident input, and the breach register; the
// response checklist (choosing a runbook, due and overdue steps, ticking), drafting a notification
// letter into the notification, the post-incident review and actions, and the dashboard figures.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract';
import type { BreachClock, BreachRegisterEntry, ChecklistStep, Incident, IncidentFigures, IncidentSummary } from '../../../shared/contract/areas/incidents';
import { IncidentFiguresCard } from '../../../renderer/src/features/dashboard/IncidentFiguresCard';
import { resetSession } from '../../../renderer/src/app/session-store';
import { setBridge } from '../../../renderer/src/client/bridge';
import { BreachRegister } from '../../../renderer/src/features/incidents/BreachRegister';
import { IncidentDetail } from '../../../renderer/src/features/incidents/IncidentDetail';
import { IncidentList } from '../../../renderer/src/features/incidents/IncidentList';
import { blankIncident, inputFromForm } from '../../../renderer/src/features/incidents/incident-view';
import { installBridge, renderWithApp } from './render';

if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined }, configurable: true });
}

afterEach(() => {
  cleanup();
  setBridge(null);
  resetSession();
});

const ok = (value: unknown): Envelope<unknown> => ({ ok: true, value });
const HOUR = 3_600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const ID = '00000000-0000-4000-8000-000000000001';

function clock(overrides: Partial<BreachClock>): BreachClock {
  return { law: 'gdpr', key: 'notify_authority', recipient: 'authority', due: iso(50 * HOUR), basis: 'GDPR Art 33(1)', immediate: false, state: 'due', sentAt: null, content: '', reference: '', reason: '', recordedAt: null, ...overrides };
}

const GDPR = clock({});
const PIPL = clock({ law: 'pipl', recipient: 'pipl_authority', due: iso(-22 * HOUR), basis: 'PIPL Art 57', immediate: true, state: 'overdue' });
const PIPL_INDIVIDUALS = clock({ law: 'pipl', key: 'notify_subjects', recipient: 'individuals', due: iso(-22 * HOUR), basis: 'PIPL Art 57', immediate: true, state: 'overdue' });

function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: ID,
    ref: 'INC-2026-004',
    title: 'Support tickets exposed',
    description: 'A shared view leaked tickets.',
    detectedAt: iso(-24 * HOUR),
    becameAwareAt: iso(-22 * HOUR),
    reporter: 'Support lead',
    severity: 'high',
    status: 'open',
    containedAt: null,
    closedAt: null,
    personalDataBreach: true,
    estimatedPeople: 2400,
    estimatedRecords: null,
    californiaResidents: null,
    highRisk: null,
    riskReasoning: '',
    exemption: null,
    exemptionReasoning: '',
    effects: '',
    remedialAction: '',
    systems: [{ id: '00000000-0000-4000-8000-0000000000aa', name: 'Support desk', exists: true }],
    derived: {
      dataCategories: [{ id: 'c1', name: 'Customer contact details', sensitivity: ['ordinary'] }],
      sensitivity: ['ordinary'],
      activities: [{ id: 'a1', name: 'Customer support from Shanghai' }],
      subjectCategories: [{ id: 's1', name: 'Customer staff', includesMinors: false }],
      jurisdictions: ['gdpr', 'pipl'],
      inventoryVolume: 12000,
    },
    timeZone: 'Europe/Dublin',
    clocks: [GDPR, PIPL, PIPL_INDIVIDUALS],
    timeline: [{ id: 't1', at: iso(-21 * HOUR), actor: 'Support lead', action: 'View disabled' }],
    evidenceFiles: [],
    checklist: null,
    review: null,
    actions: [],
    createdAt: iso(-22 * HOUR),
    updatedAt: iso(-22 * HOUR),
    ...overrides,
  };
}

function summary(overrides: Partial<IncidentSummary> = {}): IncidentSummary {
  return { id: ID, ref: 'INC-2026-004', title: 'Support tickets exposed', severity: 'high', status: 'open', personalDataBreach: true, detectedAt: iso(-24 * HOUR), nextClock: GDPR, openClocks: 1, ...overrides };
}

describe('incident form values', () => {
  it('turns empty counts into unknown and local times into instants', () => {
    const form = { ...blankIncident(Date.parse('2026-03-01T10:00:00Z')), title: 'x', estimatedPeople: '120', californiaResidents: '' };
    const input = inputFromForm(form);
    expect(input.estimatedPeople).toBe(120);
    expect(input.californiaResidents).toBeNull();
    expect(input.estimatedRecords).toBeNull();
    expect(input.becameAwareAt).toBe(new Date(form.becameAwareAt).toISOString());
  });
});

describe('incidents screen', () => {
  it('lists incidents with severity, the breach flag and a live countdown to the next notification', async () => {
    installBridge((procedure) =>
      procedure === 'incidents.list'
        ? ok([summary(), summary({ id: '00000000-0000-4000-8000-000000000002', ref: 'INC-2026-001', title: 'Phishing', severity: 'low', status: 'closed', personalDataBreach: false, nextClock: null, openClocks: 0 })])
        : ok([]),
    );
    renderWithApp(<IncidentList onOpen={() => undefined} />);
    const row = await screen.findByTestId('incident-INC-2026-004');
    expect(within(row).getByText('Personal-data breach')).toBeTruthy();
    expect(within(row).getByText('High')).toBeTruthy();
    expect(within(row).getByText(/^(1 day|2 days) \d+ hours? left$/)).toBeTruthy();
    expect(within(row).getByText('GDPR · Supervisory authority')).toBeTruthy();
    expect(within(screen.getByTestId('incident-INC-2026-001')).queryByText('Personal-data breach')).toBeNull();
  });

  it('shows derived data and the clocks; recording the authority notification marks its clock done', async () => {
    let answer = incident();
    const invoke = installBridge((procedure) => {
      if (procedure === 'incidents.get') return ok(answer);
      if (procedure === 'incidents.notifications.record') {
        answer = incident({ clocks: [clock({ state: 'sent', sentAt: iso(-HOUR), reference: 'DPC-77' }), PIPL, PIPL_INDIVIDUALS] });
        return ok(answer);
      }
      if (procedure === 'incidents.notifications.notNeeded') {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'no', details: { issues: [{ path: ['reason'], code: 'too_small', message: 'required' }] } } };
      }
      return ok([]);
    });
    renderWithApp(<IncidentDetail id={ID} onBack={() => undefined} />);
    const derived = await screen.findByTestId('incident-derived');
    expect(within(derived).getByText('GDPR, PIPL')).toBeTruthy();
    expect(within(derived).getByText('Customer contact details')).toBeTruthy();
    expect(screen.getByText(/Europe\/Dublin/)).toBeTruthy();

    const gdpr = screen.getByTestId('clock-gdpr-notify_authority');
    expect(within(gdpr).getByText(/^(1 day|2 days) \d+ hours? left$/)).toBeTruthy();
    const pipl = screen.getByTestId('clock-pipl-notify_authority');
    expect(within(pipl).getByText(/Immediately/)).toBeTruthy();
    expect(within(pipl).getByText(/^Overdue by/)).toBeTruthy();

    fireEvent.click(within(gdpr).getByRole('button', { name: 'Record notification' }));
    const dialog = await screen.findByRole('dialog', { name: /Record notification: GDPR · Supervisory authority/ });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reference/ }), { target: { value: 'DPC-77' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record as sent' }));
    await waitFor(() => expect(screen.getByTestId('clock-gdpr-notify_authority').getAttribute('data-state')).toBe('sent'));
    expect(within(screen.getByTestId('clock-gdpr-notify_authority')).getByText('Done')).toBeTruthy();
    expect(within(screen.getByTestId('clock-gdpr-notify_authority')).getByText('Reference: DPC-77')).toBeTruthy();
    expect(invoke).toHaveBeenCalledWith('incidents.notifications.record', expect.objectContaining({ id: ID, law: 'gdpr', key: 'notify_authority', reference: 'DPC-77' }));

    // "Not needed" sends the reason; a refusal keeps the dialog open and the clock unanswered.
    fireEvent.click(within(screen.getByTestId('clock-pipl-notify_subjects')).getByRole('button', { name: 'Not needed' }));
    const reasonDialog = await screen.findByRole('dialog', { name: /Notification not needed: PIPL · Individuals/ });
    fireEvent.change(within(reasonDialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Art 57: harm avoided' } });
    fireEvent.click(within(reasonDialog).getByRole('button', { name: 'Record reason' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('incidents.notifications.notNeeded', { id: ID, law: 'pipl', key: 'notify_subjects', reason: 'Art 57: harm avoided' }));
    expect(screen.getByRole('dialog', { name: /Notification not needed/ })).toBeTruthy();
    expect(screen.getByTestId('clock-pipl-notify_subjects').getAttribute('data-state')).toBe('overdue');
  });

  it('links a file of the evidence library and lists it', async () => {
    const FILE = '00000000-0000-4000-8000-0000000000f1';
    let answer = incident();
    const invoke = installBridge((procedure) => {
      if (procedure === 'incidents.get') return ok(answer);
      if (procedure === 'evidence.files.list') return ok([{ id: FILE, name: 'firewall-log.txt', kind: 'txt', mimeType: 'text/plain', size: 10, sha256: 'a'.repeat(64), note: '', uploadedAt: iso(-HOUR), linkCount: 0 }]);
      if (procedure === 'incidents.evidence.link') {
        answer = incident({ evidenceFiles: [{ id: FILE, name: 'firewall-log.txt', kind: 'txt', linkedAt: iso(0) }] });
        return ok(answer);
      }
      return ok([]);
    });
    renderWithApp(<IncidentDetail id={ID} onBack={() => undefined} />);
    expect(await screen.findByText(/No files linked/)).toBeTruthy();
    const picker = screen.getByRole('combobox', { name: 'File from the evidence library' });
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('evidence.files.list', {}));
    fireEvent.click(picker);
    fireEvent.change(picker, { target: { value: 'firewall' } });
    fireEvent.click(await screen.findByRole('option', { name: 'firewall-log.txt', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('incidents.evidence.link', { id: ID, fileId: FILE }));
    expect(await screen.findByRole('button', { name: 'firewall-log.txt' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unlink' })).toBeTruthy();
  });

  it('speaks Chinese in the detail', async () => {
    installBridge((procedure) => (procedure === 'incidents.get' ? ok(incident()) : ok([])));
    renderWithApp(<IncidentDetail id={ID} onBack={() => undefined} />, 'zh-CN');
    const pipl = await screen.findByTestId('clock-pipl-notify_authority');
    expect(within(pipl).getByText('个人信息保护法 · 履行个人信息保护职责的部门')).toBeTruthy();
    expect(within(pipl).getByText(/立即/)).toBeTruthy();
    expect(screen.getByText('泄露通知时限')).toBeTruthy();
  });

  it('the breach register lists breaches with their notifications and reasons', async () => {
    const entry: BreachRegisterEntry = {
      id: ID,
      ref: 'INC-2026-002',
      title: 'Encrypted laptop stolen',
      becameAwareAt: iso(-200 * 24 * HOUR),
      status: 'closed',
      description: 'Laptop stolen from a car.',
      dataCategories: ['Dictated clinical notes'],
      subjectCategories: ['Patients'],
      jurisdictions: ['gdpr'],
      estimatedPeople: 1800,
      estimatedRecords: 2300,
      highRisk: true,
      riskReasoning: 'Health data',
      exemption: 'a',
      exemptionReasoning: 'BitLocker AES-256',
      effects: 'Loss of the cached audio',
      remedialAction: 'Wiped remotely',
      notifications: [clock({ state: 'sent', sentAt: iso(-190 * 24 * HOUR) }), clock({ key: 'notify_subjects', recipient: 'data_subjects', due: null, state: 'not_needed', reason: 'Art 34(3)(a): encrypted' })],
    };
    installBridge((procedure) => (procedure === 'incidents.register' ? ok([entry]) : ok([])));
    renderWithApp(<BreachRegister onOpen={() => undefined} />);
    const table = await screen.findByTestId('breach-register');
    expect(within(table).getByText('INC-2026-002')).toBeTruthy();
    expect(within(table).getByText(/Art 34\(3\)\(a\): data unintelligible.*BitLocker AES-256/)).toBeTruthy();
    expect(within(table).getByText(/Data subjects — Art 34\(3\)\(a\): encrypted/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export XLSX' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeTruthy();
  });
});

function step(overrides: Partial<ChecklistStep>): ChecklistStep {
  return {
    id: '00000000-0000-4000-8000-0000000000c1',
    position: 1,
    title: 'Log the report and convene the core team',
    role: 'incident_lead',
    targetMinutes: 60,
    due: iso(-21 * HOUR),
    overdue: true,
    decision: null,
    state: 'open',
    doneByPersonId: null,
    doneBy: '',
    doneAt: null,
    note: '',
    skippedReason: '',
    ...overrides,
  };
}

const RUNBOOK = '00000000-0000-4000-8000-0000000000b1';

describe('incident response', () => {
  it('chooses an approved runbook, shows due and overdue steps, and ticks a step with who did it', async () => {
    const steps = [
      step({}),
      step({ id: '00000000-0000-4000-8000-0000000000c2', position: 2, title: 'Notify the supervisory authority', role: 'dpo', targetMinutes: 72 * 60, due: iso(50 * HOUR), overdue: false, decision: { question: 'Is a notification required?', options: [] } }),
    ];
    const withChecklist = incident({ checklist: { runbookId: RUNBOOK, runbookVersionId: 'v1', copiedAt: iso(-HOUR), steps } });
    let answer = incident();
    const invoke = installBridge((procedure) => {
      if (procedure === 'incidents.get') return ok(answer);
      if (procedure === 'runbooks.list') {
        return ok([
          { id: RUNBOOK, ref: 'RB-001', title: 'Personal-data breach', currentVersion: { id: 'v1', number: 1, approvedAt: iso(-HOUR) } },
          { id: '00000000-0000-4000-8000-0000000000b2', ref: 'RB-002', title: 'Draft only', currentVersion: null },
        ]);
      }
      if (procedure === 'incidents.checklist.choose') return ok((answer = withChecklist));
      if (procedure === 'incidents.checklist.tick') {
        return ok((answer = incident({ checklist: { ...withChecklist.checklist!, steps: [step({ state: 'done', overdue: false, doneBy: 'Sam Rivera', doneAt: iso(-HOUR) }), steps[1]!] } })));
      }
      return ok([]);
    });
    renderWithApp(<IncidentDetail id={ID} onBack={() => undefined} />);
    const checklist = await screen.findByTestId('incident-checklist');
    expect(within(checklist).getByText('No runbook chosen for this incident yet.')).toBeTruthy();
    const picker = within(checklist).getByRole('combobox', { name: /Runbook/ });
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('runbooks.list', {}));
    fireEvent.click(picker);
    expect(screen.queryByRole('option', { name: 'RB-002 Draft only', hidden: true })).toBeNull();
    fireEvent.click(await screen.findByRole('option', { name: 'RB-001 Personal-data breach', hidden: true }));
    fireEvent.click(within(checklist).getByRole('button', { name: 'Choose runbook' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('incidents.checklist.choose', { id: ID, runbookId: RUNBOOK }));

    const rows = await within(screen.getByTestId('incident-checklist')).findAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.getAttribute('data-overdue')).toBe('true');
    expect(within(rows[0]!).getByText('Overdue')).toBeTruthy();
    expect(within(rows[0]!).getByText(/^Incident lead · Due /)).toBeTruthy();
    expect(within(rows[1]!).queryByText('Overdue')).toBeNull();
    expect(within(rows[1]!).getByText(/^Data protection officer · Due /)).toBeTruthy();
    expect(within(rows[1]!).getByText('Decision: Is a notification required?')).toBeTruthy();

    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Done: Log the report and convene the core team' }));
    const dialog = await screen.findByRole('dialog', { name: /Step done: Log the report/ });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Done by/ }), { target: { value: 'Sam Rivera' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Note/ }), { target: { value: 'Bridge opened' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('incidents.checklist.tick', expect.objectContaining({ id: ID, stepId: steps[0]!.id, personId: null, doneBy: 'Sam Rivera', note: 'Bridge opened' })),
    );
    const done = (await within(screen.getByTestId('incident-checklist')).findAllByRole('row'))[0]!;
    await waitFor(() => expect(done.getAttribute('data-step-state')).toBe('done'));
    expect(within(done).getByText(/^Done by Sam Rivera/)).toBeTruthy();
  });

  it('drafts the letter for the clock in the reader’s language and records it as the notification', async () => {
    const LETTER = 'Notification of a personal data breach under Article 33 GDPR (our reference INC-2026-004)';
    const invoke = installBridge((procedure, input) => {
      if (procedure === 'incidents.get') return ok(incident());
      if (procedure === 'incidents.letters.draft') {
        const { kind, language } = input as { kind: string; language: string };
        return ok({ kind, language, text: language === 'zh-CN' ? '个人信息安全事件告知书' : LETTER });
      }
      if (procedure === 'incidents.notifications.record') return ok(incident());
      return ok([]);
    });
    renderWithApp(<IncidentDetail id={ID} onBack={() => undefined} />);
    fireEvent.click(within(await screen.findByTestId('clock-gdpr-notify_authority')).getByRole('button', { name: 'Record notification' }));
    const dialog = await screen.findByRole('dialog', { name: /Record notification: GDPR/ });
    expect((within(dialog).getByRole('combobox', { name: 'Letter' }) as HTMLInputElement).value).toBe('GDPR Art 33 notification to the supervisory authority');
    expect((within(dialog).getByRole('combobox', { name: 'Language of the reader' }) as HTMLInputElement).value).toBe('English');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Draft letter' }));
    await waitFor(() => expect((within(dialog).getByRole('textbox', { name: /Content sent/ }) as HTMLTextAreaElement).value).toBe(LETTER));
    expect(invoke).toHaveBeenCalledWith('incidents.letters.draft', { id: ID, kind: 'gdpr_authority', language: 'en' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record as sent' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('incidents.notifications.record', expect.objectContaining({ law: 'gdpr', key: 'notify_authority', content: LETTER })));

    // A PIPL clock suggests the PIPL notice in Chinese.
    fireEvent.click(within(screen.getByTestId('clock-pipl-notify_subjects')).getByRole('button', { name: 'Record notification' }));
    const pipl = await screen.findByRole('dialog', { name: /Record notification: PIPL/ });
    expect((within(pipl).getByRole('combobox', { name: 'Letter' }) as HTMLInputElement).value).toBe('PIPL Art 57 notice');
    expect((within(pipl).getByRole('combobox', { name: 'Language of the reader' }) as HTMLInputElement).value).toBe('Simplified Chinese');
    fireEvent.click(within(pipl).getByRole('button', { name: 'Draft letter' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('incidents.letters.draft', { id: ID, kind: 'pipl_notice', language: 'zh-CN' }));
  });

  it('asks for the review of a breach, records it, and lists corrective actions with overdue ones marked', async () => {
    let answer = incident({
      actions: [{ id: '00000000-0000-4000-8000-0000000000d1', description: 'Pin checkout scripts', owner: 'Web team', dueDate: '2026-01-10', status: 'open', completedAt: null, overdue: true }],
    });
    const invoke = installBridge((procedure) => {
      if (procedure === 'incidents.get') return ok(answer);
      if (procedure === 'incidents.review.save') {
        answer = incident({ review: { id: 'r1', rootCause: 'Outdated tag manager', contributingFactors: '', lessonsLearned: 'Pin scripts', wentWell: '', reviewedBy: 'Dana Park', reviewedAt: iso(-HOUR), updatedAt: iso(0) } });
        return ok(answer);
      }
      return ok([]);
    });
    renderWithApp(<IncidentDetail id={ID} onBack={() => undefined} />);
    const review = await screen.findByTestId('incident-review');
    expect(within(review).getByText('A personal-data breach can only be closed once its review is recorded.')).toBeTruthy();
    const action = within(review).getByText('Pin checkout scripts').closest('[data-action-status]') as HTMLElement;
    expect(within(action).getByText('Overdue')).toBeTruthy();
    expect(within(action).getByText('Open')).toBeTruthy();
    fireEvent.click(within(review).getByRole('button', { name: 'Record review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Post-incident review' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Root cause/ }), { target: { value: 'Outdated tag manager' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Lessons learned/ }), { target: { value: 'Pin scripts' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reviewed by/ }), { target: { value: 'Dana Park' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save review' }));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('incidents.review.save', { id: ID, review: expect.objectContaining({ rootCause: 'Outdated tag manager', lessonsLearned: 'Pin scripts', reviewedBy: 'Dana Park' }) }),
    );
    expect(await within(screen.getByTestId('incident-review')).findByText(/^Reviewed by Dana Park/)).toBeTruthy();
  });

  it('shows the incident and request figures on the dashboard in both languages', async () => {
    installBridge(() => ok([]));
    const figures: IncidentFigures = { openIncidents: 3, openClocks: 5, overdueClocks: 2, thisYearBySeverity: { low: 1, medium: 2, high: 0, critical: 1 }, openRequests: 7, overdueRequests: 1, openActions: 1 };
    renderWithApp(<IncidentFiguresCard figures={figures} error={null} />);
    const card = screen.getByTestId('incident-figures');
    expect(within(card).getByRole('button', { name: 'Open breach notifications: 5' })).toBeTruthy();
    expect(within(card).getByText('2 overdue')).toBeTruthy();
    expect(within(card).getByText('Critical 1')).toBeTruthy();
    expect(within(card).getByText('1 past their deadline')).toBeTruthy();
    cleanup();
    renderWithApp(<IncidentFiguresCard figures={figures} error={null} />, 'zh-CN');
    expect(within(screen.getByTestId('incident-figures')).getByText('待完成的泄露通知')).toBeTruthy();
    expect(within(screen.getByTestId('incident-figures')).getByText('2 项已逾期')).toBeTruthy();
  });
});
