// keyring.json: the key slots of one workspace. Each slot wraps the same data key with a key
// derived from one secret (a passphrase, or a device key held by the OS keychain). The file holds
// no secret in clear; it is written atomically (temp file, fsync, rename).
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../../shared/contract';
import {
  deriveFromDeviceKey,
  deriveFromPassphrase,
  deviceKdfSchema,
  keyId,
  newScryptParams,
  scryptParamsSchema,
  unwrapKey,
  wrapKey,
  wrappedKeySchema,
} from './key-wrap';
import { randomBytes } from 'node:crypto';

export const KEYRING_FILE = 'keyring.json';
export const KEYRING_FORMAT = 'custos-keyring';
export const KEYRING_VERSION = 1;

const passphraseSlotSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.literal('passphrase'),
  createdAt: z.string(),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  kdf: scryptParamsSchema,
  wrap: wrappedKeySchema,
});
const deviceSlotSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.literal('device'),
  createdAt: z.string(),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  kdf: deviceKdfSchema,
  wrap: wrappedKeySchema,
});
export const keySlotSchema = z.discriminatedUnion('kind', [passphraseSlotSchema, deviceSlotSchema]);
export type KeySlot = z.infer<typeof keySlotSchema>;
export type PassphraseSlot = z.infer<typeof passphraseSlotSchema>;

export const keyringSchema = z.object({
  format: z.literal(KEYRING_FORMAT),
  version: z.number().int().min(1),
  workspaceId: z.string().uuid(),
  slots: z.array(keySlotSchema).min(1).max(16),
});
export type Keyring = z.infer<typeof keyringSchema>;

function slotAad(workspaceId: string, slot: Pick<KeySlot, 'id' | 'kind' | 'keyId'>): string {
  return `${KEYRING_FORMAT}|v${KEYRING_VERSION}|${workspaceId}|${slot.id}|${slot.kind}|${slot.keyId}`;
}

export async function createPassphraseSlot(workspaceId: string, dataKey: Buffer, passphrase: string, now: Date, logN?: number): Promise<PassphraseSlot> {
  const kdf = newScryptParams(logN);
  const kek = await deriveFromPassphrase(passphrase, kdf);
  const header = { id: randomUUID(), kind: 'passphrase' as const, keyId: keyId(dataKey) };
  const wrap = wrapKey(kek, dataKey, slotAad(workspaceId, header));
  kek.fill(0);
  return { ...header, createdAt: now.toISOString(), kdf, wrap };
}

export function createDeviceSlot(workspaceId: string, dataKey: Buffer, deviceKeyHex: string, now: Date): KeySlot {
  const kdf = { algorithm: 'hkdf-sha256' as const, salt: randomBytes(16).toString('base64') };
  const kek = deriveFromDeviceKey(deviceKeyHex, kdf);
  const header = { id: randomUUID(), kind: 'device' as const, keyId: keyId(dataKey) };
  const wrap = wrapKey(kek, dataKey, slotAad(workspaceId, header));
  kek.fill(0);
  return { ...header, createdAt: now.toISOString(), kdf, wrap };
}

/** Tries every passphrase slot; returns the keys that the passphrase opens (usually one). */
export async function unwrapWithPassphrase(keyring: Keyring, passphrase: string): Promise<Buffer[]> {
  const keys: Buffer[] = [];
  for (const slot of keyring.slots) {
    if (slot.kind !== 'passphrase') continue;
    const kek = await deriveFromPassphrase(passphrase, slot.kdf);
    const key = unwrapKey(kek, slot.wrap, slotAad(keyring.workspaceId, slot));
    kek.fill(0);
    if (key) keys.push(key);
  }
  return keys;
}

export function unwrapWithDeviceKey(keyring: Keyring, deviceKeyHex: string): Buffer[] {
  const keys: Buffer[] = [];
  for (const slot of keyring.slots) {
    if (slot.kind !== 'device') continue;
    const kek = deriveFromDeviceKey(deviceKeyHex, slot.kdf);
    const key = unwrapKey(kek, slot.wrap, slotAad(keyring.workspaceId, slot));
    kek.fill(0);
    if (key) keys.push(key);
  }
  return keys;
}

export function readKeyring(path: string): Keyring {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('KEYRING_MISSING', 'keyring.json is missing', { file: KEYRING_FILE });
    throw new AppError('KEYRING_CORRUPT', 'keyring.json cannot be read', { file: KEYRING_FILE, reason: 'unreadable' });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('KEYRING_CORRUPT', 'keyring.json is not valid JSON (truncated or damaged)', { file: KEYRING_FILE, reason: 'not_json' });
  }
  if (typeof json === 'object' && json !== null && 'version' in json && typeof json.version === 'number' && json.version > KEYRING_VERSION) {
    throw new AppError('WORKSPACE_TOO_NEW', 'keyring.json was written by a newer version', { file: KEYRING_FILE, found: json.version, supported: KEYRING_VERSION });
  }
  const parsed = keyringSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('KEYRING_CORRUPT', `keyring.json is damaged at ${first?.path.join('.') ?? '?'}`, {
      file: KEYRING_FILE,
      reason: 'schema',
      field: first?.path.join('.') ?? '',
    });
  }
  return parsed.data;
}

/** Writes the file whole or not at all: temp file in the same folder, fsync, rename over. */
export function writeFileAtomic(path: string, content: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

export function writeKeyring(path: string, keyring: Keyring): void {
  writeFileAtomic(path, `${JSON.stringify(keyringSchema.parse(keyring), null, 2)}\n`);
}

export function slotInfo(slot: KeySlot): { id: string; kind: KeySlot['kind']; createdAt: string; kdf: string } {
  const kdf = slot.kind === 'passphrase' ? `scrypt N=2^${slot.kdf.logN} r=${slot.kdf.r} p=${slot.kdf.p}` : 'hkdf-sha256 (device keychain)';
  return { id: slot.id, kind: slot.kind, createdAt: slot.createdAt, kdf };
}
