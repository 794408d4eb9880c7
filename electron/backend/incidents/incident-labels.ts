// How an incident is named where it shows up as linked evidence: its reference and title.
import type { Db } from '../workspace/sqlcipher';

export function incidentLabel(db: Db, id: string): string | null {
  const row = db.prepare<[string], { ref: string; title: string }>('SELECT ref, title FROM incidents WHERE id = ?').get(id);
  return row ? `${row.ref} ${row.title}` : null;
}
