// The request register's contributions to the agenda: the respond deadline of every request whose
// clock runs (the extended one after an extension), CCPA's confirmation of receipt until it is
// recorded, and the redaction of the requester's details once the retention period after closure
// ends. Titles carry the reference, law and type only: the agenda is exported as an .ics file and
// must not spread the requester's name.
import { OPEN_REQUEST_STATUSES } from '../../../shared/contract/areas/requests';
import type { AgendaEntry, AgendaProvider } from '../agenda/agenda-providers';
import type { Db } from '../workspace/sqlcipher';
import { addMonthsToDate } from './request-dates';
import { retentionMonths } from './request-queries';

const OPEN = OPEN_REQUEST_STATUSES.map((status) => `'${status}'`).join(', ');

/** `DSR-2026-0001 GDPR access`, built by SQLite (the agenda reads thousands of these). */
const TITLE = `ref || ' ' || upper(law) || ' ' || type`;

export const requestDeadlineAgenda: AgendaProvider = {
  kind: 'request_deadline',
  title: { en: 'Data-subject request due', 'zh-CN': '个人信息权利请求到期' },
  items(db: Db): AgendaEntry[] {
    // Raw rows: this runs over every open request each time the agenda is built.
    const rows = db
      .prepare(`SELECT id, ${TITLE}, respond_due_date FROM data_subject_requests WHERE status IN (${OPEN}) AND respond_due_date IS NOT NULL`)
      .raw()
      .all() as [string, string, string][];
    return rows.map(([id, title, due]) => ({ id: `request_deadline:${id}`, kind: 'request_deadline', title, due, link: { screen: 'requests', params: { id } } }));
  },
};

export const requestConfirmationAgenda: AgendaProvider = {
  kind: 'request_confirmation',
  title: { en: 'Confirm receipt of a request', 'zh-CN': '确认收到请求' },
  items(db: Db): AgendaEntry[] {
    const rows = db
      .prepare(
        `SELECT id, ${TITLE}, confirm_due_date FROM data_subject_requests
          WHERE status IN (${OPEN}) AND confirmed_at IS NULL AND confirm_due_date IS NOT NULL`,
      )
      .raw()
      .all() as [string, string, string][];
    return rows.map(([id, title, due]) => ({ id: `request_confirmation:${id}`, kind: 'request_confirmation', title, due, link: { screen: 'requests', params: { id } } }));
  },
};

export const requestRedactionAgenda: AgendaProvider = {
  kind: 'request_redaction',
  title: { en: 'Redact a closed request', 'zh-CN': '对已结案请求去标识化' },
  items(db: Db): AgendaEntry[] {
    const months = retentionMonths(db);
    return db
      .prepare<[], { id: string; title: string; closed_at: string }>(
        `SELECT id, ${TITLE} AS title, closed_at FROM data_subject_requests WHERE status = 'closed' AND redacted_at IS NULL AND closed_at IS NOT NULL`,
      )
      .all()
      .map((row) => ({
        id: `request_redaction:${row.id}`,
        kind: 'request_redaction',
        title: row.title,
        due: addMonthsToDate(row.closed_at.slice(0, 10), months),
        link: { screen: 'requests', params: { id: row.id } },
      }));
  },
};
