import type { Language, WorkspaceSettings } from '../../../shared/contract';
import type { HandlerContext } from '../rpc/dispatcher';
import type { WorkspaceDb } from './workspace-db';
import { DEFAULT_AUTO_LOCK_MINUTES, META } from './workspace-session';

export function readWorkspaceSettings(workspace: WorkspaceDb): WorkspaceSettings {
  return {
    autoLockMinutes: Number(workspace.getMeta(META.autoLockMinutes) ?? DEFAULT_AUTO_LOCK_MINUTES),
    language: (workspace.getMeta(META.language) ?? 'en') as Language,
  };
}

export function updateWorkspaceSettings(workspace: WorkspaceDb, patch: Partial<WorkspaceSettings>, context: HandlerContext): WorkspaceSettings {
  const before = readWorkspaceSettings(workspace);
  const after = { ...before, ...patch };
  workspace.change({ actor: context.actor, procedure: 'workspace.settings.update' }, (tx) => {
    workspace.setMeta(tx.db, META.autoLockMinutes, String(after.autoLockMinutes));
    workspace.setMeta(tx.db, META.language, after.language);
    tx.audit('workspace_settings', 'workspace', { ...before }, { ...after });
  });
  return after;
}
