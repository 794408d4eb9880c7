// Re-encrypting the database under a new data key without risking the original: the database is
// copied (still encrypted) beside itself, the copy is re-keyed in a worker thread (PRAGMA rekey,
// which needs a rollback journal rather than WAL), checked, and only then handed back for the
// caller to swap in. Progress comes from the copy's byte count and the rekey journal's growth;
// cancelling at any point just deletes the copy.
import { createReadStream, createWriteStream, existsSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/contract';
import { assertKeyHex, checkKeyAgainstFile } from './sqlcipher';

export interface RekeyProgress {
  phase: 'copy' | 'encrypt' | 'verify' | 'swap';
  done: number;
  total: number;
}

export interface RekeyOptions {
  dbPath: string;
  oldKeyHex: string;
  newKeyHex: string;
  nativeBinding?: string;
  signal: AbortSignal;
  onProgress(progress: RekeyProgress): void;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
const options = { fileMustExist: true };
if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding;
const db = new Database(workerData.file, options);
try {
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma('key="x\\'' + workerData.oldKey + '\\'"');
  db.pragma('journal_mode = DELETE');
  db.pragma('rekey="x\\'' + workerData.newKey + '\\'"');
  db.pragma('journal_mode = WAL');
  const check = db.pragma('quick_check', { simple: true });
  parentPort.postMessage({ ok: check === 'ok', check: String(check) });
} catch (error) {
  parentPort.postMessage({ ok: false, check: String(error && error.message) });
} finally {
  db.close();
}
`;

function cancelled(): AppError {
  return new AppError('CANCELLED', 'key rotation was cancelled; the workspace is unchanged');
}

export function rekeyCopyPath(dbPath: string): string {
  return `${dbPath}.rekey`;
}

export function removeRekeyLeftovers(dbPath: string): void {
  const copy = rekeyCopyPath(dbPath);
  for (const file of [copy, `${copy}-journal`, `${copy}-wal`, `${copy}-shm`]) rmSync(file, { force: true });
}

async function copyWithProgress(from: string, to: string, signal: AbortSignal, onBytes: (done: number, total: number) => void): Promise<void> {
  const total = statSync(from).size;
  let done = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      done += chunk.length;
      onBytes(done, total);
      callback(null, chunk);
    },
  });
  await pipeline(createReadStream(from), counter, createWriteStream(to, { mode: 0o600 }), { signal });
}

function rekeyInWorker(file: string, options: RekeyOptions): Promise<void> {
  const modulePath = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  const total = statSync(file).size;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { modulePath, file, oldKey: options.oldKeyHex, newKey: options.newKeyHex, nativeBinding: options.nativeBinding },
    });
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      options.signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    const journal = `${file}-journal`;
    const poll = setInterval(() => {
      if (existsSync(journal)) {
        try {
          options.onProgress({ phase: 'encrypt', done: Math.min(statSync(journal).size, total), total });
        } catch {
          // The journal can vanish between the check and the stat when the rekey commits.
        }
      }
    }, 100);
    const onAbort = () => {
      // The native call finishes before the thread stops; its result is thrown away with the copy.
      void worker.terminate();
      finish(cancelled());
    };
    options.signal.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (message: { ok: boolean; check: string }) => {
      if (message.ok) finish();
      else finish(new Error(`rekey failed: ${message.check}`));
    });
    worker.once('error', (error) => finish(error));
    worker.once('exit', (code) => finish(code === 0 ? undefined : new Error(`rekey worker exited with ${code}`)));
  });
}

/**
 * Produces `<db>.rekey`, a checked copy of the database under the new key. The caller must have
 * checkpointed the WAL and must hold off writes until it has swapped the copy in or given up.
 */
export async function rekeyToCopy(options: RekeyOptions): Promise<string> {
  assertKeyHex(options.oldKeyHex);
  assertKeyHex(options.newKeyHex);
  const copy = rekeyCopyPath(options.dbPath);
  removeRekeyLeftovers(options.dbPath);
  try {
    if (options.signal.aborted) throw cancelled();
    await copyWithProgress(options.dbPath, copy, options.signal, (done, total) => options.onProgress({ phase: 'copy', done, total })).catch((error: unknown) => {
      throw options.signal.aborted ? cancelled() : error;
    });
    if (options.signal.aborted) throw cancelled();
    await rekeyInWorker(copy, options);
    if (options.signal.aborted) throw cancelled();
    options.onProgress({ phase: 'verify', done: 0, total: 1 });
    if (checkKeyAgainstFile(copy, options.newKeyHex) !== 'match') throw new Error('re-keyed copy does not open with the new key');
    options.onProgress({ phase: 'verify', done: 1, total: 1 });
    return copy;
  } catch (error) {
    removeRekeyLeftovers(options.dbPath);
    throw error;
  }
}
