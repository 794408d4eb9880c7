// The data inventory screen against a fake backend: the activities table asks the backend for
// filtered, sorted windows of rows; a record's drawer shows its translated findings with control
// links and the backend's field errors under the inputs; the findings list renders in Chinese; the
// data map's model; saved views.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActivityRow, Envelope, InventoryFinding, InventorySystem, ProcessingActivity, Transfer, Vendor } from '../../../shared/contract';
import { resetSession, useSession } from '../../../renderer/src/app/session-store';
import { setBridge } from '../../../renderer/src/client/bridge';
import { activityFilter } from '../../../renderer/src/features/inventory/ActivitiesTab';
import { buildDataMap, UNKNOWN_COUNTRY } from '../../../renderer/src/features/inventory/data-map';
import { FindingsTab } from '../../../renderer/src/features/inventory/FindingsTab';
import { InventoryPage } from '../../../renderer/src/features/inventory/InventoryPage';
import { readViews, writeViews } from '../../../renderer/src/features/inventory/saved-views';
import { installBridge, renderWithApp } from './render';

if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined }, configurable: true });
}

afterEach(() => {
  cleanup();
  setBridge(null);
  resetSession();
  localStorage.clear();
});

const ok = (value: unknown): Envelope<unknown> => ({ ok: true, value });
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const STAMPS = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' };

function activity(n: number, overrides: Partial<ProcessingActivity> = {}): ProcessingActivity {
  return {
    id: uuid(n),
    ...STAMPS,
    name: `Activity ${n}`,
    purpose: `Purpose ${n}`,
    role: 'controller',
    gdprBasis: 'b',
    gdprArt9Condition: null,
    piplBasis: null,
    separateConsent: false,
    ccpaBusinessPurpose: '',
    sold: false,
    shared: false,
    dataCategoryIds: [],
    subjectCategoryIds: [],
    systemIds: [],
    recipients: '',
    retentionMonths: 12,
    deletionMethod: '',
    volumeEstimate: 10,
    source: 'collected_from_subject',
    automatedDecisions: false,
    dpiaOverride: null,
    dpiaCompletedOn: null,
    pipiaOverride: null,
    pipiaCompletedOn: null,
    owner: 'HR',
    reviewDate: null,
    dpiaSuggested: false,
    pipiaSuggested: false,
    ...overrides,
  };
}

const finding = (overrides: Partial<InventoryFinding> = {}): InventoryFinding => ({
  id: `activity_without_gdpr_basis:${uuid(1)}`,
  kind: 'activity_without_gdpr_basis',
  severity: 'high',
  recordType: 'processing_activity',
  recordId: uuid(1),
  recordName: 'Activity 1',
  controls: [
    { framework: 'iso27001', controlId: 'A.5.34' },
    { framework: 'soc2', controlId: 'P4.1' },
  ],
  messageKey: 'inventory.finding.activity_without_gdpr_basis',
  ...overrides,
});

function inventoryBackend(options: { total?: number; onQuery?(input: unknown): void; answer?(procedure: string, input: unknown): Envelope<unknown> | undefined } = {}) {
  const total = options.total ?? 250;
  return installBridge((procedure, input) => {
    const special = options.answer?.(procedure, input);
    if (special) return special;
    if (procedure === 'inventory.activities.query') {
      options.onQuery?.(input);
      const { offset, limit } = input as { offset: number; limit: number };
      const rows: ActivityRow[] = [];
      for (let i = offset; i < Math.min(total, offset + limit); i++) rows.push({ ...activity(i + 1), findings: i % 2 === 0 ? ['retention_missing'] : [] });
      return ok({ total, rows });
    }
    if (procedure.endsWith('.list') || procedure === 'inventory.findings' || procedure === 'inventory.findings.ofRecord') return ok([]);
    return ok(null);
  });
}

describe('activities table', () => {
  it('fetches the first window, shows the count and rows, and asks the backend again on sort and text filter', async () => {
    const queries: { filter: Record<string, unknown>; sort: { key: string; direction: string }; offset: number }[] = [];
    inventoryBackend({ onQuery: (input) => queries.push(input as never) });
    renderWithApp(<InventoryPage params={{ tab: 'activities' }} />);
    const table = await screen.findByRole('table', { name: 'Processing activities' });
    expect(await within(table).findByText('Activity 1')).toBeTruthy();
    expect(screen.getByText('250 records')).toBeTruthy();
    // Rows carry their findings count; a clean row has none.
    expect(within(table).getAllByText('1 finding').length).toBeGreaterThan(0);
    expect(queries.some((q) => q.offset === 0 && q.sort.key === 'name' && q.sort.direction === 'asc')).toBe(true);

    fireEvent.click(within(table).getByRole('button', { name: /Retention \(months\)/ }));
    await waitFor(() => expect(queries.some((q) => q.sort.key === 'retentionMonths' && q.sort.direction === 'asc')).toBe(true));

    fireEvent.change(screen.getByRole('textbox', { name: 'Search' }), { target: { value: 'payroll' } });
    await waitFor(() => expect(queries.some((q) => q.filter.text === 'payroll')).toBe(true), { timeout: 2000 });
  });

  it('turns the filter values into the contract filter, dropping empty ones', () => {
    expect(activityFilter('  pay ', { role: 'processor', gdprBasis: 'none', hasFinding: true, source: '' })).toEqual({ text: 'pay', role: 'processor', gdprBasis: 'none', hasFinding: true });
    expect(activityFilter('', {})).toEqual({});
  });
});

describe('record drawer', () => {
  it("shows the record's findings translated with control links, and the backend's field errors under the inputs", async () => {
    const invoke = inventoryBackend({
      answer: (procedure) => {
        if (procedure === 'inventory.activities.get') return ok(activity(1, { gdprBasis: null }));
        if (procedure === 'inventory.findings.ofRecord') return ok([finding()]);
        if (procedure === 'inventory.activities.update') {
          return { ok: false, error: { code: 'INVALID_INPUT', message: 'bad', details: { issues: [{ path: ['activity', 'name'], code: 'too_small', message: 'Too small' }] } } };
        }
        return undefined;
      },
    });
    renderWithApp(<InventoryPage params={{ tab: 'activities', id: uuid(1) }} />);
    const dialog = await screen.findByRole('dialog');
    const findings = await within(dialog).findByRole('region', { name: 'Findings on this record' });
    expect(await within(findings).findByText('No GDPR lawful basis (Art 6) is recorded for this activity.')).toBeTruthy();
    fireEvent.click(within(findings).getByRole('button', { name: 'Open control A.5.34' }));
    expect(useSession.getState().route).toEqual({ page: 'controls', params: { framework: 'iso27001', controlId: 'A.5.34' } });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('inventory.activities.update', expect.objectContaining({ id: uuid(1) })));
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
  });
});

describe('findings list', () => {
  it('renders every finding translated in Chinese, grouped, and opens the record', async () => {
    const opened: InventoryFinding[] = [];
    const list = [
      finding(),
      finding({ id: `vendor_without_dpa:${uuid(9)}`, kind: 'vendor_without_dpa', severity: 'medium', recordType: 'vendor', recordId: uuid(9), recordName: 'Mailer', messageKey: 'inventory.finding.vendor_without_dpa' }),
    ];
    installBridge(() => ok(null));
    renderWithApp(<FindingsTab findings={list} onOpenRecord={(f) => opened.push(f)} />, 'zh-CN');
    expect(await screen.findAllByText('此处理活动未记录 GDPR 合法性基础（第 6 条）。')).not.toHaveLength(0);
    expect(screen.getAllByText('未记录与该供应商签订的数据处理协议。').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: '打开 Mailer' }));
    expect(opened.map((f) => f.recordId)).toEqual([uuid(9)]);
  });
});

describe('data map model', () => {
  const system = (n: number, country: string | null, vendorId: string | null = null): InventorySystem => ({
    id: uuid(n),
    ...STAMPS,
    name: `System ${n}`,
    owner: '',
    type: '',
    hosting: 'cloud',
    country,
    vendorId,
    encryptionAtRest: true,
    encryptionInTransit: '',
    mfaEnforced: true,
    roleBasedAccess: true,
    logging: true,
    dataResidency: null,
  });
  const vendor: Vendor = { id: uuid(50), ...STAMPS, name: 'Cloudy', services: '', countries: ['US', 'IE'], dpaSignedOn: null, certifications: [], reviewDate: null, activityIds: [], systemIds: [] };
  const transfer = (n: number, to: string, gdpr: Transfer['gdprMechanism'], pipl: Transfer['piplMechanism']): Transfer => ({
    id: uuid(100 + n),
    ...STAMPS,
    activityId: uuid(1),
    fromCountry: 'DE',
    toCountry: to,
    recipient: '',
    gdprMechanism: gdpr,
    piplMechanism: pipl,
    standardContractFiledOn: null,
    volume: 1,
  });

  it('puts systems and vendors in their countries and colours transfers by whether a mechanism is recorded', () => {
    const map = buildDataMap({
      systems: [system(1, 'DE'), system(2, null, uuid(50))],
      vendors: [vendor],
      transfers: [transfer(1, 'US', 'scc', 'none'), transfer(2, 'US', 'scc', 'none'), transfer(3, 'CN', 'none', 'none')],
      countryName: (code) => ({ DE: 'Germany', US: 'United States', CN: 'China' })[code] ?? code,
    });
    const groups = map.nodes.filter((n) => n.type === 'country').map((n) => n.id);
    expect(groups).toEqual(['country:CN', 'country:DE', 'country:US', `country:${UNKNOWN_COUNTRY}`]);
    expect(map.nodes.find((n) => n.id === `system:${uuid(1)}`)?.parentId).toBe('country:DE');
    expect(map.nodes.find((n) => n.id === `vendor:${uuid(50)}`)?.parentId).toBe('country:US');
    expect(map.nodes.find((n) => n.id === `system:${uuid(2)}`)?.parentId).toBe(`country:${UNKNOWN_COUNTRY}`);
    const transfers = map.edges.filter((e) => e.type === 'transfer');
    expect(transfers.map((e) => [e.source, e.target, e.data?.missing, e.data?.transferIds.length])).toEqual([
      ['country:DE', 'country:US', false, 2],
      ['country:DE', 'country:CN', true, 1],
    ]);
    expect(map.edges.some((e) => e.source === `vendor:${uuid(50)}` && e.target === `system:${uuid(2)}`)).toBe(true);
  });
});

describe('saved views', () => {
  it('round-trips per workspace and tab, and ignores malformed entries', () => {
    writeViews('ws-1', 'activities', [{ name: 'Open gaps', filter: { hasFinding: true }, sort: { key: 'name', direction: 'desc' }, columns: ['name', 'findings'] }]);
    expect(readViews('ws-1', 'activities')).toEqual([{ name: 'Open gaps', filter: { hasFinding: true }, sort: { key: 'name', direction: 'desc' }, columns: ['name', 'findings'] }]);
    expect(readViews('ws-2', 'activities')).toEqual([]);
    expect(readViews('ws-1', 'systems')).toEqual([]);
    localStorage.setItem('custos.inventory.views.ws-1.systems', JSON.stringify([{ name: 1 }, 'x', { name: 'ok', filter: {}, sort: { key: 'name', direction: 'asc' }, columns: [] }]));
    expect(readViews('ws-1', 'systems').map((v) => v.name)).toEqual(['ok']);
    localStorage.setItem('custos.inventory.views.ws-1.vendors', '{not json');
    expect(readViews('ws-1', 'vendors')).toEqual([]);
  });

  it('saves the current filters and sort from the toolbar and applies them again', async () => {
    act(() => useSession.setState({ status: { state: 'unlocked', path: '/w', name: 'W', workspaceId: 'ws-9', unlockedWith: 'passphrase', recoveryKeyConfirmed: true, autoLockMinutes: 0, language: 'en' } } as never));
    const queries: { filter: Record<string, unknown> }[] = [];
    inventoryBackend({ onQuery: (input) => queries.push(input as never) });
    renderWithApp(<InventoryPage params={{ tab: 'activities' }} />);
    await screen.findByRole('table', { name: 'Processing activities' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Search' }), { target: { value: 'cctv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Views' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Name of this view' }), { target: { value: 'Cameras' } });
    // The popover's content is mid-transition in happy-dom, so it is looked up among hidden elements.
    fireEvent.click(screen.getByRole('button', { name: 'Save current view', hidden: true }));
    expect(readViews('ws-9', 'activities')).toEqual([{ name: 'Cameras', filter: { text: 'cctv' }, sort: { key: 'name', direction: 'asc' }, columns: expect.arrayContaining(['name', 'findings']) }]);

    // Clear the filter, then apply the view: the backend is asked for the view's filter again.
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Search' }) as HTMLInputElement).value).toBe(''));
    await waitFor(() => expect(queries.at(-1)?.filter.text).toBeUndefined(), { timeout: 2000 });
    const before = queries.length;
    fireEvent.click(screen.getByRole('button', { name: 'Apply view Cameras', hidden: true }));
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Search' }) as HTMLInputElement).value).toBe('cctv'));
    await waitFor(() => expect(queries.slice(before).some((q) => q.filter.text === 'cctv')).toBe(true), { timeout: 2000 });
  });
});
