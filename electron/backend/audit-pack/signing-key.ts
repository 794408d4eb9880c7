// The workspace's Ed25519 signing key (made by migration 014, private half only in the encrypted
// database) and the keyed hash that turns personal data into stable pseudonyms for --redact.
import { createHash, createHmac, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import type { PackContext } from './pack-types';
import type { Db } from '../workspace/sqlcipher';

interface PackKeysRow {
  signing_public_pem: string;
  signing_private_der: Buffer;
  pseudonym_key: Buffer;
  created_at: string;
}

export interface PublicSigningKey {
  publicKeyPem: string;
  fingerprint: string;
  createdAt: string;
}

function keysRow(db: Db): PackKeysRow {
  const row = db.prepare('SELECT signing_public_pem, signing_private_der, pseudonym_key, created_at FROM pack_keys WHERE id = 1').get() as PackKeysRow | undefined;
  if (!row) throw new Error('the workspace has no signing key (migration 014 has not run)');
  return row;
}

/** SHA-256 of the public key's SPKI DER, lower-case hex. */
export function keyFingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex');
}

export function readPublicSigningKey(db: Db): PublicSigningKey {
  const row = keysRow(db);
  return { publicKeyPem: row.signing_public_pem, fingerprint: keyFingerprint(row.signing_public_pem), createdAt: row.created_at };
}

/** Signs bytes with the workspace's private key (Ed25519, no pre-hash); the key leaves memory with the object. */
export function signWithWorkspaceKey(db: Db, data: Buffer): Buffer {
  const row = keysRow(db);
  const privateKey: KeyObject = createPrivateKey({ key: row.signing_private_der, format: 'der', type: 'pkcs8' });
  return sign(null, data, privateKey);
}

/**
 * The pseudonym function of a pack context. Without redaction it returns the value unchanged. With
 * it, the same value (trimmed; e-mail addresses case-insensitively) always gives the same pseudonym,
 * whichever register it appears in, in every pack of this workspace, `P-` and 8 hex digits of HMAC-SHA-256 under the workspace's
 * pseudonym key; an empty value stays empty.
 */
export function pseudonymizer(db: Db, redact: boolean): PackContext['pseudonym'] {
  if (!redact) return (_kind, value) => value;
  const key = keysRow(db).pseudonym_key;
  const cache = new Map<string, string>();
  return (kind, value) => {
    const normal = kind === 'email' ? value.trim().toLowerCase() : value.trim().replace(/\s+/g, ' ');
    if (normal === '') return '';
    let pseudonym = cache.get(normal);
    if (pseudonym === undefined) {
      pseudonym = `P-${createHmac('sha256', key).update(normal, 'utf8').digest('hex').slice(0, 8)}`;
      cache.set(normal, pseudonym);
    }
    return pseudonym;
  };
}
