// Checks an audit pack without trusting anything in it but the key: the Ed25519 signature in
// manifest.sig over the exact bytes of manifest.json against signing-key.pem (and, when given, a
// pinned key or fingerprint), then every file the manifest lists (present, size, SHA-256) and no file
// it does not list. The ZIP is read entry by entry as a stream, never whole.
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { open, type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../../shared/contract';
import type { PackProblem, PackVerifyResult } from '../../../shared/contract/areas/packs';
import { MANIFEST_PATH, parseManifest, PUBLIC_KEY_PATH, SIGNATURE_PATH, UNLISTED_PATHS } from './manifest';
import { keyFingerprint } from './signing-key';

/** The manifest, signature and key are read into memory; anything larger is not a pack of ours. */
const SMALL_ENTRY_LIMIT = 256 * 1024 * 1024;

export interface VerifyOptions {
  /** Pin the key: the SPKI PEM the signature must verify under. */
  publicKeyPem?: string;
  /** Or its fingerprint (SHA-256 of the SPKI DER, hex). */
  fingerprint?: string;
  onProgress?(done: number, total: number): void;
}

interface ReadEntry {
  size: number;
  sha256: string;
  /** Kept for the manifest, the signature and the key. */
  bytes: Buffer | null;
  error: string | null;
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    open(file, { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) reject(new AppError('PACK_UNREADABLE', `${file} is not a readable ZIP file: ${error?.message ?? 'unknown'}`, { file }));
      else resolve(zip);
    });
  });
}

function readEntry(zip: ZipFile, entry: Entry, keep: boolean, onBytes: (n: number) => void): Promise<ReadEntry> {
  return new Promise((resolve) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        resolve({ size: 0, sha256: '', bytes: null, error: error?.message ?? 'unreadable' });
        return;
      }
      const hash = createHash('sha256');
      const kept: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        size += chunk.length;
        onBytes(chunk.length);
        if (keep && size <= SMALL_ENTRY_LIMIT) kept.push(chunk);
      });
      stream.on('error', (streamError: Error) => resolve({ size, sha256: '', bytes: null, error: streamError.message }));
      stream.on('end', () => resolve({ size, sha256: hash.digest('hex'), bytes: keep && size <= SMALL_ENTRY_LIMIT ? Buffer.concat(kept) : null, error: null }));
    });
  });
}

/** Every entry of the ZIP, hashed as it streams past. Duplicate names are reported by the caller. */
async function readAll(file: string, onProgress?: (done: number, total: number) => void): Promise<{ entries: Map<string, ReadEntry>; duplicates: string[] }> {
  const zip = await openZip(file);
  const entries = new Map<string, ReadEntry>();
  const duplicates: string[] = [];
  let done = 0;
  let total = 0;
  return new Promise((resolve, reject) => {
    zip.on('error', (error: Error) => reject(new AppError('PACK_UNREADABLE', `${file} is damaged: ${error.message}`, { file })));
    zip.on('end', () => resolve({ entries, duplicates }));
    zip.on('entry', (entry: Entry) => {
      total += entry.uncompressedSize;
      if (entry.fileName.endsWith('/')) {
        zip.readEntry();
        return;
      }
      const keep = UNLISTED_PATHS.has(entry.fileName);
      readEntry(zip, entry, keep, (n) => {
        done += n;
        onProgress?.(done, total);
      }).then(
        (read) => {
          if (entries.has(entry.fileName)) duplicates.push(entry.fileName);
          else entries.set(entry.fileName, read);
          zip.readEntry();
        },
        reject,
      );
    });
    zip.readEntry();
  });
}

function publicKeyOf(pem: string): KeyObject | null {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

export async function verifyPack(file: string, options: VerifyOptions = {}): Promise<PackVerifyResult> {
  const { entries, duplicates } = await readAll(file, options.onProgress);
  const problems: PackProblem[] = duplicates.map((path) => ({ path, kind: 'extra', actual: 'duplicate entry' }));

  // The key and the signature.
  const pemBytes = entries.get(PUBLIC_KEY_PATH)?.bytes ?? null;
  const key = pemBytes ? publicKeyOf(pemBytes.toString('ascii')) : null;
  const fingerprint = key && pemBytes ? keyFingerprint(pemBytes.toString('ascii')) : '';
  const manifestBytes = entries.get(MANIFEST_PATH)?.bytes ?? null;
  const signatureBytes = entries.get(SIGNATURE_PATH)?.bytes ?? null;
  if (!pemBytes) problems.push({ path: PUBLIC_KEY_PATH, kind: 'missing' });
  else if (!key) problems.push({ path: PUBLIC_KEY_PATH, kind: 'signature', expected: 'an Ed25519 public key (SPKI PEM)', actual: 'unreadable' });
  if (!signatureBytes) problems.push({ path: SIGNATURE_PATH, kind: 'missing' });
  if (!manifestBytes) problems.push({ path: MANIFEST_PATH, kind: 'missing' });

  let pinned = options.fingerprint?.toLowerCase();
  if (options.publicKeyPem !== undefined) {
    if (!publicKeyOf(options.publicKeyPem)) throw new AppError('INVALID_INPUT', 'the pinned key is not an Ed25519 public key (SPKI PEM)', { issues: [{ path: ['publicKeyPem'], code: 'custom', message: 'not an Ed25519 public key' }] });
    pinned = keyFingerprint(options.publicKeyPem);
  }
  if (pinned !== undefined && fingerprint !== pinned) problems.push({ path: PUBLIC_KEY_PATH, kind: 'signature', expected: pinned, actual: fingerprint || 'none' });

  if (key && manifestBytes && signatureBytes) {
    const signature = Buffer.from(signatureBytes.toString('ascii').trim(), 'base64');
    let valid = false;
    try {
      valid = verify(null, manifestBytes, key, signature);
    } catch {
      valid = false;
    }
    if (!valid) problems.push({ path: SIGNATURE_PATH, kind: 'signature', expected: `a valid Ed25519 signature of ${MANIFEST_PATH} by key ${fingerprint}`, actual: 'invalid' });
  }

  // The files.
  let fileCount = 0;
  if (manifestBytes) {
    let manifest: ReturnType<typeof parseManifest> | null = null;
    try {
      manifest = parseManifest(manifestBytes);
    } catch (error) {
      problems.push({ path: MANIFEST_PATH, kind: 'manifest', actual: (error as Error).message });
    }
    if (manifest) {
      fileCount = manifest.files.length;
      if (fingerprint !== '' && manifest.keyFingerprint !== fingerprint) {
        problems.push({ path: PUBLIC_KEY_PATH, kind: 'manifest', expected: manifest.keyFingerprint, actual: fingerprint });
      }
      const listed = new Set<string>();
      for (const expected of manifest.files) {
        if (listed.has(expected.path) || UNLISTED_PATHS.has(expected.path)) {
          problems.push({ path: expected.path, kind: 'manifest', actual: 'listed twice or reserved' });
          continue;
        }
        listed.add(expected.path);
        const actual = entries.get(expected.path);
        if (!actual) problems.push({ path: expected.path, kind: 'missing', expected: expected.sha256 });
        else if (actual.error !== null) problems.push({ path: expected.path, kind: 'hash', expected: expected.sha256, actual: `unreadable: ${actual.error}` });
        else if (actual.size !== expected.size) problems.push({ path: expected.path, kind: 'size', expected: String(expected.size), actual: String(actual.size) });
        else if (actual.sha256 !== expected.sha256) problems.push({ path: expected.path, kind: 'hash', expected: expected.sha256, actual: actual.sha256 });
      }
      for (const [path, actual] of entries) {
        if (!listed.has(path) && !UNLISTED_PATHS.has(path)) problems.push({ path, kind: 'extra', actual: actual.sha256 });
      }
    }
  }
  return { ok: problems.length === 0, fileCount, problems, keyFingerprint: fingerprint };
}
