// How an approved policy version is named where it shows up as linked evidence
// (evidence/record-labels.ts): `Information Security Policy v3`. A leaf module.
import type { Db } from '../workspace/sqlcipher';

export function policyVersionLabel(db: Db, versionId: string): string | null {
  const row = db
    .prepare<[string], { title: string; number: number }>('SELECT p.title, v.number FROM policy_versions v JOIN policies p ON p.id = v.policy_id WHERE v.id = ?')
    .get(versionId);
  return row ? `${row.title} v${row.number}` : null;
}
