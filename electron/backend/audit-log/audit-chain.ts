// The audit trail: one event per change, appended in the change's own transaction and chained by
// SHA-256 (each event's hash covers its content and the previous event's hash). `audit_head` keeps
// the last sequence number and hash so that cutting events off the end is detected too.
import { hash } from 'node:crypto';
import type { AuditEvent, AuditVerifyResult } from '../../../shared/contract';
import type { Db } from '../workspace/sqlcipher';

export const GENESIS_HASH = '0'.repeat(64);
const MAX_LISTED_PROBLEMS = 100;
const MAX_SUMMARY_STRING = 500;

export const AUDIT_SCHEMA = `
CREATE TABLE audit_events (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  procedure TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  summary TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL
) STRICT;
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '${GENESIS_HASH}');
`;

export interface NewAuditEvent {
  at: string;
  actor: string;
  procedure: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The exact text hashed for an event. The sequence number is not part of it: order is the chain. */
export function canonicalEvent(at: string, actor: string, procedure: string, entityType: string, entityId: string, summary: string, prevHash: string): string {
  return JSON.stringify([at, actor, procedure, entityType, entityId, summary, prevHash]);
}

export function hashEvent(canonical: string): string {
  // One-shot hashing: about twice as fast as createHash() for short inputs, which verify needs.
  return hash('sha256', canonical, 'hex');
}

function clip(value: unknown): unknown {
  if (typeof value === 'string' && value.length > MAX_SUMMARY_STRING) return `${value.slice(0, MAX_SUMMARY_STRING)}…`;
  if (Array.isArray(value)) return value.slice(0, 50).map(clip);
  return value;
}

function clipRecord(record: Record<string, unknown> | null): Record<string, unknown> | null {
  if (record === null) return null;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, clip(v)]));
}

/**
 * Keeps only what changed when both sides are given, so an update's summary reads as a diff.
 * Creations and deletions keep the whole record.
 */
export function summarise(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string {
  if (before && after) {
    const b: Record<string, unknown> = {};
    const a: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
        b[key] = before[key];
        a[key] = after[key];
      }
    }
    return JSON.stringify({ before: clipRecord(b), after: clipRecord(a) });
  }
  return JSON.stringify({ before: clipRecord(before), after: clipRecord(after) });
}

/** Statements prepared once per connection. */
export class AuditLog {
  private readonly head;
  private readonly insert;
  private readonly moveHead;
  constructor(private readonly db: Db) {
    this.head = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1');
    this.insert = db.prepare(
      'INSERT INTO audit_events (seq, at, actor, procedure, entity_type, entity_id, summary, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.moveHead = db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1');
  }

  /** Must run inside the transaction of the change it records. */
  append(event: NewAuditEvent): { seq: number; hash: string } {
    if (!this.db.inTransaction) throw new Error('audit events are appended inside the change transaction');
    const head = this.head.get();
    if (!head) throw new Error('audit_head row missing');
    const summary = summarise(event.before, event.after);
    const seq = head.seq + 1;
    const hash = hashEvent(canonicalEvent(event.at, event.actor, event.procedure, event.entityType, event.entityId, summary, head.hash));
    this.insert.run(seq, event.at, event.actor, event.procedure, event.entityType, event.entityId, summary, head.hash, hash);
    this.moveHead.run(seq, hash);
    return { seq, hash };
  }
}

/** An event as stored: seq, at, actor, procedure, entity type, entity id, summary text, prev hash, hash. */
export type AuditEventRow = [seq: number, at: string, actor: string, procedure: string, entityType: string, entityId: string, summary: string, prevHash: string, hash: string];

function toEvent(row: AuditEventRow): AuditEvent {
  const [seq, at, actor, procedure, entityType, entityId, summary, , hash] = row;
  let parsed: AuditEvent['summary'] = { before: null, after: null };
  try {
    parsed = JSON.parse(summary) as AuditEvent['summary'];
  } catch {
    // A damaged summary is reported by verify; the list still shows the event.
  }
  return { seq, at, actor, procedure, entityType, entityId, summary: parsed, hash };
}

const SELECT_COLUMNS = 'seq, at, actor, procedure, entity_type, entity_id, summary, prev_hash, hash';

export function listAuditEvents(db: Db, limit: number, beforeSeq?: number): AuditEvent[] {
  const rows = (
    beforeSeq === undefined
      ? db.prepare(`SELECT ${SELECT_COLUMNS} FROM audit_events ORDER BY seq DESC LIMIT ?`).raw().all(limit)
      : db.prepare(`SELECT ${SELECT_COLUMNS} FROM audit_events WHERE seq < ? ORDER BY seq DESC LIMIT ?`).raw().all(beforeSeq, limit)
  ) as AuditEventRow[];
  return rows.map(toEvent);
}

/** A point up to which the chain was found intact, to verify only what came after it. */
export interface VerifiedPoint {
  seq: number;
  hash: string;
  checked: number;
}

/**
 * Recomputes the chain (all of it, or from a point already verified) and names every break:
 * - edited: an event's content no longer matches its own hash;
 * - deleted: events are missing between two sequence numbers;
 * - reordered: an event links to an event that is not its predecessor in the trail;
 * - inserted: an event links to no event of the trail at all;
 * - truncated: the head says more events existed than the trail holds;
 * - malformed: sequence numbers were changed though the links hold.
 * `visit` sees every event read, in order, for callers that need one more thing from the same pass
 * over the trail (an audit pack counts its period's events there).
 */
export function verifyAuditChain(db: Db, after?: VerifiedPoint, visit?: (row: Readonly<AuditEventRow>) => void): AuditVerifyResult {
  if (after && after.seq > 0) {
    // The verified part must still be there as it was (same count, same last hash); events removed
    // or replaced behind the open session otherwise go unnoticed. If not, check everything.
    const anchor = db
      .prepare<[number, number], { n: number; hash: string | null }>('SELECT count(*) AS n, (SELECT hash FROM audit_events WHERE seq = ?) AS hash FROM audit_events WHERE seq <= ?')
      .get(after.seq, after.seq);
    if (!anchor || anchor.n !== after.checked || anchor.hash !== after.hash) return verifyAuditChain(db, undefined, visit);
  }
  const problems: AuditVerifyResult['problems'] = [];
  let problemCount = 0;
  const report = (seq: number, kind: AuditVerifyResult['problems'][number]['kind'], message: string) => {
    problemCount += 1;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ seq, kind, message });
  };
  const head = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1').get() ?? { seq: -1, hash: '' };
  const rows = db.prepare(`SELECT ${SELECT_COLUMNS} FROM audit_events WHERE seq > ? ORDER BY seq`).raw().iterate(after?.seq ?? 0) as IterableIterator<AuditEventRow>;

  let checked = after?.checked ?? 0;
  let prevSeq = after?.seq ?? 0;
  let prevHash = after?.hash ?? GENESIS_HASH;
  // Built only if a link is broken, to tell a reordering from an insertion.
  let hashIndex: Map<string, number> | null = null;
  const linkBreaks: { seq: number; prevHashField: string; gap: boolean }[] = [];

  for (const row of rows) {
    const [seq, at, actor, procedure, entityType, entityId, summary, prevHashField, hash] = row;
    visit?.(row);
    checked += 1;
    if (hashEvent(canonicalEvent(at, actor, procedure, entityType, entityId, summary, prevHashField)) !== hash) {
      report(seq, 'edited', `event ${seq} was changed after it was written`);
    }
    const gap = seq !== prevSeq + 1;
    if (prevHashField !== prevHash) linkBreaks.push({ seq, prevHashField, gap });
    else if (gap) report(seq, 'malformed', `sequence jumps from ${prevSeq} to ${seq} though the events link`);
    prevSeq = seq;
    prevHash = hash;
  }

  if (linkBreaks.length > 0) {
    hashIndex = new Map();
    for (const [seq, hash] of db.prepare('SELECT seq, hash FROM audit_events').raw().iterate() as IterableIterator<[number, string]>) hashIndex.set(hash, seq);
    for (const brk of linkBreaks) {
      const linkedSeq = brk.prevHashField === GENESIS_HASH ? 0 : hashIndex.get(brk.prevHashField);
      if (brk.gap && (linkedSeq === undefined || linkedSeq < brk.seq)) {
        report(brk.seq, 'deleted', `events before ${brk.seq} are missing${linkedSeq !== undefined ? ` (it follows event ${linkedSeq})` : ''}`);
      } else if (linkedSeq !== undefined) {
        report(brk.seq, 'reordered', `event ${brk.seq} belongs after event ${linkedSeq}`);
      } else {
        report(brk.seq, 'inserted', `event ${brk.seq} does not link to any event of the trail`);
      }
    }
  }

  if (head.seq > prevSeq) report(prevSeq + 1, 'truncated', `events ${prevSeq + 1}–${head.seq} were removed from the end`);
  else if (head.seq !== prevSeq || head.hash !== prevHash) report(prevSeq, 'inserted', `the trail ends at event ${prevSeq}, the recorded head is ${head.seq}`);

  return { ok: problemCount === 0, checked, headSeq: head.seq, headHash: head.hash, problems, problemCount };
}

/** The sequence number of the last event: it moves with every change to the workspace. */
export function auditHeadSeq(db: Db): number {
  return Number(db.prepare('SELECT seq FROM audit_head WHERE id = 1').pluck().get() ?? 0);
}

export function countAuditEvents(db: Db): number {
  return (db.prepare('SELECT count(*) FROM audit_events').pluck().get() as number) ?? 0;
}
