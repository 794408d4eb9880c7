// Workspace backups: one encrypted file (tar: workspace.db, keyring.json, manifest.json), consistent
// while the app writes, verified, refused when altered, restored whole with the audit chain intact,
// pruned to N copies, scheduled by an injected clock.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendEvent } from '../../shared/contract';
import { BackupScheduler } from '../../electron/backend/workspace-backup/backup-scheduler';
import { listBackups } from '../../electron/backend/workspace-backup/backup-files';
import { checkKeyAgainstFile, openSqlCipher, type Db } from '../../electron/backend/workspace/sqlcipher';
import { makeTempDir, OTHER_PASSPHRASE, PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

interface SqlCipherDatabase {
  serialize(fn: () => void): void;
  run(sql: string, callback?: (err: Error | null) => void): SqlCipherDatabase;
  all(sql: string, callback: (err: Error | null, rows: Record<string, unknown>[]) => void): SqlCipherDatabase;
  close(callback?: (err: Error | null) => void): void;
}
const sqlcipher = createRequire(import.meta.url)('@journeyapps/sqlcipher') as { Database: new (file: string, mode: number, cb: (err: Error | null) => void) => SqlCipherDatabase; OPEN_READONLY: number };

/** Reads rows with the independent SQLCipher build, keyed with the raw workspace key. */
function readWithSqlCipher(file: string, keyHex: string, sql: string): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlcipher.Database(file, sqlcipher.OPEN_READONLY, (err) => err && reject(err));
    db.serialize(() => {
      db.run('PRAGMA cipher_compatibility = 4');
      db.run(`PRAGMA key = "x'${keyHex}'"`);
      db.all(sql, (err, rows) => {
        db.close();
        if (err) reject(err);
        else resolve(rows);
      });
    });
  });
}

const MARKER = 'Backup-Marker-Legal-88231';
const FILE_MARKER = 'evidence-marker-content-55120 ';
const PROFILE = {
  legalName: MARKER,
  tradingName: '',
  registeredAddress: '地址标记-4471',
  country: 'DE',
  industry: 'Software',
  employeeCount: 40,
  dpoName: 'Dana',
  dpoEmail: '',
  euRepresentative: '',
  jurisdictions: ['gdpr' as const],
};

let clock = new Date('2026-03-01T08:00:00Z');
let t: TestBackend;
let bundle: string;
let keyHex: string;
let workspaceId: string;
const events: BackendEvent[] = [];

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function tableDump(db: Db): Record<string, string[]> {
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
  const dump: Record<string, string[]> = {};
  for (const { name } of tables) {
    // Some tables are WITHOUT ROWID: compare each table's rows as a sorted set of serialised rows.
    dump[name] = db
      .prepare(`SELECT * FROM "${name}"`)
      .all()
      .map((row) => JSON.stringify(row, (_key, value: unknown) => (value instanceof Uint8Array ? createHash('sha256').update(value).digest('hex') : value)))
      .sort();
  }
  return dump;
}

async function backupTo(folder: string, extra: { keep?: number } = {}) {
  return t.call('workspaceBackup.create', { jobId: `job-${Math.random().toString(36).slice(2, 12)}`, folder, ...extra });
}

beforeAll(async () => {
  t = testBackend({ now: () => clock });
  t.backend.subscribe((event) => events.push(event));
  const created = await t.call('workspace.create', { directory: join(t.dir, 'workspaces'), name: 'Acme', passphrase: PASSPHRASE });
  bundle = created.path;
  keyHex = created.recoveryKey.replace(/-/g, '');
  workspaceId = (created.status as { workspaceId: string }).workspaceId;
  await t.call('organisation.update', PROFILE);
  await t.call('evidence.files.upload', { name: 'policy.txt', base64: Buffer.from(FILE_MARKER.repeat(2000)).toString('base64') });
});

afterAll(async () => {
  await t.cleanup();
});

describe('workspace backup file', () => {
  it('is one tar file that standard tools unpack, encrypted with the workspace key, with a manifest', async () => {
    const folder = makeTempDir('custos-bk-');
    const result = await backupTo(folder);
    expect(readdirSync(folder)).toEqual([result.fileName]);
    expect(result.fileName).toMatch(/^Acme-20260301-080000\.custos-backup$/);
    expect(execFileSync('tar', ['-tf', result.file], { encoding: 'utf8' }).trim().split('\n')).toEqual(['workspace.db', 'keyring.json', 'manifest.json']);

    const out = makeTempDir('custos-bk-x-');
    execFileSync('tar', ['-xf', result.file, '-C', out]);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'custos-workspace-backup', formatVersion: 1, workspaceId, appVersion: '0.0.0-test', createdAt: '2026-03-01T08:00:00.000Z', cipher: 'sqlcipher4' });
    expect(manifest.schemaVersion).toBeGreaterThan(0);
    expect(manifest.files.find((f: { name: string }) => f.name === 'workspace.db').sha256).toBe(sha(join(out, 'workspace.db')));
    expect(readFileSync(join(out, 'keyring.json'))).toEqual(readFileSync(join(bundle, 'keyring.json')));

    // SQLCipher 4 with the same key: our own page-1 HMAC check and the reference build agree.
    expect(checkKeyAgainstFile(join(out, 'workspace.db'), keyHex)).toBe('match');
    expect(await readWithSqlCipher(join(out, 'workspace.db'), keyHex, 'SELECT legal_name FROM organisation_profile')).toEqual([{ legal_name: MARKER }]);
    await expect(readWithSqlCipher(join(out, 'workspace.db'), 'ab'.repeat(32), 'SELECT count(*) FROM sqlite_master')).rejects.toThrow();

    // Nothing in clear: no marker, in UTF-8 or UTF-16, anywhere in the backup file.
    const bytes = readFileSync(result.file);
    for (const marker of [MARKER, '地址标记-4471', FILE_MARKER]) {
      expect(bytes.includes(Buffer.from(marker, 'utf8')), marker).toBe(false);
      expect(bytes.includes(Buffer.from(marker, 'utf16le')), marker).toBe(false);
    }
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);

    const verified = await t.call('workspaceBackup.verify', { file: result.file });
    expect(verified).toMatchObject({ manifest: { workspaceId }, integrity: { ok: true, messages: ['ok'] }, auditChain: { ok: true } });
    // The backup itself is on the audit trail.
    const [latest] = await t.call('audit.list', { limit: 1 });
    expect(latest).toMatchObject({ procedure: 'workspaceBackup.create', entityType: 'workspace_backup' });
    expect(events.some((e) => e.type === 'job.progress' && e.kind === 'workspace_backup' && e.phase === 'verify')).toBe(true);
  });

  it('is a consistent snapshot while writes go on', async () => {
    const folder = makeTempDir('custos-bk-');
    const before = (await t.call('audit.list', { limit: 1 }))[0]!.seq;
    let writes = 0;
    let finished = false;
    const backup = backupTo(folder).finally(() => (finished = true));
    while (!finished) {
      await t.call('organisation.update', { ...PROFILE, dpoName: `Writer ${writes}` });
      writes += 1;
      // Calls arrive as separate events in the app (IPC, HTTP); let the backup's events run between.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const result = await backup;
    expect(writes).toBeGreaterThan(0);
    const target = join(makeTempDir('custos-rs-'), 'During.custos');
    await t.call('workspaceBackup.restore', { file: result.file, path: target, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    const restored = openSqlCipher(join(target, 'workspace.db'), keyHex, { readonly: true });
    const original = openSqlCipher(join(bundle, 'workspace.db'), keyHex, { readonly: true });
    try {
      expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
      const copied = restored.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_events ORDER BY seq').all();
      const head = copied.at(-1)!.seq;
      expect(head).toBeGreaterThanOrEqual(before);
      // Exactly the original's events up to the snapshot's head: a prefix, nothing torn.
      expect(copied).toEqual(original.prepare('SELECT seq, hash FROM audit_events WHERE seq <= ? ORDER BY seq').all(head));
      // The profile matches the last write the snapshot holds.
      const dpo = restored.prepare('SELECT dpo_name FROM organisation_profile').pluck().get() as string;
      const lastWrite = original.prepare("SELECT summary FROM audit_events WHERE seq <= ? AND entity_type = 'organisation_profile' ORDER BY seq DESC LIMIT 1").pluck().get(head) as string;
      expect(lastWrite).toContain(dpo);
    } finally {
      restored.close();
      original.close();
    }
  });

  it('can be cancelled, leaving nothing in the folder', async () => {
    const folder = makeTempDir('custos-bk-');
    const jobId = 'job-cancel-backup-1';
    const pending = t.backend.invoke('workspaceBackup.create', { jobId, folder });
    expect(await t.call('jobs.cancel', { jobId })).toEqual({ cancelled: true });
    const envelope = await pending;
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe('CANCELLED');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('can be cancelled while the file is being written, leaving nothing either', async () => {
    const folder = makeTempDir('custos-bk-');
    const jobId = 'job-cancel-backup-2';
    const unsubscribe = t.backend.subscribe((event) => {
      if (event.type === 'job.progress' && event.jobId === jobId && event.phase === 'write') void t.backend.invoke('jobs.cancel', { jobId });
    });
    const envelope = await t.backend.invoke('workspaceBackup.create', { jobId, folder });
    unsubscribe();
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe('CANCELLED');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a folder that does not exist and a file that exists, naming it', async () => {
    const missing = join(t.dir, 'no-such-folder');
    expect(await t.fail('workspaceBackup.create', { jobId: 'job-missing-1', folder: missing })).toMatchObject({ code: 'BACKUP_FAILED', details: { file: missing } });
    const existing = join(makeTempDir('custos-bk-'), 'taken.custos-backup');
    writeFileSync(existing, 'x');
    expect(await t.fail('workspaceBackup.create', { jobId: 'job-exists-1', file: existing })).toMatchObject({ code: 'BACKUP_FAILED', details: { file: existing } });
    expect((await t.fail('workspaceBackup.create', { jobId: 'job-neither-1' })).code).toBe('INVALID_INPUT');
  });
});

describe('tampered backups', () => {
  let good: string;
  beforeAll(async () => {
    good = (await backupTo(makeTempDir('custos-bk-'))).file;
  });

  function altered(change: (bytes: Buffer) => Buffer): string {
    const file = join(makeTempDir('custos-bad-'), 'altered.custos-backup');
    writeFileSync(file, change(Buffer.from(readFileSync(good))));
    return file;
  }

  it('refuses a changed database byte, naming workspace.db and the file', async () => {
    const file = altered((bytes) => {
      bytes[512 + 5000] = bytes[512 + 5000]! ^ 0xff;
      return bytes;
    });
    const error = await t.fail('workspaceBackup.verify', { file });
    expect(error).toMatchObject({ code: 'BACKUP_DAMAGED', details: { file, part: 'workspace.db', reason: 'sha256' } });
    const target = join(makeTempDir('custos-rs-'), 'Never.custos');
    expect(await t.fail('workspaceBackup.restore', { file, path: target, secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).toMatchObject({ code: 'BACKUP_DAMAGED', details: { part: 'workspace.db' } });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(target, '..'))).toEqual([]);
  });

  it('refuses an edited manifest, a changed keyring and a truncated file', async () => {
    const manifestEdit = altered((bytes) => {
      const text = bytes.toString('latin1');
      const at = text.indexOf('"sha256": "') + '"sha256": "'.length;
      bytes[at] = bytes[at] === 0x30 ? 0x31 : 0x30;
      return bytes;
    });
    expect(await t.fail('workspaceBackup.verify', { file: manifestEdit })).toMatchObject({ code: 'BACKUP_DAMAGED', details: { part: 'workspace.db' } });
    const keyringEdit = altered((bytes) => {
      const at = bytes.indexOf(Buffer.from('"format"'));
      bytes[at + 2] = 0x46;
      return bytes;
    });
    expect(await t.fail('workspaceBackup.restore', { file: keyringEdit, path: join(makeTempDir(), 'K.custos'), secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).toMatchObject({
      code: 'BACKUP_DAMAGED',
      details: { part: 'keyring.json' },
    });
    const truncated = altered((bytes) => bytes.subarray(0, bytes.length - 3000));
    expect(await t.fail('workspaceBackup.verify', { file: truncated })).toMatchObject({ code: 'BACKUP_DAMAGED', details: { file: truncated } });
    expect(await t.fail('workspaceBackup.verify', { file: join(t.dir, 'nothing-here.custos-backup') })).toMatchObject({ code: 'BACKUP_UNREADABLE' });
  });

  it("refuses another workspace's backup in verify", async () => {
    const other = testBackend();
    try {
      await other.call('workspace.create', { directory: join(other.dir, 'w'), name: 'Other', passphrase: OTHER_PASSPHRASE });
      const file = (await other.call('workspaceBackup.create', { jobId: 'job-other-ws-1', folder: other.dir })).file;
      expect(await t.fail('workspaceBackup.verify', { file })).toMatchObject({ code: 'BACKUP_WRONG_KEY', details: { file } });
    } finally {
      await other.cleanup();
    }
  });
});

describe('restore', () => {
  it('restores every table, and the workspace opens with its audit chain intact', async () => {
    // No writes between the backup and the comparison.
    const { file } = await backupTo(makeTempDir('custos-bk-'));
    const original = openSqlCipher(join(bundle, 'workspace.db'), keyHex, { readonly: true });
    const expected = tableDump(original);
    original.close();
    const target = join(makeTempDir('custos-rs-'), 'Restored.custos');
    const result = await t.call('workspaceBackup.restore', { file, path: target, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect(result).toMatchObject({ path: target, replaced: false, manifest: { workspaceId } });
    const restored = openSqlCipher(join(target, 'workspace.db'), keyHex, { readonly: true });
    const actual = tableDump(restored);
    restored.close();
    // The backup's own audit event was written after the snapshot.
    const missing = expected.audit_events!.filter((row) => !actual.audit_events!.includes(row));
    expect(missing.map((row) => JSON.parse(row).procedure)).toEqual(['workspaceBackup.create']);
    expect(actual.audit_events!.every((row) => expected.audit_events!.includes(row))).toBe(true);
    // audit_head points at the newest event: one further on in the original.
    expect(JSON.parse(actual.audit_head![0]!).seq).toBe(JSON.parse(expected.audit_head![0]!).seq - 1);
    expect({ ...actual, audit_events: [], audit_head: [] }).toEqual({ ...expected, audit_events: [], audit_head: [] });
    expect(Object.keys(actual).length).toBeGreaterThan(10);

    const reader = testBackend();
    try {
      await reader.call('workspace.open', { path: target, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
      expect((await reader.call('audit.verify', {})).ok).toBe(true);
      expect((await reader.call('workspace.verify', {})).ok).toBe(true);
      expect((await reader.call('organisation.get', {})).legalName).toBe(MARKER);
    } finally {
      await reader.cleanup();
    }
  });

  it('opens with the recovery key too', async () => {
    const { file } = await backupTo(makeTempDir('custos-bk-'));
    const target = join(makeTempDir('custos-rs-'), 'ByKey.custos');
    const recoveryKey = keyHex.match(/.{8}/g)!.join('-');
    await t.call('workspaceBackup.restore', { file, path: target, secret: { kind: 'recovery', recoveryKey } });
    expect(checkKeyAgainstFile(join(target, 'workspace.db'), keyHex)).toBe('match');
    expect((await t.fail('workspaceBackup.restore', { file, path: join(target, '..', 'Wrong.custos'), secret: { kind: 'recovery', recoveryKey: 'ab'.repeat(32) } })).code).toBe(
      'WRONG_RECOVERY_KEY',
    );
  });

  it('changes nothing on a wrong passphrase, and refuses an existing folder without force', async () => {
    const { file } = await backupTo(makeTempDir('custos-bk-'));
    const parent = makeTempDir('custos-rs-');
    const target = join(parent, 'Fresh.custos');
    expect((await t.fail('workspaceBackup.restore', { file, path: target, secret: { kind: 'passphrase', passphrase: OTHER_PASSPHRASE } })).code).toBe('WRONG_PASSPHRASE');
    expect(readdirSync(parent)).toEqual([]);

    // An existing workspace stays as it was: without --force, and with --force but a wrong passphrase.
    const other = testBackend({ dir: parent });
    await other.call('workspace.create', { directory: parent, name: 'Existing', passphrase: OTHER_PASSPHRASE });
    await other.cleanup();
    const existing = join(parent, 'Existing.custos');
    const fingerprint = () => readdirSync(existing).filter((f) => !f.endsWith('-shm') && !f.endsWith('-wal')).map((f) => `${f}:${statSync(join(existing, f)).isFile() ? sha(join(existing, f)) : 'dir'}`);
    const was = fingerprint();
    expect(await t.fail('workspaceBackup.restore', { file, path: existing, secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).toMatchObject({ code: 'WORKSPACE_EXISTS', details: { file: existing } });
    expect((await t.fail('workspaceBackup.restore', { file, path: existing, secret: { kind: 'passphrase', passphrase: OTHER_PASSPHRASE }, force: true })).code).toBe('WRONG_PASSPHRASE');
    expect(fingerprint()).toEqual(was);
    expect(readdirSync(parent).sort()).toEqual(['Existing.custos', 'config']);

    // With --force and the right passphrase it is replaced, and nothing is left aside.
    const replaced = await t.call('workspaceBackup.restore', { file, path: existing, secret: { kind: 'passphrase', passphrase: PASSPHRASE }, force: true });
    expect(replaced.replaced).toBe(true);
    expect(checkKeyAgainstFile(join(existing, 'workspace.db'), keyHex)).toBe('match');
    expect(readdirSync(parent).sort()).toEqual(['Existing.custos', 'config']);
  });

  it('never replaces a folder that is not a workspace, even with force', async () => {
    const { file } = await backupTo(makeTempDir('custos-bk-'));
    const precious = makeTempDir('custos-precious-');
    writeFileSync(join(precious, 'notes.txt'), 'keep me');
    expect(await t.fail('workspaceBackup.restore', { file, path: precious, secret: { kind: 'passphrase', passphrase: PASSPHRASE }, force: true })).toMatchObject({
      code: 'WORKSPACE_EXISTS',
      details: { file: precious, reason: 'not_workspace' },
    });
    expect(readdirSync(precious)).toEqual(['notes.txt']);
  });

  it('refuses to restore over the open workspace', async () => {
    const { file } = await backupTo(makeTempDir('custos-bk-'));
    expect((await t.fail('workspaceBackup.restore', { file, path: bundle, secret: { kind: 'passphrase', passphrase: PASSPHRASE }, force: true })).code).toBe('WORKSPACE_ALREADY_OPEN');
  });
});

describe('keeping N copies and the schedule', () => {
  it('prunes to the newest N of this workspace only', async () => {
    const folder = makeTempDir('custos-bk-');
    const foreign = join(folder, 'Other-20200101-000000.custos-backup');
    writeFileSync(foreign, 'not a backup of this workspace');
    const made: string[] = [];
    for (let i = 0; i < 4; i++) {
      clock = new Date(Date.UTC(2026, 3, 1 + i, 9));
      made.push((await backupTo(folder, { keep: 2 })).fileName);
    }
    expect(readdirSync(folder).sort()).toEqual([made[2], made[3], 'Other-20200101-000000.custos-backup'].sort());
    expect((await t.call('workspaceBackup.list', { folder })).map((b) => b.fileName)).toEqual([made[3], made[2]]);
  });

  it('backs up when the interval has passed, while unlocked, and keeps N', async () => {
    const folder = makeTempDir('custos-sched-');
    expect((await t.fail('workspaceBackup.settings.update', { enabled: true, folder: '' })).code).toBe('INVALID_INPUT');
    const missing = await t.fail('workspaceBackup.settings.update', { folder: join(folder, 'nope') });
    expect(missing.details?.issues).toEqual([expect.objectContaining({ path: ['folder'], code: 'folder_not_found' })]);
    clock = new Date('2026-05-01T10:00:00Z');
    const status = await t.call('workspaceBackup.settings.update', { enabled: true, folder, intervalHours: 24, keep: 2 });
    expect(status).toMatchObject({ enabled: true, folder, intervalHours: 24, keep: 2, lastBackup: null, nextDueAt: '2026-05-01T10:00:00.000Z' });

    let unlocked = true;
    const scheduler = new BackupScheduler({
      now: () => clock,
      schedule: () => (unlocked ? { schedule: { enabled: true, folder, intervalHours: 24, keep: 2 }, workspaceId } : null),
      newestBackupAt: (f, id) => {
        const newest = listBackups(f, id)[0];
        return newest ? new Date(newest.createdAt) : null;
      },
      run: async (f, keep) => {
        await t.call('workspaceBackup.create', { jobId: `sched-${clock.getTime()}`, folder: f, keep });
      },
      onError: (error) => {
        throw error;
      },
    });
    expect(await scheduler.tick()).toBe(true);
    expect(await scheduler.tick()).toBe(false);
    clock = new Date('2026-05-02T09:59:00Z');
    expect(await scheduler.tick()).toBe(false);
    clock = new Date('2026-05-02T10:00:00Z');
    expect(await scheduler.tick()).toBe(true);
    unlocked = false;
    clock = new Date('2026-05-04T10:00:00Z');
    expect(await scheduler.tick()).toBe(false);
    unlocked = true;
    expect(await scheduler.tick()).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['Acme-20260502-100000.custos-backup', 'Acme-20260504-100000.custos-backup']);
    const after = await t.call('workspaceBackup.settings.get', {});
    expect(after.lastBackup?.fileName).toBe('Acme-20260504-100000.custos-backup');
    expect(after.nextDueAt).toBe('2026-05-05T10:00:00.000Z');
    await t.call('workspaceBackup.settings.update', { enabled: false });
  });
});

describe('restore into a new folder tree', () => {
  it('creates missing parent folders', async () => {
    const { file } = await backupTo(makeTempDir('custos-bk-'));
    const parent = join(makeTempDir('custos-rs-'), 'a', 'b');
    mkdirSync(join(parent, '..'), { recursive: true });
    const target = join(parent, 'Deep.custos');
    await t.call('workspaceBackup.restore', { file, path: target, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect(existsSync(join(target, 'workspace.db'))).toBe(true);
  });
});
