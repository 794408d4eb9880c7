// The backup file: a POSIX tar (ustar) archive, so any tar tool can unpack it, holding three
// entries in this order:
//   workspace.db   the SQLCipher 4 database snapshot, encrypted with the workspace's data key
//   keyring.json   the key slots (no secret in clear; absent if the workspace had none)
//   manifest.json  non-sensitive facts: workspace id, schema and app versions, time, and the size
//                  and SHA-256 of each other entry
// The manifest comes last so the archive is written in one pass; readers find it from the headers,
// which give every entry's size, without reading the database.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../../shared/contract';

export const BACKUP_EXTENSION = '.custos-backup';
export const BACKUP_FORMAT = 'custos-workspace-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const DB_ENTRY = 'workspace.db';
export const KEYRING_ENTRY = 'keyring.json';
export const MANIFEST_ENTRY = 'manifest.json';

const BLOCK = 512;
/** ustar's 11 octal digits of size. */
const MAX_ENTRY_BYTES = 8 ** 11 - 1;

export const manifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int().min(1),
    workspaceId: z.string().uuid(),
    schemaVersion: z.number().int().min(0),
    appVersion: z.string().max(100),
    createdAt: z.string().datetime({ offset: true }),
    cipher: z.literal('sqlcipher4'),
    files: z
      .array(z.object({ name: z.enum([DB_ENTRY, KEYRING_ENTRY]), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict())
      .min(1)
      .max(2),
  })
  .strict();
export type BackupManifest = z.infer<typeof manifestSchema>;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

/** A ustar header block for a regular file. */
export function tarHeader(name: string, size: number, mtime: Date): Buffer {
  if (size > MAX_ENTRY_BYTES) throw new Error(`${name} is too large for the backup format`);
  const header = Buffer.alloc(BLOCK, 0);
  header.write(name, 0, 100, 'utf8');
  header.write(octal(0o600, 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii');
  header.write(octal(0, 8), 116, 'ascii');
  header.write(octal(size, 12), 124, 'ascii');
  header.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'ascii');
  header.write('        ', 148, 'ascii');
  header.write('0', 156, 'ascii');
  header.write('ustar\u000000', 257, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return header;
}

export function paddingFor(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest, 0);
}

/** Two zero blocks end a tar archive. */
export const TAR_END = Buffer.alloc(BLOCK * 2, 0);

export interface ArchiveEntry {
  name: string;
  /** Where the entry's content starts in the file. */
  offset: number;
  bytes: number;
}

export interface ArchiveIndex {
  entries: Map<string, ArchiveEntry>;
  manifest: BackupManifest;
  fileBytes: number;
}

/** `part` names what is wrong: an entry (workspace.db, manifest.json) or a place in the file. */
function damaged(file: string, reason: string, part: string): AppError {
  return new AppError('BACKUP_DAMAGED', `${file} is not a usable Custos backup (${reason}: ${part})`, { file, reason, part });
}

function parseHeader(block: Buffer, file: string, at: number): { name: string; size: number } | null {
  if (block.every((byte) => byte === 0)) return null;
  const stored = Number.parseInt(block.toString('ascii', 148, 156).replace(/\0.*$/, '').trim(), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!;
  if (stored !== sum || block.toString('ascii', 257, 262) !== 'ustar') throw damaged(file, 'header', `tar header at byte ${at}`);
  const name = block.toString('utf8', 0, 100).replace(/\0.*$/s, '');
  const size = Number.parseInt(block.toString('ascii', 124, 136).replace(/\0.*$/, '').trim(), 8);
  if (!Number.isSafeInteger(size) || size < 0) throw damaged(file, 'header', name);
  return { name, size };
}

/**
 * Reads the archive's headers (seeking past contents) and its manifest. Refuses anything that is
 * not exactly the entries a backup has, so nothing unexpected is ever unpacked.
 */
export function readArchiveIndex(file: string): ArchiveIndex {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new AppError('BACKUP_UNREADABLE', `${file} cannot be read`, { file });
  }
  try {
    const fileBytes = fstatSync(fd).size;
    const entries = new Map<string, ArchiveEntry>();
    const block = Buffer.alloc(BLOCK);
    let at = 0;
    for (;;) {
      if (at + BLOCK > fileBytes) throw damaged(file, 'truncated', `byte ${at}`);
      readSync(fd, block, 0, BLOCK, at);
      const header = parseHeader(block, file, at);
      if (!header) break;
      if (![DB_ENTRY, KEYRING_ENTRY, MANIFEST_ENTRY].includes(header.name) || entries.has(header.name)) throw damaged(file, 'unexpected_entry', header.name.slice(0, 100));
      const offset = at + BLOCK;
      if (offset + header.size > fileBytes) throw damaged(file, 'truncated', header.name);
      entries.set(header.name, { name: header.name, offset, bytes: header.size });
      at = offset + header.size + paddingFor(header.size).length;
    }
    const manifestEntry = entries.get(MANIFEST_ENTRY);
    if (!manifestEntry || manifestEntry.bytes > 64 * 1024) throw damaged(file, 'manifest', MANIFEST_ENTRY);
    const text = Buffer.alloc(manifestEntry.bytes);
    readSync(fd, text, 0, manifestEntry.bytes, manifestEntry.offset);
    let json: unknown;
    try {
      json = JSON.parse(text.toString('utf8'));
    } catch {
      throw damaged(file, 'manifest', MANIFEST_ENTRY);
    }
    if (typeof json === 'object' && json !== null && 'formatVersion' in json && typeof json.formatVersion === 'number' && json.formatVersion > BACKUP_FORMAT_VERSION) {
      throw new AppError('WORKSPACE_TOO_NEW', `${file} was written by a newer version`, { file, found: json.formatVersion, supported: BACKUP_FORMAT_VERSION });
    }
    const parsed = manifestSchema.safeParse(json);
    if (!parsed.success) throw damaged(file, 'manifest', MANIFEST_ENTRY);
    const manifest = parsed.data;
    for (const listed of manifest.files) {
      const entry = entries.get(listed.name);
      if (!entry) throw damaged(file, 'missing_entry', listed.name);
      if (entry.bytes !== listed.bytes) throw damaged(file, 'size', listed.name);
    }
    if (!manifest.files.some((f) => f.name === DB_ENTRY)) throw damaged(file, 'missing_entry', DB_ENTRY);
    for (const name of entries.keys()) {
      if (name !== MANIFEST_ENTRY && !manifest.files.some((f) => f.name === name)) throw damaged(file, 'unexpected_entry', name);
    }
    return { entries, manifest, fileBytes };
  } finally {
    closeSync(fd);
  }
}
