// The runbook screens with a fake backend: the list with drill dates (in Chinese too), the draft
// editor's up/down ordering, live content checks and save, and the drill form's timing table that
// flags steps over their target and sends the measured minutes.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract';
import type { RunbookSummary, RunbookVersion } from '../../../shared/contract/areas/runbooks';
import { RUNBOOK_TEMPLATES, templateContent } from '../../../shared/runbooks/template-catalog';
import { resetSession } from '../../../renderer/src/app/session-store';
import { setBridge } from '../../../renderer/src/client/bridge';
import { DrillForm } from '../../../renderer/src/features/runbooks/DrillForm';
import { RunbookEditor } from '../../../renderer/src/features/runbooks/RunbookEditor';
import { RunbooksListTab } from '../../../renderer/src/features/runbooks/RunbooksListTab';
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
const RUNBOOK_ID = '00000000-0000-4000-8000-000000000001';
const VERSION_ID = '00000000-0000-4000-8000-000000000002';
const PERSON_ID = '00000000-0000-4000-8000-000000000003';
const ransomware = RUNBOOK_TEMPLATES.find((template) => template.id === 'ransomware')!;

/** The ransomware template's first four steps: enough to order, check and time, and quick to render. */
function version(overrides: Partial<RunbookVersion> = {}): RunbookVersion {
  const full = templateContent(ransomware, 'en');
  const content = { ...full, steps: full.steps.slice(0, 4) };
  return {
    id: VERSION_ID,
    runbookId: RUNBOOK_ID,
    number: 1,
    status: 'draft',
    changeNote: '',
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    approvedBy: null,
    approvedAt: null,
    approvalNote: '',
    sha256: null,
    supersededAt: null,
    stepCount: content.steps.length,
    content,
    ...overrides,
  };
}

const SUMMARY: RunbookSummary = {
  id: RUNBOOK_ID,
  ref: 'RB-001',
  title: 'Ransomware',
  templateId: 'ransomware',
  language: 'en',
  owner: 'CISO',
  status: 'approved',
  latestVersion: { id: VERSION_ID, number: 1, status: 'approved' },
  currentVersion: { id: VERSION_ID, number: 1, approvedAt: '2025-01-10T10:00:00Z' },
  lastDrillOn: '2025-02-01',
  drillCount: 1,
  drillDueOn: '2026-02-01',
  drillOverdue: true,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

describe('runbooks list', () => {
  it('shows the version in force and an overdue drill, in English and Chinese', async () => {
    installBridge((procedure) => ok(procedure === 'runbooks.list' ? [SUMMARY] : []));
    renderWithApp(<RunbooksListTab onSelect={() => undefined} />);
    const row = await screen.findByTestId('runbook-RB-001');
    expect(within(row).getByText('Approved')).toBeTruthy();
    expect(within(row).getByText(/^Overdue since/)).toBeTruthy();
    cleanup();
    installBridge((procedure) => ok(procedure === 'runbooks.list' ? [SUMMARY] : []));
    renderWithApp(<RunbooksListTab onSelect={() => undefined} />, 'zh-CN');
    const zhRow = await screen.findByTestId('runbook-RB-001');
    expect(within(zhRow).getByText('已批准')).toBeTruthy();
    expect(within(zhRow).getByText(/起逾期$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '新建应急手册' })).toBeTruthy();
  });
});

describe('runbook editor', () => {
  it('moves steps up and down, checks roles as you type and saves the content in the new order', async () => {
    const invoke = installBridge((procedure, input) => {
      if (procedure === 'runbooks.draft.save') return ok({ ...version(), content: (input as { content: RunbookVersion['content'] }).content });
      return ok(null);
    });
    let saved: RunbookVersion | null = null;
    renderWithApp(<RunbookEditor runbookId={RUNBOOK_ID} version={version()} onSaved={(v) => (saved = v)} />);
    const steps = () => screen.getAllByRole('article').map((card) => (within(card).getByLabelText('What to do', { exact: false }) as HTMLInputElement).value);
    expect(steps().slice(0, 2)).toEqual(['Isolate affected systems', 'Activate the response team out of band']);
    expect((screen.getByRole('button', { name: 'Move step 1 up' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move step 1 down' }));
    expect(steps().slice(0, 2)).toEqual(['Activate the response team out of band', 'Isolate affected systems']);

    // Without anyone in the security role, the steps that need it are named and saving is blocked.
    fireEvent.click(screen.getByRole('button', { name: 'Remove role Security' }));
    const issues = await screen.findByTestId('content-issues');
    expect(within(issues).getByText('Step 3: this role is not assigned to anyone in the runbook')).toBeTruthy();
    expect(within(issues).getByText('Step 4: this role is not assigned to anyone in the runbook')).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Save draft' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Add role' }));
    await waitFor(() => expect(screen.queryByTestId('content-issues')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(saved).not.toBeNull());
    const call = invoke.mock.calls.find(([procedure]) => procedure === 'runbooks.draft.save')!;
    const sent = call[1] as { content: RunbookVersion['content'] };
    expect(sent.content.steps.slice(0, 2).map((step) => step.id)).toEqual(['activate', 'isolate']);
    expect(sent.content.roles.map((role) => role.role)).toContain('security');
  }, 60_000);
});

describe('drill form', () => {
  it('flags steps over their target and sends the measured minutes', async () => {
    const approved = version({ status: 'approved', approvedAt: '2026-01-10T10:00:00Z', approvedBy: 'CEO', sha256: 'a'.repeat(64) });
    const invoke = installBridge((procedure, input) => {
      if (procedure === 'runbooks.list') return ok([SUMMARY]);
      if (procedure === 'people.list') return ok([{ id: PERSON_ID, name: 'Ana Lead', email: '', department: 'Security', createdAt: '', updatedAt: '' }]);
      if (procedure === 'runbooks.get') return ok({ runbook: SUMMARY, versions: [approved] });
      if (procedure === 'runbooks.versions.get') return (input as { versionId: string }).versionId === VERSION_ID ? ok(approved) : { ok: false, error: { code: 'NOT_FOUND', message: 'no such version' } };
      if (procedure === 'runbooks.drills.create') return ok({ id: 'd1' });
      return ok([]);
    });
    let done = false;
    renderWithApp(<DrillForm drill={null} onClose={() => undefined} onSaved={() => (done = true)} />);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('runbooks.list', {}));
    const runbook = screen.getByLabelText(/^Runbook/, { selector: 'input' });
    fireEvent.click(runbook);
    fireEvent.click(await screen.findByRole('option', { name: 'RB-001 Ransomware', hidden: true }));
    const row = await screen.findByTestId('timing-isolate');
    expect(within(row).getByText('30 min')).toBeTruthy();
    fireEvent.change(within(row).getByLabelText('Measured minutes for Isolate affected systems'), { target: { value: '45' } });
    await waitFor(() => expect(screen.getByTestId('timing-isolate').getAttribute('data-over')).toBe('true'));
    expect(within(screen.getByTestId('timing-isolate')).getByText('Over by 15 min')).toBeTruthy();
    const activate = screen.getByTestId('timing-activate');
    fireEvent.change(within(activate).getByLabelText('Measured minutes for Activate the response team out of band'), { target: { value: '60' } });
    await waitFor(() => expect(within(screen.getByTestId('timing-activate')).getByText('Within target')).toBeTruthy());
    expect(screen.getByTestId('timing-activate').getAttribute('data-over')).toBe('false');

    fireEvent.change(screen.getByRole('textbox', { name: 'Scenario' }), { target: { value: 'Encrypted file shares' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add finding' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Finding 1' }), { target: { value: 'Insurer number outdated' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Raise a corrective action' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Corrective action' }), { target: { value: 'Update the contact list' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save drill' }));
    await waitFor(() => expect(done).toBe(true));
    const sent = invoke.mock.calls.find(([procedure]) => procedure === 'runbooks.drills.create')![1] as Record<string, unknown>;
    expect(sent).toMatchObject({
      runbookId: RUNBOOK_ID,
      versionId: VERSION_ID,
      kind: 'tabletop',
      scenario: 'Encrypted file shares',
      timings: [
        { stepId: 'isolate', actualMinutes: 45, note: '' },
        { stepId: 'activate', actualMinutes: 60, note: '' },
      ],
      findings: [{ description: 'Insurer number outdated', action: { description: 'Update the contact list', owner: '', dueDate: null, status: 'open' } }],
    });
  }, 60_000);
});
