// Agenda items for control reviews: every control with a review date set.
import type { AgendaProvider } from '../agenda/agenda-providers';
import { controlLink } from '../search/search-links';
import type { FrameworkKey } from './controls-queries';

export const controlReviewAgenda: AgendaProvider = {
  kind: 'control_review',
  title: { en: 'Control review', 'zh-CN': '控制措施评审' },
  items(db) {
    const rows = db
      .prepare<[], { framework: FrameworkKey; controlId: string; due: string }>(
        'SELECT framework, control_id AS controlId, review_date AS due FROM workspace_controls WHERE review_date IS NOT NULL',
      )
      .all();
    return rows.map((row) => ({
      id: `control_review:${row.framework}:${row.controlId}`,
      kind: 'control_review',
      title: row.controlId,
      due: row.due,
      link: controlLink(row.framework, row.controlId),
    }));
  },
};
