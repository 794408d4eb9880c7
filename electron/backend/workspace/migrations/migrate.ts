// Brings a workspace database to the latest schema: refuses one written by a newer version, copies
// the (still encrypted) database aside before touching an existing schema, then applies each
// pending migration in its own transaction.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/contract';
import type { Db } from '../sqlcipher';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './registry';

export const PRE_MIGRATION_DIR = 'pre-migration';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertNotNewer(version: number, latest: number = LATEST_SCHEMA_VERSION): void {
  if (version > latest) {
    throw new AppError('WORKSPACE_TOO_NEW', `workspace schema ${version} is newer than this app supports (${latest})`, {
      file: 'workspace.db',
      found: version,
      supported: latest,
    });
  }
}

export interface MigrateResult {
  from: number;
  to: number;
  backupPath: string | null;
}

/** `migrations` is the registry's list; tests pass their own to exercise upgrades and failures. */
export function migrate(db: Db, bundlePath: string, dbPath: string, now: Date, migrations: readonly Migration[] = MIGRATIONS): MigrateResult {
  const latest = migrations.length;
  const from = schemaVersion(db);
  assertNotNewer(from, latest);
  if (from === latest) return { from, to: from, backupPath: null };
  let backupPath: string | null = null;
  if (from > 0) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    mkdirSync(join(bundlePath, PRE_MIGRATION_DIR), { recursive: true });
    backupPath = join(bundlePath, PRE_MIGRATION_DIR, `workspace-v${from}-${now.toISOString().replace(/[:.]/g, '-')}.db`);
    copyFileSync(dbPath, backupPath);
  }
  for (const migration of migrations.slice(from)) {
    try {
      db.transaction(() => {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    } catch (error) {
      throw new AppError('MIGRATION_FAILED', `migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, {
        found: from,
        supported: latest,
      });
    }
  }
  return { from, to: latest, backupPath };
}
