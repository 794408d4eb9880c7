// The ISMS scope (ISO 27001 4.3): one statement per workspace. Until someone writes it, it reads as
// empty with `updatedAt: null`, which the UI shows as "not yet defined".
import type { IsmsScope, IsmsScopeInput } from '../../../shared/contract';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';

export const SCOPE_RECORD = 'isms_scope';

interface ScopeRow {
  statement: string;
  boundaries: string;
  exclusions: string;
  interested_parties: string;
  updated_at: string;
}

export function getIsmsScope(db: Db): IsmsScope {
  const row = db.prepare<[], ScopeRow>('SELECT statement, boundaries, exclusions, interested_parties, updated_at FROM isms_scope WHERE id = 1').get();
  if (!row) return { statement: '', boundaries: '', exclusions: '', interestedParties: '', updatedAt: null };
  return { statement: row.statement, boundaries: row.boundaries, exclusions: row.exclusions, interestedParties: row.interested_parties, updatedAt: row.updated_at };
}

export function updateIsmsScope(tx: ChangeTx, input: IsmsScopeInput): IsmsScope {
  const before = getIsmsScope(tx.db);
  tx.db
    .prepare(
      `INSERT INTO isms_scope (id, statement, boundaries, exclusions, interested_parties, updated_at)
       VALUES (1, @statement, @boundaries, @exclusions, @interestedParties, @at)
       ON CONFLICT (id) DO UPDATE SET statement = excluded.statement, boundaries = excluded.boundaries,
         exclusions = excluded.exclusions, interested_parties = excluded.interested_parties, updated_at = excluded.updated_at`,
    )
    .run({ ...input, at: tx.at });
  const after = getIsmsScope(tx.db);
  tx.audit(SCOPE_RECORD, '1', before.updatedAt === null ? null : before, after);
  return after;
}
