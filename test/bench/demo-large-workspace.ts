// The large demo workspace (`custos demo --scale large`) for the audit-pack benchmarks: built once
// through the backend's own `workspace.createDemo` and cached under the OS temp folder between runs
// (keyed by the scale, so a changed scale builds anew). How long the build took and how big the
// workspace is are kept beside it and reported.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { LARGE_SCALE } from '../../electron/backend/demo/large/large-scale';
import { elapsedMs, now } from './bench-support';

export const LARGE_PASSPHRASE = 'correct horse battery staple';

export interface LargeWorkspace {
  /** The `.custos` bundle. */
  path: string;
  /** Seconds the build took (when it was built, in this run or an earlier one). */
  buildSeconds: number;
  /** Bytes of the bundle folder. */
  bytes: number;
  auditEvents: number;
  cached: boolean;
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isDirectory() ? folderBytes(join(folder, entry.name)) : statSync(join(folder, entry.name)).size), 0);
}

export async function largeDemoWorkspace(): Promise<LargeWorkspace> {
  const key = createHash('sha256').update(JSON.stringify(LARGE_SCALE)).digest('hex').slice(0, 12);
  const cache = join(tmpdir(), `custos-bench-demo-large-${key}`);
  const marker = join(cache, 'complete.json');
  if (existsSync(marker)) {
    const built = JSON.parse(readFileSync(marker, 'utf8')) as Omit<LargeWorkspace, 'cached' | 'bytes'>;
    if (existsSync(join(built.path, 'workspace.db'))) return { ...built, bytes: folderBytes(built.path), cached: true };
  }
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const backend = createBackend({ configDir: join(cache, 'config'), appVersion: 'bench', defaultWorkspaceDirectory: cache, kdfLogN: 14 });
  const started = now();
  const envelope = await backend.invoke('workspace.createDemo', { directory: cache, passphrase: LARGE_PASSPHRASE, scale: 'large' });
  if (!envelope.ok) throw new Error(`workspace.createDemo: ${envelope.error.code} ${envelope.error.message}`);
  const { path } = envelope.value as { path: string };
  const overview = await backend.invoke('workspace.overview', {});
  await backend.dispose();
  const buildSeconds = elapsedMs(started) / 1000;
  if (!overview.ok) throw new Error(`workspace.overview: ${overview.error.code} ${overview.error.message}`);
  const chain = (overview.value as { auditChain: { ok: boolean; headSeq: number } }).auditChain;
  if (!chain.ok) throw new Error('the large demo audit chain does not verify');
  const auditEvents = chain.headSeq;
  writeFileSync(marker, JSON.stringify({ path, buildSeconds, auditEvents }));
  return { path, buildSeconds, bytes: folderBytes(path), auditEvents, cached: false };
}
