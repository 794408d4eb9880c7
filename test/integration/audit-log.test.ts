// The audit trail end to end over a real SQLCipher workspace: what the procedures record, and what
// the verifier reports when someone with the key edits the database behind the app's back.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditVerifyResult, ProcedureInput } from '../../shared/contract';
import { AuditLog, canonicalEvent, GENESIS_HASH, hashEvent, listAuditEvents, verifyAuditChain } from '../../electron/backend/audit-log/audit-chain';
import { migrate } from '../../electron/backend/workspace/migrations/migrate';
import { applyConnectionPragmas, openSqlCipher, type Db } from '../../electron/backend/workspace/sqlcipher';
import { WorkspaceDb } from '../../electron/backend/workspace/workspace-db';
import { makeTempDir, PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const OWNER_ALICE = { id: 'alice', role: 'owner' as const };

const profile = (overrides: Partial<ProcedureInput<'organisation.update'>>): ProcedureInput<'organisation.update'> => ({
  legalName: 'Audit Trail Ltd',
  tradingName: '',
  registeredAddress: '',
  country: '',
  industry: '',
  employeeCount: null,
  dpoName: '',
  dpoEmail: '',
  euRepresentative: '',
  jurisdictions: [],
  ...overrides,
});

let t: TestBackend;
let pristine: string;
let recoveryKeyHex: string;
let caseCounter = 0;

type Row = { seq: number; at: string; actor: string; procedure: string; entity_type: string; entity_id: string; summary: string; prev_hash: string; hash: string };

beforeAll(async () => {
  t = testBackend();
  const created = await t.call('workspace.create', { directory: join(t.dir, 'workspaces'), name: 'Audit', passphrase: PASSPHRASE });
  pristine = created.path;
  // The recovery key is the data key in 8 dash-separated groups.
  expect(created.recoveryKey).toMatch(/^([0-9a-f]{8}-){7}[0-9a-f]{8}$/);
  recoveryKeyHex = created.recoveryKey.replace(/-/g, '');

  const first = await t.backend.invoke('organisation.update', profile({ tradingName: 'Trail', jurisdictions: ['pipl', 'gdpr'] }), { actor: OWNER_ALICE });
  expect(first.ok).toBe(true);
  await t.call('organisation.update', profile({ tradingName: 'Trail', jurisdictions: ['gdpr', 'pipl'], employeeCount: 42, dpoEmail: 'dpo@example.com' }));
  await t.call('workspace.settings.update', { autoLockMinutes: 5 });
});

afterAll(async () => {
  await t?.cleanup();
});

/** A fresh copy of the pristine (locked) workspace, for one destructive case. */
async function freshCopy(): Promise<string> {
  await t.call('workspace.lock', { reason: 'manual' });
  caseCounter += 1;
  const target = join(t.dir, `case-${caseCounter}`, 'Audit.custos');
  mkdirSync(join(t.dir, `case-${caseCounter}`));
  cpSync(pristine, target, { recursive: true });
  return target;
}

function tamper(bundle: string, fn: (db: Db) => void): void {
  const db = openSqlCipher(join(bundle, 'workspace.db'), recoveryKeyHex);
  try {
    fn(db);
  } finally {
    db.close();
  }
}

async function verifyCopy(bundle: string): Promise<AuditVerifyResult> {
  await t.call('workspace.open', { path: bundle, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
  const result = await t.call('audit.verify', {});
  // The app-level check agrees.
  const whole = await t.call('workspace.verify', {});
  expect(whole.integrity.ok).toBe(true);
  expect(whole.auditChain).toEqual(result);
  expect(whole.ok).toBe(result.ok);
  // So does the overview's first (full) check after unlocking.
  expect((await t.call('workspace.overview', {})).auditChain).toEqual(result);
  return result;
}

function rows(db: Db): Row[] {
  return db.prepare('SELECT * FROM audit_events ORDER BY seq').all() as Row[];
}

describe('recording', () => {
  it('lists every change newest first with actor, procedure, entity and a before/after diff', async () => {
    expect(await t.call('workspace.status', {})).toMatchObject({ state: 'unlocked', path: pristine });
    const events = await t.call('audit.list', { limit: 50 });
    expect(events.map((e) => [e.seq, e.procedure, e.entityType, e.entityId, e.actor])).toEqual([
      [5, 'workspace.settings.update', 'workspace_settings', 'workspace', 'owner'],
      [4, 'organisation.update', 'organisation_profile', '1', 'owner'],
      [3, 'organisation.update', 'organisation_profile', '1', 'alice'],
      [2, 'workspace.create', 'organisation_profile', '1', 'owner'],
      [1, 'workspace.create', 'workspace', expect.any(String), 'owner'],
    ]);
    const [settings, secondOrg, firstOrg, createdProfile] = events;

    // Updates keep only the fields that changed.
    expect(settings!.summary).toEqual({ before: { autoLockMinutes: 15 }, after: { autoLockMinutes: 5 } });
    expect(firstOrg!.summary).toEqual({
      before: { legalName: 'Audit', tradingName: '', jurisdictions: [] },
      after: { legalName: 'Audit Trail Ltd', tradingName: 'Trail', jurisdictions: ['gdpr', 'pipl'] },
    });
    expect(secondOrg!.summary).toEqual({ before: { employeeCount: null, dpoEmail: '' }, after: { employeeCount: 42, dpoEmail: 'dpo@example.com' } });
    // Creations keep the whole record.
    expect(createdProfile!.summary.before).toBeNull();
    expect(createdProfile!.summary.after).toMatchObject({ legalName: 'Audit', jurisdictions: [] });

    for (const event of events) {
      expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Number.isNaN(Date.parse(event.at))).toBe(false);
    }
    expect(new Set(events.map((e) => e.hash)).size).toBe(events.length);
  });

  it('pages with limit and beforeSeq', async () => {
    expect((await t.call('audit.list', { limit: 2 })).map((e) => e.seq)).toEqual([5, 4]);
    expect((await t.call('audit.list', { limit: 2, beforeSeq: 4 })).map((e) => e.seq)).toEqual([3, 2]);
    expect((await t.call('audit.list', { limit: 50, beforeSeq: 2 })).map((e) => e.seq)).toEqual([1]);
    expect(await t.call('audit.list', { limit: 50, beforeSeq: 1 })).toEqual([]);
  });

  it('verifies a clean chain', async () => {
    const result = await t.call('audit.verify', {});
    expect(result).toMatchObject({ ok: true, checked: 5, headSeq: 5, problems: [], problemCount: 0 });
    const newest = (await t.call('audit.list', { limit: 1 }))[0]!;
    expect(result.headHash).toBe(newest.hash);
  });

  it('records nothing for a refused change', async () => {
    const viewer = await t.backend.invoke('organisation.update', profile({ legalName: 'Viewer Was Here' }), { actor: { id: 'v', role: 'viewer' } });
    expect(viewer.ok).toBe(false);
    const invalid = await t.backend.invoke('organisation.update', { ...profile({}), country: 'Narnia' });
    expect(invalid.ok).toBe(false);
    expect((await t.call('audit.verify', {})).checked).toBe(5);
  });
});

describe('tampering with the database directly (with the key)', () => {
  it('(a) an edited summary → edited, naming that event', async () => {
    const bundle = await freshCopy();
    tamper(bundle, (db) => {
      db.prepare('UPDATE audit_events SET summary = ? WHERE seq = 3').run(JSON.stringify({ before: null, after: { legalName: 'Someone Else Ltd' } }));
    });
    const result = await verifyCopy(bundle);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ seq: 3, kind: 'edited', message: expect.stringContaining('3') }]);
    expect(result.problemCount).toBe(1);
    // The list still shows the (edited) event.
    expect((await t.call('audit.list', { limit: 50 })).find((e) => e.seq === 3)?.summary.after).toEqual({ legalName: 'Someone Else Ltd' });
  });

  it('(a2) an edited actor or timestamp is caught as well', async () => {
    const bundle = await freshCopy();
    tamper(bundle, (db) => {
      db.prepare("UPDATE audit_events SET actor = 'owner' WHERE seq = 3").run();
      db.prepare("UPDATE audit_events SET at = '2000-01-01T00:00:00.000Z' WHERE seq = 5").run();
    });
    const result = await verifyCopy(bundle);
    expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([
      [3, 'edited'],
      [5, 'edited'],
    ]);
  });

  it('(a3) an unparsable summary → edited, and audit.list still answers', async () => {
    const bundle = await freshCopy();
    tamper(bundle, (db) => db.prepare("UPDATE audit_events SET summary = '{not json' WHERE seq = 2").run());
    const result = await verifyCopy(bundle);
    expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([[2, 'edited']]);
    const listed = await t.call('audit.list', { limit: 50 });
    expect(listed).toHaveLength(5);
    expect(listed.find((e) => e.seq === 2)?.summary).toEqual({ before: null, after: null });
  });

  it('(b) a deleted middle event → deleted, at the event after the gap', async () => {
    const bundle = await freshCopy();
    tamper(bundle, (db) => expect(db.prepare('DELETE FROM audit_events WHERE seq = 3').run().changes).toBe(1));
    const result = await verifyCopy(bundle);
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(4);
    expect(result.problems).toEqual([{ seq: 4, kind: 'deleted', message: expect.stringContaining('before 4') }]);
  });

  it('(b2) deleting the first event → deleted', async () => {
    const bundle = await freshCopy();
    tamper(bundle, (db) => db.prepare('DELETE FROM audit_events WHERE seq = 1').run());
    const result = await verifyCopy(bundle);
    expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([[2, 'deleted']]);
  });

  it('(c) two adjacent events swapped (all columns but seq) → reordered', async () => {
    const bundle = await freshCopy();
    tamper(bundle, (db) => {
      const all = rows(db);
      const [three, four] = [all[2]!, all[3]!];
      const update = db.prepare(
        'UPDATE audit_events SET at = @at, actor = @actor, procedure = @procedure, entity_type = @entity_type, entity_id = @entity_id, summary = @summary, prev_hash = @prev_hash, hash = @hash WHERE seq = @target',
      );
      db.transaction(() => {
        update.run({ ...four, target: 3 });
        update.run({ ...three, target: 4 });
      })();
    });
    const result = await verifyCopy(bundle);
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(new Set(result.problems.map((p) => p.kind))).toEqual(new Set(['reordered']));
    expect(result.problems.map((p) => p.seq)).toEqual(expect.arrayContaining([3, 4]));
    // The content itself is intact: nothing is reported as edited.
    expect(result.problems.some((p) => p.kind === 'edited')).toBe(false);
  });

  it('(d) the last event deleted, head left in place → truncated', async () => {
    const bundle = await freshCopy();
    tamper(bundle, (db) => db.prepare('DELETE FROM audit_events WHERE seq = 5').run());
    const result = await verifyCopy(bundle);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ checked: 4, headSeq: 5 });
    expect(result.problems).toEqual([{ seq: 5, kind: 'truncated', message: expect.any(String) }]);
  });

  it('(d2) the last two events deleted → one truncated problem from the first missing event', async () => {
    const bundle = await freshCopy();
    tamper(bundle, (db) => db.prepare('DELETE FROM audit_events WHERE seq >= 4').run());
    const result = await verifyCopy(bundle);
    expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([[4, 'truncated']]);
  });

  it('(e) a forged event appended with a random prev_hash, head moved → inserted', async () => {
    const bundle = await freshCopy();
    tamper(bundle, (db) => {
      const prev = randomBytes(32).toString('hex');
      const at = new Date().toISOString();
      const summary = JSON.stringify({ before: { legalName: 'Audit Trail Ltd' }, after: { legalName: 'Forged Ltd' } });
      // A self-consistent hash, so the forgery is not merely "edited".
      const hash = hashEvent(canonicalEvent(at, 'owner', 'organisation.update', 'organisation_profile', '1', summary, prev));
      db.transaction(() => {
        db.prepare('INSERT INTO audit_events (seq, at, actor, procedure, entity_type, entity_id, summary, prev_hash, hash) VALUES (6, ?, ?, ?, ?, ?, ?, ?, ?)').run(
          at,
          'owner',
          'organisation.update',
          'organisation_profile',
          '1',
          summary,
          prev,
          hash,
        );
        db.prepare('UPDATE audit_head SET seq = 6, hash = ? WHERE id = 1').run(hash);
      })();
    });
    const result = await verifyCopy(bundle);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ checked: 6, headSeq: 6 });
    expect(result.problems).toEqual([{ seq: 6, kind: 'inserted', message: expect.any(String) }]);
  });

  it('(e2) an event appended without moving the head → inserted', async () => {
    const bundle = await freshCopy();
    tamper(bundle, (db) => {
      const last = rows(db).at(-1)!;
      const at = new Date().toISOString();
      const summary = JSON.stringify({ before: null, after: null });
      const hash = hashEvent(canonicalEvent(at, 'owner', 'x', 'y', 'z', summary, last.hash));
      db.prepare('INSERT INTO audit_events (seq, at, actor, procedure, entity_type, entity_id, summary, prev_hash, hash) VALUES (6, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        at,
        'owner',
        'x',
        'y',
        'z',
        summary,
        last.hash,
        hash,
      );
    });
    const result = await verifyCopy(bundle);
    expect(result.problems.map((p) => p.kind)).toEqual(['inserted']);
  });

  it('renumbered sequence numbers with intact links → malformed', async () => {
    const bundle = await freshCopy();
    tamper(bundle, (db) => {
      db.prepare('UPDATE audit_events SET seq = 10 WHERE seq = 5').run();
      db.prepare('UPDATE audit_head SET seq = 10 WHERE id = 1').run();
    });
    const result = await verifyCopy(bundle);
    expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([[10, 'malformed']]);
  });

  it('the overview notices events removed while the workspace is open', async () => {
    const bundle = await freshCopy();
    await t.call('workspace.open', { path: bundle, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect((await t.call('workspace.overview', {})).auditChain).toMatchObject({ ok: true, checked: 5 });
    await t.call('workspace.settings.update', { autoLockMinutes: 6 });
    expect((await t.call('workspace.overview', {})).auditChain).toMatchObject({ ok: true, checked: 6 });
    // Another connection holding the key deletes the newest event behind the session's back.
    tamper(bundle, (db) => db.prepare('DELETE FROM audit_events WHERE seq = 6').run());
    const overview = (await t.call('workspace.overview', {})).auditChain;
    expect(overview.ok).toBe(false);
    expect(overview.problems.map((p) => [p.seq, p.kind])).toEqual([[6, 'truncated']]);
    expect(overview).toEqual(await t.call('audit.verify', {}));
  });

  it('the pristine workspace still verifies after all the copies were tampered with', async () => {
    await t.call('workspace.lock', { reason: 'manual' });
    await t.call('workspace.open', { path: pristine, secret: { kind: 'recovery', recoveryKey: recoveryKeyHex.toUpperCase() } });
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, checked: 5 });
  });
});

describe('WorkspaceDb.change', () => {
  let dir: string;
  let db: Db;
  let ws: WorkspaceDb;
  const ctx = { actor: OWNER_ALICE, procedure: 'test.change' };

  const meta = (key: string) => db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(key) as string | undefined;
  const head = () => db.prepare('SELECT seq, hash FROM audit_head').get() as { seq: number; hash: string };
  const count = () => db.prepare('SELECT count(*) FROM audit_events').pluck().get() as number;

  beforeAll(() => {
    dir = makeTempDir('custos-change-');
    const path = join(dir, 'workspace.db');
    db = openSqlCipher(path, randomBytes(32).toString('hex'), { fileMustExist: false });
    applyConnectionPragmas(db);
    migrate(db, dir, path, new Date());
    ws = new WorkspaceDb(db, () => new Date('2025-01-02T03:04:05.000Z'));
  });

  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits the data and its event together', () => {
    const result = ws.change(ctx, (tx) => {
      ws.setMeta(tx.db, 'colour', 'blue');
      tx.audit('meta', 'colour', null, { value: 'blue' });
      return 'done';
    });
    expect(result).toBe('done');
    expect(meta('colour')).toBe('blue');
    const [event] = listAuditEvents(db, 1);
    expect(event).toMatchObject({ seq: 1, actor: 'alice', procedure: 'test.change', entityType: 'meta', entityId: 'colour', at: '2025-01-02T03:04:05.000Z' });
    expect(head()).toEqual({ seq: 1, hash: event!.hash });
  });

  it('a callback that throws after tx.audit leaves neither the data nor the event', () => {
    const headBefore = head();
    expect(() =>
      ws.change(ctx, (tx) => {
        ws.setMeta(tx.db, 'colour', 'red');
        ws.setMeta(tx.db, 'shape', 'round');
        tx.audit('meta', 'colour', { value: 'blue' }, { value: 'red' });
        throw new Error('boom after audit');
      }),
    ).toThrow('boom after audit');
    expect(meta('colour')).toBe('blue');
    expect(meta('shape')).toBeUndefined();
    expect(count()).toBe(1);
    expect(head()).toEqual(headBefore);
    expect(db.inTransaction).toBe(false);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('a change that records no audit event throws and is rolled back', () => {
    expect(() =>
      ws.change(ctx, (tx) => {
        ws.setMeta(tx.db, 'colour', 'green');
      }),
    ).toThrow(/recorded no audit event/);
    expect(meta('colour')).toBe('blue');
    expect(count()).toBe(1);
    expect(db.inTransaction).toBe(false);
  });

  it('one change may record several events, chained in order', () => {
    ws.change(ctx, (tx) => {
      tx.audit('a', '1', null, { n: 1 });
      tx.audit('b', '2', null, { n: 2 });
    });
    const events = listAuditEvents(db, 10);
    expect(events.map((e) => [e.seq, e.entityType])).toEqual([
      [3, 'b'],
      [2, 'a'],
      [1, 'meta'],
    ]);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, checked: 3, headSeq: 3 });
  });

  it('audit events cannot be appended outside a transaction', () => {
    const log = new AuditLog(db);
    expect(() => log.append({ at: 'x', actor: 'a', procedure: 'p', entityType: 'e', entityId: '1', before: null, after: null })).toThrow(/inside the change transaction/);
    expect(count()).toBe(3);
  });

  it('long strings are clipped in the summary', () => {
    ws.change(ctx, (tx) => tx.audit('doc', '1', null, { text: 'x'.repeat(2000) }));
    const [event] = listAuditEvents(db, 1);
    const text = (event!.summary.after as { text: string }).text;
    expect(text.length).toBeLessThanOrEqual(501);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('verifying from a point already verified', () => {
  let dir: string;
  let db: Db;
  let ws: WorkspaceDb;
  const append = (n: number) => {
    ws.change({ actor: OWNER_ALICE, procedure: 'test.append' }, (tx) => {
      for (let i = 0; i < n; i += 1) tx.audit('item', String(i), null, { i });
    });
  };

  beforeAll(() => {
    dir = makeTempDir('custos-incremental-');
    const path = join(dir, 'workspace.db');
    db = openSqlCipher(path, randomBytes(32).toString('hex'), { fileMustExist: false });
    applyConnectionPragmas(db);
    migrate(db, dir, path, new Date());
    ws = new WorkspaceDb(db, () => new Date());
  });

  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks only the new events and agrees with a full check', () => {
    append(10);
    const first = verifyAuditChain(db);
    expect(first).toMatchObject({ ok: true, checked: 10, headSeq: 10 });
    append(5);
    const point = { seq: first.headSeq, hash: first.headHash, checked: first.checked };
    const incremental = verifyAuditChain(db, point);
    expect(incremental).toEqual(verifyAuditChain(db));
    expect(incremental).toMatchObject({ ok: true, checked: 15, headSeq: 15 });
    // Nothing new: still ok.
    expect(verifyAuditChain(db, { seq: 15, hash: incremental.headHash, checked: 15 })).toMatchObject({ ok: true, checked: 15 });
  });

  it('finds an edit after the point', () => {
    const full = verifyAuditChain(db);
    append(3);
    db.prepare("UPDATE audit_events SET summary = '{}' WHERE seq = 17").run();
    const result = verifyAuditChain(db, { seq: full.headSeq, hash: full.headHash, checked: full.checked });
    expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([[17, 'edited']]);
  });

  it('a point that no longer matches the trail falls back to a full check', () => {
    const full = verifyAuditChain(db);
    expect(verifyAuditChain(db, { seq: 10, hash: 'f'.repeat(64), checked: 10 })).toEqual(full);
    expect(verifyAuditChain(db, { seq: 10, hash: full.headHash, checked: 10 })).toEqual(full);
    const tenth = db.prepare('SELECT hash FROM audit_events WHERE seq = 10').pluck().get() as string;
    expect(verifyAuditChain(db, { seq: 10, hash: tenth, checked: 9 })).toEqual(full);
  });

  it('events removed at or before the point are not missed', () => {
    const path = join(dir, 'second.db');
    const other = openSqlCipher(path, randomBytes(32).toString('hex'), { fileMustExist: false });
    try {
      migrate(other, dir, path, new Date());
      const otherWs = new WorkspaceDb(other, () => new Date());
      otherWs.change({ actor: OWNER_ALICE, procedure: 'test.append' }, (tx) => {
        for (let i = 0; i < 8; i += 1) tx.audit('item', String(i), null, { i });
      });
      const clean = verifyAuditChain(other);
      expect(clean).toMatchObject({ ok: true, checked: 8 });
      const point = { seq: clean.headSeq, hash: clean.headHash, checked: clean.checked };
      other.prepare('DELETE FROM audit_events WHERE seq = 4').run();
      expect(verifyAuditChain(other, point).problems.map((p) => [p.seq, p.kind])).toEqual([[5, 'deleted']]);
      other.prepare('DELETE FROM audit_events WHERE seq = 8').run();
      expect(verifyAuditChain(other, point).problems.map((p) => [p.seq, p.kind])).toEqual([
        [5, 'deleted'],
        [8, 'truncated'],
      ]);
    } finally {
      other.close();
    }
  });
});

describe('throughput', () => {
  it('20,000 events appended in batches verify ok in under 2 s', () => {
    const dir = makeTempDir('custos-audit-bulk-');
    const path = join(dir, 'workspace.db');
    const db = openSqlCipher(path, randomBytes(32).toString('hex'), { fileMustExist: false });
    try {
      applyConnectionPragmas(db);
      migrate(db, dir, path, new Date());
      const ws = new WorkspaceDb(db, () => new Date());
      for (let batch = 0; batch < 20; batch += 1) {
        ws.change({ actor: OWNER_ALICE, procedure: 'bulk.import' }, (tx) => {
          for (let i = 0; i < 1000; i += 1) {
            const n = batch * 1000 + i;
            tx.audit('record', String(n), { name: `Record ${n}`, status: 'draft' }, { name: `Record ${n}`, status: 'active', note: 'imported in bulk' });
          }
        });
      }
      const started = performance.now();
      const result = verifyAuditChain(db);
      const elapsed = performance.now() - started;
      expect(result).toMatchObject({ ok: true, checked: 20_000, headSeq: 20_000, problemCount: 0 });
      expect(elapsed).toBeLessThan(2000);
      // The first link starts at the genesis hash.
      expect(db.prepare('SELECT prev_hash FROM audit_events WHERE seq = 1').pluck().get()).toBe(GENESIS_HASH);

      // One edit among 20,000 is found and named.
      db.prepare("UPDATE audit_events SET entity_id = 'x' WHERE seq = 12345").run();
      const tampered = verifyAuditChain(db);
      expect(tampered.problems).toEqual([{ seq: 12345, kind: 'edited', message: expect.any(String) }]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
