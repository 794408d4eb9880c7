// The training import wizard with a fake backend: file → proposed mapping (changed by the user) →
// dry run with every problem by row and column and the import refused → a clean file imported with
// progress and the assignment run's counts; a cancel; the Chinese wording; and the rates-over-time
// chart with one line per department and a legend.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../shared/contract';
import type { RateHistory, TrainingImportInspection, TrainingImportPreview } from '../../../shared/contract/areas/training-import';
import { resetSession } from '../../../renderer/src/app/session-store';
import { setBridge } from '../../../renderer/src/client/bridge';
import { TrainingImportWizard } from '../../../renderer/src/features/training/import/TrainingImportWizard';
import { ReportsTab } from '../../../renderer/src/features/training/ReportsTab';
import { deferred, installEventBridge, renderWithApp } from './render';

if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined }, configurable: true });
}

afterEach(() => {
  cleanup();
  setBridge(null);
  resetSession();
});

const ok = (value: unknown): Envelope<unknown> => ({ ok: true, value });

const INSPECTION: TrainingImportInspection = {
  format: 'csv',
  sheets: [],
  sheet: null,
  headerRow: 1,
  columns: [
    { index: 0, letter: 'A', header: 'Learner' },
    { index: 1, letter: 'B', header: 'Course title' },
    { index: 2, letter: 'C', header: 'Completed' },
    { index: 3, letter: 'D', header: 'Notes' },
  ],
  rowCount: 2,
  sampleRows: [['ann@acme.example', 'Security basics', '2026-01-15', 'ok']],
  suggestedKind: 'completions',
  proposals: { people: ['name', null, null, null], completions: ['personName', 'course', 'completedOn', null] },
};

const BAD: TrainingImportPreview = {
  kind: 'completions',
  totalRows: 2,
  counts: { new: 1, updated: 0, unchanged: 0, duplicate: 0, error: 1 },
  passed: 1,
  problems: [
    { row: 3, column: { index: 0, letter: 'A', header: 'Learner' }, field: 'personEmail', severity: 'error', code: 'person_unknown', params: { value: 'zed@acme.example' }, messageKey: 'trainingImport:problem.person_unknown' },
  ],
  sample: [{ row: 2, name: 'Ann Lee · Security basics · 2026-01-15', outcome: 'new' }],
};

const GOOD: TrainingImportPreview = { ...BAD, counts: { new: 2, updated: 0, unchanged: 0, duplicate: 0, error: 0 }, passed: 2, problems: [] };

async function pickFile() {
  const input = screen.getByLabelText('CSV or XLSX file');
  fireEvent.change(input, { target: { files: [new File(['Learner,Course title,Completed\n'], 'lms.csv', { type: 'text/csv' })] } });
  fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
}

describe('TrainingImportWizard', () => {
  it('maps, lists every problem by row and column, refuses, then imports with progress', async () => {
    let previews = 0;
    const committed = deferred<Envelope<unknown>>();
    const { invoke, emit } = installEventBridge((procedure) => {
      if (procedure === 'trainingImport.inspect') return ok(INSPECTION);
      if (procedure === 'trainingImport.dryRun') return ok(previews++ === 0 ? BAD : GOOD);
      if (procedure === 'trainingImport.commit') return committed.promise;
      return { ok: false, error: { code: 'INTERNAL', message: procedure } };
    });
    const onClose = vi.fn();
    renderWithApp(<TrainingImportWizard kind="completions" onClose={onClose} />);
    await pickFile();
    expect(await screen.findByText('2 rows and 4 columns; headers in row 1.')).toBeTruthy();
    // The proposal is shown; the user maps the Learner column to the email instead.
    const learner = screen.getByRole('combobox', { name: 'Field for column Learner' }) as HTMLInputElement;
    expect(learner.value).toBe("Person's name");
    fireEvent.click(learner);
    fireEvent.keyDown(learner, { key: 'ArrowDown' });
    const listbox = await waitFor(() => document.getElementById(learner.getAttribute('aria-controls') ?? '')!);
    fireEvent.click(within(listbox).getByRole('option', { name: "Person's email", hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));

    const problems = await screen.findByRole('table', { name: 'Problems' });
    expect(within(problems).getByText('3')).toBeTruthy();
    expect(within(problems).getByText('A (Learner)')).toBeTruthy();
    expect(within(problems).getByText('No one on the people list has “zed@acme.example”; import or add them first.')).toBeTruthy();
    expect(screen.getByText(/nothing is imported while any row has a problem/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import 1 rows' }).hasAttribute('disabled')).toBe(true);
    const dryRun = invoke.mock.calls.find(([name]) => name === 'trainingImport.dryRun')![1] as { kind: string; mapping: (string | null)[] };
    expect(dryRun).toMatchObject({ kind: 'completions', mapping: ['personEmail', 'course', 'completedOn', null] });

    // The corrected file checks clean and imports.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Check the file' }));
    expect(await screen.findByText('No problems found.')).toBeTruthy();
    expect(screen.getByText(/2 of the new completions pass their course/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    const commit = await waitFor(() => {
      const call = invoke.mock.calls.find(([name]) => name === 'trainingImport.commit');
      expect(call).toBeTruthy();
      return call![1] as { jobId: string };
    });
    act(() => emit({ type: 'job.progress', jobId: commit.jobId, kind: 'training_import', phase: 'write', done: 1000, total: 2000 }));
    expect(await screen.findByText('Writing: 1000 of 2000')).toBeTruthy();
    expect(screen.getByText('Cancelling now rolls back every row written so far.')).toBeTruthy();
    committed.resolve(ok({ kind: 'completions', created: 2, updated: 0, unchanged: 0, skipped: 0, passed: 2, assignments: { created: 0, reopened: 0, closed: 0, open: 3 } }));
    expect(await screen.findByText('2 created, 0 updated, 0 unchanged, 0 skipped.')).toBeTruthy();
    const closeButtons = screen.getAllByRole('button', { name: 'Close' });
    fireEvent.click(closeButtons[closeButtons.length - 1]!);
    expect(onClose).toHaveBeenCalledWith(true);
  });

  it('cancels a running import and says nothing was written, in Chinese', async () => {
    const committed = deferred<Envelope<unknown>>();
    const { invoke } = installEventBridge((procedure) => {
      if (procedure === 'trainingImport.inspect') return ok({ ...INSPECTION, suggestedKind: 'people' });
      if (procedure === 'trainingImport.dryRun') return ok({ ...GOOD, kind: 'people' });
      if (procedure === 'trainingImport.commit') return committed.promise;
      if (procedure === 'jobs.cancel') {
        committed.resolve({ ok: false, error: { code: 'CANCELLED', message: 'cancelled' } });
        return ok({ cancelled: true });
      }
      return { ok: false, error: { code: 'INTERNAL', message: procedure } };
    });
    renderWithApp(<TrainingImportWizard kind="people" onClose={() => undefined} />, 'zh-CN');
    expect(screen.getByText('邮箱已在名单中的人员')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '更新' }));
    const input = screen.getByLabelText('CSV 或 XLSX 文件');
    fireEvent.change(input, { target: { files: [new File(['姓名\n'], '花名册.csv', { type: 'text/csv' })] } });
    fireEvent.click(await screen.findByRole('button', { name: '下一步' }));
    fireEvent.click(await screen.findByRole('button', { name: '检查文件' }));
    expect(await screen.findByText('未发现问题。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '导入 2 行' }));
    fireEvent.click(await screen.findByRole('button', { name: '取消导入' }));
    expect(await screen.findByText('导入已取消，未写入任何内容。')).toBeTruthy();
    const commit = invoke.mock.calls.find(([name]) => name === 'trainingImport.commit')![1] as { kind: string; onDuplicate: string; mapping: unknown[] };
    expect(commit).toMatchObject({ kind: 'people', onDuplicate: 'update', mapping: ['name', null, null, null] });
    expect(invoke.mock.calls.some(([name]) => name === 'jobs.cancel')).toBe(true);
  });
});

describe('rates over time', () => {
  it('draws one line per department with a legend and an accessible description', async () => {
    const months = ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];
    const line = (key: string, rates: number[]) => ({ key, label: key, points: months.map((month, i) => ({ month, total: 4, done: Math.round((rates[i]! / 100) * 4), rate: rates[i]! })) });
    const history = (by: string): RateHistory => ({
      months,
      series: by === 'department' ? [line('Engineering', months.map((_, i) => (i < 6 ? 25 : 75))), line('Sales', months.map(() => 50))] : [line('Security basics', months.map(() => 100))],
    });
    installEventBridge((procedure, input) => {
      if (procedure === 'training.rates.history') return ok(history((input as { by: string }).by));
      if (procedure === 'training.rates') return ok({ today: '2026-03-03', total: 0, done: 0, overdue: 0, dueSoon: 0, byDepartment: [], byCourse: [] });
      return ok([]);
    });
    renderWithApp(<ReportsTab />);
    const chart = await screen.findByRole('img', { name: /Completion rate at the end of each month from 2025-04 to 2026-03/ });
    expect(chart.getAttribute('aria-label')).toContain('Engineering 25% to 75%; Sales 50% to 50%');
    expect(chart.querySelectorAll('polyline')).toHaveLength(2);
    const legend = screen.getByRole('list', { name: 'Lines shown' });
    expect(within(legend).getByText('Engineering · 75%')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Course' }));
    expect(await screen.findByRole('img', { name: /Security basics 100% to 100%/ })).toBeTruthy();
  });
});
