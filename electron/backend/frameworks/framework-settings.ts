// Framework scope settings, kept in workspace_meta: which SOC 2 categories the report covers and how
// early evidence counts as expiring.
import { SOC2_CATEGORY_IDS, type FrameworkSettings } from '../../../shared/contract';
import type { HandlerContext } from '../rpc/dispatcher';
import type { Db } from '../workspace/sqlcipher';
import type { WorkspaceDb } from '../workspace/workspace-db';

export const FRAMEWORK_META = {
  soc2Categories: 'soc2_categories',
  expiringWithinDays: 'evidence_expiring_within_days',
} as const;

export const DEFAULT_FRAMEWORK_SETTINGS: FrameworkSettings = Object.freeze({
  soc2Categories: ['security', 'availability', 'confidentiality', 'privacy'],
  expiringWithinDays: 30,
}) as FrameworkSettings;

type Soc2CategoryId = (typeof SOC2_CATEGORY_IDS)[number];

/** Security (the common criteria) is in every SOC 2 report; order follows the TSC. */
export function normaliseCategories(categories: readonly string[]): Soc2CategoryId[] {
  const wanted = new Set<string>(['security', ...categories]);
  return SOC2_CATEGORY_IDS.filter((id) => wanted.has(id));
}

function meta(db: Db, key: string): string | null {
  return (db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
}

function parseCategories(raw: string | null): Soc2CategoryId[] {
  if (raw === null) return [...DEFAULT_FRAMEWORK_SETTINGS.soc2Categories];
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return normaliseCategories(value);
  } catch {
    // A damaged value falls back to the defaults below rather than making every control screen fail.
  }
  return [...DEFAULT_FRAMEWORK_SETTINGS.soc2Categories];
}

export function readFrameworkSettings(db: Db): FrameworkSettings {
  const days = Number(meta(db, FRAMEWORK_META.expiringWithinDays));
  return {
    soc2Categories: parseCategories(meta(db, FRAMEWORK_META.soc2Categories)),
    expiringWithinDays: Number.isInteger(days) && days >= 1 && days <= 365 ? days : DEFAULT_FRAMEWORK_SETTINGS.expiringWithinDays,
  };
}

export function updateFrameworkSettings(workspace: WorkspaceDb, patch: Partial<FrameworkSettings>, context: HandlerContext): FrameworkSettings {
  return workspace.change({ actor: context.actor, procedure: 'frameworks.settings.update' }, (tx) => {
    const before = readFrameworkSettings(tx.db);
    const after: FrameworkSettings = {
      soc2Categories: patch.soc2Categories ? normaliseCategories(patch.soc2Categories) : before.soc2Categories,
      expiringWithinDays: patch.expiringWithinDays ?? before.expiringWithinDays,
    };
    workspace.setMeta(tx.db, FRAMEWORK_META.soc2Categories, JSON.stringify(after.soc2Categories));
    workspace.setMeta(tx.db, FRAMEWORK_META.expiringWithinDays, String(after.expiringWithinDays));
    tx.audit('framework_settings', 'frameworks', { ...before }, { ...after });
    return after;
  });
}
