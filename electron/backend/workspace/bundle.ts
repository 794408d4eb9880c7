// The on-disk shape of a workspace: a folder `Name.custos/` holding workspace.db and keyring.json.
import { statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../../shared/contract';
import { KEYRING_FILE } from './keyring';

export const BUNDLE_EXTENSION = '.custos';
export const DATABASE_FILE = 'workspace.db';
const SQLCIPHER_PAGE = 4096;

export interface BundlePaths {
  bundle: string;
  database: string;
  keyring: string;
  name: string;
}

export function bundlePaths(path: string): BundlePaths {
  const bundle = resolve(path);
  const base = basename(bundle);
  const name = base.endsWith(BUNDLE_EXTENSION) ? base.slice(0, -BUNDLE_EXTENSION.length) : base;
  return { bundle, database: join(bundle, DATABASE_FILE), keyring: join(bundle, KEYRING_FILE), name };
}

export function newBundlePath(directory: string, name: string): string {
  return join(resolve(directory), `${name}${BUNDLE_EXTENSION}`);
}

/** Checks that a bundle and its database are present and plausibly whole. Reads metadata only. */
export function assertBundleReadable(paths: BundlePaths): void {
  let stat;
  try {
    stat = statSync(paths.bundle);
  } catch {
    throw new AppError('WORKSPACE_NOT_FOUND', `no workspace at ${paths.bundle}`, { file: paths.bundle });
  }
  if (!stat.isDirectory()) throw new AppError('WORKSPACE_NOT_FOUND', `${paths.bundle} is not a workspace folder`, { file: paths.bundle });
  let db;
  try {
    db = statSync(paths.database);
  } catch {
    throw new AppError('DATABASE_MISSING', 'workspace.db is missing from the workspace folder', { file: DATABASE_FILE });
  }
  if (db.size < SQLCIPHER_PAGE || db.size % SQLCIPHER_PAGE !== 0) {
    throw new AppError('DATABASE_CORRUPT', `workspace.db is truncated (${db.size} bytes)`, { file: DATABASE_FILE, reason: 'truncated' });
  }
}
