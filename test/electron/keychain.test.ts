import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract';
import { createKeychain, keychainAvailable, workspaceKey } from '../../electron/main/keychain';
import type { SafeStorageLike } from '../../electron/main/keychain';

/** Stands in for safeStorage: reversible, and never leaves the key readable in the store file. */
function fakeSafeStorage(overrides: Partial<SafeStorageLike> = {}): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((byte) => byte ^ 0x5a)),
    decryptString: (wrapped) => Buffer.from(wrapped.map((byte) => byte ^ 0x5a)).toString('utf8'),
    ...overrides,
  };
}

const UNLOCKED = {
  state: 'unlocked',
  path: '/w/Acme.custos',
  name: 'Acme',
  workspaceId: 'ws-1',
  unlockedWith: 'passphrase',
  recoveryKeyConfirmed: true,
  autoLockMinutes: 15,
  language: 'en',
};

function fakeBackend(status: unknown = UNLOCKED, answers: Record<string, Envelope<unknown>> = {}) {
  const calls: Array<{ procedure: string; input: unknown }> = [];
  return {
    calls,
    invoke: async (procedure: string, input: unknown): Promise<Envelope<unknown>> => {
      calls.push({ procedure, input });
      if (procedure === 'workspace.status') return { ok: true, value: status };
      return answers[procedure] ?? { ok: true, value: { keySlots: [] } };
    },
  };
}

let dir: string;
let storePath: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'custos-keychain-'));
  storePath = path.join(dir, 'userData', 'device-keys.json');
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const fixedKey = Buffer.alloc(32, 0xab);
const fixedKeyHex = fixedKey.toString('hex');

describe('keychain availability', () => {
  it('refuses Linux without a real keyring', () => {
    expect(keychainAvailable('linux', fakeSafeStorage({ getSelectedStorageBackend: () => 'basic_text' }))).toBe(false);
    expect(keychainAvailable('linux', fakeSafeStorage({ getSelectedStorageBackend: () => 'unknown' }))).toBe(false);
    expect(keychainAvailable('linux', fakeSafeStorage({ getSelectedStorageBackend: () => 'kwallet6' }))).toBe(true);
    expect(keychainAvailable('linux', fakeSafeStorage())).toBe(true);
  });

  it('needs encryption to be available everywhere', () => {
    expect(keychainAvailable('darwin', fakeSafeStorage())).toBe(true);
    expect(keychainAvailable('win32', fakeSafeStorage({ isEncryptionAvailable: () => false }))).toBe(false);
    expect(
      keychainAvailable(
        'darwin',
        fakeSafeStorage({
          isEncryptionAvailable: () => {
            throw new Error('not ready');
          },
        }),
      ),
    ).toBe(false);
  });
});

describe('workspace keys', () => {
  it('are absolute, without trailing separators, case-folded on Windows only', () => {
    expect(workspaceKey('/w/Acme.custos/', 'linux')).toBe('/w/Acme.custos');
    expect(workspaceKey('/w/x/../Acme.custos', 'darwin')).toBe('/w/Acme.custos');
    expect(workspaceKey('C:\\Users\\A\\Acme.custos\\', 'win32')).toBe('c:\\users\\a\\acme.custos');
  });
});

describe('keychain flow', () => {
  it('enables: random key to the backend, only the wrapped key on disk', async () => {
    const backend = fakeBackend();
    const keychain = createKeychain({ platform: 'linux', safeStorage: fakeSafeStorage(), invoke: backend.invoke, storePath, randomBytes: () => fixedKey });
    await expect(keychain.enable()).resolves.toEqual({ ok: true, value: { keySlots: [] } });
    expect(backend.calls).toContainEqual({ procedure: 'workspace.device.enable', input: { deviceKey: fixedKeyHex } });

    const text = await fs.readFile(storePath, 'utf8');
    expect(text).not.toContain(fixedKeyHex);
    const store = JSON.parse(text);
    expect(store.version).toBe(1);
    expect(store.workspaces['/w/Acme.custos']).toMatchObject({ path: '/w/Acme.custos', workspaceId: 'ws-1' });
    if (process.platform !== 'win32') expect((await fs.stat(storePath)).mode & 0o777).toBe(0o600);
    await expect(keychain.enabledFor('/w/Acme.custos/')).resolves.toBe(true);
    await expect(keychain.enabledFor('/w/Other.custos')).resolves.toBe(false);
  });

  it('unlocks with the stored key, which the caller never sees', async () => {
    const backend = fakeBackend(UNLOCKED, { 'workspace.open': { ok: true, value: { ...UNLOCKED, unlockedWith: 'device' } } });
    const keychain = createKeychain({ platform: 'darwin', safeStorage: fakeSafeStorage(), invoke: backend.invoke, storePath, randomBytes: () => fixedKey });
    await keychain.enable();
    const result = await keychain.unlock('/w/Acme.custos');
    expect(result).toEqual({ ok: true, value: { ...UNLOCKED, unlockedWith: 'device' } });
    expect(JSON.stringify(result)).not.toContain(fixedKeyHex);
    expect(backend.calls.at(-1)).toEqual({ procedure: 'workspace.open', input: { path: '/w/Acme.custos', secret: { kind: 'device', deviceKey: fixedKeyHex } } });
  });

  it('refuses to enable while locked or without a keychain', async () => {
    const locked = fakeBackend({ state: 'locked', path: '/w/Acme.custos', name: 'Acme', deviceUnlockAvailable: false });
    const keychain = createKeychain({ platform: 'linux', safeStorage: fakeSafeStorage(), invoke: locked.invoke, storePath });
    await expect(keychain.enable()).resolves.toMatchObject({ ok: false, error: { code: 'WORKSPACE_LOCKED' } });

    const plain = fakeBackend();
    const basic = createKeychain({
      platform: 'linux',
      safeStorage: fakeSafeStorage({ getSelectedStorageBackend: () => 'basic_text' }),
      invoke: plain.invoke,
      storePath,
    });
    await expect(basic.enable()).resolves.toMatchObject({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE' } });
    await expect(basic.available()).resolves.toBe(false);
    expect([...locked.calls, ...plain.calls].some((call) => call.procedure === 'workspace.device.enable')).toBe(false);
    await expect(fs.access(storePath)).rejects.toThrow();
  });

  it('passes backend refusals through and stores nothing', async () => {
    const backend = fakeBackend(UNLOCKED, { 'workspace.device.enable': { ok: false, error: { code: 'FORBIDDEN', message: 'no' } } });
    const keychain = createKeychain({ platform: 'linux', safeStorage: fakeSafeStorage(), invoke: backend.invoke, storePath });
    await expect(keychain.enable()).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(fs.access(storePath)).rejects.toThrow();
  });

  it('takes the slot out again when the key cannot be stored', async () => {
    const blocker = path.join(dir, 'not-a-directory');
    await fs.writeFile(blocker, 'x');
    const backend = fakeBackend();
    const keychain = createKeychain({ platform: 'linux', safeStorage: fakeSafeStorage(), invoke: backend.invoke, storePath: path.join(blocker, 'device-keys.json') });
    await expect(keychain.enable()).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(backend.calls.map((call) => call.procedure)).toEqual(['workspace.status', 'workspace.device.enable', 'workspace.device.disable']);
  });

  it('disables: backend slot removed, stored key deleted', async () => {
    const backend = fakeBackend();
    const keychain = createKeychain({ platform: 'linux', safeStorage: fakeSafeStorage(), invoke: backend.invoke, storePath });
    await keychain.enable();
    await expect(keychain.disable()).resolves.toMatchObject({ ok: true });
    expect(JSON.parse(await fs.readFile(storePath, 'utf8')).workspaces).toEqual({});
    await expect(keychain.unlock('/w/Acme.custos')).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('treats a key the keychain cannot decrypt, or a damaged store, as unavailable', async () => {
    const backend = fakeBackend();
    const keychain = createKeychain({
      platform: 'win32',
      safeStorage: fakeSafeStorage({
        decryptString: () => {
          throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
        },
      }),
      invoke: backend.invoke,
      storePath,
    });
    await keychain.enable();
    await expect(keychain.unlock('/w/Acme.custos')).resolves.toMatchObject({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE' } });

    await fs.writeFile(storePath, '{ not json');
    await expect(keychain.unlock('/w/Acme.custos')).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expect(keychain.enabledFor('/w/Acme.custos')).resolves.toBe(false);
    expect(backend.calls.some((call) => call.procedure === 'workspace.open')).toBe(false);
  });
});
