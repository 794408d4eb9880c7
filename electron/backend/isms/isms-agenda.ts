// The ISMS records' contributions to the agenda: corrective actions and objectives by due date,
// planned audits by their planned date, and the next management review set by the latest one.
import type { AgendaEntry, AgendaProvider } from '../agenda/agenda-providers';
import type { Db } from '../workspace/sqlcipher';
import { shortText } from './isms-labels';

export const correctiveActionAgenda: AgendaProvider = {
  kind: 'corrective_action',
  title: { en: 'Corrective action', 'zh-CN': '纠正措施' },
  items(db: Db): AgendaEntry[] {
    return db
      .prepare<[], { id: string; description: string; due_date: string; finding_ref: string; audit_id: string }>(
        `SELECT c.id, c.description, c.due_date, f.ref AS finding_ref, f.audit_id
         FROM corrective_actions c JOIN audit_findings f ON f.id = c.finding_id
         WHERE c.due_date IS NOT NULL AND c.status IN ('open', 'in_progress')
         ORDER BY c.due_date`,
      )
      .all()
      .map((row) => ({
        id: `corrective_action:${row.id}`,
        kind: 'corrective_action',
        title: `${row.finding_ref} ${shortText(row.description)}`,
        due: row.due_date,
        // The action lives on its audit's screen; `actionId` lets the screen bring it into view.
        link: { screen: 'audits', params: { id: row.audit_id, actionId: row.id } },
      }));
  },
};

export const objectiveAgenda: AgendaProvider = {
  kind: 'objective',
  title: { en: 'Security objective', 'zh-CN': '信息安全目标' },
  items(db: Db): AgendaEntry[] {
    return db
      .prepare<[], { id: string; title: string; due_date: string }>(
        `SELECT id, title, due_date FROM isms_objectives WHERE due_date IS NOT NULL AND status NOT IN ('achieved', 'missed') ORDER BY due_date`,
      )
      .all()
      .map((row) => ({ id: `objective:${row.id}`, kind: 'objective', title: row.title, due: row.due_date, link: { screen: 'objectives', params: { id: row.id } } }));
  },
};

export const internalAuditAgenda: AgendaProvider = {
  kind: 'internal_audit',
  title: { en: 'Internal audit', 'zh-CN': '内部审核' },
  items(db: Db): AgendaEntry[] {
    return db
      .prepare<[], { id: string; ref: string; title: string; planned_date: string }>(
        `SELECT id, ref, title, planned_date FROM internal_audits WHERE status = 'planned' ORDER BY planned_date`,
      )
      .all()
      .map((row) => ({ id: `internal_audit:${row.id}`, kind: 'internal_audit', title: `${row.ref} ${row.title}`, due: row.planned_date, link: { screen: 'audits', params: { id: row.id } } }));
  },
};

/** Only the latest review counts: its next date supersedes the ones set by earlier reviews. */
export const managementReviewAgenda: AgendaProvider = {
  kind: 'management_review',
  title: { en: 'Management review', 'zh-CN': '管理评审' },
  items(db: Db): AgendaEntry[] {
    const latest = db
      .prepare<[], { id: string; date: string; next_review_date: string | null }>(
        'SELECT id, date, next_review_date FROM management_reviews ORDER BY date DESC, created_at DESC, rowid DESC LIMIT 1',
      )
      .get();
    if (!latest?.next_review_date) return [];
    // The title names the review that set the date; the UI puts the translated kind before it. The
    // id follows the review, so the .ics entry stays the same until a newer review replaces it.
    return [{ id: `management_review:${latest.id}`, kind: 'management_review', title: latest.date, due: latest.next_review_date, link: { screen: 'reviews', params: { id: latest.id } } }];
  },
};

/** Dashboard figure: findings not yet closed. */
export function openFindings(db: Db): number {
  return (db.prepare(`SELECT count(*) FROM audit_findings WHERE status = 'open'`).pluck().get() as number | undefined) ?? 0;
}
