// Training on the agenda, one item per course rather than per person (there may be hundreds): the
// people overdue, due on the earliest overdue date, and the people due within the next 30 days, due
// on the earliest of those dates.
import { EXPIRING_WITHIN_DAYS } from '../../../shared/contract/areas/training';
import { addDays } from '../../../shared/recurrence/dates';
import type { AgendaEntry, AgendaProvider } from '../agenda/agenda-providers';
import type { Db } from '../workspace/sqlcipher';

function perCourse(db: Db, kind: string, where: string, today: string, tab: string): AgendaEntry[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.title, count(*), min(a.due_on) FROM training_assignments a JOIN training_courses c ON c.id = a.course_id JOIN people p ON p.id = a.person_id
        WHERE a.status = 'open' AND (p.leave_date IS NULL OR p.leave_date > @today) AND ${where} GROUP BY c.id`,
    )
    .raw()
    .all({ today, soon: addDays(today, EXPIRING_WITHIN_DAYS) }) as [string, string, number, string][];
  return rows.map(([id, title, count, due]) => ({ id: `${kind}:${id}`, kind, title: `${title} (${count})`, due, link: { screen: 'training', params: { tab, id } } }));
}

export const trainingOverdueAgenda: AgendaProvider = {
  kind: 'training_overdue',
  title: { en: 'Training overdue', 'zh-CN': '培训逾期' },
  items: (db, today) => perCourse(db, 'training_overdue', 'a.due_on < @today', today, 'overdue'),
};

export const trainingDueSoonAgenda: AgendaProvider = {
  kind: 'training_due_soon',
  title: { en: 'Training due soon', 'zh-CN': '培训即将到期' },
  items: (db, today) => perCourse(db, 'training_due_soon', 'a.due_on >= @today AND a.due_on <= @soon', today, 'overdue'),
};
