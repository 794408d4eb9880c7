// Writing a backup file: snapshot (worker), then the archive in one pass with SHA-256s, fsync, then
// a full re-read that checks every entry against the manifest before the file gets its final name.
// Any failure or a cancel leaves nothing behind but what was there before.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/contract';
import {
  BACKUP_EXTENSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DB_ENTRY,
  KEYRING_ENTRY,
  MANIFEST_ENTRY,
  paddingFor,
  readArchiveIndex,
  TAR_END,
  tarHeader,
  type BackupManifest,
} from './backup-archive';
import { hashEntry } from './verify-backup';
import { cancelledError, takeSnapshot } from './snapshot';

export type BackupPhase = 'snapshot' | 'check' | 'write' | 'verify';

export interface CreateBackupOptions {
  databasePath: string;
  /** keyring.json's bytes as they are now; null when the workspace has no keyring. */
  keyring: Buffer | null;
  keyHex: string;
  workspaceId: string;
  appVersion: string;
  /** The final file; written beside itself under a temporary name first. */
  file: string;
  expectedBytes: number;
  now: Date;
  nativeBinding?: string;
  signal: AbortSignal;
  onProgress(phase: BackupPhase, done: number, total: number): void;
}

export interface CreatedBackup {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

const CHUNK = 4 * 1024 * 1024;

/** `Name-20260131-094500.custos-backup`, in UTC so names sort by time. */
export function backupFileName(workspaceName: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${workspaceName}-${stamp}${BACKUP_EXTENSION}`;
}

function writeAll(fd: number, buffer: Buffer): void {
  let written = 0;
  while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written);
}

async function appendFile(fd: number, source: string, signal: AbortSignal, onBytes: (bytes: number) => void): Promise<string> {
  const hash = createHash('sha256');
  // Async reads keep the event loop free for the app's other calls; writes are small and ordered.
  for await (const chunk of createReadStream(source, { highWaterMark: CHUNK })) {
    if (signal.aborted) throw cancelledError();
    const buffer = chunk as Buffer;
    hash.update(buffer);
    writeAll(fd, buffer);
    onBytes(buffer.length);
  }
  return hash.digest('hex');
}

function sha256(buffer: Buffer): string {
  return createHash('sha256').update(buffer).digest('hex');
}

export async function createBackup(options: CreateBackupOptions): Promise<CreatedBackup> {
  const partial = join(dirname(options.file), `.${basename(options.file)}.partial`);
  const snapshot = `${partial}.db`;
  let fd: number | null = null;
  // Stops the snapshot worker when the caller cancels or when writing the archive fails.
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.signal.addEventListener('abort', onAbort, { once: true });
  let copied!: () => void;
  const copyDone = new Promise<void>((resolve) => (copied = resolve));
  const checked = takeSnapshot({
    source: options.databasePath,
    target: snapshot,
    keyHex: options.keyHex,
    expectedBytes: options.expectedBytes,
    nativeBinding: options.nativeBinding,
    signal: stop.signal,
    onProgress: options.onProgress,
    onCopied: () => copied(),
  });
  // Handled below; a rejection while the archive is being written must not go unobserved.
  checked.catch(() => undefined);
  try {
    await Promise.race([copyDone, checked]);
    if (options.signal.aborted) throw cancelledError();

    // The archive is written while the worker runs the integrity check on the same (finished) copy;
    // the manifest, which needs the check's result, comes last.
    const dbBytes = statSync(snapshot).size;
    const total = dbBytes + (options.keyring?.length ?? 0);
    let done = 0;
    options.onProgress('write', 0, total);
    fd = openSync(partial, 'w', 0o600);
    writeAll(fd, tarHeader(DB_ENTRY, dbBytes, options.now));
    const dbHash = await appendFile(fd, snapshot, options.signal, (bytes) => {
      done += bytes;
      options.onProgress('write', done, total);
    });
    writeAll(fd, paddingFor(dbBytes));
    const files: BackupManifest['files'] = [{ name: DB_ENTRY, bytes: dbBytes, sha256: dbHash }];
    const taken = await checked;
    if (taken.workspaceId !== options.workspaceId) throw new Error('snapshot belongs to another workspace');
    if (options.keyring) {
      writeAll(fd, tarHeader(KEYRING_ENTRY, options.keyring.length, options.now));
      writeAll(fd, options.keyring);
      writeAll(fd, paddingFor(options.keyring.length));
      files.push({ name: KEYRING_ENTRY, bytes: options.keyring.length, sha256: sha256(options.keyring) });
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      workspaceId: options.workspaceId,
      schemaVersion: taken.schemaVersion,
      appVersion: options.appVersion,
      createdAt: options.now.toISOString(),
      cipher: 'sqlcipher4',
      files,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
    writeAll(fd, tarHeader(MANIFEST_ENTRY, manifestBytes.length, options.now));
    writeAll(fd, manifestBytes);
    writeAll(fd, paddingFor(manifestBytes.length));
    writeAll(fd, TAR_END);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    rmSync(snapshot, { force: true });

    // Read back what reached the disk: headers, manifest, every entry's size and hash.
    const index = readArchiveIndex(partial);
    let verified = 0;
    options.onProgress('verify', 0, total);
    for (const listed of index.manifest.files) {
      const entry = index.entries.get(listed.name)!;
      const hash = await hashEntry(partial, entry, options.signal, (bytes) => {
        verified += bytes;
        options.onProgress('verify', verified, total);
      });
      if (hash !== listed.sha256) throw new Error(`${listed.name} did not read back as written`);
    }
    if (options.signal.aborted) throw cancelledError();
    renameSync(partial, options.file);
    return { file: options.file, bytes: statSync(options.file).size, manifest };
  } catch (error) {
    if (fd !== null) closeSync(fd);
    stop.abort();
    // Waits for the worker to let go of the copy before it is deleted.
    await checked.catch(() => undefined);
    rmSync(partial, { force: true });
    rmSync(snapshot, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('BACKUP_FAILED', `the backup could not be written: ${(error as Error).message}`, { file: options.file });
  } finally {
    options.signal.removeEventListener('abort', onAbort);
  }
}

/** keyring.json's bytes, or null when the workspace has none. */
export function readKeyringBytes(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}
