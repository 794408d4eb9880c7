// audit-trail.jsonl: the audit events of the period, one JSON object per line in sequence order:
// seq, at, actor, procedure, entityType, entityId, summary, prevHash, hash. `summary` is the exact
// text the event's hash covers, so anyone can recompute the chain over these lines:
//   hash = SHA-256(JSON.stringify([at, actor, procedure, entityType, entityId, summary, prevHash]))
// With --redact, an incident reporter who is not on the staff list is pseudonymised in the summary;
// such a line says `"redacted": true` and its hash can no longer be recomputed from it.
//
// A pack reads the whole trail once up front (scanAuditTrail): the chain check, and in the same pass
// the period's event count, the size of its file (estimated, for progress) and where the events
// after the period begin (for as-of.ts). The file itself is produced once, in chunks, as the ZIP is
// written, so a million events never sit in memory at once. Without --redact, SQLite writes the
// lines itself, a batch of events as one string: the stored summary is copied as it is, never parsed.
import type { AuditVerifyResult } from '../../../../shared/contract';
import { verifyAuditChain, type AuditEventRow } from '../../audit-log/audit-chain';
import type { Db } from '../../workspace/sqlcipher';
import type { PackContents, PackContext, PackFile } from '../pack-types';
import type { Redactor } from './redaction';

export const AUDIT_TRAIL_PATH = 'audit-trail.jsonl';

/** Record types whose audited summaries can name a data subject. */
const PERSONAL_SUMMARIES = new Set(['incident']);

export function periodBounds(ctx: PackContext): [string, string] {
  return [`${ctx.period.from}T00:00:00.000Z`, ctx.asOf];
}

/**
 * Rows read per query: whole batches are cheaper than a row at a time, and a batch's text (some
 * 100 kB) stays small enough to be freed young, so memory stays flat over a million events.
 */
const BATCH_ROWS = 200;

function* eventBatches(db: Db, ctx: PackContext, lastSeq: number): Generator<AuditEventRow[]> {
  const [from, to] = periodBounds(ctx);
  const statement = db.prepare('SELECT seq, at, actor, procedure, entity_type, entity_id, summary, prev_hash, hash FROM audit_events WHERE seq > ? AND seq <= ? AND at >= ? AND at <= ? ORDER BY seq LIMIT ?').raw();
  let after = -1;
  for (;;) {
    const rows = statement.all(after, lastSeq, from, to, BATCH_ROWS) as AuditEventRow[];
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]![0];
    if (rows.length < BATCH_ROWS) return;
  }
}

/** Characters JSON.stringify would write otherwise than `"` and `\\` escapes: control characters and lone surrogates. */
const UNUSUAL = /[\u0000-\u001f\ud800-\udfff]/;
const QUOTED = /["\\]/g;

/** A string as JSON, the same text as JSON.stringify gives, without its full scan for long plain text. */
function quote(value: string): string {
  return UNUSUAL.test(value) ? JSON.stringify(value) : `"${value.replace(QUOTED, '\\$&')}"`;
}

function redactSummary(redactor: Redactor, entityType: string, summary: string): string | null {
  let parsed: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
  try {
    parsed = JSON.parse(summary) as typeof parsed;
  } catch {
    return null;
  }
  const before = parsed.before && redactor.record(entityType, parsed.before);
  const after = parsed.after && redactor.record(entityType, parsed.after);
  const redacted = JSON.stringify({ before, after });
  return redacted === JSON.stringify({ before: parsed.before, after: parsed.after }) ? null : redacted;
}

/**
 * One line, the same text as JSON.stringify of the object, written out directly: the stored
 * summary is copied as it is (quoted), never parsed, unless --redact may change it.
 */
function line(row: AuditEventRow, ctx: PackContext, redactor: Redactor): string {
  const [seq, at, actor, procedure, entityType, entityId, summary, prevHash, hash] = row;
  const redacted = ctx.options.redact && PERSONAL_SUMMARIES.has(entityType) ? redactSummary(redactor, entityType, summary) : null;
  if (redacted !== null) return `${JSON.stringify({ seq, at, actor, procedure, entityType, entityId, summary: redacted, prevHash, hash, redacted: true })}\n`;
  return `{"seq":${seq},"at":${quote(at)},"actor":${quote(actor)},"procedure":${quote(procedure)},"entityType":${quote(entityType)},"entityId":${quote(entityId)},"summary":${quote(summary)},"prevHash":${quote(prevHash)},"hash":${quote(hash)}}\n`;
}

/**
 * A line as SQLite writes it: json_quote escapes a string exactly as JSON.stringify does (checked
 * for every character of the Basic Multilingual Plane), so the line is the same text.
 */
const SQL_LINE = `'{"seq":' || seq || ${[
  ['at', 'at'],
  ['actor', 'actor'],
  ['procedure', 'procedure'],
  ['entityType', 'entity_type'],
  ['entityId', 'entity_id'],
  ['summary', 'summary'],
  ['prevHash', 'prev_hash'],
  ['hash', 'hash'],
]
  .map(([key, column]) => `',"${key}":' || json_quote(${column})`)
  .join(' || ')} || '}' || char(10)`;

/** The lines, a batch of events at a time, written by SQLite as UTF-8 bytes (no JavaScript string on the way). */
function* sqlBatches(db: Db, ctx: PackContext, lastSeq: number): Generator<Buffer> {
  const [from, to] = periodBounds(ctx);
  const statement = db
    .prepare(
      `SELECT CAST(group_concat(line, '' ORDER BY seq) AS BLOB), max(seq), count(*) FROM (SELECT seq, ${SQL_LINE} AS line FROM audit_events WHERE seq > ? AND seq <= ? AND at >= ? AND at <= ? ORDER BY seq LIMIT ?)`,
    )
    .raw();
  let after = -1;
  for (;;) {
    const [bytes, last, count] = statement.get(after, lastSeq, from, to, BATCH_ROWS) as [Buffer | null, number | null, number];
    if (count === 0 || bytes === null || last === null) return;
    yield bytes;
    after = last;
    if (count < BATCH_ROWS) return;
  }
}

/** The file in chunks of a batch of lines each: the period's events up to `lastSeq`. */
function* chunks(db: Db, ctx: PackContext, redactor: Redactor, lastSeq: number): Generator<Buffer> {
  if (!ctx.options.redact) {
    yield* sqlBatches(db, ctx, lastSeq);
    return;
  }
  for (const batch of eventBatches(db, ctx, lastSeq)) yield Buffer.from(batch.map((row) => line(row, ctx, redactor)).join(''), 'utf8');
}

export function countPeriodEvents(db: Db, ctx: PackContext): number {
  const [from, to] = periodBounds(ctx);
  return db.prepare('SELECT count(*) FROM audit_events WHERE at >= ? AND at <= ?').pluck().get(from, to) as number;
}

export interface TrailScan {
  chain: AuditVerifyResult;
  /** Events within the period: the lines of audit-trail.jsonl. */
  periodEvents: number;
  /** About the size of audit-trail.jsonl in bytes (for progress only). */
  estimatedBytes: number;
  /** Sequence number of the first event after the period end, or null when none is later. */
  firstLaterSeq: number | null;
  /**
   * The last event the scan read: the file stops there, so events written while the pack is built
   * (the period may end today) are neither in it nor in its count.
   */
  lastSeq: number;
}

/** Keys, quotes and punctuation of a line, and the summary's escaped quotes, beside the values' own length. */
const LINE_OVERHEAD = 110;
const SUMMARY_ESCAPES = 1.15;

/** The whole trail read once: the chain verified, and what the rest of the pack needs to know of it. */
export function scanAuditTrail(ctx: PackContext): TrailScan {
  const [from, to] = periodBounds(ctx);
  let periodEvents = 0;
  let estimatedBytes = 0;
  let firstLaterSeq: number | null = null;
  let lastSeq = 0;
  const chain = verifyAuditChain(ctx.db, undefined, ([seq, at, actor, procedure, entityType, entityId, summary]) => {
    lastSeq = seq;
    if (at > to) {
      if (firstLaterSeq === null || seq < firstLaterSeq) firstLaterSeq = seq;
    } else if (at >= from) {
      periodEvents += 1;
      estimatedBytes += LINE_OVERHEAD + 2 * 64 + at.length + actor.length + procedure.length + entityType.length + entityId.length + Math.ceil(summary.length * SUMMARY_ESCAPES);
    }
  });
  return { chain, periodEvents, estimatedBytes, firstLaterSeq, lastSeq };
}

/** The file, produced when the pack is written (the builder hashes it then), and what the report says of it. */
export function collectAuditTrail(ctx: PackContext, redactor: Redactor, scan: TrailScan): { file: PackFile; auditTrail: PackContents['auditTrail'] } {
  const { db } = ctx;
  const file: PackFile = {
    path: AUDIT_TRAIL_PATH,
    size: scan.estimatedBytes,
    chunks: () => chunks(db, ctx, redactor, scan.lastSeq),
    content: () => Buffer.concat([...chunks(db, ctx, redactor, scan.lastSeq)]),
  };
  return { file, auditTrail: { path: AUDIT_TRAIL_PATH, events: scan.periodEvents, chain: scan.chain } };
}
