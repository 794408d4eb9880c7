// A consistent copy of the open database, taken in a worker thread on its own read-only connection
// while the app keeps writing: `VACUUM INTO` reads one snapshot (WAL mode lets writers carry on) and
// writes a compact copy that SQLite3 Multiple Ciphers encrypts with the same cipher and key. The
// copy is then checked: its first page must carry SQLCipher 4's HMAC for the key, it must not be a
// plain SQLite file, and `PRAGMA integrity_check` must pass.
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/contract';
import { assertKeyHex, checkKeyAgainstFile } from '../workspace/sqlcipher';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
function open(file) {
  const options = { readonly: true, fileMustExist: true };
  if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding;
  const db = new Database(file, options);
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma('key="x\\'' + workerData.keyHex + '\\'"');
  db.pragma('busy_timeout = 10000');
  // Sorting during the rebuild must not spill decrypted rows into unencrypted temp files.
  db.pragma('temp_store = MEMORY');
  return db;
}
let db = null;
try {
  db = open(workerData.source);
  db.exec("VACUUM INTO '" + workerData.target.replace(/'/g, "''") + "'");
  db.close();
  parentPort.postMessage({ type: 'phase', phase: 'check' });
  db = open(workerData.target);
  const messages = db.pragma('integrity_check').map((row) => String(row.integrity_check));
  const workspaceId = db.prepare("SELECT value FROM workspace_meta WHERE key = 'workspace_id'").pluck().get();
  const schemaVersion = db.pragma('user_version', { simple: true });
  parentPort.postMessage({ type: 'done', ok: messages.length === 1 && messages[0] === 'ok', messages: messages.slice(0, 20), workspaceId: workspaceId || null, schemaVersion });
} catch (error) {
  parentPort.postMessage({ type: 'done', ok: false, messages: [String(error && error.message)], workspaceId: null, schemaVersion: -1 });
} finally {
  if (db && db.open) db.close();
}
`;

export interface SnapshotOptions {
  source: string;
  target: string;
  keyHex: string;
  /** Bytes the snapshot is expected to reach (page_count × page_size of the source). */
  expectedBytes: number;
  nativeBinding?: string;
  signal: AbortSignal;
  onProgress(phase: 'snapshot' | 'check', done: number, total: number): void;
  /** Called when the copy is complete and its check begins (the copy may be read from then on). */
  onCopied?(): void;
}

export interface SnapshotResult {
  workspaceId: string;
  schemaVersion: number;
}

const SQLITE_PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function cancelledError(): AppError {
  return new AppError('CANCELLED', 'the backup was cancelled; nothing was written');
}

/** True when the file starts with SQLite's plain-text header, i.e. it is not encrypted. */
export function isPlainSqlite(file: string): boolean {
  const head = Buffer.alloc(SQLITE_PLAIN_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(SQLITE_PLAIN_HEADER);
}

/** The SQLCipher module for the worker: beside this code, or else from the working folder. */
function sqliteModulePath(): string {
  try {
    return createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  } catch {
    return createRequire(join(process.cwd(), 'package.json')).resolve('better-sqlite3-multiple-ciphers');
  }
}

export function takeSnapshot(options: SnapshotOptions): Promise<SnapshotResult> {
  assertKeyHex(options.keyHex);
  rmSync(options.target, { force: true });
  const modulePath = sqliteModulePath();
  return new Promise<SnapshotResult>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { modulePath, source: options.source, target: options.target, keyHex: options.keyHex, nativeBinding: options.nativeBinding },
    });
    let phase: 'snapshot' | 'check' = 'snapshot';
    let settled = false;
    const finish = (error: Error | null, result?: SnapshotResult) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      options.signal.removeEventListener('abort', onAbort);
      if (error) {
        // The native call finishes before the thread stops; only then is the partial copy removed.
        void worker.terminate().finally(() => {
          rmSync(options.target, { force: true });
          reject(error);
        });
      } else resolve(result!);
    };
    const poll = setInterval(() => {
      if (phase !== 'snapshot' || !existsSync(options.target)) return;
      try {
        options.onProgress('snapshot', Math.min(statSync(options.target).size, options.expectedBytes), options.expectedBytes);
      } catch {
        // The file can be replaced between the check and the stat.
      }
    }, 200);
    const onAbort = () => finish(cancelledError());
    if (options.signal.aborted) return finish(cancelledError());
    options.signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: { type: 'phase'; phase: 'check' } | { type: 'done'; ok: boolean; messages: string[]; workspaceId: string | null; schemaVersion: number }) => {
      if (message.type === 'phase') {
        phase = 'check';
        options.onProgress('snapshot', options.expectedBytes, options.expectedBytes);
        options.onProgress('check', 0, 1);
        options.onCopied?.();
        return;
      }
      if (!message.ok || !message.workspaceId) return finish(new Error(`snapshot check failed: ${message.messages.join('; ')}`));
      // The copy must be encrypted with the workspace key, with SQLCipher 4's page layout.
      if (isPlainSqlite(options.target) || checkKeyAgainstFile(options.target, options.keyHex) !== 'match') return finish(new Error('snapshot is not encrypted with the workspace key'));
      options.onProgress('check', 1, 1);
      finish(null, { workspaceId: message.workspaceId, schemaVersion: message.schemaVersion });
    });
    worker.once('error', (error) => finish(error));
    worker.once('exit', (code) => finish(new Error(`snapshot worker exited with ${code}`)));
  });
}
