// audit-trail.jsonl: the audit events of the period, one JSON object per line in sequence order:
// seq, at, actor, procedure, entityType, entityId, summary, prevHash, hash. `summary` is the exact
// text the event's hash covers, so anyone can recompute the chain over these lines:
//   hash = SHA-256(JSON.stringify([at, actor, procedure, entityType, entityId, summary, prevHash]))
// With --redact, an incident reporter who is not on the staff list is pseudonymised in the summary;
// such a line says `"redacted": true` and its hash can no longer be recomputed from it.
// The file is produced in chunks (once to hash it, once when the pack is written), so a million
// events never sit in memory at once. Without --redact, SQLite writes the lines itself, a batch of
// events as one string: the stored summary is copied as it is, never parsed.
import { createHash } from 'node:crypto';
import { verifyAuditChain } from '../../audit-log/audit-chain';
import type { Db } from '../../workspace/sqlcipher';
import type { PackContents, PackContext, PackFile } from '../pack-types';
import type { Redactor } from './redaction';

export const AUDIT_TRAIL_PATH = 'audit-trail.jsonl';

type EventRow = [seq: number, at: string, actor: string, procedure: string, entityType: string, entityId: string, summary: string, prevHash: string, hash: string];

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

function* eventBatches(db: Db, ctx: PackContext): Generator<EventRow[]> {
  const [from, to] = periodBounds(ctx);
  const statement = db.prepare('SELECT seq, at, actor, procedure, entity_type, entity_id, summary, prev_hash, hash FROM audit_events WHERE seq > ? AND at >= ? AND at <= ? ORDER BY seq LIMIT ?').raw();
  let after = -1;
  for (;;) {
    const rows = statement.all(after, from, to, BATCH_ROWS) as EventRow[];
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
function line(row: EventRow, ctx: PackContext, redactor: Redactor): string {
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
function* sqlBatches(db: Db, ctx: PackContext, counter: { events: number }): Generator<Buffer> {
  const [from, to] = periodBounds(ctx);
  const statement = db
    .prepare(
      `SELECT CAST(group_concat(line, '' ORDER BY seq) AS BLOB), max(seq), count(*) FROM (SELECT seq, ${SQL_LINE} AS line FROM audit_events WHERE seq > ? AND at >= ? AND at <= ? ORDER BY seq LIMIT ?)`,
    )
    .raw();
  let after = -1;
  for (;;) {
    const [bytes, last, count] = statement.get(after, from, to, BATCH_ROWS) as [Buffer | null, number | null, number];
    if (count === 0 || bytes === null || last === null) return;
    counter.events += count;
    yield bytes;
    after = last;
    if (count < BATCH_ROWS) return;
  }
}

/** The file in chunks of a batch of lines each; `counter.events` counts the lines as they go. */
function* chunks(db: Db, ctx: PackContext, redactor: Redactor, counter = { events: 0 }): Generator<Buffer> {
  if (!ctx.options.redact) {
    yield* sqlBatches(db, ctx, counter);
    return;
  }
  for (const batch of eventBatches(db, ctx)) {
    counter.events += batch.length;
    yield Buffer.from(batch.map((row) => line(row, ctx, redactor)).join(''), 'utf8');
  }
}

export function countPeriodEvents(db: Db, ctx: PackContext): number {
  const [from, to] = periodBounds(ctx);
  return db.prepare('SELECT count(*) FROM audit_events WHERE at >= ? AND at <= ?').pluck().get(from, to) as number;
}

/**
 * The file is built once here, to count its events and know its size and SHA-256 (so the pack
 * builder does not build it again to hash it), then once more, in chunks, when the ZIP is written
 * (checked against that hash).
 */
export function collectAuditTrail(ctx: PackContext, db: Db, redactor: Redactor): { file: PackFile; auditTrail: PackContents['auditTrail'] } {
  const hash = createHash('sha256');
  const counter = { events: 0 };
  let size = 0;
  for (const chunk of chunks(db, ctx, redactor, counter)) {
    hash.update(chunk);
    size += chunk.length;
  }
  const file: PackFile = {
    path: AUDIT_TRAIL_PATH,
    size,
    sha256: hash.digest('hex'),
    chunks: () => chunks(db, ctx, redactor),
    content: () => Buffer.concat([...chunks(db, ctx, redactor)]),
  };
  return { file, auditTrail: { path: AUDIT_TRAIL_PATH, events: counter.events, chain: verifyAuditChain(db) } };
}
