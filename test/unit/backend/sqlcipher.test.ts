import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyConnectionPragmas, assertKeyHex, checkKeyAgainstFile, openSqlCipher } from '../../../electron/backend/workspace/sqlcipher';
import { makeTempDir } from '../../support/backend';

let dir: string;
let file: string;
const key = randomBytes(32).toString('hex');

beforeAll(() => {
  dir = makeTempDir('custos-sqlcipher-');
  file = join(dir, 'plain-name.db');
  const db = openSqlCipher(file, key, { fileMustExist: false });
  applyConnectionPragmas(db);
  db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('needle-in-clear-text')");
  db.close();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('openSqlCipher', () => {
  it('writes an encrypted file: no SQLite header, no plaintext', () => {
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(bytes.includes(Buffer.from('needle-in-clear-text'))).toBe(false);
    expect(bytes.includes(Buffer.from('CREATE TABLE'))).toBe(false);
  });

  it('reopens with the same key', () => {
    const db = openSqlCipher(file, key, { readonly: true });
    expect(db.prepare('SELECT x FROM t').pluck().get()).toBe('needle-in-clear-text');
    db.close();
  });

  it('a wrong key fails on first read with SQLITE_NOTADB', () => {
    const db = openSqlCipher(file, randomBytes(32).toString('hex'), { readonly: true });
    try {
      expect(() => db.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }));
    } finally {
      db.close();
    }
  });

  it('validates the key before it reaches the pragma', () => {
    expect(() => openSqlCipher(file, `${key.slice(0, 63)}'`)).toThrow(/64 lowercase hex/);
    expect(() => openSqlCipher(file, key.toUpperCase())).toThrow(/64 lowercase hex/);
    expect(() => openSqlCipher(file, `${key}"; PRAGMA key="`)).toThrow(/64 lowercase hex/);
    expect(() => assertKeyHex(key)).not.toThrow();
  });

  it('does not create a missing file unless asked', () => {
    expect(() => openSqlCipher(join(dir, 'absent.db'), key)).toThrow();
  });

  it('sets the connection pragmas', () => {
    const db = openSqlCipher(file, key);
    applyConnectionPragmas(db);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });
});

describe('checkKeyAgainstFile', () => {
  it('match for the right key', () => {
    expect(checkKeyAgainstFile(file, key)).toBe('match');
  });

  it('mismatch for another key', () => {
    expect(checkKeyAgainstFile(file, randomBytes(32).toString('hex'))).toBe('mismatch');
    // A key differing in the last bit only.
    const last = (parseInt(key.slice(-1), 16) ^ 1).toString(16);
    expect(checkKeyAgainstFile(file, `${key.slice(0, 63)}${last}`)).toBe('mismatch');
  });

  it('mismatch when page 1 is damaged', () => {
    const copy = join(dir, 'damaged.db');
    copyFileSync(file, copy);
    const bytes = readFileSync(copy);
    bytes[100] = bytes[100]! ^ 0xff;
    writeFileSync(copy, bytes);
    expect(checkKeyAgainstFile(copy, key)).toBe('mismatch');
  });

  it('still match when only a later page is damaged (it reads page 1 only)', () => {
    const copy = join(dir, 'later-page.db');
    copyFileSync(file, copy);
    const bytes = readFileSync(copy);
    expect(bytes.length).toBeGreaterThan(4096);
    bytes[4096 + 100] = bytes[4096 + 100]! ^ 0xff;
    writeFileSync(copy, bytes);
    expect(checkKeyAgainstFile(copy, key)).toBe('match');
  });

  it('truncated for a file shorter than one page', () => {
    const copy = join(dir, 'short.db');
    copyFileSync(file, copy);
    truncateSync(copy, 4095);
    expect(checkKeyAgainstFile(copy, key)).toBe('truncated');
    writeFileSync(join(dir, 'empty.db'), '');
    expect(checkKeyAgainstFile(join(dir, 'empty.db'), key)).toBe('truncated');
  });

  it('unreadable for a missing file or a folder', () => {
    expect(checkKeyAgainstFile(join(dir, 'nope.db'), key)).toBe('unreadable');
    mkdirSync(join(dir, 'folder.db'));
    expect(checkKeyAgainstFile(join(dir, 'folder.db'), key)).toBe('unreadable');
  });

  it('a plain (unencrypted) SQLite file is a mismatch', () => {
    const plain = join(dir, 'plain-sqlite.db');
    writeFileSync(plain, Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(4096 - 16)]));
    expect(checkKeyAgainstFile(plain, key)).toBe('mismatch');
  });

  it('never writes to the file', () => {
    const before = readFileSync(file);
    checkKeyAgainstFile(file, key);
    checkKeyAgainstFile(file, randomBytes(32).toString('hex'));
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('rejects a malformed key', () => {
    expect(() => checkKeyAgainstFile(file, 'abc')).toThrow();
  });
});
