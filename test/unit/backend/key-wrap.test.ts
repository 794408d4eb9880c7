import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCRYPT_LOG_N,
  deriveFromDeviceKey,
  deriveFromPassphrase,
  keyId,
  newScryptParams,
  sameKey,
  scryptParamsSchema,
  unwrapKey,
  wrapKey,
  wrappedKeySchema,
  type WrappedKey,
} from '../../../electron/backend/workspace/key-wrap';

const AAD = 'custos-keyring|v1|ws|slot|passphrase|0123456789abcdef';

/** Flips one bit of a base64 field. */
function flip(base64: string, byte = 0): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[byte] = bytes[byte]! ^ 0x01;
  return bytes.toString('base64');
}

describe('wrapKey / unwrapKey', () => {
  const kek = randomBytes(32);
  const dataKey = randomBytes(32);

  it('round-trips the data key', () => {
    const wrapped = wrapKey(kek, dataKey, AAD);
    expect(wrappedKeySchema.safeParse(wrapped).success).toBe(true);
    expect(wrapped.algorithm).toBe('aes-256-gcm');
    expect(Buffer.from(wrapped.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(wrapped.tag, 'base64')).toHaveLength(16);
    expect(Buffer.from(wrapped.ciphertext, 'base64')).toHaveLength(32);
    const unwrapped = unwrapKey(kek, wrapped, AAD);
    expect(unwrapped).not.toBeNull();
    expect(unwrapped!.equals(dataKey)).toBe(true);
  });

  it('never stores the data key in clear and uses a fresh IV each time', () => {
    const a = wrapKey(kek, dataKey, AAD);
    const b = wrapKey(kek, dataKey, AAD);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(Buffer.from(a.ciphertext, 'base64').equals(dataKey)).toBe(false);
    expect(JSON.stringify(a)).not.toContain(dataKey.toString('hex'));
    expect(JSON.stringify(a)).not.toContain(dataKey.toString('base64'));
  });

  it('returns null for a wrong KEK', () => {
    const wrapped = wrapKey(kek, dataKey, AAD);
    expect(unwrapKey(randomBytes(32), wrapped, AAD)).toBeNull();
  });

  it('returns null when the associated data differs', () => {
    const wrapped = wrapKey(kek, dataKey, AAD);
    expect(unwrapKey(kek, wrapped, AAD.replace('passphrase', 'device'))).toBeNull();
    expect(unwrapKey(kek, wrapped, `${AAD} `)).toBeNull();
    expect(unwrapKey(kek, wrapped, '')).toBeNull();
  });

  it.each<[string, (w: WrappedKey) => WrappedKey]>([
    ['ciphertext first byte', (w) => ({ ...w, ciphertext: flip(w.ciphertext, 0) })],
    ['ciphertext last byte', (w) => ({ ...w, ciphertext: flip(w.ciphertext, 31) })],
    ['tag', (w) => ({ ...w, tag: flip(w.tag, 5) })],
    ['iv', (w) => ({ ...w, iv: flip(w.iv, 3) })],
    ['tag truncated to 8 bytes', (w) => ({ ...w, tag: Buffer.from(w.tag, 'base64').subarray(0, 8).toString('base64') })],
    ['tag truncated to 15 bytes (still passes the keyring schema)', (w) => ({ ...w, tag: Buffer.from(w.tag, 'base64').subarray(0, 15).toString('base64') })],
    ['tag truncated to 4 bytes', (w) => ({ ...w, tag: Buffer.from(w.tag, 'base64').subarray(0, 4).toString('base64') })],
    ['empty tag', (w) => ({ ...w, tag: '' })],
  ])('returns null when the %s is tampered with', (_label, tamper) => {
    const wrapped = wrapKey(kek, dataKey, AAD);
    expect(unwrapKey(kek, tamper(wrapped), AAD)).toBeNull();
  });

  it('returns null (never throws) for a KEK of the wrong size', () => {
    const wrapped = wrapKey(kek, dataKey, AAD);
    expect(unwrapKey(randomBytes(16), wrapped, AAD)).toBeNull();
  });
});

describe('scrypt parameters', () => {
  it('newScryptParams records algorithm, cost, block size, parallelism, salt and key length', () => {
    const params = newScryptParams(12);
    expect(params).toMatchObject({ algorithm: 'scrypt', logN: 12, r: 8, p: 1, keyLength: 32 });
    expect(Buffer.from(params.salt, 'base64')).toHaveLength(16);
    expect(scryptParamsSchema.safeParse(params).success).toBe(true);
    expect(newScryptParams().logN).toBe(DEFAULT_SCRYPT_LOG_N);
    expect(DEFAULT_SCRYPT_LOG_N).toBeGreaterThanOrEqual(17);
    expect(newScryptParams(12).salt).not.toBe(params.salt);
  });

  it('deriveFromPassphrase follows the recorded parameters', async () => {
    const params = newScryptParams(10);
    const a = await deriveFromPassphrase('correct horse battery staple', params);
    const b = await deriveFromPassphrase('correct horse battery staple', { ...params });
    expect(a).toHaveLength(32);
    expect(a.equals(b)).toBe(true);
    const otherSalt = await deriveFromPassphrase('correct horse battery staple', { ...params, salt: newScryptParams(10).salt });
    expect(otherSalt.equals(a)).toBe(false);
    const otherCost = await deriveFromPassphrase('correct horse battery staple', { ...params, logN: 11 });
    expect(otherCost.equals(a)).toBe(false);
    const otherR = await deriveFromPassphrase('correct horse battery staple', { ...params, r: 4 });
    expect(otherR.equals(a)).toBe(false);
    const otherPassphrase = await deriveFromPassphrase('correct horse battery stapler', params);
    expect(otherPassphrase.equals(a)).toBe(false);
  });

  it('normalises the passphrase (NFKC) so composed and decomposed accents derive the same key', async () => {
    const params = newScryptParams(10);
    const composed = await deriveFromPassphrase('caf\u00e9 cr\u00e8me br\u00fbl\u00e9e', params);
    const decomposed = await deriveFromPassphrase('cafe\u0301 cre\u0300me bru\u0302le\u0301e', params);
    expect(composed.equals(decomposed)).toBe(true);
  });

  it('the derived KEK wraps and unwraps', async () => {
    const params = newScryptParams(10);
    const dataKey = randomBytes(32);
    const wrapped = wrapKey(await deriveFromPassphrase('one passphrase here', params), dataKey, AAD);
    expect(unwrapKey(await deriveFromPassphrase('one passphrase here', params), wrapped, AAD)?.equals(dataKey)).toBe(true);
    expect(unwrapKey(await deriveFromPassphrase('another passphrase', params), wrapped, AAD)).toBeNull();
  });
});

describe('device keys and key ids', () => {
  it('deriveFromDeviceKey depends on key and salt', () => {
    const device = randomBytes(32).toString('hex');
    const kdf = { algorithm: 'hkdf-sha256' as const, salt: randomBytes(16).toString('base64') };
    const a = deriveFromDeviceKey(device, kdf);
    expect(a).toHaveLength(32);
    expect(deriveFromDeviceKey(device, kdf).equals(a)).toBe(true);
    expect(deriveFromDeviceKey(device, { ...kdf, salt: randomBytes(16).toString('base64') }).equals(a)).toBe(false);
    expect(deriveFromDeviceKey(randomBytes(32).toString('hex'), kdf).equals(a)).toBe(false);
  });

  it('keyId is a stable 16-hex fingerprint that does not reveal the key', () => {
    const key = randomBytes(32);
    expect(keyId(key)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyId(Buffer.from(key))).toBe(keyId(key));
    expect(keyId(randomBytes(32))).not.toBe(keyId(key));
    expect(key.toString('hex')).not.toContain(keyId(key));
  });

  it('sameKey compares contents and lengths', () => {
    const key = randomBytes(32);
    expect(sameKey(key, Buffer.from(key))).toBe(true);
    expect(sameKey(key, randomBytes(32))).toBe(false);
    expect(sameKey(key, key.subarray(0, 16))).toBe(false);
  });
});
