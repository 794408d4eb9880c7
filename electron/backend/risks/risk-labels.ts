// How a risk is named where it shows up as linked evidence (evidence/record-labels.ts). A leaf module:
// the evidence area imports it, and it imports nothing of the evidence area back.
import type { Db } from '../workspace/sqlcipher';

/** `R-001 Ransomware …`, or null when the risk is gone. */
export function riskLabel(db: Db, id: string): string | null {
  const row = db.prepare<[string], { ref: string; title: string }>('SELECT ref, title FROM risks WHERE id = ?').get(id);
  return row ? `${row.ref} ${row.title}` : null;
}
