// Opens a scratch database for the encryption benchmarks through the backend's own opener and
// pragmas: SQLCipher 4 with a random raw key, or plain SQLite with the same pragmas, so that
// encryption is the only difference between the two.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyConnectionPragmas, openSqlCipher, type Db } from '../../electron/backend/workspace/sqlcipher';

export type BenchDatabase = Db;

/** `key`: 64 hex characters for SQLCipher, null for plain SQLite. */
export function openBenchDatabase(file: string, options: { key: string | null }): BenchDatabase {
  const db = options.key !== null ? openSqlCipher(file, options.key, { fileMustExist: false }) : new Database(file);
  applyConnectionPragmas(db);
  return db;
}

/** Guards the comparison itself: the encrypted file must not start with SQLite's plain header. */
export function randomKey(): string {
  return randomBytes(32).toString('hex');
}

export function assertEncryption(file: string, encrypted: boolean): void {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  const plain = header.toString('latin1') === 'SQLite format 3\u0000';
  if (plain === encrypted) throw new Error(`${file} is ${plain ? 'not ' : ''}encrypted`);
}
