// The encrypted workspace through the contract, on real SQLCipher files: create, unlock, lock,
// wrong secrets, damaged files, passphrase change, key rotation (with progress and cancel).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackendEvent } from '../../shared/contract';
import { openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/workspace/migrations/registry';
import { OTHER_PASSPHRASE, PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const RECOVERY_KEY_PATTERN = /^([0-9a-f]{8}-){7}[0-9a-f]{8}$/;

/** Every file of the bundle with its size, mtime and content hash: "nothing touched" means equal. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = join(dir, name);
    const stat = statSync(file);
    if (stat.isFile()) out[name] = `${stat.size}:${stat.mtimeMs}:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
  }
  return out;
}

let t: TestBackend;
afterEach(async () => {
  await t?.cleanup();
});

async function created(name = 'Acme') {
  t = testBackend();
  const result = await t.call('workspace.create', { directory: t.dir, name, passphrase: PASSPHRASE });
  return result;
}

describe('creating a workspace', () => {
  it('writes a bundle with an encrypted database and a keyring, and shows the recovery key once', async () => {
    const { path, recoveryKey, status } = await created();
    expect(path.endsWith('Acme.custos')).toBe(true);
    expect(recoveryKey).toMatch(RECOVERY_KEY_PATTERN);
    expect(status).toMatchObject({ state: 'unlocked', name: 'Acme', unlockedWith: 'passphrase', recoveryKeyConfirmed: false });
    expect(existsSync(join(path, 'workspace.db'))).toBe(true);
    const keyring = JSON.parse(readFileSync(join(path, 'keyring.json'), 'utf8'));
    expect(keyring.slots).toHaveLength(1);
    expect(keyring.slots[0].kdf).toMatchObject({ algorithm: 'scrypt', r: 8, p: 1 });
    expect(keyring.slots[0].wrap.algorithm).toBe('aes-256-gcm');
    // Neither the key nor the recovery key appears in the keyring.
    const text = readFileSync(join(path, 'keyring.json'), 'utf8');
    expect(text).not.toContain(recoveryKey.replace(/-/g, ''));
    // Not a plain SQLite file.
    expect(readFileSync(join(path, 'workspace.db')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
  });

  it('refuses short or guessable passphrases and an existing bundle', async () => {
    t = testBackend();
    expect((await t.fail('workspace.create', { directory: t.dir, name: 'A', passphrase: 'short' })).code).toBe('PASSPHRASE_TOO_SHORT');
    expect((await t.fail('workspace.create', { directory: t.dir, name: 'A', passphrase: 'password1234' })).code).toBe('PASSPHRASE_TOO_WEAK');
    expect(existsSync(join(t.dir, 'A.custos'))).toBe(false);
    await t.call('workspace.create', { directory: t.dir, name: 'A', passphrase: PASSPHRASE });
    expect((await t.fail('workspace.create', { directory: t.dir, name: 'A', passphrase: PASSPHRASE })).code).toBe('WORKSPACE_EXISTS');
  });

  it('requires the recovery key typed back to confirm it', async () => {
    const { recoveryKey } = await created();
    expect((await t.fail('workspace.confirmRecoveryKey', { recoveryKey: 'f'.repeat(64) })).code).toBe('WRONG_RECOVERY_KEY');
    expect((await t.fail('workspace.confirmRecoveryKey', { recoveryKey: 'abc' })).code).toBe('RECOVERY_KEY_FORMAT');
    const status = await t.call('workspace.confirmRecoveryKey', { recoveryKey: recoveryKey.toUpperCase().replace(/-/g, ' ') });
    expect(status).toMatchObject({ state: 'unlocked', recoveryKeyConfirmed: true });
  });
});

describe('unlocking', () => {
  it('locks, then opens with the passphrase or the recovery key', async () => {
    const { path, recoveryKey } = await created();
    expect(await t.call('workspace.lock', {})).toMatchObject({ state: 'locked', name: 'Acme' });
    expect((await t.fail('organisation.get', {})).code).toBe('WORKSPACE_LOCKED');
    expect(await t.call('workspace.open', { path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).toMatchObject({ state: 'unlocked', unlockedWith: 'passphrase' });
    expect((await t.call('organisation.get', {})).legalName).toBe('Acme');
    await t.call('workspace.lock', {});
    expect(await t.call('workspace.open', { path, secret: { kind: 'recovery', recoveryKey } })).toMatchObject({ state: 'unlocked', unlockedWith: 'recovery' });
  });

  it('a wrong passphrase or recovery key is refused and touches no file', async () => {
    const { path } = await created();
    await t.call('workspace.lock', {});
    const before = snapshot(path);
    expect((await t.fail('workspace.open', { path, secret: { kind: 'passphrase', passphrase: OTHER_PASSPHRASE } })).code).toBe('WRONG_PASSPHRASE');
    expect((await t.fail('workspace.open', { path, secret: { kind: 'recovery', recoveryKey: '0'.repeat(64) } })).code).toBe('WRONG_RECOVERY_KEY');
    expect((await t.fail('workspace.open', { path, secret: { kind: 'recovery', recoveryKey: 'not-a-key' } })).code).toBe('RECOVERY_KEY_FORMAT');
    expect(snapshot(path)).toEqual(before);
    expect(await t.call('workspace.status', {})).toMatchObject({ state: 'locked' });
  });

  it('imposes growing delays after repeated failures', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    t = testBackend({ now: () => new Date(now) });
    const { path } = await t.call('workspace.create', { directory: t.dir, name: 'Acme', passphrase: PASSPHRASE });
    await t.call('workspace.lock', {});
    const wrong = { path, secret: { kind: 'passphrase' as const, passphrase: OTHER_PASSPHRASE } };
    expect((await t.fail('workspace.open', wrong)).code).toBe('WRONG_PASSPHRASE');
    expect((await t.fail('workspace.open', wrong)).code).toBe('WRONG_PASSPHRASE');
    const third = await t.fail('workspace.open', wrong);
    expect(third.details?.retryAfterMs).toBe(1000);
    const throttled = await t.fail('workspace.open', { path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect(throttled.code).toBe('THROTTLED');
    expect(throttled.details?.retryAfterMs).toBe(1000);
    now += 1000;
    expect((await t.fail('workspace.open', wrong)).details?.retryAfterMs).toBe(2000);
    now += 2000;
    expect(await t.call('workspace.open', { path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).toMatchObject({ state: 'unlocked' });
  });
});

describe('damaged or missing files', () => {
  it('names a missing or damaged keyring, and the recovery key still opens', async () => {
    const { path, recoveryKey } = await created();
    await t.call('workspace.lock', {});
    const passphrase = { path, secret: { kind: 'passphrase' as const, passphrase: PASSPHRASE } };
    const keyring = join(path, 'keyring.json');
    const original = readFileSync(keyring, 'utf8');

    writeFileSync(keyring, original.slice(0, original.length / 2));
    expect(await t.fail('workspace.open', passphrase)).toMatchObject({ code: 'KEYRING_CORRUPT', details: { file: 'keyring.json', reason: 'not_json' } });
    writeFileSync(keyring, JSON.stringify({ ...JSON.parse(original), slots: 'nope' }));
    expect(await t.fail('workspace.open', passphrase)).toMatchObject({ code: 'KEYRING_CORRUPT', details: { field: 'slots' } });
    rmSync(keyring);
    expect(await t.fail('workspace.open', passphrase)).toMatchObject({ code: 'KEYRING_MISSING', details: { file: 'keyring.json' } });
    expect(existsSync(keyring)).toBe(false);

    // The recovery key opens without a keyring, and setting a passphrase writes a new one.
    await t.call('workspace.open', { path, secret: { kind: 'recovery', recoveryKey } });
    await t.call('workspace.changePassphrase', { next: OTHER_PASSPHRASE });
    await t.call('workspace.lock', {});
    expect(await t.call('workspace.open', { path, secret: { kind: 'passphrase', passphrase: OTHER_PASSPHRASE } })).toMatchObject({ state: 'unlocked' });
  });

  it('names a missing, truncated or damaged database and never creates an empty one', async () => {
    const { path } = await created();
    await t.call('workspace.lock', {});
    const db = join(path, 'workspace.db');
    const open = { path, secret: { kind: 'passphrase' as const, passphrase: PASSPHRASE } };
    const original = readFileSync(db);

    const page1 = Buffer.from(original);
    page1[100] = (page1[100] ?? 0) ^ 0xff;
    writeFileSync(db, page1);
    expect(await t.fail('workspace.open', open)).toMatchObject({ code: 'KEY_MISMATCH', details: { file: 'workspace.db' } });

    truncateSync(db, 1000);
    expect(await t.fail('workspace.open', open)).toMatchObject({ code: 'DATABASE_CORRUPT', details: { file: 'workspace.db', reason: 'truncated' } });

    rmSync(db);
    expect(await t.fail('workspace.open', open)).toMatchObject({ code: 'DATABASE_MISSING', details: { file: 'workspace.db' } });
    expect(existsSync(db)).toBe(false);

    expect((await t.fail('workspace.select', { path: join(t.dir, 'Nowhere.custos') })).code).toBe('WORKSPACE_NOT_FOUND');
  });

  it('refuses a workspace written by a newer version without changing it', async () => {
    const { path, recoveryKey } = await created();
    await t.call('workspace.lock', {});
    const raw = openSqlCipher(join(path, 'workspace.db'), recoveryKey.replace(/-/g, ''));
    raw.pragma('user_version = 99');
    raw.close();
    const before = snapshot(path);
    expect(await t.fail('workspace.open', { path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).toMatchObject({
      code: 'WORKSPACE_TOO_NEW',
      details: { found: 99, supported: LATEST_SCHEMA_VERSION },
    });
    expect(snapshot(path)).toEqual(before);
  });
});

describe('keys', () => {
  it('changes the passphrase: the old one stops working, the new one opens', async () => {
    const { path } = await created();
    expect((await t.fail('workspace.changePassphrase', { current: OTHER_PASSPHRASE, next: OTHER_PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    expect((await t.fail('workspace.changePassphrase', { next: OTHER_PASSPHRASE })).code).toBe('PASSPHRASE_REQUIRED');
    expect((await t.fail('workspace.changePassphrase', { current: PASSPHRASE, next: 'short' })).code).toBe('PASSPHRASE_TOO_SHORT');
    await t.call('workspace.changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE });
    await t.call('workspace.lock', {});
    expect((await t.fail('workspace.open', { path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).code).toBe('WRONG_PASSPHRASE');
    await t.call('workspace.open', { path, secret: { kind: 'passphrase', passphrase: OTHER_PASSPHRASE } });
    const events = await t.call('audit.list', { limit: 10 });
    expect(events.map((e) => e.procedure)).toContain('workspace.changePassphrase');
  });

  it('rotates the data key with progress: new recovery key works, old one does not, data intact', async () => {
    const { path, recoveryKey } = await created();
    await t.call('organisation.update', { ...(await t.call('organisation.get', {})), dpoName: 'Rotation Check' });
    const events: BackendEvent[] = [];
    t.backend.subscribe((e) => events.push(e));
    const rotated = await t.call('workspace.rotateKey', { passphrase: PASSPHRASE, jobId: 'rotate-0001' });
    expect(rotated.recoveryKey).toMatch(RECOVERY_KEY_PATTERN);
    expect(rotated.recoveryKey).not.toBe(recoveryKey);
    expect(rotated.status).toMatchObject({ state: 'unlocked', recoveryKeyConfirmed: false });
    const phases = new Set(events.filter((e) => e.type === 'job.progress').map((e) => (e.type === 'job.progress' ? e.phase : '')));
    expect([...phases]).toEqual(expect.arrayContaining(['copy', 'verify', 'swap']));
    expect(readdirSync(path).filter((f) => f.includes('rekey'))).toEqual([]);

    await t.call('workspace.lock', {});
    expect((await t.fail('workspace.open', { path, secret: { kind: 'recovery', recoveryKey } })).code).toBe('WRONG_RECOVERY_KEY');
    await t.call('workspace.open', { path, secret: { kind: 'recovery', recoveryKey: rotated.recoveryKey } });
    expect((await t.call('organisation.get', {})).dpoName).toBe('Rotation Check');
    expect((await t.call('audit.verify', {})).ok).toBe(true);
    await t.call('workspace.lock', {});
    await t.call('workspace.open', { path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
  });

  it('a cancelled rotation leaves the workspace as it was', async () => {
    const { path, recoveryKey } = await created();
    let cancelled = false;
    t.backend.subscribe((e) => {
      if (e.type === 'job.progress' && !cancelled) {
        cancelled = true;
        void t.backend.invoke('jobs.cancel', { jobId: 'rotate-0002' });
      }
    });
    const error = await t.fail('workspace.rotateKey', { passphrase: PASSPHRASE, jobId: 'rotate-0002' });
    expect(error.code).toBe('CANCELLED');
    expect(readdirSync(path).filter((f) => f.includes('rekey'))).toEqual([]);
    // Still open and writable with the old key.
    await t.call('workspace.settings.update', { autoLockMinutes: 5 });
    await t.call('workspace.lock', {});
    await t.call('workspace.open', { path, secret: { kind: 'recovery', recoveryKey } });
    expect((await t.call('workspace.settings.get', {})).autoLockMinutes).toBe(5);
  });

  it('finishes a rotation that was interrupted after the keyring gained the new slot', async () => {
    const { path } = await created();
    const keyringPath = join(path, 'keyring.json');
    const before = JSON.parse(readFileSync(keyringPath, 'utf8'));
    await t.call('workspace.rotateKey', { passphrase: PASSPHRASE, jobId: 'rotate-0003' });
    await t.call('workspace.lock', {});
    const after = JSON.parse(readFileSync(keyringPath, 'utf8'));
    // As if the app stopped between swapping the database and writing the final keyring.
    writeFileSync(keyringPath, JSON.stringify({ ...after, slots: [...before.slots, ...after.slots] }));
    await t.call('workspace.open', { path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect(JSON.parse(readFileSync(keyringPath, 'utf8')).slots).toEqual(after.slots);
  });

  it('refuses key rotation with a wrong passphrase', async () => {
    await created();
    expect((await t.fail('workspace.rotateKey', { passphrase: OTHER_PASSPHRASE, jobId: 'rotate-0004' })).code).toBe('WRONG_PASSPHRASE');
  });
});
