// The large demo at a small scale: the records, evidence files and audit events it promises, an
// intact audit chain, files the evidence store accepts with their recorded hashes, and the same
// data (file bytes, names) every time it is made.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { populateLargeDemo } from '../../electron/backend/demo/large/large-demo';
import type { LargeScale } from '../../electron/backend/demo/large/large-scale';
import { sniffFileType } from '../../electron/backend/evidence/file-type-sniff';
import { openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import { WorkspaceDb } from '../../electron/backend/workspace/workspace-db';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2026-11-20T10:00:00Z');
const SCALE: LargeScale = { activities: 120, people: 80, completions: 900, incidents: 25, evidenceFiles: 12, evidenceBytes: 3 * 1024 * 1024, auditEvents: 12_000, days: 30 };

const backends: TestBackend[] = [];
afterEach(async () => {
  for (const backend of backends.splice(0)) await backend.cleanup();
});

async function largeDemo() {
  const t = testBackend({ now: () => NOW });
  backends.push(t);
  const created = await t.call('workspace.createDemo', { directory: t.dir, passphrase: PASSPHRASE });
  await t.call('workspace.lock', { reason: 'manual' });
  const db = openSqlCipher(`${created.path}/workspace.db`, created.recoveryKey.replace(/-/g, '').toLowerCase(), { fileMustExist: true });
  const before = db.prepare('SELECT count(*) FROM inventory_activities').pluck().get() as number;
  const progress: [number, number][] = [];
  const summary = await populateLargeDemo(new WorkspaceDb(db, () => NOW), { id: 'owner', role: 'owner' }, NOW, { scale: SCALE, onProgress: (done, total) => progress.push([done, total]) });
  db.close();
  await t.call('workspace.open', { path: created.path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
  return { t, path: created.path, recoveryKey: created.recoveryKey, before, summary, progress };
}

describe('large demo', () => {
  it('writes the promised records, files and audit events with an intact chain', async () => {
    const { t, path, recoveryKey, before, summary, progress } = await largeDemo();
    // Progress after each day of history (what `custos demo --scale large` shows).
    expect(progress).toEqual(Array.from({ length: SCALE.days }, (_, day) => [day + 1, SCALE.days]));
    expect(summary).toMatchObject({ activities: SCALE.activities, people: SCALE.people, completions: SCALE.completions, evidenceFiles: SCALE.evidenceFiles, evidenceBytes: SCALE.evidenceBytes });
    expect(summary.auditEvents).toBeGreaterThanOrEqual(SCALE.auditEvents);
    expect(summary.auditEvents).toBeLessThan(SCALE.auditEvents + 2_000);

    const verify = await t.call('workspace.verify', {});
    expect(verify.auditChain.ok).toBe(true);
    expect(verify.ok).toBe(true);

    await t.call('workspace.lock', { reason: 'manual' });
    const db = openSqlCipher(`${path}/workspace.db`, recoveryKey.replace(/-/g, '').toLowerCase(), { fileMustExist: true, readonly: true });
    try {
      const count = (sql: string) => db.prepare(sql).pluck().get() as number;
      expect(count('SELECT count(*) FROM inventory_activities') - before).toBe(SCALE.activities);
      expect(count("SELECT count(*) FROM training_completions WHERE certificate_ref LIKE '%-L%'")).toBe(SCALE.completions);
      expect(count("SELECT count(*) FROM audit_events")).toBe(summary.auditEvents);
      // The history is spread over the period: events on many different days before today.
      expect(count("SELECT count(DISTINCT substr(at, 1, 10)) FROM audit_events")).toBeGreaterThanOrEqual(SCALE.days);
      expect(count("SELECT count(*) FROM audit_events WHERE procedure = 'workspace.createDemo' AND entity_type = 'processing_activity' AND summary LIKE '%reviewDate%'")).toBeGreaterThan(500);
      const files = db.prepare<[], { name: string; kind: string; size: number; sha256: string; content: Buffer }>("SELECT name, kind, size, sha256, content FROM evidence_files WHERE name GLOB '20[0-9][0-9]-*'").all();
      expect(files).toHaveLength(SCALE.evidenceFiles);
      expect(files.reduce((sum, file) => sum + file.size, 0)).toBeGreaterThan(SCALE.evidenceBytes * 0.95);
      expect(new Set(files.map((file) => file.kind))).toEqual(new Set(['pdf', 'png', 'xlsx']));
      for (const file of files) {
        expect(createHash('sha256').update(file.content).digest('hex')).toBe(file.sha256);
        expect(file.content.length).toBe(file.size);
        const sniffed = sniffFileType(file.content, file.name);
        expect(sniffed.ok && sniffed.kind).toBe(file.kind);
      }
      // Every file is evidence of some control, with an effective date in the period.
      expect(count("SELECT count(DISTINCT file_id) FROM evidence_links WHERE file_id IN (SELECT id FROM evidence_files WHERE name GLOB '20[0-9][0-9]-*')")).toBe(SCALE.evidenceFiles);
    } finally {
      db.close();
    }
  }, 120_000);

  it('is the same every time it is made', async () => {
    const hashes = async () => {
      const { t, path, recoveryKey } = await largeDemo();
      await t.call('workspace.lock', { reason: 'manual' });
      const db = openSqlCipher(`${path}/workspace.db`, recoveryKey.replace(/-/g, '').toLowerCase(), { fileMustExist: true, readonly: true });
      try {
        return {
          files: db.prepare("SELECT name || ' ' || sha256 FROM evidence_files ORDER BY name").pluck().all(),
          activities: db.prepare('SELECT name FROM inventory_activities ORDER BY name').pluck().all(),
          events: db.prepare('SELECT count(*) FROM audit_events').pluck().get(),
        };
      } finally {
        db.close();
      }
    };
    const first = await hashes();
    const second = await hashes();
    expect(second).toEqual(first);
  }, 120_000);
});
