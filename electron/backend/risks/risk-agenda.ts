// The risk register's contribution to the agenda: each risk still in play is due for review on its
// review date. Closed risks drop out; accepted ones stay, since an acceptance is reviewed too.
import type { AgendaEntry, AgendaProvider } from '../agenda/agenda-providers';
import type { Db } from '../workspace/sqlcipher';

export const riskReviewAgenda: AgendaProvider = {
  kind: 'risk_review',
  title: { en: 'Risk review', 'zh-CN': '风险评审' },
  items(db: Db): AgendaEntry[] {
    return db
      .prepare<[], { id: string; ref: string; title: string; review_date: string }>(
        `SELECT id, ref, title, review_date FROM risks WHERE review_date IS NOT NULL AND status <> 'closed' ORDER BY review_date, length(ref), ref`,
      )
      .all()
      .map((row) => ({ id: `risk_review:${row.id}`, kind: 'risk_review', title: `${row.ref} ${row.title}`, due: row.review_date, link: { screen: 'risks', params: { id: row.id } } }));
  },
};

/** Dashboard figure: risks still being dealt with (open or treating) whose residual score is above the appetite. Accepted risks are signed off and closed ones done. */
export function openRisksAboveAppetite(db: Db): number {
  return (
    (db
      .prepare(`SELECT count(*) FROM risks WHERE status IN ('open', 'treating') AND residual_score > (SELECT appetite FROM risk_scales WHERE id = 1)`)
      .pluck()
      .get() as number | undefined) ?? 0
  );
}
