import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract';
import {
  createDeviceSlot,
  createPassphraseSlot,
  KEYRING_FILE,
  KEYRING_FORMAT,
  KEYRING_VERSION,
  readKeyring,
  slotInfo,
  unwrapWithDeviceKey,
  unwrapWithPassphrase,
  writeFileAtomic,
  writeKeyring,
  type Keyring,
} from '../../../electron/backend/workspace/keyring';
import { makeTempDir, PASSPHRASE, OTHER_PASSPHRASE } from '../../support/backend';

const NOW = new Date('2025-03-04T05:06:07.000Z');

function readError(path: string): AppError {
  try {
    readKeyring(path);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('readKeyring unexpectedly succeeded');
}

let dir: string;
let path: string;
let dataKey: Buffer;
let keyring: Keyring;

beforeEach(async () => {
  dir = makeTempDir('custos-keyring-');
  path = join(dir, KEYRING_FILE);
  dataKey = randomBytes(32);
  const workspaceId = randomUUID();
  keyring = { format: KEYRING_FORMAT, version: KEYRING_VERSION, workspaceId, slots: [await createPassphraseSlot(workspaceId, dataKey, PASSPHRASE, NOW, 10)] };
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeKeyring / readKeyring', () => {
  it('round-trips and holds no secret in clear', () => {
    writeKeyring(path, keyring);
    expect(readKeyring(path)).toEqual(keyring);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(dataKey.toString('hex'));
    expect(text).not.toContain(dataKey.toString('base64'));
    expect(text).not.toContain(PASSPHRASE);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes atomically: no temp file is left beside it, and the file is private', () => {
    writeKeyring(path, keyring);
    writeKeyring(path, { ...keyring, slots: [...keyring.slots] });
    expect(readdirSync(dir)).toEqual([KEYRING_FILE]);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o077).toBe(0);
  });

  it('refuses to write an invalid keyring and leaves the old file and no temp file', () => {
    writeKeyring(path, keyring);
    const before = readFileSync(path, 'utf8');
    expect(() => writeKeyring(path, { ...keyring, slots: [] })).toThrow();
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual([KEYRING_FILE]);
  });

  it('writeFileAtomic replaces the whole content', () => {
    writeFileAtomic(path, 'x'.repeat(10_000));
    writeFileAtomic(path, 'short');
    expect(readFileSync(path, 'utf8')).toBe('short');
    expect(readdirSync(dir)).toEqual([KEYRING_FILE]);
  });
});

describe('readKeyring errors', () => {
  it('missing → KEYRING_MISSING naming the file', () => {
    const error = readError(path);
    expect(error.code).toBe('KEYRING_MISSING');
    expect(error.details?.file).toBe(KEYRING_FILE);
  });

  it('a folder where the file should be → KEYRING_CORRUPT unreadable', () => {
    mkdirSync(path);
    const error = readError(path);
    expect(error.code).toBe('KEYRING_CORRUPT');
    expect(error.details?.reason).toBe('unreadable');
  });

  it.runIf(process.platform !== 'win32' && process.getuid?.() !== 0)('a file without read permission → KEYRING_CORRUPT unreadable', () => {
    writeKeyring(path, keyring);
    chmodSync(path, 0o000);
    expect(readError(path).details?.reason).toBe('unreadable');
  });

  it('truncated JSON → KEYRING_CORRUPT, reason not_json', () => {
    writeKeyring(path, keyring);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
    const error = readError(path);
    expect(error.code).toBe('KEYRING_CORRUPT');
    expect(error.details).toMatchObject({ file: KEYRING_FILE, reason: 'not_json' });
  });

  it('an empty file → KEYRING_CORRUPT, reason not_json', () => {
    writeFileSync(path, '');
    expect(readError(path).details?.reason).toBe('not_json');
  });

  it.each<[string, (k: Record<string, unknown>) => unknown, string]>([
    ['wrong format', (k) => ({ ...k, format: 'something-else' }), 'format'],
    ['workspaceId not a uuid', (k) => ({ ...k, workspaceId: 'abc' }), 'workspaceId'],
    ['no slots', (k) => ({ ...k, slots: [] }), 'slots'],
    ['slot without wrap', (k) => ({ ...k, slots: [{ ...(k.slots as Record<string, unknown>[])[0], wrap: undefined }] }), 'slots.0.wrap'],
    ['scrypt cost out of range', (k) => ({ ...k, slots: [{ ...(k.slots as Record<string, unknown>[])[0], kdf: { ...((k.slots as Record<string, Record<string, unknown>>[])[0]!.kdf), logN: 40 } }] }), 'slots.0.kdf.logN'],
    ['bad keyId', (k) => ({ ...k, slots: [{ ...(k.slots as Record<string, unknown>[])[0], keyId: 'XYZ' }] }), 'slots.0.keyId'],
    ['version not a number', (k) => ({ ...k, version: '1' }), 'version'],
  ])('schema damage (%s) → KEYRING_CORRUPT naming the field', (_label, damage, field) => {
    writeKeyring(path, keyring);
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify(damage(json)));
    const error = readError(path);
    expect(error.code).toBe('KEYRING_CORRUPT');
    expect(error.details).toMatchObject({ file: KEYRING_FILE, reason: 'schema', field });
    expect(error.message).toContain(field);
  });

  it.each([null, 42, 'text', []])('JSON that is not an object (%j) → KEYRING_CORRUPT', (value) => {
    writeFileSync(path, JSON.stringify(value));
    expect(readError(path).code).toBe('KEYRING_CORRUPT');
  });

  it('a newer version → WORKSPACE_TOO_NEW with found and supported', () => {
    writeFileSync(path, JSON.stringify({ ...keyring, version: KEYRING_VERSION + 1, slots: 'whatever a future version stores' }));
    const error = readError(path);
    expect(error.code).toBe('WORKSPACE_TOO_NEW');
    expect(error.details).toMatchObject({ file: KEYRING_FILE, found: KEYRING_VERSION + 1, supported: KEYRING_VERSION });
  });
});

describe('slots', () => {
  it('a passphrase slot opens with its passphrase only and records its KDF', async () => {
    const [slot] = keyring.slots;
    expect(slot!.kind).toBe('passphrase');
    if (slot!.kind === 'passphrase') expect(slot!.kdf).toMatchObject({ algorithm: 'scrypt', logN: 10, r: 8, p: 1, keyLength: 32 });
    expect(slot!.createdAt).toBe(NOW.toISOString());
    const keys = await unwrapWithPassphrase(keyring, PASSPHRASE);
    expect(keys).toHaveLength(1);
    expect(keys[0]!.equals(dataKey)).toBe(true);
    expect(await unwrapWithPassphrase(keyring, OTHER_PASSPHRASE)).toEqual([]);
    expect(slotInfo(slot!).kdf).toBe('scrypt N=2^10 r=8 p=1');
  });

  it('a slot moved to another workspace no longer opens (workspace id is authenticated)', async () => {
    const moved: Keyring = { ...keyring, workspaceId: randomUUID() };
    expect(await unwrapWithPassphrase(moved, PASSPHRASE)).toEqual([]);
  });

  it('a relabelled slot no longer opens (slot id and key id are authenticated)', async () => {
    const slot = keyring.slots[0]!;
    expect(await unwrapWithPassphrase({ ...keyring, slots: [{ ...slot, id: randomUUID() }] }, PASSPHRASE)).toEqual([]);
    expect(await unwrapWithPassphrase({ ...keyring, slots: [{ ...slot, keyId: '0000000000000000' }] }, PASSPHRASE)).toEqual([]);
  });

  it('a device slot opens with its device key only, and passphrase unwrapping ignores it', async () => {
    const deviceKey = randomBytes(32).toString('hex');
    const device = createDeviceSlot(keyring.workspaceId, dataKey, deviceKey, NOW);
    const both: Keyring = { ...keyring, slots: [...keyring.slots, device] };
    writeKeyring(path, both);
    const reread = readKeyring(path);
    expect(unwrapWithDeviceKey(reread, deviceKey).map((k) => k.equals(dataKey))).toEqual([true]);
    expect(unwrapWithDeviceKey(reread, randomBytes(32).toString('hex'))).toEqual([]);
    expect(await unwrapWithPassphrase(reread, PASSPHRASE)).toHaveLength(1);
    expect(slotInfo(device).kdf).toContain('hkdf-sha256');
  });
});
