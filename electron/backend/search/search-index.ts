// Keeping the search index in step with records. Modules call indexRecord / removeRecord inside the
// same change transaction as the record itself, so the index never shows a record that was rolled
// back. The index is derived data: it gets no audit events of its own.
import type { Db } from '../workspace/sqlcipher';
import { indexableText } from './search-text';

export interface SearchRecord {
  /** `control`, `evidence_file`, `risk` … — see SEARCH_LINKS for where each one opens. */
  entityType: string;
  entityId: string;
  title: string;
  body: string;
}

/** Adds or replaces a record's text. A record with no text is removed instead. */
export function indexRecord(db: Db, record: SearchRecord): void {
  const title = record.title.trim();
  const body = record.body.trim();
  if (title === '' && body === '') {
    removeRecord(db, record.entityType, record.entityId);
    return;
  }
  const existing = db.prepare('SELECT id FROM search_documents WHERE entity_type = ? AND entity_id = ?').pluck().get(record.entityType, record.entityId) as
    | number
    | undefined;
  let rowid: number | bigint;
  if (existing === undefined) {
    rowid = db.prepare('INSERT INTO search_documents (entity_type, entity_id, title, body) VALUES (?, ?, ?, ?)').run(record.entityType, record.entityId, title, body)
      .lastInsertRowid;
  } else {
    rowid = existing;
    db.prepare('DELETE FROM search_index WHERE rowid = ?').run(rowid);
    db.prepare('UPDATE search_documents SET title = ?, body = ? WHERE id = ?').run(title, body, rowid);
  }
  db.prepare('INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)').run(rowid, indexableText(title), indexableText(body));
}

export function removeRecord(db: Db, entityType: string, entityId: string): void {
  const existing = db.prepare('SELECT id FROM search_documents WHERE entity_type = ? AND entity_id = ?').pluck().get(entityType, entityId) as number | undefined;
  if (existing === undefined) return;
  db.prepare('DELETE FROM search_index WHERE rowid = ?').run(existing);
  db.prepare('DELETE FROM search_documents WHERE id = ?').run(existing);
}
