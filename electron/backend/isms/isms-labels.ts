// How ISMS records are named where they show up as linked evidence (evidence/record-labels.ts). A
// leaf module: the evidence area imports it, and it imports nothing of the evidence area back.
import type { Db } from '../workspace/sqlcipher';

const LABEL_MAX = 120;

/** Long free text cut to fit a one-line label or title. */
export function shortText(text: string): string {
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text;
}

/** `IA-2026-01 Access control and suppliers`. */
export function auditLabel(db: Db, id: string): string | null {
  const row = db.prepare<[string], { ref: string; title: string }>('SELECT ref, title FROM internal_audits WHERE id = ?').get(id);
  return row ? `${row.ref} ${row.title}` : null;
}

/** `F-001 Complete the overdue supplier reviews…`: the finding's reference and the action. */
export function actionLabel(db: Db, id: string): string | null {
  const row = db
    .prepare<[string], { ref: string; description: string }>('SELECT f.ref, c.description FROM corrective_actions c JOIN audit_findings f ON f.id = c.finding_id WHERE c.id = ?')
    .get(id);
  return row ? `${row.ref} ${shortText(row.description)}` : null;
}

/** The review's date (the UI names the record type). */
export function reviewLabel(db: Db, id: string): string | null {
  return (db.prepare<[string], string>('SELECT date FROM management_reviews WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
}

export function objectiveLabel(db: Db, id: string): string | null {
  return (db.prepare<[string], string>('SELECT title FROM isms_objectives WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
}
