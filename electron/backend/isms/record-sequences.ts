// Human references for records (R-001, IA-2026-01, F-001). The counters live in the workspace and
// only ever go up, so a reference once given is never reused after a deletion: audit events, exports
// and printed reports that name R-007 keep meaning one risk.
import type { Db } from '../workspace/sqlcipher';

/** The next value of a named counter (1 for a new one); call inside the change's transaction. */
export function nextSequence(db: Db, name: string): number {
  return db
    .prepare<[string], number>(
      `INSERT INTO record_sequences (name, last_value) VALUES (?, 1)
       ON CONFLICT (name) DO UPDATE SET last_value = last_value + 1
       RETURNING last_value`,
    )
    .pluck()
    .get(name) as number;
}

/** `R-001`: a prefix and the number padded to `width` digits (wider numbers keep all their digits). */
export function formatRef(prefix: string, value: number, width = 3): string {
  return `${prefix}${String(value).padStart(width, '0')}`;
}
