import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract';
import { parseRecoveryKey } from '../../../shared/domain/recovery-key';
import { migrate, PRE_MIGRATION_DIR, schemaVersion } from '../../../electron/backend/workspace/migrations/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../../electron/backend/workspace/migrations/registry';
import { applyConnectionPragmas, openSqlCipher, type Db } from '../../../electron/backend/workspace/sqlcipher';
import { makeTempDir, PASSPHRASE, testBackend } from '../../support/backend';

const NOW = new Date('2025-06-07T08:09:10.123Z');
/** The schema the shipped registry makes; the test migrations below come after it. */
const LATEST = LATEST_SCHEMA_VERSION;

const addNotes: Migration = {
  version: LATEST + 1,
  name: 'notes',
  up(db) {
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT; INSERT INTO notes (body) VALUES ('seeded by v2')");
  },
};
const failing: Migration = {
  version: LATEST + 1,
  name: 'half-done',
  up(db) {
    db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
    db.exec("UPDATE workspace_meta SET value = 'changed' WHERE key = 'marker'");
    db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
  },
};

function tables(db: Db): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

let dir: string;
let bundle: string;
let dbPath: string;
let key: string;

/** A workspace database at the latest schema, as the shipped registry makes it. */
function makeLatest(): Db {
  const db = openSqlCipher(dbPath, key, { fileMustExist: false });
  applyConnectionPragmas(db);
  expect(migrate(db, bundle, dbPath, NOW)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION, backupPath: null });
  db.prepare("INSERT INTO workspace_meta (key, value) VALUES ('marker', 'latest data')").run();
  return db;
}

beforeEach(() => {
  dir = makeTempDir('custos-migrate-');
  bundle = join(dir, 'Test.custos');
  mkdirSync(bundle);
  dbPath = join(bundle, 'workspace.db');
  key = randomBytes(32).toString('hex');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the shipped registry', () => {
  it('numbers migrations 1..n and the latest version is their count', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('a new database gets the foundation tables and no pre-migration copy', () => {
    const db = makeLatest();
    expect(schemaVersion(db)).toBe(LATEST);
    expect(tables(db)).toEqual(expect.arrayContaining(['audit_events', 'audit_head', 'organisation_profile', 'workspace_meta']));
    db.close();
    expect(existsSync(join(bundle, PRE_MIGRATION_DIR))).toBe(false);
  });

  it('an up-to-date database is left alone', () => {
    const db = makeLatest();
    expect(migrate(db, bundle, dbPath, NOW)).toEqual({ from: LATEST, to: LATEST, backupPath: null });
    db.close();
    expect(existsSync(join(bundle, PRE_MIGRATION_DIR))).toBe(false);
  });
});

describe('upgrading an existing database', () => {
  it('copies the database to pre-migration/ first; the copy opens with the key at the previous user_version', () => {
    const db = makeLatest();
    const result = migrate(db, bundle, dbPath, NOW, [...MIGRATIONS, addNotes]);
    expect(result.from).toBe(LATEST);
    expect(result.to).toBe(LATEST + 1);
    expect(schemaVersion(db)).toBe(LATEST + 1);
    expect(db.prepare('SELECT body FROM notes').pluck().get()).toBe('seeded by v2');
    db.close();

    expect(result.backupPath).not.toBeNull();
    expect(result.backupPath!.startsWith(join(bundle, PRE_MIGRATION_DIR))).toBe(true);
    expect(readdirSync(join(bundle, PRE_MIGRATION_DIR))).toEqual([`workspace-v${LATEST}-2025-06-07T08-09-10-123Z.db`]);

    const backup = openSqlCipher(result.backupPath!, key, { readonly: true });
    try {
      expect(schemaVersion(backup)).toBe(LATEST);
      expect(tables(backup)).not.toContain('notes');
      // The copy was taken after a WAL checkpoint: it holds the data committed just before.
      expect(backup.prepare("SELECT value FROM workspace_meta WHERE key = 'marker'").pluck().get()).toBe('latest data');
    } finally {
      backup.close();
    }
    // Still encrypted: a wrong key does not read it.
    const wrong = openSqlCipher(result.backupPath!, randomBytes(32).toString('hex'), { readonly: true });
    expect(() => schemaVersion(wrong)).toThrow();
    wrong.close();
  });

  it('a failing migration → MIGRATION_FAILED, user_version unchanged, no partial tables or data', () => {
    const db = makeLatest();
    const error = caught(() => migrate(db, bundle, dbPath, NOW, [...MIGRATIONS, failing]));
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(error.message).toContain('half-done');
    expect(error.details).toMatchObject({ found: LATEST, supported: LATEST + 1 });
    expect(schemaVersion(db)).toBe(LATEST);
    expect(tables(db)).not.toContain('half_done');
    expect(db.prepare("SELECT value FROM workspace_meta WHERE key = 'marker'").pluck().get()).toBe('latest data');
    expect(db.inTransaction).toBe(false);
    db.close();
    // The pre-migration copy was still made, for the user to fall back on.
    expect(readdirSync(join(bundle, PRE_MIGRATION_DIR))).toHaveLength(1);
    // And the database reopens cleanly at the version it had.
    const again = openSqlCipher(dbPath, key);
    expect(schemaVersion(again)).toBe(LATEST);
    expect(tables(again)).not.toContain('half_done');
    again.close();
  });

  it('migrations before the failing one stay applied (each has its own transaction)', () => {
    const db = makeLatest();
    const failingThird: Migration = { ...failing, version: LATEST + 2 };
    const error = caught(() => migrate(db, bundle, dbPath, NOW, [...MIGRATIONS, addNotes, failingThird]));
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(schemaVersion(db)).toBe(LATEST + 1);
    expect(tables(db)).toContain('notes');
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });

  it('a database newer than the app → WORKSPACE_TOO_NEW and the file is not changed', () => {
    const db = makeLatest();
    db.pragma(`user_version = ${LATEST + 4}`);
    db.close();
    const before = sha256(dbPath);
    const reopened = openSqlCipher(dbPath, key);
    const error = caught(() => migrate(reopened, bundle, dbPath, NOW));
    reopened.close();
    expect(error.code).toBe('WORKSPACE_TOO_NEW');
    expect(error.details).toMatchObject({ file: 'workspace.db', found: LATEST + 4, supported: LATEST_SCHEMA_VERSION });
    expect(sha256(dbPath)).toBe(before);
    expect(existsSync(join(bundle, PRE_MIGRATION_DIR))).toBe(false);
  });

  it('the supported version follows the migration list given', () => {
    const db = makeLatest();
    db.pragma(`user_version = ${LATEST + 2}`);
    const error = caught(() => migrate(db, bundle, dbPath, NOW, [...MIGRATIONS, addNotes]));
    expect(error.details).toMatchObject({ found: LATEST + 2, supported: LATEST + 1 });
    expect(schemaVersion(db)).toBe(LATEST + 2);
    db.close();
  });
});

describe('shipped migrations that move data', () => {
  it('016 moves the time zone from the request settings to the organisation profile, keeping it', () => {
    const db = openSqlCipher(dbPath, key, { fileMustExist: false });
    applyConnectionPragmas(db);
    const before = MIGRATIONS.findIndex((migration) => migration.name === 'organisation-time-zone');
    migrate(db, bundle, dbPath, NOW, MIGRATIONS.slice(0, before));
    db.prepare("INSERT INTO organisation_profile (id, legal_name, updated_at) VALUES (1, 'Acme', ?)").run(NOW.toISOString());
    db.prepare("UPDATE request_settings SET time_zone = 'Asia/Shanghai' WHERE id = 1").run();
    migrate(db, bundle, dbPath, NOW);
    expect(db.prepare('SELECT time_zone FROM organisation_profile WHERE id = 1').pluck().get()).toBe('Asia/Shanghai');
    const columns = db.prepare("SELECT name FROM pragma_table_info('request_settings')").pluck().all();
    expect(columns).not.toContain('time_zone');
    expect(columns).toContain('redaction_retention_months');
    db.close();
  });
});

describe('opening a too-new workspace through the backend', () => {
  it('is refused with WORKSPACE_TOO_NEW and leaves workspace.db byte for byte as it was', async () => {
    const t = testBackend();
    try {
      const created = await t.call('workspace.create', { directory: t.dir, name: 'Future', passphrase: PASSPHRASE });
      await t.call('workspace.lock', { reason: 'manual' });
      const file = join(created.path, 'workspace.db');
      const raw = openSqlCipher(file, parseRecoveryKey(created.recoveryKey)!);
      raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      raw.close();
      const before = sha256(file);

      const error = await t.fail('workspace.open', { path: created.path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
      expect(error.code).toBe('WORKSPACE_TOO_NEW');
      expect(error.details).toMatchObject({ found: LATEST_SCHEMA_VERSION + 1, supported: LATEST_SCHEMA_VERSION });
      expect(sha256(file)).toBe(before);
      expect(existsSync(join(created.path, PRE_MIGRATION_DIR))).toBe(false);
      expect((await t.call('workspace.status', {})).state).toBe('locked');
    } finally {
      await t.cleanup();
    }
  });
});
