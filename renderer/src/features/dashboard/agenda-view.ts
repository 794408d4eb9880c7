// What the agenda shows of an item: its kind in the UI language, a title (controls by their catalog
// title), and how far off it is.
import type { AgendaItem } from '../../../../shared/contract';
import { controlLabel } from '../../lib/catalog';

export const AGENDA_KINDS = [
  'control_review',
  'evidence_expiry',
  'risk_review',
  'corrective_action',
  'objective',
  'internal_audit',
  'management_review',
  'inventory_review',
  'vendor_certification_expiry',
] as const;

export const AGENDA_KIND_COLORS: Record<string, string> = {
  control_review: 'indigo',
  evidence_expiry: 'yellow',
  risk_review: 'orange',
  corrective_action: 'red',
  objective: 'teal',
  internal_audit: 'grape',
  management_review: 'cyan',
  inventory_review: 'blue',
  vendor_certification_expiry: 'pink',
};

export function agendaTitle(item: AgendaItem, language: string): string {
  const { framework, controlId } = item.link.params;
  if (item.link.screen === 'controls' && (framework === 'iso27001' || framework === 'soc2') && controlId && item.title === controlId) {
    return controlLabel(framework, controlId, language);
  }
  return item.title;
}

export type AgendaFilter = 'all' | 'overdue' | 'soon';

export function filterAgenda(items: readonly AgendaItem[], filter: AgendaFilter, kind: string | null): AgendaItem[] {
  return items.filter((item) => {
    if (kind && item.kind !== kind) return false;
    if (filter === 'overdue') return item.overdue;
    if (filter === 'soon') return !item.overdue && item.daysLeft <= 30;
    return true;
  });
}
