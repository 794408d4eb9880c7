// The incidents screen with a fake backend: the list's breach flag and live countdown to the next
// notification, the detail's derived data and breach clocks, recording a notification (the clock
// then shows done), a not-needed reason, the form's incident input, and the breach register.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract';
import type { BreachClock, BreachRegisterEntry, Incident, IncidentSummary } from '../../../shared/contract/areas/incidents';
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
