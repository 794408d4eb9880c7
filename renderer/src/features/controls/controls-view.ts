// The controls table's rows: the backend's decisions joined with the catalog (title and group in the
// UI language, catalog order), and the filters and sort the screen offers.
import type { ControlRow, Framework, Freshness, ImplementationStatus } from '../../../../shared/contract';
import { listControls } from '../../../../shared/frameworks';
import { contractControlId } from '../../lib/catalog';
import { localized } from '../../lib/localized';

export interface ControlView {
  row: ControlRow;
  title: string;
  /** Both languages' titles, for matching whatever the user types. */
  searchText: string;
  group: string;
  groupTitle: string;
  /** Position in the catalog, the natural order of ids (A.5.2 before A.5.10). */
  order: number;
}

export function controlViews(framework: Framework, rows: readonly ControlRow[], language: string): ControlView[] {
  const byId = new Map(rows.map((row) => [row.controlId, row]));
  const views: ControlView[] = [];
  listControls(framework).forEach((control, order) => {
    const id = contractControlId(control);
    const row = byId.get(id);
    if (!row) return;
    views.push({
      row,
      title: localized(control.title, language),
      searchText: [id, control.title.en, control.title['zh-CN'], row.owner, row.notes, row.justification].join('\n').toLocaleLowerCase(),
      group: control.group,
      groupTitle: localized(control.groupTitle, language),
      order,
    });
  });
  return views;
}

export interface ControlFilters {
  text: string;
  status: ImplementationStatus | null;
  applicability: 'applicable' | 'not_applicable' | null;
  freshness: Freshness | null;
  group: string | null;
}

export const NO_FILTERS: ControlFilters = { text: '', status: null, applicability: null, freshness: null, group: null };

export function filterControls(views: readonly ControlView[], filters: ControlFilters): ControlView[] {
  const text = filters.text.trim().toLocaleLowerCase();
  return views.filter((view) => {
    if (filters.status && view.row.status !== filters.status) return false;
    if (filters.applicability === 'applicable' && !view.row.applicable) return false;
    if (filters.applicability === 'not_applicable' && view.row.applicable) return false;
    if (filters.freshness && view.row.evidence.freshness !== filters.freshness) return false;
    if (filters.group && view.group !== filters.group) return false;
    if (text && !view.searchText.includes(text)) return false;
    return true;
  });
}

export type ControlSortKey = 'id' | 'title' | 'status' | 'owner' | 'reviewDate' | 'evidence';
export interface ControlSort {
  key: ControlSortKey;
  direction: 'asc' | 'desc';
}

const STATUS_RANK: Record<ImplementationStatus, number> = { not_started: 0, planned: 1, in_progress: 2, implemented: 3 };
const FRESHNESS_RANK: Record<Freshness, number> = { missing: 0, expired: 1, expiring: 2, current: 3 };

function compare(a: ControlView, b: ControlView, key: ControlSortKey, collator: Intl.Collator): number {
  switch (key) {
    case 'id':
      return a.order - b.order;
    case 'title':
      return collator.compare(a.title, b.title);
    case 'status':
      return STATUS_RANK[a.row.status] - STATUS_RANK[b.row.status];
    case 'owner':
      // Unowned controls last in ascending order: they are the ones to assign.
      return (a.row.owner === '' ? 1 : 0) - (b.row.owner === '' ? 1 : 0) || collator.compare(a.row.owner, b.row.owner);
    case 'reviewDate':
      return (a.row.reviewDate ?? '9999-99-99').localeCompare(b.row.reviewDate ?? '9999-99-99');
    case 'evidence':
      return FRESHNESS_RANK[a.row.evidence.freshness] - FRESHNESS_RANK[b.row.evidence.freshness] || a.row.evidence.count - b.row.evidence.count;
  }
}

export function sortControls(views: readonly ControlView[], sort: ControlSort, language: string): ControlView[] {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Ties keep catalog order, whichever the direction.
  return [...views].sort((a, b) => sign * compare(a, b, sort.key, collator) || a.order - b.order);
}
