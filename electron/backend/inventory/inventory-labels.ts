// How inventory records are named where they show up as linked evidence (evidence/record-labels.ts).
// A leaf module: the evidence area imports it, and it imports nothing of the evidence area back.
import type { Db } from '../workspace/sqlcipher';

function nameFrom(table: string): (db: Db, id: string) => string | null {
  return (db, id) => (db.prepare(`SELECT name FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined) ?? null;
}

export const systemLabel = nameFrom('inventory_systems');
export const activityLabel = nameFrom('inventory_activities');
export const vendorLabel = nameFrom('inventory_vendors');

/** `DE→US Acme Analytics`, or null when the transfer is gone. */
export function transferLabel(db: Db, id: string): string | null {
  const row = db.prepare<[string], { from_country: string; to_country: string; recipient: string }>('SELECT from_country, to_country, recipient FROM inventory_transfers WHERE id = ?').get(id);
  return row ? `${row.from_country}→${row.to_country}${row.recipient ? ` ${row.recipient}` : ''}` : null;
}
