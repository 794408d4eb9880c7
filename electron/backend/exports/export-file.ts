// Hands an exported file to the caller: written to the path the user chose (a save dialog in the
// app, --out on the command line) or returned as base64 for a browser download.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError, type ExportResult } from '../../../shared/contract';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes `content` to `target` through a temporary file in the same folder and a rename, so the
 * destination holds either its old content or the whole new file, never half of one. The folder
 * must exist: a mistyped path is refused rather than silently created.
 */
export function writeFileAtomically(target: string, content: Buffer): void {
  const folder = dirname(target);
  if (!isDirectory(folder)) throw new AppError('NOT_FOUND', 'the destination folder does not exist', { file: folder });
  const temporary = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = openSync(temporary, 'wx', 0o644);
  try {
    let written = 0;
    while (written < content.length) written += writeSync(fd, content, written, content.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Delivers an export. A `destination` that is an existing folder receives the file under its
 * suggested name; any other destination is the file's full path.
 */
export function deliverExport(file: ExportFile, destination: string | undefined): ExportResult {
  const result = { fileName: file.fileName, mimeType: file.mimeType, bytes: file.content.length };
  if (destination === undefined) return { ...result, base64: file.content.toString('base64') };
  const absolute = resolve(destination);
  const target = isDirectory(absolute) ? join(absolute, file.fileName) : absolute;
  writeFileAtomically(target, file.content);
  return { ...result, path: target };
}
