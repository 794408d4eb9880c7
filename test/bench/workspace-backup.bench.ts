// Backing up and restoring a large workspace (about 500 MB of evidence files stored encrypted in
// the database), beside copying a file of the same size on disk. The workspace is built once and
// cached under the OS temp folder between runs; CUSTOS_BENCH_BACKUP_MB sets a smaller size for
// development runs.
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { elapsedMs, now, report, scratchDirectory } from './bench-support';

const TARGET_MB = Number(process.env.CUSTOS_BENCH_BACKUP_MB ?? 500);
const FILE_MB = 20;
const PASSPHRASE = 'correct horse battery staple';
const cache = join(tmpdir(), `custos-bench-backup-cache-${TARGET_MB}mb`);
const bundle = join(cache, 'Bench.custos');
const done = join(cache, 'complete');

async function invoke(backend: ReturnType<typeof createBackend>, procedure: string, input: unknown): Promise<unknown> {
  const envelope = await backend.invoke(procedure, input);
  if (!envelope.ok) throw new Error(`${procedure}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

async function buildWorkspace(): Promise<void> {
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const backend = createBackend({ configDir: join(cache, 'config'), appVersion: 'bench', defaultWorkspaceDirectory: cache, kdfLogN: 12 });
  await invoke(backend, 'workspace.create', { directory: cache, name: 'Bench', passphrase: PASSPHRASE });
  const files = Math.max(1, Math.round(TARGET_MB / FILE_MB));
  const started = now();
  for (let i = 0; i < files; i++) {
    // Random bytes: nothing for the page cipher or a compressor to exploit.
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(Math.min(TARGET_MB, FILE_MB) * 1024 * 1024 - 9)]);
    await invoke(backend, 'evidence.files.upload', { name: `evidence-${i}.pdf`, base64: content.toString('base64') });
  }
  await backend.dispose();
  writeFileSync(done, 'ok\n');
  process.stdout.write(`# built a ${TARGET_MB} MB workspace in ${(elapsedMs(started) / 1000).toFixed(0)} s (cached in ${cache})\n`);
}

if (!existsSync(done) || !existsSync(join(bundle, 'workspace.db'))) await buildWorkspace();

const scratch = scratchDirectory('backup');
const backend = createBackend({ configDir: join(scratch, 'config'), appVersion: 'bench', defaultWorkspaceDirectory: scratch, kdfLogN: 12 });
await invoke(backend, 'workspace.open', { path: bundle, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
const dbBytes = statSync(join(bundle, 'workspace.db')).size;
const mb = dbBytes / (1024 * 1024);
process.stdout.write(`# workspace.db: ${mb.toFixed(0)} MB\n`);

// When each phase of the backup began, to show where the time goes.
const phaseStarts = new Map<string, bigint>();
backend.subscribe((event) => {
  if (event.type === 'job.progress' && !phaseStarts.has(event.phase)) phaseStarts.set(event.phase, now());
});
let start = now();
const created = (await invoke(backend, 'workspaceBackup.create', { jobId: 'bench-backup-1', folder: scratch })) as { file: string; bytes: number };
const backupMs = elapsedMs(start);
const ended = now();
const phases = [...phaseStarts.entries()].map(([phase, at], i, all) => `${phase} ${(Number((all[i + 1]?.[1] ?? ended) - at) / 1e9).toFixed(1)} s`);
process.stdout.write(`# backup phases: ${phases.join(', ')}\n`);
await invoke(backend, 'workspace.close', {});

start = now();
await invoke(backend, 'workspaceBackup.restore', { file: created.file, path: join(scratch, 'Restored.custos'), secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
const restoreMs = elapsedMs(start);
await backend.dispose();

const copy = join(scratch, 'plain-copy.db');
start = now();
copyFileSync(join(bundle, 'workspace.db'), copy);
const fd = openSync(copy, 'r+');
fsyncSync(fd);
closeSync(fd);
const copyMs = elapsedMs(start);

report('workspace_backup_mb_per_s', mb / (backupMs / 1000), 'MB/s');
report('workspace_restore_mb_per_s', mb / (restoreMs / 1000), 'MB/s');
report('plain_copy_mb_per_s', mb / (copyMs / 1000), 'MB/s');
process.stdout.write(`# backup ${(backupMs / 1000).toFixed(1)} s (snapshot, integrity check, write, read-back), restore ${(restoreMs / 1000).toFixed(1)} s (scrypt unwrap, unpack, integrity check, audit chain), copy ${(copyMs / 1000).toFixed(1)} s\n`);
