// Impact assessments on the agenda: each assessment that is not superseded by a later revision is due
// for review on its review date (a signed-off one to be revisited, an open one to be finished).
import type { AgendaEntry, AgendaProvider } from '../agenda/agenda-providers';
import type { Db } from '../workspace/sqlcipher';

export const assessmentReviewAgenda: AgendaProvider = {
  kind: 'assessment_review',
  title: { en: 'Impact assessment review', 'zh-CN': '影响评估复核' },
  items(db: Db): AgendaEntry[] {
    return db
      .prepare<[], { id: string; ref: string; name: string; review_date: string }>(
        `SELECT s.id, s.ref, s.name, s.review_date FROM inventory_assessments s
         WHERE s.review_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM inventory_assessments n WHERE n.previous_id = s.id)
         ORDER BY s.review_date, s.ref, s.id`,
      )
      .all()
      .map((row) => ({
        id: `assessment_review:${row.id}`,
        kind: 'assessment_review',
        title: `${row.ref} ${row.name}`,
        due: row.review_date,
        link: { screen: 'inventory', params: { tab: 'assessments', id: row.id } },
      }));
  },
};
