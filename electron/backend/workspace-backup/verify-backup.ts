// Reading a backup back: every entry's size and SHA-256 against the manifest, the database unpacked
// to a private temporary file, its first page checked against the key (SQLCipher's HMAC, nothing
// opened on a wrong key), then opened with the key for `PRAGMA integrity_check` and its identity.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, fsyncSync, openSync } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/contract';
import { verifyAuditChain } from '../audit-log/audit-chain';
import { LATEST_SCHEMA_VERSION } from '../workspace/migrations/registry';
import { checkKeyAgainstFile, openSqlCipher } from '../workspace/sqlcipher';
import { DB_ENTRY, readArchiveIndex, type ArchiveEntry, type ArchiveIndex, type BackupManifest } from './backup-archive';
import { cancelledError } from './snapshot';

const CHUNK = 4 * 1024 * 1024;

function entryStream(file: string, entry: ArchiveEntry) {
  // createReadStream's `end` is inclusive; an empty entry reads nothing.
  return createReadStream(file, { start: entry.offset, end: entry.offset + Math.max(entry.bytes, 1) - 1, highWaterMark: CHUNK });
}

export async function hashEntry(file: string, entry: ArchiveEntry, signal: AbortSignal | undefined, onBytes?: (bytes: number) => void): Promise<string> {
  const hash = createHash('sha256');
  if (entry.bytes === 0) return hash.digest('hex');
  for await (const chunk of entryStream(file, entry)) {
    if (signal?.aborted) throw cancelledError();
    hash.update(chunk as Buffer);
    onBytes?.((chunk as Buffer).length);
  }
  return hash.digest('hex');
}

function tampered(file: string, part: string, reason: 'sha256' | 'size' | 'integrity' | 'identity'): AppError {
  return new AppError('BACKUP_DAMAGED', `${part} in ${file} does not match its manifest (${reason})`, { file, part, reason });
}

/** Copies an entry to `target` while hashing it, and checks the hash against the manifest. */
export async function extractEntry(file: string, index: ArchiveIndex, name: string, target: string, signal?: AbortSignal, onBytes?: (bytes: number) => void): Promise<void> {
  const entry = index.entries.get(name);
  const listed = index.manifest.files.find((f) => f.name === name);
  if (!entry || !listed) throw tampered(file, name, 'size');
  const hash = createHash('sha256');
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      onBytes?.(chunk.length);
      callback(null, chunk);
    },
  });
  if (entry.bytes > 0) {
    await pipeline(entryStream(file, entry), counter, createWriteStream(target, { mode: 0o600 }), signal ? { signal } : {}).catch((error: unknown) => {
      throw signal?.aborted ? cancelledError() : error;
    });
  } else {
    closeSync(openSync(target, 'w', 0o600));
  }
  const fd = openSync(target, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (hash.digest('hex') !== listed.sha256) throw tampered(file, name, 'sha256');
}

export interface DatabaseCheck {
  integrity: { ok: boolean; messages: string[] };
  auditChain: { ok: boolean; checked: number };
  schemaVersion: number;
}

/**
 * Opens an unpacked database with the key (already checked against its first page) and checks it:
 * integrity, the workspace identity the manifest names, and the audit chain.
 */
export function checkUnpackedDatabase(backupFile: string, dbPath: string, keyHex: string, manifest: BackupManifest, nativeBinding?: string): DatabaseCheck {
  const db = openSqlCipher(dbPath, keyHex, { readonly: true, nativeBinding });
  try {
    // Nothing decrypted goes to unencrypted temp files.
    db.pragma('temp_store = MEMORY');
    let messages: string[];
    try {
      messages = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).slice(0, 20);
    } catch (error) {
      messages = [String((error as Error).message)];
    }
    const ok = messages.length === 1 && messages[0] === 'ok';
    if (!ok) throw new AppError('BACKUP_DAMAGED', `${DB_ENTRY} in ${backupFile} fails its integrity check`, { file: backupFile, part: DB_ENTRY, reason: 'integrity', messages });
    const workspaceId = db.prepare("SELECT value FROM workspace_meta WHERE key = 'workspace_id'").pluck().get() as string | undefined;
    if (workspaceId !== manifest.workspaceId) throw tampered(backupFile, DB_ENTRY, 'identity');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AppError('WORKSPACE_TOO_NEW', `${backupFile} holds a newer workspace schema`, { file: backupFile, found: schemaVersion, supported: LATEST_SCHEMA_VERSION });
    }
    const chain = verifyAuditChain(db);
    return { integrity: { ok, messages }, auditChain: { ok: chain.ok, checked: chain.checked }, schemaVersion };
  } finally {
    db.close();
  }
}

/** The key check done before anything is opened: a wrong key never makes SQLite read the file. */
export function keyOpens(dbPath: string, keyHex: string): boolean {
  return checkKeyAgainstFile(dbPath, keyHex) === 'match';
}

export { readArchiveIndex };
