// How the pack builder loads files: one at a time, each only once, when it is written and hashed;
// a file whose hash is known in advance (stored evidence) is checked against it, so a file that
// changed under the builder fails the pack and leaves nothing. Contents are given here
// directly, so the counts are exact; the keys and history are the real workspace's.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PackContents, PackContext, PackFile } from '../../electron/backend/audit-pack/pack-types';
import { makeTempDir, PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const state = vi.hoisted(() => ({ files: [] as PackFile[], live: 0, maxLive: 0 }));

vi.mock('../../electron/backend/audit-pack/contents/collect-contents', async () => {
  const { AsOf } = await import('../../electron/backend/audit-pack/contents/as-of');
  return {
  collectPackContents: (ctx: PackContext): PackContents => ({
    files: state.files,
    controls: [],
    registers: [],
    policies: [],
    auditTrail: { path: 'audit-trail.jsonl', events: 0, chain: { ok: true, checked: 0, headSeq: 0, headHash: '', problems: [], problemCount: 0 } },
    history: AsOf.query(ctx.db, ctx.asOf),
  }),
  previewPackContents: () => ({ controls: 0, controlsWithEvidence: 0, evidenceFiles: 0, evidenceBytes: 0, recordExtracts: 0, registers: [], policies: 0, auditEvents: 0, exceptions: 0 }),
  };
});

let t: TestBackend;
let workspacePath: string;

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A large file that exists in memory only while a loader's result is in use (counted). */
function loaded(path: string, bytes: number, seed: number, calls: Map<string, number>, known: boolean): PackFile {
  const make = () => Buffer.alloc(bytes, seed);
  return {
    path,
    size: bytes,
    ...(known ? { sha256: sha256(make()) } : {}),
    content: () => {
      calls.set(path, (calls.get(path) ?? 0) + 1);
      return make();
    },
  };
}

beforeAll(async () => {
  t = testBackend({ now: () => new Date('2026-07-01T00:00:00Z') });
  workspacePath = (await t.call('workspace.create', { directory: join(t.dir, 'ws'), name: 'Loader', passphrase: PASSPHRASE })).path;
});

afterAll(async () => {
  await t.cleanup();
});

beforeEach(() => {
  state.files = [];
});

describe('loading files into the pack', () => {
  it('loads every file once, with or without a known hash; chunked files stream once', async () => {
    const calls = new Map<string, number>();
    let chunkRuns = 0;
    state.files = [
      loaded('evidence/CC6.1/known.pdf', 3 * 1024 * 1024, 1, calls, true),
      loaded('evidence/CC6.1/unknown.pdf', 2 * 1024 * 1024, 2, calls, false),
      {
        path: 'audit-trail.jsonl',
        size: 0,
        content: () => Buffer.alloc(0),
        chunks: function* () {
          chunkRuns += 1;
          for (let i = 0; i < 100; i++) yield Buffer.from(`{"seq":${i}}\n`);
        },
      },
    ];
    const file = join(makeTempDir('custos-load-'), 'pack.zip');
    const result = await t.call('packs.export', { jobId: 'job-load-12345', framework: 'soc2', from: '2026-01-01', to: '2026-06-30', locale: 'en', redact: false, file });
    expect(calls.get('evidence/CC6.1/known.pdf')).toBe(1);
    expect(calls.get('evidence/CC6.1/unknown.pdf')).toBe(1);
    expect(chunkRuns).toBe(1);
    const verified = await t.call('packs.verify', { file });
    expect(verified).toMatchObject({ ok: true, fileCount: result.fileCount });
    // The three contents, report.pdf, index.html and SHA256SUMS; verify checked the sizes the manifest
    // lists (the chunked file declared 0) against what was written.
    expect(verified.fileCount).toBe(6);
  });

  it('a file whose bytes differ from its known hash fails the pack, leaving nothing and recording nothing', async () => {
    const calls = new Map<string, number>();
    const file = loaded('evidence/CC6.1/changed.pdf', 1024, 3, calls, true);
    state.files = [{ ...file, sha256: sha256(Buffer.alloc(1024, 4)) }];
    const folder = makeTempDir('custos-load-');
    const before = (await t.call('packs.history', {})).length;
    const error = await t.fail('packs.export', { jobId: 'job-load-23456', framework: 'soc2', locale: 'en', redact: false, file: join(folder, 'pack.zip') });
    expect(error).toMatchObject({ code: 'PACK_FAILED', details: { file: 'evidence/CC6.1/changed.pdf', reason: 'changed' } });
    expect(readdirSync(folder)).toEqual([]);
    expect((await t.call('packs.history', {})).length).toBe(before);
  });

  it('locking the workspace stops the pack: CANCELLED, nothing left, nothing recorded', async () => {
    const calls = new Map<string, number>();
    state.files = Array.from({ length: 20 }, (_, i) => loaded(`evidence/CC6.1/file-${String(i).padStart(2, '0')}.pdf`, 256 * 1024, i, calls, false));
    const folder = makeTempDir('custos-load-');
    const jobId = 'job-load-lock-1';
    let locked = false;
    const unsubscribe = t.backend.subscribe((event) => {
      if (!locked && event.type === 'job.progress' && event.jobId === jobId && event.phase === 'write') {
        locked = true;
        void t.backend.invoke('workspace.lock', {});
      }
    });
    const envelope = await t.backend.invoke('packs.export', { jobId, framework: 'soc2', locale: 'en', redact: false, file: join(folder, 'pack.zip') });
    unsubscribe();
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe('CANCELLED');
    expect(readdirSync(folder)).toEqual([]);
    await t.call('workspace.open', { path: workspacePath, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect((await t.call('packs.history', {})).length).toBe(1);
  });

  it('refuses contents that would overwrite the files the builder writes, or escape the pack', async () => {
    for (const path of ['manifest.json', 'SHA256SUMS', '../outside.txt', '/abs.txt', 'a//b.txt']) {
      state.files = [{ path, size: 1, content: Buffer.from('x') }];
      const folder = makeTempDir('custos-load-');
      const envelope = await t.backend.invoke('packs.export', { jobId: 'job-load-45678', framework: 'soc2', locale: 'en', redact: false, file: join(folder, 'pack.zip') });
      expect(envelope.ok, path).toBe(false);
      expect(readdirSync(folder), path).toEqual([]);
    }
  });
});
