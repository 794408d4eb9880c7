// audit-trail.jsonl: the audit events of the period, one JSON object per line in sequence order:
// seq, at, actor, procedure, entityType, entityId, summary, prevHash, hash. `summary` is the exact
// text the event's hash covers, so anyone can recompute the chain over these lines:
//   hash = SHA-256(JSON.stringify([at, actor, procedure, entityType, entityId, summary, prevHash]))
// With --redact, an incident reporter who is not on the staff list is pseudonymised in the summary;
// such a line says `"redacted": true` and its hash can no longer be recomputed from it.
// The file is produced in chunks when the pack is written, so a million events never sit in memory
// at once; its size is computed beforehand by SQLite.
import { verifyAuditChain } from '../../audit-log/audit-chain';
import type { Db } from '../../workspace/sqlcipher';
import type { PackContents, PackContext, PackFile } from '../pack-types';
import type { Redactor } from './redaction';

export const AUDIT_TRAIL_PATH = 'audit-trail.jsonl';
const CHUNK_BYTES = 1 << 20;

type EventRow = [seq: number, at: string, actor: string, procedure: string, entityType: string, entityId: string, summary: string, prevHash: string, hash: string];

/** Record types whose audited summaries can name a data subject. */
const PERSONAL_SUMMARIES = new Set(['incident']);

export function periodBounds(ctx: PackContext): [string, string] {
  return [`${ctx.period.from}T00:00:00.000Z`, ctx.asOf];
}

function* eventRows(db: Db, ctx: PackContext): Generator<EventRow> {
  const [from, to] = periodBounds(ctx);
  yield* db
    .prepare('SELECT seq, at, actor, procedure, entity_type, entity_id, summary, prev_hash, hash FROM audit_events WHERE at >= ? AND at <= ? ORDER BY seq')
    .raw()
    .iterate(from, to) as Generator<EventRow>;
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

function line(row: EventRow, ctx: PackContext, redactor: Redactor): string {
  const [seq, at, actor, procedure, entityType, entityId, summary, prevHash, hash] = row;
  const redacted = ctx.options.redact && PERSONAL_SUMMARIES.has(entityType) ? redactSummary(redactor, entityType, summary) : null;
  return `${JSON.stringify({ seq, at, actor, procedure, entityType, entityId, summary: redacted ?? summary, prevHash, hash, ...(redacted === null ? {} : { redacted: true }) })}\n`;
}

function* chunks(db: Db, ctx: PackContext, redactor: Redactor): Generator<Buffer> {
  let parts: string[] = [];
  let length = 0;
  for (const row of eventRows(db, ctx)) {
    const text = line(row, ctx, redactor);
    parts.push(text);
    length += text.length;
    if (length >= CHUNK_BYTES) {
      yield Buffer.from(parts.join(''), 'utf8');
      parts = [];
      length = 0;
    }
  }
  if (parts.length > 0) yield Buffer.from(parts.join(''), 'utf8');
}

export function countPeriodEvents(db: Db, ctx: PackContext): number {
  const [from, to] = periodBounds(ctx);
  return db.prepare('SELECT count(*) FROM audit_events WHERE at >= ? AND at <= ?').pluck().get(from, to) as number;
}

/** A line's bytes besides its values: the keys, quotes, commas, braces and the new line. */
const LINE_OVERHEAD = Buffer.byteLength(line([0, '', '', '', '', '', '', '', ''], { options: { redact: false } } as PackContext, undefined as never)) - 1;
const TEXT_COLUMNS = ['at', 'actor', 'procedure', 'entity_type', 'entity_id', 'summary', 'prev_hash', 'hash'];
/** UTF-8 bytes of the values plus one byte per `"` and `\` JSON.stringify escapes. */
const LINE_BYTES = `${LINE_OVERHEAD} + length(seq) + ${TEXT_COLUMNS.map((c) => `length(CAST(${c} AS BLOB))`).join(' + ')}
  + length(${TEXT_COLUMNS.join(' || ')}) - length(replace(replace(${TEXT_COLUMNS.join(' || ')}, '"', ''), '\\', ''))`;

/**
 * The file's size and event count in one pass inside SQLite, without building the lines (the values
 * hold no control characters: summaries are JSON text already). With --redact, the lines of record
 * types whose summaries may change are built and measured.
 */
function measure(db: Db, ctx: PackContext, redactor: Redactor): { size: number; events: number } {
  const [from, to] = periodBounds(ctx);
  const personal = ctx.options.redact ? [...PERSONAL_SUMMARIES] : [];
  const exclude = personal.length > 0 ? ` AND entity_type NOT IN (${personal.map(() => '?').join(', ')})` : '';
  const counted = db.prepare(`SELECT count(*) AS events, coalesce(sum(${LINE_BYTES}), 0) AS size FROM audit_events WHERE at >= ? AND at <= ?${exclude}`).get(from, to, ...personal) as { events: number; size: number };
  let { size, events } = counted;
  if (personal.length > 0) {
    const rows = db
      .prepare(`SELECT seq, at, actor, procedure, entity_type, entity_id, summary, prev_hash, hash FROM audit_events WHERE at >= ? AND at <= ? AND entity_type IN (${personal.map(() => '?').join(', ')})`)
      .raw()
      .iterate(from, to, ...personal) as IterableIterator<EventRow>;
    for (const row of rows) {
      size += Buffer.byteLength(line(row, ctx, redactor), 'utf8');
      events += 1;
    }
  }
  return { size, events };
}

export function collectAuditTrail(ctx: PackContext, db: Db, redactor: Redactor): { file: PackFile; auditTrail: PackContents['auditTrail'] } {
  const { size, events } = measure(db, ctx, redactor);
  const file: PackFile = {
    path: AUDIT_TRAIL_PATH,
    size,
    chunks: () => chunks(db, ctx, redactor),
    content: () => Buffer.concat([...chunks(db, ctx, redactor)]),
  };
  return { file, auditTrail: { path: AUDIT_TRAIL_PATH, events, chain: verifyAuditChain(db) } };
}
