// The policies' contribution to the agenda: every policy in force is due for review on its next
// review date (set by hand, or the last approval plus the review cycle). Retired policies and
// policies never approved drop out. Read with one query, without the policies' text.
import type { AgendaEntry, AgendaProvider } from '../agenda/agenda-providers';
import type { Db } from '../workspace/sqlcipher';
import { reviewDue } from './policy-changes';

interface Row {
  id: string;
  title: string;
  next_review_date: string | null;
  review_cycle_months: number;
  version_id: string;
  number: number;
  last_approved_at: string | null;
}

export const policyReviewAgenda: AgendaProvider = {
  kind: 'policy_review',
  title: { en: 'Policy review', 'zh-CN': '制度评审' },
  items(db: Db): AgendaEntry[] {
    // The version in force: the published one, else the newest approved one.
    const rows = db
      .prepare<[], Row>(
        `SELECT p.id, p.title, p.next_review_date, p.review_cycle_months, v.id AS version_id, v.number,
           (SELECT max(approved_at) FROM policy_versions a WHERE a.policy_id = p.id) AS last_approved_at
         FROM policies p
         JOIN policy_versions v ON v.id = (
           SELECT c.id FROM policy_versions c WHERE c.policy_id = p.id AND c.status IN ('published', 'approved')
           ORDER BY c.status = 'published' DESC, c.number DESC LIMIT 1)
         WHERE p.retired_at IS NULL`,
      )
      .all();
    const entries: AgendaEntry[] = [];
    for (const row of rows) {
      const due = reviewDue({ retired_at: null, next_review_date: row.next_review_date, review_cycle_months: row.review_cycle_months }, row.last_approved_at);
      if (!due) continue;
      entries.push({
        id: `policy_review:${row.id}`,
        kind: 'policy_review',
        title: `${row.title} v${row.number}`,
        due,
        link: { screen: 'policies', params: { id: row.id, versionId: row.version_id } },
      });
    }
    return entries.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.title.localeCompare(b.title)));
  },
};
