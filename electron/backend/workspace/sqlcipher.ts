// Opening SQLCipher 4 databases through better-sqlite3-multiple-ciphers, and checking a raw key
// against a database file without opening it (so a wrong key never makes SQLite touch the file).
import { createHmac, pbkdf2Sync } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

/** SQLCipher 4 defaults, as sqlite3mc applies them with cipher='sqlcipher', legacy=4. */
const PAGE_SIZE = 4096;
const SALT_SIZE = 16;
const HMAC_SIZE = 64;
const HMAC_SALT_MASK = 0x3a;
const FAST_KDF_ITERATIONS = 2;

export function assertKeyHex(keyHex: string): void {
  if (!/^[0-9a-f]{64}$/.test(keyHex)) throw new Error('data key must be 64 lowercase hex characters');
}

export interface OpenOptions {
  nativeBinding?: string;
  readonly?: boolean;
  fileMustExist?: boolean;
}

/** Opens and keys a database. The key's hex is validated before it reaches the pragma. */
export function openSqlCipher(path: string, keyHex: string, options: OpenOptions = {}): Db {
  assertKeyHex(keyHex);
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${keyHex}'"`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export const WAL_AUTOCHECKPOINT_PAGES = 10_000;

/** The pragmas every workspace connection runs with (DESIGN.md). */
export function applyConnectionPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
  // Checkpoints copy WAL pages into the database, which for SQLCipher means decrypting and
  // re-encrypting each page. WorkspaceDb runs them when writes pause; this larger automatic
  // threshold (about 40 MB of WAL) only caps growth during bulk work such as imports.
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  db.pragma('busy_timeout = 5000');
}

export type KeyCheck = 'match' | 'mismatch' | 'truncated' | 'unreadable';

/**
 * Checks a raw key against page 1 of a SQLCipher 4 file by recomputing the page's HMAC-SHA512, as
 * SQLCipher does on read. Reads 4 KiB, writes nothing.
 */
export function checkKeyAgainstFile(path: string, keyHex: string): KeyCheck {
  assertKeyHex(keyHex);
  const page = Buffer.alloc(PAGE_SIZE);
  let read: number;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, page, 0, PAGE_SIZE, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return 'unreadable';
  }
  if (read < PAGE_SIZE) return 'truncated';
  const key = Buffer.from(keyHex, 'hex');
  const salt = page.subarray(0, SALT_SIZE);
  const hmacSalt = Buffer.from(salt.map((b) => b ^ HMAC_SALT_MASK));
  const hmacKey = pbkdf2Sync(key, hmacSalt, FAST_KDF_ITERATIONS, key.length, 'sha512');
  const pageNumber = Buffer.alloc(4);
  pageNumber.writeUInt32LE(1);
  const expected = createHmac('sha512', hmacKey)
    .update(page.subarray(SALT_SIZE, PAGE_SIZE - HMAC_SIZE))
    .update(pageNumber)
    .digest();
  key.fill(0);
  hmacKey.fill(0);
  return expected.equals(page.subarray(PAGE_SIZE - HMAC_SIZE)) ? 'match' : 'mismatch';
}
