// Builds an audit pack: collects the contents and has report.pdf rendered, then streams the contents
// into a reproducible ZIP, hashing each file as it is written, and closes it with the files made from
// those hashes: index.html, SHA256SUMS, manifest.json, its Ed25519 signature and the public key.
// Reproducible: the contents in byte order of their paths, then the closing files in the same order;
// one fixed time (the period's end) and fixed attributes; already-compressed types stored, the rest
// deflated. Every file is loaded once, when it is written, one at a time (a file whose hash is known
// in advance, stored evidence, is checked against it), so memory stays low however large the pack.
// The ZIP is written under a temporary name beside the target and renamed only when complete: a
// cancelled or failed pack leaves no file behind.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { AppError } from '../../../shared/contract';
import { collectPackContents } from './contents/collect-contents';
import { renderPackIndex } from './index-html/render-index';
import { buildManifest, comparePaths, INDEX_PATH, MANIFEST_PATH, PUBLIC_KEY_PATH, REPORT_PATH, SIGNATURE_PATH, sha256Sums, SUMS_PATH } from './manifest';
import type { PackContents, PackContext, PackFile, PackManifestFile } from './pack-types';
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

export async function buildPack(ctx: PackContext, file: string, signer: PackSigner): Promise<BuiltPack> {
  try {
    return await build(ctx, file, signer);
  } catch (error) {
    // However the contents or the renderers noticed the cancel, it ends as CANCELLED.
    if (ctx.signal?.aborted && !(error instanceof AppError && error.code === 'CANCELLED')) throwIfCancelled(ctx.signal);
    throw error;
  }
}

/** A file the builder writes itself, after the contents. */
interface ClosingFile {
  path: string;
  content: Buffer;
}

function listed(path: string, content: Buffer): PackManifestFile {
  return { path, size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}

/**
 * report.pdf, index.html, SHA256SUMS, manifest.json, manifest.sig and signing-key.pem, made from
 * the contents as written (their sizes and hashes), in path order.
 */
function closingFiles(ctx: PackContext, contents: PackContents, report: Buffer, signer: PackSigner, written: readonly PackManifestFile[]): { files: ClosingFile[]; manifest: Buffer; fileCount: number } {
  const files: PackManifestFile[] = [...written, listed(REPORT_PATH, report)];
  const sorted = () => [...files].sort((a, b) => comparePaths(a.path, b.path));
  const index = Buffer.from(renderPackIndex(ctx, contents, sorted()), 'utf8');
  files.push(listed(INDEX_PATH, index));
  const sums = sha256Sums(sorted());
  files.push(listed(SUMS_PATH, sums));
  const manifest = buildManifest(ctx, sorted());
  const closing: ClosingFile[] = [
    { path: REPORT_PATH, content: report },
    { path: INDEX_PATH, content: index },
    { path: SUMS_PATH, content: sums },
    { path: MANIFEST_PATH, content: manifest },
    { path: SIGNATURE_PATH, content: Buffer.from(`${signer.sign(manifest).toString('base64')}\n`, 'ascii') },
    { path: PUBLIC_KEY_PATH, content: Buffer.from(signer.publicKeyPem, 'ascii') },
  ];
  return { files: closing.sort((a, b) => comparePaths(a.path, b.path)), manifest, fileCount: files.length };
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

  const { bytes, closed } = await writeZip(ctx, file, contents.files, progress, (written) => {
    progress('index', 0, 1);
    return closingFiles(ctx, contents, report, signer, written);
  });
  const { manifest, fileCount } = closed;
  return { path: file, bytes, manifestSha256: createHash('sha256').update(manifest).digest('hex'), fileCount, generatedAt: ctx.generatedAt };
}

/**
 * Streams the contents into `file` (via a temporary file beside it) in path order, hashing each file
 * as it goes, then the closing files `close` makes from those hashes; returns the ZIP's size.
 */
async function writeZip<Closed extends { files: ClosingFile[] }>(
  ctx: PackContext,
  file: string,
  contents: readonly PackFile[],
  progress: (step: string, done: number, total: number) => void,
  close: (written: PackManifestFile[]) => Closed,
): Promise<{ bytes: number; closed: Closed }> {
  const { signal } = ctx;
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.partial`);
  const mtime = packEntryTime(ctx.period.to);
  const sources = [...contents].sort((a, b) => comparePaths(a.path, b.path));
  const total = sources.reduce((sum, source) => sum + source.size, 0);
  const written: PackManifestFile[] = [];
  let writtenBytes = 0;
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
  let contentsWritten: () => void = () => undefined;
  const allWritten = new Promise<void>((resolve) => (contentsWritten = resolve));
  if (sources.length === 0) contentsWritten();
  zip.outputStream.pipe(output);
  progress('write', 0, total);

  for (const source of sources) {
    const known = source.sha256 !== undefined && /^[0-9a-f]{64}$/.test(source.sha256) ? source.sha256 : null;
    const options = { mtime, mode: FILE_MODE, compress: shouldCompress(source.path), forceDosTimestamp: true, ...(known === null ? {} : { size: source.size }) };
    zip.addReadStreamLazy(source.path, options, (callback) => {
      function* hashed(): Generator<Buffer> {
        throwIfCancelled(signal);
        const hash = createHash('sha256');
        let size = 0;
        for (const chunk of chunksOf(source)) {
          throwIfCancelled(signal);
          hash.update(chunk);
          size += chunk.length;
          writtenBytes += chunk.length;
          if (writtenBytes - lastReported >= 8 * 1024 * 1024) {
            lastReported = writtenBytes;
            progress('write', writtenBytes, Math.max(total, writtenBytes));
          }
          yield chunk;
        }
        const sha256 = hash.digest('hex');
        if (known !== null && sha256 !== known) throw new AppError('PACK_FAILED', `${source.path} changed while the pack was written`, { file: source.path, reason: 'changed' });
        written.push({ path: source.path, size, sha256 });
        if (written.length === sources.length) contentsWritten();
      }
      // yazl does not listen for a stream's errors (a cancel, a changed file): they end the pack here.
      const stream = Readable.from(hashed(), { objectMode: false });
      stream.on('error', (error) => fail(error));
      callback(null, stream);
    });
  }

  try {
    await Promise.race([allWritten, done]);
    throwIfCancelled(signal);
    progress('write', writtenBytes, writtenBytes);
    const closed = close(written);
    for (const { path, content } of closed.files) zip.addBuffer(content, path, { mtime, mode: FILE_MODE, compress: shouldCompress(path), forceDosTimestamp: true });
    zip.end();
    await done;
    throwIfCancelled(signal);
    const bytes = statSync(temporary).size;
    renameSync(temporary, file);
    return { bytes, closed };
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
