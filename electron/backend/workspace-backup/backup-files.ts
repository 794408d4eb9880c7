// The backups of one workspace in a folder (found by their manifests, so files of other workspaces
// are never counted or deleted), and pruning to the newest N.
import { readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupFile } from '../../../shared/contract/areas/workspace-backup';
import { BACKUP_EXTENSION, readArchiveIndex } from './backup-archive';

export function listBackups(folder: string, workspaceId: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    if (!name.endsWith(BACKUP_EXTENSION) || name.startsWith('.')) continue;
    const file = join(folder, name);
    try {
      const index = readArchiveIndex(file);
      if (index.manifest.workspaceId === workspaceId) found.push({ file, fileName: basename(file), bytes: index.fileBytes, createdAt: index.manifest.createdAt });
    } catch {
      // Not a readable backup (another program's file, a damaged copy): neither listed nor deleted.
    }
  }
  return found.sort((a, b) => (a.createdAt === b.createdAt ? b.fileName.localeCompare(a.fileName) : b.createdAt.localeCompare(a.createdAt)));
}

/** Deletes all but the newest `keep` backups of the workspace in the folder; returns what went. */
export function pruneBackups(folder: string, workspaceId: string, keep: number): string[] {
  const removed: string[] = [];
  for (const backup of listBackups(folder, workspaceId).slice(keep)) {
    rmSync(backup.file, { force: true });
    removed.push(backup.file);
  }
  return removed;
}
