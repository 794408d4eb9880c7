import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract';
import type { PackExportResult, PackHistoryEntry, PackPreviewResult, PackVerifyResult } from '../../../shared/contract/areas/packs';
import { setBridge } from '../../../renderer/src/client/bridge';
import { AuditPacksPage } from '../../../renderer/src/features/audit-packs/AuditPacksPage';
import { exportInput, looksLikeZipPath, suggestedFileName } from '../../../renderer/src/features/audit-packs/pack-options';
import { deferred, installEventBridge, renderWithApp } from './render';

afterEach(() => {
  cleanup();
  setBridge(null);
});

const ok = (value: unknown): Envelope<unknown> => ({ ok: true, value });

const PREVIEW: PackPreviewResult = {
  controls: 61,
  controlsWithEvidence: 48,
  evidenceFiles: 12,
  evidenceBytes: 3 * 1024 * 1024,
  recordExtracts: 340,
  registers: [
    { key: 'ropa', title: 'Record of processing', rows: 40 },
    { key: 'incidents', title: 'Incidents', rows: 6 },
  ],
  policies: 9,
  auditEvents: 4321,
  exceptions: 7,
  period: { from: '2026-01-01', to: '2026-06-30' },
  keyFingerprint: 'ab'.repeat(32),
};

const HISTORY: PackHistoryEntry[] = [
  {
    id: 'h1',
    framework: 'iso27001',
    from: '2025-01-01',
    to: '2025-12-31',
    locale: 'zh-CN',
    redacted: true,
    recipient: 'ComplyWorks Ltd',
    fileName: 'audit-pack-iso27001-2025.zip',
    manifestSha256: 'cd'.repeat(32),
    fileCount: 210,
    bytes: 8 * 1024 * 1024,
    generatedAt: '2026-01-15T09:00:00.000Z',
    generatedBy: 'owner',
  },
];

const RESULT: PackExportResult = { path: '/tmp/out/soc2.zip', bytes: 5 * 1024 * 1024, manifestSha256: 'ef'.repeat(32), fileCount: 123, generatedAt: '2026-07-01T10:00:00.000Z' };

describe('audit pack options', () => {
  it('builds the export input and checks the file path', () => {
    const form = { framework: 'soc2' as const, from: '2026-01-01', to: null, locale: 'en' as const, redact: true, recipient: '  Auditor LLP ', file: ' /tmp/p.zip ' };
    expect(exportInput(form, 'job12345')).toEqual({ framework: 'soc2', from: '2026-01-01', locale: 'en', redact: true, jobId: 'job12345', file: '/tmp/p.zip', recipient: 'Auditor LLP' });
    expect(exportInput({ ...form, recipient: ' ' }, 'job12345')).not.toHaveProperty('recipient');
    expect(looksLikeZipPath('/tmp/p.zip')).toBe(true);
    expect(looksLikeZipPath('C:\\packs\\p.ZIP')).toBe(true);
    expect(looksLikeZipPath('p.zip')).toBe(false);
    expect(looksLikeZipPath('/tmp/p.pdf')).toBe(false);
    expect(suggestedFileName(form, '2026-11-29')).toBe('audit-pack-soc2-2026-01-01_2026-11-29.zip');
  });
});

describe('AuditPacksPage', () => {
  it('previews, exports with progress, shows the result and reloads the history', async () => {
    const exported = deferred<Envelope<unknown>>();
    let historyCalls = 0;
    const { invoke, emit } = installEventBridge((procedure) => {
      if (procedure === 'packs.preview') return ok(PREVIEW);
      if (procedure === 'packs.history') return ok(historyCalls++ === 0 ? [] : HISTORY);
      if (procedure === 'packs.export') return exported.promise;
      return { ok: false, error: { code: 'INTERNAL', message: procedure } };
    });
    renderWithApp(<AuditPacksPage />);
    const preview = await screen.findByTestId('pack-preview');
    expect(await within(preview).findByText('48 of 61')).toBeTruthy();
    expect(within(preview).getByText('Record of processing')).toBeTruthy();
    expect(within(preview).getByText('4,321')).toBeTruthy();
    expect(within(preview).getByText(/7 controls in scope have missing or expired evidence/)).toBeTruthy();
    expect(within(preview).getByTestId('pack-key-fingerprint').textContent).toBe('ab'.repeat(32));
    expect(await screen.findByText('No audit pack has been exported yet.')).toBeTruthy();

    // Export needs a full .zip path.
    const exportButton = screen.getByRole('button', { name: 'Export pack' });
    expect(exportButton.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText(/File to write/), { target: { value: 'pack.zip' } });
    expect(await screen.findByText('Enter a full path that ends in .zip.')).toBeTruthy();
    fireEvent.click(screen.getByText('SOC 2'));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('packs.preview', { framework: 'soc2', locale: 'en', redact: false }));
    fireEvent.change(screen.getByLabelText(/Recipient/), { target: { value: 'Auditor LLP' } });
    fireEvent.change(screen.getByLabelText(/File to write/), { target: { value: '/tmp/out/soc2.zip' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export pack' }));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith(
        'packs.export',
        expect.objectContaining({ framework: 'soc2', locale: 'en', redact: false, recipient: 'Auditor LLP', file: '/tmp/out/soc2.zip', jobId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) }),
      ),
    );
    const jobId = (invoke.mock.calls.find(([name]) => name === 'packs.export')![1] as { jobId: string }).jobId;
    expect(await screen.findByText('Starting…')).toBeTruthy();
    // Options are locked while the pack is written.
    expect((screen.getByLabelText(/File to write/) as HTMLInputElement).disabled).toBe(true);
    emit({ type: 'job.progress', jobId, kind: 'audit_pack', phase: 'write', done: 50, total: 200 });
    emit({ type: 'job.progress', jobId: 'someone-else', kind: 'audit_pack', phase: 'hash', done: 1, total: 2 });
    await waitFor(() => expect(screen.getByTestId('pack-phase').textContent).toBe('Writing the files into the ZIP and hashing them · 25%'));

    exported.resolve(ok(RESULT));
    const result = await screen.findByTestId('pack-result');
    expect(within(result).getByTestId('pack-manifest-sha256').textContent).toBe('ef'.repeat(32));
    expect(within(result).getByText('5 MB, 123 files')).toBeTruthy();
    // The history is reloaded and shows the new entry; the verify field holds the new file.
    const history = await screen.findByTestId('pack-history');
    expect(within(history).getByText('ComplyWorks Ltd')).toBeTruthy();
    expect(within(history).getByText('Pseudonymised')).toBeTruthy();
    expect(within(history).getByText('210 files, 8 MB')).toBeTruthy();
    expect((screen.getByLabelText(/Pack file/) as HTMLInputElement).value).toBe('/tmp/out/soc2.zip');
  });

  it('cancels a running export through jobs.cancel', async () => {
    const exported = deferred<Envelope<unknown>>();
    const { invoke } = installEventBridge((procedure) => {
      if (procedure === 'packs.preview') return ok(PREVIEW);
      if (procedure === 'packs.history') return ok([]);
      if (procedure === 'packs.export') return exported.promise;
      if (procedure === 'jobs.cancel') {
        exported.resolve({ ok: false, error: { code: 'CANCELLED', message: 'cancelled' } });
        return ok({ cancelled: true });
      }
      return { ok: false, error: { code: 'INTERNAL', message: procedure } };
    });
    renderWithApp(<AuditPacksPage />);
    await screen.findByTestId('pack-preview');
    fireEvent.change(screen.getByLabelText(/File to write/), { target: { value: '/tmp/x.zip' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export pack' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('jobs.cancel', { jobId: expect.any(String) }));
    const jobId = (invoke.mock.calls.find(([name]) => name === 'packs.export')![1] as { jobId: string }).jobId;
    expect(invoke).toHaveBeenCalledWith('jobs.cancel', { jobId });
    // Back to idle, no error and no result shown.
    expect(await screen.findByRole('button', { name: 'Export pack' })).toBeTruthy();
    expect(screen.queryByTestId('pack-result')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('verifies a pack file and names each problem', async () => {
    const verified: PackVerifyResult = {
      ok: false,
      fileCount: 40,
      keyFingerprint: 'ab'.repeat(32),
      problems: [
        { kind: 'hash', path: 'evidence/A.8.13/backup.pdf', expected: '11'.repeat(32), actual: '22'.repeat(32) },
        { kind: 'missing', path: 'registers/ropa.csv' },
        { kind: 'signature' },
      ],
    };
    const { invoke } = installEventBridge((procedure) => {
      if (procedure === 'packs.preview') return ok(PREVIEW);
      if (procedure === 'packs.history') return ok([]);
      if (procedure === 'packs.verify') return ok(verified);
      return { ok: false, error: { code: 'INTERNAL', message: procedure } };
    });
    renderWithApp(<AuditPacksPage />);
    fireEvent.change(await screen.findByLabelText(/Pack file/), { target: { value: '/tmp/in.zip' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('packs.verify', { file: '/tmp/in.zip' }));
    const result = await screen.findByTestId('pack-verify-result');
    expect(within(result).getByText('The pack does not match its manifest')).toBeTruthy();
    const problems = within(result).getByTestId('pack-verify-problems');
    expect(within(problems).getByText('Wrong SHA-256')).toBeTruthy();
    expect(within(problems).getByText('evidence/A.8.13/backup.pdf')).toBeTruthy();
    expect(within(problems).getByText('22'.repeat(32))).toBeTruthy();
    expect(within(problems).getByText('Missing file')).toBeTruthy();
    expect(within(problems).getByText('Signature invalid')).toBeTruthy();
  });

  it('speaks Chinese', async () => {
    installEventBridge((procedure) => (procedure === 'packs.preview' ? ok(PREVIEW) : procedure === 'packs.history' ? ok(HISTORY) : ok(null)));
    renderWithApp(<AuditPacksPage />, 'zh-CN');
    expect(await screen.findByText('审计资料包')).toBeTruthy();
    expect(await screen.findByText('48 / 61')).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出资料包' })).toBeTruthy();
    expect(await screen.findByText('已假名化')).toBeTruthy();
    expect(screen.getByText('导出历史')).toBeTruthy();
  });
});
