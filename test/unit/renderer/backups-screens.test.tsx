// The backups screens with a fake backend: the systems table (last successful restore, overdue next
// test), the jobs table with failing checks, the restore-test form where a failed result makes the
// follow-up actions appear and required, and the checks tab with its sentences and links.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../shared/contract';
import type { BackupCheck, BackupJob, BackupSystem } from '../../../shared/contract/areas/backups';
import { resetSession } from '../../../renderer/src/app/session-store';
import { setBridge } from '../../../renderer/src/client/bridge';
import { ChecksTab } from '../../../renderer/src/features/backups/ChecksTab';
import { JobsTab } from '../../../renderer/src/features/backups/JobsTab';
import { RestoreTestsTab } from '../../../renderer/src/features/backups/RestoreTestsTab';
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
const CRM = '00000000-0000-4000-8000-0000000000c1';
const JOB = '00000000-0000-4000-8000-0000000000a1';

const CHAIN_CHECK: BackupCheck = { kind: 'restore_time_over_rto', systemId: CRM, systemName: 'CRM', jobId: JOB, jobName: 'Nightly incremental', facts: { chainLength: 7, restoreMinutes: 210, rtoHours: 3 } };
const OVERDUE_CHECK: BackupCheck = { kind: 'restore_test_overdue', systemId: CRM, systemName: 'CRM', jobId: null, jobName: null, facts: { due: '2026-01-15' } };
const MISSING_CHECK: BackupCheck = { kind: 'personal_data_no_backup', systemId: '00000000-0000-4000-8000-0000000000c2', systemName: 'HR', jobId: null, jobName: null, facts: {} };

const SYSTEMS: BackupSystem[] = [
  { systemId: CRM, name: 'CRM', holdsPersonalData: true, holdsSensitiveData: false, jobCount: 1, restoreTestMonths: 12, lastTestOn: '2025-01-15', lastSuccessfulRestoreOn: '2024-12-01', nextTestDue: '2026-01-15', testOverdue: true, checks: [CHAIN_CHECK, OVERDUE_CHECK] },
  { systemId: '00000000-0000-4000-8000-0000000000c2', name: 'HR', holdsPersonalData: true, holdsSensitiveData: true, jobCount: 0, restoreTestMonths: 6, lastTestOn: null, lastSuccessfulRestoreOn: null, nextTestDue: null, testOverdue: false, checks: [MISSING_CHECK] },
];

const JOBS: BackupJob[] = [
  {
    id: JOB,
    systemId: CRM,
    systemName: 'CRM',
    systemExists: true,
    name: 'Nightly incremental',
    type: 'incremental',
    schedule: { kind: 'calendar', rrule: 'FREQ=DAILY', tzid: 'UTC', start: '2026-01-01T01:00' },
    runsPerDay: 1,
    fullSchedule: { kind: 'calendar', rrule: 'FREQ=WEEKLY;BYDAY=SU', tzid: 'UTC', start: '2026-01-01T02:00' },
    retentionDays: 30,
    retentionCopies: null,
    medium: 'object_storage',
    location: 'cloud',
    country: 'IE',
    encrypted: true,
    encryptionMethod: 'AES-256',
    immutable: true,
    offline: false,
    rpoHours: 24,
    rtoHours: 3,
    restoreMinutesPerSet: 30,
    owner: 'IT',
    notes: '',
    longestIntervalHours: 24,
    chainLength: 7,
    restoreMinutes: 210,
    checks: [CHAIN_CHECK],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  },
];

describe('backups screens', () => {
  it('shows each system’s last successful restore and overdue test, and the jobs with their failing checks', async () => {
    installBridge((procedure) => (procedure === 'backups.systems.list' ? ok(SYSTEMS) : procedure === 'backups.jobs.list' ? ok(JOBS) : ok([])));
    renderWithApp(<JobsTab onSelect={() => undefined} />);
    const crm = await screen.findByTestId(`backup-system-${CRM}`);
    expect(within(crm).getByText('Dec 1, 2024')).toBeTruthy();
    expect(within(crm).getByText('Overdue')).toBeTruthy();
    expect(within(crm).getByText('2 failing')).toBeTruthy();
    const job = screen.getByTestId(`backup-job-${JOB}`);
    expect(within(job).getByText('Incremental')).toBeTruthy();
    expect(within(job).getByText('Restore takes longer than the RTO')).toBeTruthy();
    expect(within(job).getByText(/Every day/)).toBeTruthy();
  });

  it('a failed restore test makes follow-ups required and sends them', async () => {
    const invoke = installBridge((procedure, input) => {
      if (procedure === 'backups.systems.list') return ok(SYSTEMS);
      if (procedure === 'backups.jobs.list') return ok(JOBS);
      if (procedure === 'backups.restoreTests.create') {
        const test = input as { followUps: unknown[] };
        if (test.followUps.length === 0) return { ok: false, error: { code: 'INVALID_INPUT', message: 'no', details: { issues: [{ path: ['followUps'], code: 'custom', message: 'follow_up_required' }] } } };
        return ok({ id: 'x' });
      }
      return ok([]);
    });
    renderWithApp(<RestoreTestsTab onSelect={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Record a restore test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a restore test' });
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('backups.systems.list', {}));
    // A pass needs no follow-up: the section is not shown.
    expect(within(dialog).queryByTestId('follow-ups')).toBeNull();

    fireEvent.click(within(dialog).getByText('Fail'));
    const followUps = await within(dialog).findByTestId('follow-ups');
    expect(within(followUps).getByText('A failed or partial test needs at least one follow-up action.')).toBeTruthy();

    // Saving without one: the backend's refusal shows in the section, in words.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record test' }));
    await waitFor(() => expect(within(screen.getByTestId('follow-ups')).getByText('a failed or partial restore test needs at least one follow-up action')).toBeTruthy());

    fireEvent.click(within(dialog).getByRole('button', { name: 'Add a follow-up action' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Action/ }), { target: { value: 'Fix the restore credentials' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Owner/ }), { target: { value: 'Platform' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Data verified/ }), { target: { value: 'Row counts' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record test' }));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith(
        'backups.restoreTests.create',
        expect.objectContaining({ result: 'fail', systemId: null, dataVerified: 'Row counts', followUps: [expect.objectContaining({ description: 'Fix the restore credentials', owner: 'Platform', status: 'open' })] }),
      ),
    );
  });

  it('lists failing checks with their figures and links to the job or the system', async () => {
    installBridge((procedure) => (procedure === 'backups.checks' ? ok([CHAIN_CHECK, OVERDUE_CHECK, MISSING_CHECK]) : ok([])));
    const onOpenJob = vi.fn();
    const onOpenSystem = vi.fn();
    const onRecordTest = vi.fn();
    renderWithApp(<ChecksTab onOpenJob={onOpenJob} onOpenSystem={onOpenSystem} onRecordTest={onRecordTest} />);
    const chain = await screen.findByTestId('backup-check-restore_time_over_rto');
    expect(within(chain).getByText('A worst-case restore needs 7 sets, about 210 min; the RTO is 3 h.')).toBeTruthy();
    fireEvent.click(within(chain).getByRole('button', { name: 'Open the job' }));
    expect(onOpenJob).toHaveBeenCalledWith(JOB);
    const overdue = screen.getByTestId('backup-check-restore_test_overdue');
    expect(within(overdue).getByText('The restore test was due on Jan 15, 2026.')).toBeTruthy();
    fireEvent.click(within(overdue).getByRole('button', { name: 'Record a restore test' }));
    expect(onRecordTest).toHaveBeenCalled();
    fireEvent.click(within(screen.getByTestId('backup-check-personal_data_no_backup')).getByRole('button', { name: 'Open the system’s backups' }));
    expect(onOpenSystem).toHaveBeenCalledWith('00000000-0000-4000-8000-0000000000c2');
  });

  it('speaks Chinese', async () => {
    installBridge((procedure) => (procedure === 'backups.checks' ? ok([CHAIN_CHECK]) : ok([])));
    renderWithApp(<ChecksTab onOpenJob={() => undefined} onOpenSystem={() => undefined} onRecordTest={() => undefined} />, 'zh-CN');
    expect(await screen.findByText('恢复时间超过 RTO')).toBeTruthy();
    expect(screen.getByText('最坏情况下恢复需要 7 个备份集，约 210 分钟；RTO 为 3 小时。')).toBeTruthy();
  });
});
