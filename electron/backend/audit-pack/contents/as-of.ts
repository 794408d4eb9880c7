// Records as they stood at the end of the period. The registers read today's rows and roll back
// every audit event after that moment for their record type, newest first:
// - a creation after the moment removes the record;
// - a deletion after it brings the record back from the event's `before`;
// - an update after it restores the changed fields from its `before` (updates record only the keys
//   that changed), so each field ends with its earliest post-period value's predecessor.
// Audit summaries clip strings at 500 characters and lists at 50 items; a field the audit view does
// not carry (a request's requester, for instance, is never in the trail) keeps today's value.
import type { Db } from '../../workspace/sqlcipher';

type AuditRecord = Record<string, unknown>;

interface Summary {
  before: AuditRecord | null;
  after: AuditRecord | null;
}

/** The workspace's history as of one moment, for everything in a pack that shows records then. */
export class AsOf {
  /**
   * `firstLaterSeq`: the sequence number of the first event after `asOf`, or null when none is
   * later; a pack learns it in its one pass over the trail (audit-trail.ts), else see `query`.
   */
  constructor(
    readonly db: Db,
    readonly asOf: string,
    readonly firstLaterSeq: number | null,
  ) {}

  /** Finds where the events after `asOf` begin with a query of its own (a scan of the trail). */
  static query(db: Db, asOf: string): AsOf {
    return new AsOf(db, asOf, (db.prepare('SELECT min(seq) FROM audit_events WHERE at > ?').pluck().get(asOf) as number | null) ?? null);
  }

  /** The events after `asOf` for these record types, newest first. */
  private laterEvents(entityTypes: readonly string[]): { entityId: string; summary: Summary }[] {
    if (this.firstLaterSeq === null || entityTypes.length === 0) return [];
    const rows = this.db
      .prepare(`SELECT entity_id, summary FROM audit_events WHERE seq >= ? AND at > ? AND entity_type IN (${entityTypes.map(() => '?').join(', ')}) ORDER BY seq DESC`)
      .raw()
      .all(this.firstLaterSeq, this.asOf, ...entityTypes) as [string, string][];
    return rows.map(([entityId, summary]) => ({ entityId, summary: parseSummary(summary) }));
  }

  /**
   * Today's records of these audit record types rolled back to `asOf`. `revive` turns a deleted
   * record's audited `before` into a record of the register's shape (null to leave it out).
   */
  rollBack<T extends { id: string }>(entityTypes: readonly string[], current: readonly T[], revive: (before: AuditRecord, id: string) => T | null = (before, id) => ({ ...before, id }) as unknown as T): T[] {
    const events = this.laterEvents(entityTypes);
    if (events.length === 0) return [...current];
    const records = new Map<string, T>(current.map((record) => [record.id, record]));
    for (const { entityId, summary } of events) {
      const { before, after } = summary;
      if (before === null && after !== null) records.delete(entityId);
      else if (before !== null && after === null) {
        const revived = revive(before, entityId);
        if (revived) records.set(entityId, revived);
      } else if (before !== null) {
        const record = records.get(entityId);
        if (record) records.set(entityId, { ...record, ...before });
      }
    }
    const order = new Map(current.map((record, index) => [record.id, index]));
    return [...records.values()].sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /**
   * The audited state of some records at `asOf`, replayed forward from their creation: what a
   * record extract shows. Records created after `asOf`, or deleted by then, are absent.
   */
  replay(wanted: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Map<string, AuditRecord>> {
    const states = new Map<string, Map<string, AuditRecord>>();
    const types = [...wanted.keys()];
    if (types.length === 0) return states;
    const statement = this.db
      .prepare(`SELECT entity_type, entity_id, summary FROM audit_events WHERE ${this.firstLaterSeq === null ? '1' : 'seq < ?'} AND entity_type IN (${types.map(() => '?').join(', ')}) ORDER BY seq`)
      .raw();
    const args = this.firstLaterSeq === null ? types : [this.firstLaterSeq, ...types];
    for (const [type, id, text] of statement.iterate(...args) as IterableIterator<[string, string, string]>) {
      if (!wanted.get(type)?.has(id)) continue;
      const { before, after } = parseSummary(text);
      let byId = states.get(type);
      if (!byId) states.set(type, (byId = new Map()));
      if (after === null) byId.delete(id);
      else if (before === null) byId.set(id, { ...after });
      else byId.set(id, { ...(byId.get(id) ?? {}), ...after });
    }
    return states;
  }
}

function parseSummary(text: string): Summary {
  try {
    const parsed = JSON.parse(text) as Partial<Summary>;
    return { before: parsed.before ?? null, after: parsed.after ?? null };
  } catch {
    return { before: null, after: null };
  }
}
