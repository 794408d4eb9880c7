// How requests and complaints are named where they show up as linked evidence: the reference, law
// and type, never the requester's name.
import type { Db } from '../workspace/sqlcipher';

export function requestLabel(db: Db, id: string): string | null {
  const row = db.prepare<[string], { ref: string; law: string; type: string }>('SELECT ref, law, type FROM data_subject_requests WHERE id = ?').get(id);
  return row ? `${row.ref} ${row.law.toUpperCase()} ${row.type}` : null;
}

export function complaintLabel(db: Db, id: string): string | null {
  const row = db.prepare<[string], { ref: string; topic: string }>('SELECT ref, topic FROM privacy_complaints WHERE id = ?').get(id);
  return row ? `${row.ref} ${row.topic}` : null;
}
