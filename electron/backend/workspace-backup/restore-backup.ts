// Restoring a backup file to a workspace folder. Everything is checked in a private folder beside
// the target before the target is touched: the entries' hashes, the secret (against the backup's
// own keyring), the key (against the database's first page), integrity and identity. Only then is
// the folder renamed into place; an existing workspace is moved aside first (with --force) and
// deleted only once the new one is in place, or moved back if that fails.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../../shared/contract';
import { parseRecoveryKey } from '../../../shared/domain/recovery-key';
import { DATABASE_FILE } from '../workspace/bundle';
import { KEYRING_FILE, readKeyring, unwrapWithPassphrase } from '../workspace/keyring';
import { DB_ENTRY, KEYRING_ENTRY, readArchiveIndex, type BackupManifest } from './backup-archive';
import { checkUnpackedDatabase, extractEntry, keyOpens } from './verify-backup';

export type RestoreSecret = { kind: 'passphrase'; passphrase: string } | { kind: 'recovery'; recoveryKey: string };

export interface RestoreOptions {
  file: string;
  target: string;
  secret: RestoreSecret;
  force: boolean;
  nativeBinding?: string;
}

export interface RestoreResult {
  path: string;
  manifest: BackupManifest;
  replaced: boolean;
}

async function candidateKeys(file: string, secret: RestoreSecret, keyringPath: string | null): Promise<Buffer[]> {
  if (secret.kind === 'recovery') {
    const hex = parseRecoveryKey(secret.recoveryKey);
    if (!hex) throw new AppError('RECOVERY_KEY_FORMAT', 'a recovery key is 64 hexadecimal characters in 8 groups');
    return [Buffer.from(hex, 'hex')];
  }
  if (!keyringPath) throw new AppError('KEYRING_MISSING', `${file} holds no keyring.json: restore it with the recovery key`, { file, part: KEYRING_ENTRY });
  const keys = await unwrapWithPassphrase(readKeyring(keyringPath), secret.passphrase);
  if (keys.length === 0) throw new AppError('WRONG_PASSPHRASE', `the passphrase does not open ${file}`, { file });
  return keys;
}

function isWorkspaceFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory() && (existsSync(join(path, DATABASE_FILE)) || existsSync(join(path, KEYRING_FILE)));
  } catch {
    return false;
  }
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const file = resolve(options.file);
  const target = resolve(options.target);
  const replacing = existsSync(target);
  if (replacing && !options.force) throw new AppError('WORKSPACE_EXISTS', `${target} already exists`, { file: target });
  // --force replaces a workspace, never some other file or folder that happens to be there.
  if (replacing && !isWorkspaceFolder(target)) throw new AppError('WORKSPACE_EXISTS', `${target} exists and is not a workspace`, { file: target, reason: 'not_workspace' });
  const index = readArchiveIndex(file);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(target)}.restoring-${randomBytes(4).toString('hex')}`);
  mkdirSync(staging, { mode: 0o700 });
  let keys: Buffer[] = [];
  try {
    const hasKeyring = index.manifest.files.some((f) => f.name === KEYRING_ENTRY);
    if (hasKeyring) await extractEntry(file, index, KEYRING_ENTRY, join(staging, KEYRING_FILE));
    keys = await candidateKeys(file, options.secret, hasKeyring ? join(staging, KEYRING_FILE) : null);
    const dbPath = join(staging, DATABASE_FILE);
    await extractEntry(file, index, DB_ENTRY, dbPath);
    const key = keys.find((candidate) => keyOpens(dbPath, candidate.toString('hex')));
    if (!key) {
      if (options.secret.kind === 'recovery') throw new AppError('WRONG_RECOVERY_KEY', `the recovery key does not open ${file}`, { file });
      throw new AppError('KEY_MISMATCH', `the keyring in ${file} does not open its database`, { file, part: DB_ENTRY });
    }
    checkUnpackedDatabase(file, dbPath, key.toString('hex'), index.manifest, options.nativeBinding);

    let aside: string | null = null;
    if (replacing) {
      aside = join(parent, `.${basename(target)}.before-restore-${randomBytes(4).toString('hex')}`);
      renameSync(target, aside);
    }
    try {
      renameSync(staging, target);
    } catch (error) {
      if (aside) renameSync(aside, target);
      throw error;
    }
    if (aside) rmSync(aside, { recursive: true, force: true });
    return { path: target, manifest: index.manifest, replaced: replacing };
  } finally {
    for (const key of keys) key.fill(0);
    rmSync(staging, { recursive: true, force: true });
  }
}
