// What the policy screens derive from the contract's records: badge colours, which lifecycle steps a
// version offers, default redline pair, list filtering. Pure, so the rules are tested without a DOM.
import type { PolicySummary, PolicyVersionMeta, VersionStatus } from '../../../../shared/contract/areas/policies';

export const STATUS_COLORS: Record<VersionStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'blue',
  published: 'teal',
  superseded: 'violet',
  retired: 'dark',
};

export type LifecycleAction = 'save' | 'submit' | 'discard' | 'approve' | 'returnToDraft' | 'publish' | 'startDraft';

/**
 * The steps the selected version offers. A new draft starts from the latest version, only while no
 * draft or review is open and the policy is not retired.
 */
export function lifecycleActions(policy: PolicySummary, version: PolicyVersionMeta, versions: readonly PolicyVersionMeta[]): LifecycleAction[] {
  if (policy.status === 'retired' || policy.retiredAt) return [];
  const actions: LifecycleAction[] = [];
  switch (version.status) {
    case 'draft':
      actions.push('save', 'submit');
      if (version.number > 1) actions.push('discard');
      break;
    case 'in_review':
      actions.push('approve', 'returnToDraft');
      break;
    case 'approved':
      actions.push('publish');
      break;
    default:
      break;
  }
  const open = versions.some((v) => v.status === 'draft' || v.status === 'in_review');
  const latest = versions.reduce<PolicyVersionMeta | null>((best, v) => (!best || v.number > best.number ? v : best), null);
  if (!open && latest && latest.id === version.id) actions.push('startDraft');
  return actions;
}

/** The version a policy opens on: the open draft or review, else the one in force, else the newest. */
export function defaultVersionId(policy: PolicySummary, versions: readonly PolicyVersionMeta[]): string | null {
  const open = versions.find((v) => v.status === 'draft' || v.status === 'in_review');
  if (open) return open.id;
  if (policy.currentVersion) return policy.currentVersion.id;
  return versions[0]?.id ?? null;
}

/** The pair a redline starts with: the version before `toId` (by number) and `toId` itself. */
export function defaultRedlinePair(versions: readonly PolicyVersionMeta[], toId: string | null): { from: string; to: string } | null {
  if (versions.length < 2) return null;
  const sorted = [...versions].sort((a, b) => a.number - b.number);
  const toIndex = Math.max(
    1,
    sorted.findIndex((v) => v.id === toId),
  );
  const to = sorted[toIndex] ?? sorted[sorted.length - 1]!;
  const from = sorted[toIndex - 1]!;
  return { from: from.id, to: to.id };
}

/** Versions that can be acknowledged: approved or published ones. */
export function acknowledgeableVersions(versions: readonly PolicyVersionMeta[]): PolicyVersionMeta[] {
  return versions.filter((v) => v.status === 'approved' || v.status === 'published');
}

export interface PolicyFilter {
  text: string;
  kind: string | null;
  status: string | null;
}

export function filterPolicies(policies: readonly PolicySummary[], filter: PolicyFilter, collator: Intl.Collator): PolicySummary[] {
  const q = filter.text.trim().toLocaleLowerCase();
  return policies
    .filter((p) => !filter.kind || p.kind === filter.kind)
    .filter((p) => !filter.status || p.status === filter.status)
    .filter((p) => !q || `${p.title}\n${p.slug}\n${p.owner}`.toLocaleLowerCase().includes(q))
    .sort((a, b) => collator.compare(a.title, b.title));
}

/** A file name for an export of a policy version. */
export function exportFileName(policy: Pick<PolicySummary, 'slug'>, versionNumber: number | null, extension: string): string {
  return `${policy.slug}${versionNumber ? `-v${versionNumber}` : ''}.${extension}`;
}
