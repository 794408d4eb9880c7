// How an incident and its review are named where they show up as linked evidence: the incident's
// reference and title (the UI names the record type).
import type { Db } from '../workspace/sqlcipher';

export function incidentLabel(db: Db, id: string): string | null {
  const row = db.prepare<[string], { ref: string; title: string }>('SELECT ref, title FROM incidents WHERE id = ?').get(id);
  return row ? `${row.ref} ${row.title}` : null;
}

export function incidentReviewLabel(db: Db, id: string): string | null {
  const row = db.prepare<[string], { ref: string; title: string }>('SELECT i.ref, i.title FROM incident_reviews r JOIN incidents i ON i.id = r.incident_id WHERE r.id = ?').get(id);
  return row ? `${row.ref} ${row.title}` : null;
}
