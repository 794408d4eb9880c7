import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract';
import type { BackupScheduleStatus } from '../../../shared/contract/areas/workspace-backup';
import { setBridge } from '../../../renderer/src/client/bridge';
import { WorkspaceBackupSection } from '../../../renderer/src/features/settings/WorkspaceBackupSection';
import { installBridge, renderWithApp } from './render';

afterEach(() => {
  cleanup();
  setBridge(null);
});

const ok = (value: unknown): Envelope<unknown> => ({ ok: true, value });

const STATUS: BackupScheduleStatus = {
  enabled: false,
  folder: '/backups',
  intervalHours: 24,
  keep: 7,
  lastBackup: { file: '/backups/Acme-20260301-080000.custos-backup', fileName: 'Acme-20260301-080000.custos-backup', bytes: 5 * 1024 * 1024, createdAt: '2026-03-01T08:00:00.000Z' },
  nextDueAt: null,
  lastError: null,
};

describe('WorkspaceBackupSection', () => {
  it('shows the latest backup and backs up now into the chosen folder', async () => {
    const invoke = installBridge((procedure) => {
      if (procedure === 'workspaceBackup.settings.get') return ok(STATUS);
      if (procedure === 'workspaceBackup.create') return ok({ ...STATUS.lastBackup, pruned: [] });
      return { ok: false, error: { code: 'INTERNAL', message: procedure } };
    });
    renderWithApp(<WorkspaceBackupSection />);
    expect(await screen.findByText(/Latest backup: Acme-20260301-080000\.custos-backup/)).toBeTruthy();
    expect((screen.getByLabelText(/Backup folder/) as HTMLInputElement).value).toBe('/backups');
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('workspaceBackup.create', expect.objectContaining({ folder: '/backups', keep: 7, jobId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) })));
  });

  it('saves the schedule and shows a missing folder under its field', async () => {
    const invoke = installBridge((procedure) => {
      if (procedure === 'workspaceBackup.settings.get') return ok(STATUS);
      if (procedure === 'workspaceBackup.settings.update') {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'x', details: { issues: [{ path: ['folder'], code: 'folder_not_found', message: 'folder_not_found' }] } } };
      }
      return { ok: false, error: { code: 'INTERNAL', message: procedure } };
    });
    renderWithApp(<WorkspaceBackupSection />);
    const folder = (await screen.findByLabelText(/Backup folder/)) as HTMLInputElement;
    await waitFor(() => expect(folder.value).toBe('/backups'));
    fireEvent.change(folder, { target: { value: '/elsewhere' } });
    fireEvent.click(screen.getByRole('switch', { name: /Back up automatically/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save backup settings' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('workspaceBackup.settings.update', { folder: '/elsewhere', enabled: true, intervalHours: 24, keep: 7 }));
    await waitFor(() => expect(folder.getAttribute('aria-invalid')).toBe('true'));
    expect((await screen.findAllByText(/there is no folder at this path/)).length).toBeGreaterThan(0);
  });

  it('speaks Chinese', async () => {
    installBridge((procedure) => (procedure === 'workspaceBackup.settings.get' ? ok({ ...STATUS, lastBackup: null }) : ok(null)));
    renderWithApp(<WorkspaceBackupSection />, 'zh-CN');
    expect(await screen.findByText('工作区备份')).toBeTruthy();
    expect(await screen.findByText('该文件夹中尚无本工作区的备份。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '立即备份' })).toBeTruthy();
  });
});
