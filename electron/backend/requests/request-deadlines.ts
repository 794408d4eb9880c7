// A request's legal clocks, from the shared deadline rules with the organisation's time zone and the
// workspace's calendars. They are stored with the request (the agenda reads thousands of them) and
// recomputed whenever an input changes: the request itself, an extension, the time zone, a calendar.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { requestDeadlines, type Deadline, type DeadlineLaw, type RequestType } from '../../../shared/deadlines/deadline-rules';
import { OPEN_REQUEST_STATUSES } from '../../../shared/contract/areas/requests';
import type { Db } from '../workspace/sqlcipher';
import { organisationTimeZone } from '../organisation/organisation-queries';
import { workspaceCalendars } from './request-calendars';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface DeadlineInputs {
  timeZone: string;
  calendars: ReturnType<typeof workspaceCalendars>;
}

export function deadlineInputs(db: Db): DeadlineInputs {
  return { timeZone: organisationTimeZone(db), calendars: workspaceCalendars(db) };
}

export function computeDeadlines(law: DeadlineLaw, type: string, receivedAt: string, inputs: DeadlineInputs): Deadline[] {
  return requestDeadlines(law, type as RequestType, new Date(receivedAt), {
    timeZone: inputs.timeZone,
    chinaCalendar: inputs.calendars.china,
    californiaCalendar: inputs.calendars.california,
  });
}

export function deadlineDue(deadlines: readonly Pick<Deadline, 'key' | 'due'>[], key: Deadline['key']): string | null {
  return deadlines.find((deadline) => deadline.key === key)?.due ?? null;
}

/** The calendar date of an instant in the organisation's time zone (agenda dates). */
export function localDate(instant: string, timeZone: string): string {
  return timeZone === 'UTC' ? instant.slice(0, 10) : dayjs(instant).tz(timeZone).format('YYYY-MM-DD');
}

interface ClockRow {
  id: string;
  law: DeadlineLaw;
  type: string;
  received_at: string;
  extension_notice_at: string | null;
  confirmed_at: string | null;
}

/** Computes and stores one request's deadlines; `respond_due` is the extended one after an extension. */
export function storeDeadlines(db: Db, row: ClockRow, inputs: DeadlineInputs): void {
  const deadlines = computeDeadlines(row.law, row.type, row.received_at, inputs);
  const respond = row.extension_notice_at !== null ? (deadlineDue(deadlines, 'respond_extended') ?? deadlineDue(deadlines, 'respond')) : deadlineDue(deadlines, 'respond');
  const confirm = deadlineDue(deadlines, 'confirm_receipt');
  db.prepare(
    `UPDATE data_subject_requests SET deadlines = ?, time_zone = ?, respond_due = ?, respond_due_date = ?, confirm_due = ?, confirm_due_date = ? WHERE id = ?`,
  ).run(
    JSON.stringify(deadlines),
    inputs.timeZone,
    respond,
    respond === null ? null : localDate(respond, inputs.timeZone),
    confirm,
    confirm === null ? null : localDate(confirm, inputs.timeZone),
    row.id,
  );
}

const OPEN = OPEN_REQUEST_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * Recomputes the deadlines of every request whose clock still runs (after a calendar or time-zone
 * change). Answered and closed requests keep the deadlines they were handled against.
 */
export function refreshOpenDeadlines(db: Db): number {
  const inputs = deadlineInputs(db);
  const rows = db
    .prepare<[], ClockRow>(`SELECT id, law, type, received_at, extension_notice_at, confirmed_at FROM data_subject_requests WHERE status IN (${OPEN})`)
    .all();
  for (const row of rows) storeDeadlines(db, row, inputs);
  return rows.length;
}
