// Saved table views (a name, filters, sort and shown columns) per workspace and tab. They are a
// preference of this computer's user, kept in the browser's local storage under the workspace's id;
// the workspace itself holds no view state.
import { useCallback, useState } from 'react';
import { useSession } from '../../app/session-store';

export interface TableView {
  name: string;
  filter: Record<string, string | boolean | undefined>;
  sort: { key: string; direction: 'asc' | 'desc' };
  columns: string[];
}

function storageKey(workspaceId: string, tab: string): string {
  return `custos.inventory.views.${workspaceId}.${tab}`;
}

function isView(value: unknown): value is TableView {
  const v = value as TableView;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.name === 'string' &&
    typeof v.filter === 'object' &&
    v.filter !== null &&
    typeof v.sort?.key === 'string' &&
    (v.sort.direction === 'asc' || v.sort.direction === 'desc') &&
    Array.isArray(v.columns) &&
    v.columns.every((c) => typeof c === 'string')
  );
}

export function readViews(workspaceId: string, tab: string): TableView[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(storageKey(workspaceId, tab)) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(isView) : [];
  } catch {
    return [];
  }
}

export function writeViews(workspaceId: string, tab: string, views: readonly TableView[]): void {
  localStorage.setItem(storageKey(workspaceId, tab), JSON.stringify(views));
}

/** The tab's saved views; saving under an existing name replaces that view. */
export function useSavedViews(tab: string) {
  const workspaceId = useSession((state) => (state.status.state === 'unlocked' ? state.status.workspaceId : ''));
  const [views, setViews] = useState<TableView[]>(() => readViews(workspaceId, tab));
  const save = useCallback(
    (view: TableView) => {
      const next = [...readViews(workspaceId, tab).filter((v) => v.name !== view.name), view].sort((a, b) => a.name.localeCompare(b.name));
      writeViews(workspaceId, tab, next);
      setViews(next);
    },
    [workspaceId, tab],
  );
  const remove = useCallback(
    (name: string) => {
      const next = readViews(workspaceId, tab).filter((v) => v.name !== name);
      writeViews(workspaceId, tab, next);
      setViews(next);
    },
    [workspaceId, tab],
  );
  return { views, save, remove };
}
