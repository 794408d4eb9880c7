// The impact-assessments panel and the inventory rules panel against a fake backend: list, open,
// answer a section, outcome and Art 36 flag, sign-off with confirmation, the retention refusal in
// words, and saving the rules.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { questionIds } from '../../../shared/assessments/questionnaires';
import type { Envelope } from '../../../shared/contract';
import type { Assessment } from '../../../shared/contract/areas/assessments';
import { DEFAULT_INVENTORY_RULES } from '../../../shared/contract/areas/inventory-rules';
import { setBridge } from '../../../renderer/src/client/bridge';
import { AssessmentsPanel } from '../../../renderer/src/features/inventory/assessments/AssessmentsPanel';
import { InventoryRulesPanel } from '../../../renderer/src/features/inventory/settings/InventoryRulesPanel';
import { installBridge, renderWithApp } from './render';

if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined }, configurable: true });
}

afterEach(() => {
  cleanup();
  setBridge(null);
});

const ok = (value: unknown): Envelope<unknown> => ({ ok: true, value });
const ID = '11111111-1111-4111-8111-111111111111';

const base: Assessment = {
  id: ID,
  ref: 'DPIA-001',
  kind: 'dpia',
  activityId: '22222222-2222-4222-8222-222222222222',
  activityName: 'Clinical risk scoring',
  name: 'Risk scoring DPIA',
  revision: 1,
  previousId: null,
  superseded: false,
  status: 'in_review',
  answers: Object.fromEntries(questionIds('dpia').map((id) => [id, `Answer ${id}`])),
  unanswered: [],
  likelihood: 3,
  severity: 3,
  residualRisk: 'high',
  priorConsultation: true,
  assessor: 'DPO',
  reviewDate: '2026-09-01',
  signedOffBy: null,
  signedOffAt: null,
  signOffNote: '',
  retainUntil: null,
  createdAt: '2026-06-01T10:00:00.000Z',
  updatedAt: '2026-06-01T10:00:00.000Z',
};

describe('AssessmentsPanel', () => {
  it('lists assessments and opens one with its sections, outcome and the Art 36 flag', async () => {
    installBridge((procedure) => (procedure === 'assessments.list' ? ok([base]) : ok(null)));
    renderWithApp(<AssessmentsPanel />);
    const row = (await screen.findByText('Risk scoring DPIA')).closest('tr')!;
    expect(within(row).getByText('In review')).toBeTruthy();
    expect(within(row).getByText('High residual risk')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Open DPIA-001' }));
    expect(await screen.findByText('Systematic description (Art 35(7)(a))')).toBeTruthy();
    expect(screen.getByText('Necessity and proportionality (Art 35(7)(b))')).toBeTruthy();
    expect(screen.getByText(/consult the supervisory authority before the processing starts \(GDPR Art 36\)/)).toBeTruthy();
    expect(screen.getByText('Likelihood 3 × severity 3 = 9')).toBeTruthy();
    expect(screen.getByText(/GDPR sets no minimum period/)).toBeTruthy();
  });

  it('saves one section of answers', async () => {
    const draft: Assessment = { ...base, status: 'draft', answers: {}, unanswered: questionIds('dpia').slice(0, 14) };
    const invoke = installBridge((procedure, input) => {
      if (procedure === 'assessments.list') return ok([draft]);
      if (procedure === 'assessments.update') return ok({ ...draft, answers: (input as { changes: { answers: Record<string, string> } }).changes.answers });
      return ok(null);
    });
    renderWithApp(<AssessmentsPanel selectedId={ID} />);
    const nature = await screen.findByRole('textbox', { name: /Nature and scope of the processing/ });
    fireEvent.change(nature, { target: { value: 'Scores 1.1 million patients' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Save section' })[0]!);
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('assessments.update', {
        id: ID,
        changes: { answers: { dpia_nature_scope: 'Scores 1.1 million patients', dpia_context: '', dpia_purposes: '', dpia_data_flows: '' } },
      }),
    );
  });

  it('signs off after confirmation, with the signer and the review date', async () => {
    const invoke = installBridge((procedure) => {
      if (procedure === 'assessments.list') return ok([base]);
      if (procedure === 'assessments.signOff') return ok({ ...base, status: 'signed_off', signedOffBy: 'Ciarán Walsh', signedOffAt: '2026-06-15T10:00:00.000Z' });
      return ok(null);
    });
    renderWithApp(<AssessmentsPanel selectedId={ID} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign off…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign off DPIA-001' });
    const confirm = within(dialog).getByRole('button', { name: 'Sign off' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Signed off by/ }), { target: { value: 'Ciarán Walsh' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('assessments.signOff', { id: ID, signedOffBy: 'Ciarán Walsh', note: '', reviewDate: '2026-09-01' }));
  });

  it('explains a deletion refused for retention, with the date, in Chinese too', async () => {
    const pipia: Assessment = { ...base, kind: 'pipia', ref: 'PIPIA-001', status: 'signed_off', signedOffBy: 'Li Wei', signedOffAt: '2026-06-15T10:00:00.000Z', retainUntil: '2029-06-15', residualRisk: 'low', likelihood: 1, severity: 2, priorConsultation: false, answers: {} };
    installBridge((procedure) => {
      if (procedure === 'assessments.list') return ok([pipia]);
      if (procedure === 'assessments.delete') return { ok: false, error: { code: 'CONFLICT', message: 'kept', details: { entity: 'assessment', reason: 'retention', ref: 'PIPIA-001', retainUntil: '2029-06-15' } } };
      return ok(null);
    });
    renderWithApp(<AssessmentsPanel selectedId={ID} />, 'zh-CN');
    expect(await screen.findByText(/保存至 2029-06-15/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    const dialog = await screen.findByRole('dialog', { name: '删除 PIPIA-001？' });
    fireEvent.click(within(dialog).getByRole('button', { name: '删除' }));
    expect(await within(dialog).findByText('PIPIA-001 须保存至 2029-06-15（PIPL 第 56 条要求至少保存三年），目前不能删除。')).toBeTruthy();
  });
});

describe('InventoryRulesPanel', () => {
  it('shows the rules and saves a changed threshold and retention limit', async () => {
    const category = { id: '33333333-3333-4333-8333-333333333333', name: 'Cookie identifiers', examples: '', sensitivity: ['ordinary'], systemIds: [], createdAt: '', updatedAt: '' };
    const rules = { ...DEFAULT_INVENTORY_RULES, categoryRetention: [{ dataCategoryId: category.id, maxMonths: 13 }] };
    const invoke = installBridge((procedure, input) => {
      if (procedure === 'inventory.rules.get') return ok(rules);
      if (procedure === 'inventory.dataCategories.list') return ok([category]);
      if (procedure === 'inventory.rules.update') return ok(input);
      return ok(null);
    });
    renderWithApp(<InventoryRulesPanel />);
    expect(await screen.findByText('EEA countries (30 countries)')).toBeTruthy();
    expect(await screen.findByText('Cookie identifiers')).toBeTruthy();
    const threshold = screen.getByRole('textbox', { name: /Large-volume threshold/ });
    fireEvent.change(threshold, { target: { value: '50000' } });
    const months = screen.getByRole('textbox', { name: 'Months: Cookie identifiers' });
    fireEvent.change(months, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('inventory.rules.update', { ...rules, largeVolumeThreshold: 50_000, categoryRetention: [{ dataCategoryId: category.id, maxMonths: 12 }] }),
    );
  });
});
