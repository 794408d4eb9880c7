// policies/: every approved policy or notice version in force at some time during the period, as
// the PDF the policies area exports (cover with title, version, approver, approval date and the
// text's SHA-256). A version is in force from its publication (or, unpublished, its approval) until
// it was superseded or retired; one approved after the period end is left out.
import { listPolicyRows, type PolicyRow, type VersionRow } from '../../policies/policies-queries';
import { renderVersion, versionFileName } from '../../policies/policy-export';
import type { Db } from '../../workspace/sqlcipher';
import type { PackContext, PackFile, PackPolicy } from '../pack-types';
import { fileStamp } from './register-file';

export const POLICIES_FOLDER = 'policies';

const day = (instant: string | null) => (instant === null ? null : instant.slice(0, 10));

/** The versions in force during the period, by policy title then version number. */
export function policiesInForce(ctx: PackContext, db: Db): { policy: PolicyRow; version: VersionRow }[] {
  const policies = new Map(listPolicyRows(db).map((policy) => [policy.id, policy]));
  const versions = db.prepare('SELECT * FROM policy_versions WHERE approved_at IS NOT NULL AND approved_at <= ? ORDER BY policy_id, number').all(ctx.asOf) as VersionRow[];
  return versions
    .filter((version) => {
      const from = day(version.published_at ?? version.approved_at)!;
      const until = version.ended_at !== null && version.ended_at <= ctx.asOf ? day(version.ended_at) : null;
      return from <= ctx.period.to && (until === null || until >= ctx.period.from) && policies.has(version.policy_id);
    })
    .map((version) => ({ policy: policies.get(version.policy_id)!, version }))
    .sort((a, b) => (a.version.title < b.version.title ? -1 : a.version.title > b.version.title ? 1 : a.version.number - b.version.number || (a.version.id < b.version.id ? -1 : 1)));
}

export async function collectPolicies(ctx: PackContext, db: Db): Promise<{ policies: PackPolicy[]; files: PackFile[] }> {
  const policies: PackPolicy[] = [];
  const files: PackFile[] = [];
  for (const { policy, version } of policiesInForce(ctx, db)) {
    if (ctx.signal?.aborted) throw ctx.signal.reason ?? new Error('aborted');
    const path = `${POLICIES_FOLDER}/${versionFileName(policy, version, 'pdf')}`;
    const rendered = await renderVersion({ policy, version, organisation: ctx.workspace.organisationName, nextReviewDate: null, generatedAt: fileStamp(ctx) }, 'pdf');
    files.push({ path, content: rendered.content, size: rendered.content.length });
    policies.push({ title: version.title, version: String(version.number), approvedAt: version.approved_at, effectiveFrom: day(version.published_at ?? version.approved_at), path });
  }
  return { policies, files };
}
