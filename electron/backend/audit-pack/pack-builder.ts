// Builds an audit pack: collects the contents, has report.pdf and index.html rendered, hashes every
// file, writes SHA256SUMS, manifest.json, its Ed25519 signature and the public key, and streams it
// all into a reproducible ZIP: entries in byte order of their paths, one fixed time (the period's
// end) and fixed attributes, already-compressed types stored, the rest deflated. Evidence is loaded
// one file at a time (only to write it when its hash is known, else once more to hash it first; what
// is written is checked against the hash), so memory stays low however large the pack. The ZIP is written under a temporary name beside the target and renamed
// only when complete: a cancelled or failed pack leaves no file behind.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { AppError } from '../../../shared/contract';
import { collectPackContents } from './contents/collect-contents';
import { renderPackIndex } from './index-html/render-index';
import { buildManifest, comparePaths, INDEX_PATH, MANIFEST_PATH, PUBLIC_KEY_PATH, REPORT_PATH, SIGNATURE_PATH, sha256Sums, SUMS_PATH } from './manifest';
import type { PackContext, PackFile, PackManifestFile } from './pack-types';
import { renderPackReport } from './report/render-report';

export interface PackSigner {
  publicKeyPem: string;
  sign(data: Buffer): Buffer;
}

export interface BuiltPack {
  path: string;
  bytes: number;
  manifestSha256: string;
  /** Files listed in the manifest. */
  fileCount: number;
  generatedAt: string;
}

/** Paths the builder writes itself; the contents may not use them. */
const BUILDER_PATHS = new Set([MANIFEST_PATH, SIGNATURE_PATH, PUBLIC_KEY_PATH, SUMS_PATH, REPORT_PATH, INDEX_PATH]);

/** Types that are compressed already: stored as they are. */
const STORED_EXTENSIONS = new Set(['pdf', 'zip', 'xlsx', 'docx', 'pptx', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'gz', 'mp4']);

const FILE_MODE = 0o100644;

function shouldCompress(path: string): boolean {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return !(path.includes('.') && STORED_EXTENSIONS.has(extension));
}

function* loadChunks(file: PackFile): Iterable<Buffer> {
  if (file.chunks) {
    yield* file.chunks();
    return;
  }
  yield typeof file.content === 'function' ? file.content() : file.content;
}

/** A file's content; a loader that fails (a record deleted meanwhile, the database closed) fails the pack naming the file. */
function* chunksOf(file: PackFile): Iterable<Buffer> {
  try {
    yield* loadChunks(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('PACK_FAILED', `${file.path} could not be read: ${(error as Error).message}`, { file: file.path, reason: 'unreadable' });
  }
}

function checkPaths(files: readonly PackFile[]): void {
  const seen = new Set<string>();
  for (const { path } of files) {
    const bad = path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\n') || path.split('/').some((part) => part === '' || part === '.' || part === '..');
    if (bad) throw new Error(`pack file path ${JSON.stringify(path)} is not a plain relative path`);
    if (BUILDER_PATHS.has(path)) throw new Error(`pack file path ${path} is reserved for the builder`);
    if (seen.has(path)) throw new Error(`pack file path ${path} is used twice`);
    seen.add(path);
  }
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('CANCELLED', 'the audit pack was cancelled; nothing was written');
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The ZIP entries' time: the period's last day at 00:00 in DOS (local) time, the same on every machine. */
export function packEntryTime(periodTo: string): Date {
  const [year, month, day] = periodTo.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 0, 0, 0, 0);
}

interface Entry {
  path: string;
  size: number;
  sha256: string;
  chunks: () => Iterable<Buffer>;
}

function bufferEntry(path: string, content: Buffer): Entry {
  return { path, size: content.length, sha256: createHash('sha256').update(content).digest('hex'), chunks: () => [content] };
}

export async function buildPack(ctx: PackContext, file: string, signer: PackSigner): Promise<BuiltPack> {
  try {
    return await build(ctx, file, signer);
  } catch (error) {
    // However the contents or the renderers noticed the cancel, it ends as CANCELLED.
    if (ctx.signal?.aborted && !(error instanceof AppError && error.code === 'CANCELLED')) throwIfCancelled(ctx.signal);
    throw error;
  }
}

async function build(ctx: PackContext, file: string, signer: PackSigner): Promise<BuiltPack> {
  const { signal } = ctx;
  const progress = (step: string, done: number, total: number) => ctx.progress?.(done, total, step);
  throwIfCancelled(signal);

  progress('collect', 0, 1);
  const contents = await collectPackContents(ctx);
  checkPaths(contents.files);
  await turn();
  throwIfCancelled(signal);

  progress('report', 0, 1);
  const report = await renderPackReport(ctx, contents);
  throwIfCancelled(signal);

  // First pass: every file's size and hash, loading one at a time.
  const sources = [...contents.files].sort((a, b) => comparePaths(a.path, b.path));
  const knownBytes = sources.reduce((sum, source) => sum + source.size, 0);
  const entries: Entry[] = [];
  let hashed = 0;
  for (const source of sources) {
    progress('hash', hashed, knownBytes);
    if (source.sha256 !== undefined && /^[0-9a-f]{64}$/.test(source.sha256)) {
      // Known already (stored evidence): loaded once, when written, and checked against it then.
      hashed += source.size;
      entries.push({ path: source.path, size: source.size, sha256: source.sha256, chunks: () => chunksOf(source) });
      continue;
    }
    const hash = createHash('sha256');
    let size = 0;
    for (const chunk of chunksOf(source)) {
      hash.update(chunk);
      size += chunk.length;
    }
    hashed += size;
    entries.push({ path: source.path, size, sha256: hash.digest('hex'), chunks: () => chunksOf(source) });
    await turn();
    throwIfCancelled(signal);
  }
  progress('hash', hashed, Math.max(knownBytes, hashed));

  entries.push(bufferEntry(REPORT_PATH, report));
  const listed = (): PackManifestFile[] => entries.map(({ path, size, sha256 }) => ({ path, size, sha256 })).sort((a, b) => comparePaths(a.path, b.path));
  progress('index', 0, 1);
  entries.push(bufferEntry(INDEX_PATH, Buffer.from(renderPackIndex(ctx, contents, listed()), 'utf8')));
  entries.push(bufferEntry(SUMS_PATH, sha256Sums(listed())));
  const manifest = buildManifest(ctx, listed());
  const fileCount = entries.length;
  entries.push(bufferEntry(MANIFEST_PATH, manifest));
  entries.push(bufferEntry(SIGNATURE_PATH, Buffer.from(`${signer.sign(manifest).toString('base64')}\n`, 'ascii')));
  entries.push(bufferEntry(PUBLIC_KEY_PATH, Buffer.from(signer.publicKeyPem, 'ascii')));
  entries.sort((a, b) => comparePaths(a.path, b.path));
  throwIfCancelled(signal);

  const bytes = await writeZip(ctx, file, entries, progress);
  return { path: file, bytes, manifestSha256: createHash('sha256').update(manifest).digest('hex'), fileCount, generatedAt: ctx.generatedAt };
}

/** Second pass: streams the entries into `file` (via a temporary file beside it); returns its size. */
async function writeZip(ctx: PackContext, file: string, entries: readonly Entry[], progress: (step: string, done: number, total: number) => void): Promise<number> {
  const { signal } = ctx;
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.partial`);
  const mtime = packEntryTime(ctx.period.to);
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  let written = 0;
  let lastReported = 0;
  const zip = new ZipFile();
  const output = createWriteStream(temporary, { flags: 'wx' });
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    fail = reject;
    output.on('close', resolve);
    output.on('error', reject);
    zip.on('error', reject);
  });
  zip.outputStream.pipe(output);
  progress('write', 0, total);

  for (const entry of entries) {
    zip.addReadStreamLazy(entry.path, { size: entry.size, mtime, mode: FILE_MODE, compress: shouldCompress(entry.path), forceDosTimestamp: true }, (callback) => {
      function* checked(): Generator<Buffer> {
        throwIfCancelled(signal);
        const hash = createHash('sha256');
        for (const chunk of entry.chunks()) {
          throwIfCancelled(signal);
          hash.update(chunk);
          written += chunk.length;
          if (written - lastReported >= 8 * 1024 * 1024) {
            lastReported = written;
            progress('write', written, total);
          }
          yield chunk;
        }
        const actual = hash.digest('hex');
        if (actual !== entry.sha256) throw new AppError('PACK_FAILED', `${entry.path} changed while the pack was written`, { file: entry.path, reason: 'changed' });
      }
      // yazl does not listen for a stream's errors (a cancel, a changed file): they end the pack here.
      const stream = Readable.from(checked(), { objectMode: false });
      stream.on('error', (error) => fail(error));
      callback(null, stream);
    });
  }
  zip.end();

  try {
    await done;
    throwIfCancelled(signal);
    progress('write', total, total);
    const bytes = statSync(temporary).size;
    renameSync(temporary, file);
    return bytes;
  } catch (error) {
    zip.outputStream.unpipe(output);
    if (!output.closed) {
      const closed = new Promise<void>((resolve) => output.once('close', () => resolve()));
      output.destroy();
      await closed;
    }
    rmSync(temporary, { force: true });
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('E')) {
      throw new AppError('PACK_FAILED', `the audit pack could not be written to ${file}: ${(error as Error).message}`, { file, reason: code });
    }
    throw error;
  }
}
