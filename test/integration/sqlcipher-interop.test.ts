// Workspaces are genuine SQLCipher 4 files: the reference SQLCipher build (@journeyapps/sqlcipher)
// opens them with the recovery key, and the app opens files that SQLCipher wrote.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalEvent, GENESIS_HASH, hashEvent } from '../../electron/backend/audit-log/audit-chain';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/workspace/migrations/registry';
import { checkKeyAgainstFile, openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import { makeTempDir, PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

interface SqlCipherDatabase {
  serialize(fn: () => void): void;
  run(sql: string, callback?: (err: Error | null) => void): SqlCipherDatabase;
  run(sql: string, params: unknown[], callback?: (err: Error | null) => void): SqlCipherDatabase;
  all(sql: string, callback: (err: Error | null, rows: Record<string, unknown>[]) => void): SqlCipherDatabase;
  close(callback?: (err: Error | null) => void): void;
}
interface SqlCipherModule {
  verbose(): SqlCipherModule;
  Database: new (file: string, mode?: number, callback?: (err: Error | null) => void) => SqlCipherDatabase;
  OPEN_READWRITE: number;
  OPEN_CREATE: number;
}

const sqlite3 = (createRequire(import.meta.url)('@journeyapps/sqlcipher') as SqlCipherModule).verbose();

const LEGAL_NAME = 'Zyxwvut Interop Holdings 7781 Ltd';

/**
 * Opens `file` with SQLCipher, keys it (or not), runs the statements in order and returns the rows
 * of the last one, or the first error. Always closes the connection.
 */
function withSqlCipher(
  file: string,
  options: { keyHex?: string; statements: string[]; mode?: number },
): Promise<{ rows: Record<string, unknown>[] } | { error: Error }> {
  return new Promise((resolve) => {
    const db = new sqlite3.Database(file, options.mode ?? sqlite3.OPEN_READWRITE, (openError) => {
      if (openError) resolve({ error: openError });
    });
    let firstError: Error | null = null;
    let rows: Record<string, unknown>[] = [];
    const remember = (error: Error | null) => {
      firstError ??= error;
    };
    db.serialize(() => {
      db.run('PRAGMA cipher_compatibility = 4', remember);
      if (options.keyHex !== undefined) db.run(`PRAGMA key = "x'${options.keyHex}'"`, remember);
      const statements = options.statements;
      for (const sql of statements.slice(0, -1)) db.run(sql, remember);
      db.all(statements.at(-1)!, (error, result) => {
        remember(error);
        rows = result ?? [];
      });
      db.close((closeError) => {
        const error = firstError ?? closeError;
        resolve(error ? { error } : { rows });
      });
    });
  });
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

let t: TestBackend;
let bundle: string;
let dbFile: string;
let keyHex: string;

beforeAll(async () => {
  t = testBackend();
  const created = await t.call('workspace.create', { directory: join(t.dir, 'workspaces'), name: 'Interop', passphrase: PASSPHRASE });
  bundle = created.path;
  dbFile = join(bundle, 'workspace.db');
  keyHex = created.recoveryKey.replace(/-/g, '');
  await t.call('organisation.update', {
    legalName: LEGAL_NAME,
    tradingName: 'Interop',
    registeredAddress: '',
    country: 'NL',
    industry: '',
    employeeCount: 3,
    dpoName: '',
    dpoEmail: '',
    euRepresentative: '',
    jurisdictions: ['gdpr'],
  });
  await t.call('workspace.lock', { reason: 'manual' });
  // Locking closed the last connection: the WAL has been folded into workspace.db.
  expect(existsSync(`${dbFile}-wal`)).toBe(false);
});

afterAll(async () => {
  await t?.cleanup();
});

describe('SQLCipher 4 reads an app workspace', () => {
  it('the library under test is SQLCipher 4', async () => {
    const scratch = makeTempDir('custos-interop-version-');
    try {
      const result = await withSqlCipher(join(scratch, 'v.db'), { statements: ['PRAGMA cipher_version'], mode: sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE });
      expect('rows' in result && String(result.rows[0]?.cipher_version)).toMatch(/^4\./);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('opens workspace.db with the recovery key and reads the organisation name', async () => {
    const result = await withSqlCipher(dbFile, { keyHex, statements: ['SELECT legal_name, country FROM organisation_profile'] });
    expect(result).toEqual({ rows: [{ legal_name: LEGAL_NAME, country: 'NL' }] });
  });

  it('sees the schema version and passes its own integrity checks', async () => {
    expect(await withSqlCipher(dbFile, { keyHex, statements: ['PRAGMA user_version'] })).toEqual({ rows: [{ user_version: LATEST_SCHEMA_VERSION }] });
    expect(await withSqlCipher(dbFile, { keyHex, statements: ['PRAGMA cipher_integrity_check'] })).toEqual({ rows: [] });
    expect(await withSqlCipher(dbFile, { keyHex, statements: ['PRAGMA integrity_check'] })).toEqual({ rows: [{ integrity_check: 'ok' }] });
  });

  it('the audit chain read through SQLCipher verifies independently of the app', async () => {
    const result = await withSqlCipher(dbFile, { keyHex, statements: ['SELECT * FROM audit_events ORDER BY seq'] });
    if (!('rows' in result)) throw result.error;
    expect(result.rows.length).toBe(3);
    let prev = GENESIS_HASH;
    for (const row of result.rows) {
      const r = row as Record<string, string>;
      expect(r.prev_hash).toBe(prev);
      expect(hashEvent(canonicalEvent(r.at!, r.actor!, r.procedure!, r.entity_type!, r.entity_id!, r.summary!, r.prev_hash!))).toBe(r.hash);
      prev = r.hash!;
    }
    expect(String((result.rows.at(-1) as Record<string, string>).summary)).toContain(LEGAL_NAME);
  });

  it.each<[string, string | undefined]>([
    ['a wrong key', randomBytes(32).toString('hex')],
    ['no key', undefined],
  ])('with %s → "file is not a database", and the file is not touched', async (_label, wrongKey) => {
    const before = sha256(dbFile);
    const result = await withSqlCipher(dbFile, { keyHex: wrongKey, statements: ['SELECT legal_name FROM organisation_profile'] });
    expect('error' in result && result.error.message).toMatch(/file is not a database/);
    expect(sha256(dbFile)).toBe(before);
  });

  it('with SQLCipher 3 settings → not a database (the format is SQLCipher 4 specifically)', async () => {
    // Set after the key, as SQLCipher applies it to the keyed connection.
    const result = await withSqlCipher(dbFile, { keyHex, statements: ['PRAGMA cipher_compatibility = 3', 'SELECT legal_name FROM organisation_profile'] });
    expect('error' in result && result.error.message).toMatch(/file is not a database/);
  });

  it('a successful read does not change the file either', async () => {
    const before = sha256(dbFile);
    await withSqlCipher(dbFile, { keyHex, statements: ['SELECT count(*) AS n FROM audit_events'] });
    expect(sha256(dbFile)).toBe(before);
  });

  it('after SQLCipher has been at it, the app still opens the workspace and its chain verifies', async () => {
    await t.call('workspace.open', { path: bundle, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect((await t.call('organisation.get', {})).legalName).toBe(LEGAL_NAME);
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, checked: 3 });
    await t.call('workspace.lock', { reason: 'manual' });
  });
});

describe('the app reads a file SQLCipher 4 wrote', () => {
  let scratch: string;
  let file: string;
  const key = randomBytes(32).toString('hex');

  beforeAll(async () => {
    scratch = makeTempDir('custos-interop-reverse-');
    file = join(scratch, 'from-sqlcipher.db');
    const result = await withSqlCipher(file, {
      keyHex: key,
      mode: sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE,
      statements: ["CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('written by SQLCipher 4')", 'SELECT count(*) AS n FROM notes'],
    });
    expect(result).toEqual({ rows: [{ n: 1 }] });
  });

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('checkKeyAgainstFile recognises the key, and only that key', () => {
    expect(checkKeyAgainstFile(file, key)).toBe('match');
    expect(checkKeyAgainstFile(file, randomBytes(32).toString('hex'))).toBe('mismatch');
  });

  it('openSqlCipher reads it', () => {
    const db = openSqlCipher(file, key, { readonly: true });
    try {
      expect(db.prepare('SELECT body FROM notes').pluck().get()).toBe('written by SQLCipher 4');
    } finally {
      db.close();
    }
  });
});
