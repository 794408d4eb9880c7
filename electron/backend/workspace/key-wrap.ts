// Key derivation and key wrapping for key slots. Passphrases go through scrypt (memory-hard, in
// Node's crypto, parameters recorded per slot); the wrap is AES-256-GCM with the slot's identity as
// associated data, so a slot cannot be moved to another workspace or relabelled unnoticed.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt, timingSafeEqual, createHmac } from 'node:crypto';
import { z } from 'zod';

/** log2(N) for scrypt. 2^17 with r=8 uses 128 MiB and takes a few hundred ms: the unlock budget. */
export const DEFAULT_SCRYPT_LOG_N = 17;

export const scryptParamsSchema = z.object({
  algorithm: z.literal('scrypt'),
  logN: z.number().int().min(10).max(22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string().min(16).max(128),
  keyLength: z.literal(32),
});
export type ScryptParams = z.infer<typeof scryptParamsSchema>;

export const deviceKdfSchema = z.object({
  algorithm: z.literal('hkdf-sha256'),
  salt: z.string().min(16).max(128),
});
export type DeviceKdf = z.infer<typeof deviceKdfSchema>;

export const wrappedKeySchema = z.object({
  algorithm: z.literal('aes-256-gcm'),
  iv: z.string().min(16).max(32),
  ciphertext: z.string().min(40).max(64),
  tag: z.string().min(20).max(32),
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

export function newScryptParams(logN: number = DEFAULT_SCRYPT_LOG_N): ScryptParams {
  return { algorithm: 'scrypt', logN, r: 8, p: 1, salt: randomBytes(16).toString('base64'), keyLength: 32 };
}

export function deriveFromPassphrase(passphrase: string, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.logN;
  // scrypt needs 128 * N * r bytes; allow that plus headroom.
  const maxmem = 128 * N * params.r * 2 + 32 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFKC'), Buffer.from(params.salt, 'base64'), params.keyLength, { N, r: params.r, p: params.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export function deriveFromDeviceKey(deviceKeyHex: string, kdf: DeviceKdf): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(deviceKeyHex, 'hex'), Buffer.from(kdf.salt, 'base64'), 'custos device key slot', 32));
}

export function wrapKey(kek: Buffer, dataKey: Buffer, aad: string): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { algorithm: 'aes-256-gcm', iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** Returns the data key, or null when the KEK is wrong (or the slot was altered). */
export function unwrapKey(kek: Buffer, wrapped: WrappedKey, aad: string): Buffer | null {
  try {
    // A fixed tag length: without it GCM also accepts a truncated tag (down to 4 bytes).
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

/** A public, non-secret fingerprint of a data key, used to tell which slots belong to which key. */
export function keyId(dataKey: Buffer): string {
  return createHmac('sha256', dataKey).update('custos key id v1').digest('hex').slice(0, 16);
}

export function sameKey(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
