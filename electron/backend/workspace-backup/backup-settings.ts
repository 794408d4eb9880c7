// The scheduled-backup settings, kept in the workspace (workspace_meta) so they travel with it and
// every change is audited.
import { existsSync, statSync } from 'node:fs';
import { AppError, type Actor } from '../../../shared/contract';
import type { BackupSchedule } from '../../../shared/contract/areas/workspace-backup';
import type { WorkspaceDb } from '../workspace/workspace-db';

const KEYS = {
  enabled: 'backup_enabled',
  folder: 'backup_folder',
  intervalHours: 'backup_interval_hours',
  keep: 'backup_keep',
} as const;

export const DEFAULT_BACKUP_SCHEDULE: BackupSchedule = { enabled: false, folder: '', intervalHours: 24, keep: 7 };

function intOr(value: string | null, fallback: number): number {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readBackupSchedule(workspace: WorkspaceDb): BackupSchedule {
  return {
    enabled: workspace.getMeta(KEYS.enabled) === 'true',
    folder: workspace.getMeta(KEYS.folder) ?? DEFAULT_BACKUP_SCHEDULE.folder,
    intervalHours: intOr(workspace.getMeta(KEYS.intervalHours), DEFAULT_BACKUP_SCHEDULE.intervalHours),
    keep: intOr(workspace.getMeta(KEYS.keep), DEFAULT_BACKUP_SCHEDULE.keep),
  };
}

export function isFolder(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function invalid(field: string, code: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { issues: [{ path: [field], code, message: code }] });
}

export function updateBackupSchedule(workspace: WorkspaceDb, patch: Partial<BackupSchedule>, actor: Actor): BackupSchedule {
  const before = readBackupSchedule(workspace);
  const after: BackupSchedule = { ...before, ...patch };
  if (after.enabled && after.folder === '') throw invalid('folder', 'required', 'choose a folder for scheduled backups');
  if (patch.folder !== undefined && patch.folder !== '' && !isFolder(patch.folder)) throw invalid('folder', 'folder_not_found', 'there is no folder at this path');
  workspace.change({ actor, procedure: 'workspaceBackup.settings.update' }, (tx) => {
    workspace.setMeta(tx.db, KEYS.enabled, String(after.enabled));
    workspace.setMeta(tx.db, KEYS.folder, after.folder);
    workspace.setMeta(tx.db, KEYS.intervalHours, String(after.intervalHours));
    workspace.setMeta(tx.db, KEYS.keep, String(after.keep));
    tx.audit('backup_schedule', 'workspace', { ...before }, { ...after });
  });
  return after;
}
