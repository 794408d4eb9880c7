// Prepared statements kept per connection: completions are recorded by the thousand (the demo, bulk
// entry), and preparing the same SQL each time costs more than running it.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../workspace/sqlcipher';

const prepared = new WeakMap<Db, Map<string, Statement>>();

export function statement(db: Db, sql: string): Statement {
  let byText = prepared.get(db);
  if (!byText) {
    byText = new Map();
    prepared.set(db, byText);
  }
  let found = byText.get(sql);
  if (!found) {
    found = db.prepare(sql);
    byText.set(sql, found);
  }
  return found;
}
