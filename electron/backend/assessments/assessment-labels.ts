// How an assessment is named where it shows up as linked evidence (evidence/record-labels.ts). A leaf
// module: the evidence area imports it, and it imports nothing of the evidence area back.
import type { Db } from '../workspace/sqlcipher';

/** `PIPIA-001 Cross-border support access (rev. 2)`, or null when the assessment is gone. */
export function assessmentLabel(db: Db, id: string): string | null {
  const row = db.prepare<[string], { ref: string; name: string; revision: number }>('SELECT ref, name, revision FROM inventory_assessments WHERE id = ?').get(id);
  if (!row) return null;
  return `${row.ref} ${row.name}${row.revision > 1 ? ` (rev. ${row.revision})` : ''}`;
}
