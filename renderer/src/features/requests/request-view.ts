// Pure helpers of the requests screen: the countdown to a deadline, which deadline is in force, the
// list's filters, and the actions a request's status allows.
import { OPEN_REQUEST_STATUSES, type DataSubjectRequest, type RequestStatus, type RequestSummary } from '../../../../shared/contract/areas/requests';

export interface Countdown {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
}

/** Time from `now` to `due` (or since it, when overdue), in whole days, hours and minutes. */
export function countdown(due: string, now: number): Countdown {
  const diff = Date.parse(due) - now;
  const overdue = diff < 0;
  const total = Math.floor(Math.abs(diff) / 60_000);
  return { overdue, days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

export function isOpen(status: RequestStatus): boolean {
  return (OPEN_REQUEST_STATUSES as readonly RequestStatus[]).includes(status);
}

/** The respond deadline in force while the clock runs (the extended one after an extension); null once answered. */
export function runningDeadline(request: Pick<RequestSummary, 'status' | 'respondDue'>): { due: string } | null {
  if (!isOpen(request.status) || request.respondDue === null) return null;
  return { due: request.respondDue };
}

export interface RequestFilters {
  text: string;
  status: RequestStatus | null;
  law: RequestSummary['law'] | null;
  openOnly: boolean;
}

export function filterRequests(requests: readonly RequestSummary[], filters: RequestFilters): RequestSummary[] {
  const q = filters.text.trim().toLocaleLowerCase();
  return requests.filter(
    (r) =>
      (!filters.openOnly || isOpen(r.status)) &&
      (filters.status === null || r.status === filters.status) &&
      (filters.law === null || r.law === filters.law) &&
      (q === '' || `${r.ref}\n${r.requesterName}`.toLocaleLowerCase().includes(q)),
  );
}

/** Open requests first, by the deadline in force (soonest, i.e. most overdue, first); then the rest, newest first. */
export function sortRequests(requests: readonly RequestSummary[]): RequestSummary[] {
  return [...requests].sort((a, b) => {
    const da = runningDeadline(a)?.due;
    const db = runningDeadline(b)?.due;
    if (da && db) return da.localeCompare(db) || a.ref.localeCompare(b.ref);
    if (da) return -1;
    if (db) return 1;
    return b.receivedAt.localeCompare(a.receivedAt) || b.ref.localeCompare(a.ref);
  });
}

export type RequestAction = 'verify' | 'confirmReceipt' | 'extend' | 'respond' | 'refuse' | 'withdraw' | 'close' | 'redact';

/** The actions a request allows now (the backend checks the same rules and says why when it refuses). */
export function availableActions(request: DataSubjectRequest, now: number): RequestAction[] {
  const actions: RequestAction[] = [];
  if (isOpen(request.status)) {
    actions.push('verify');
    if (request.confirmedAt === null && request.deadlines.some((d) => d.key === 'confirm_receipt')) actions.push('confirmReceipt');
    const first = request.deadlines.find((d) => d.key === 'respond')?.due;
    if (!request.extension && request.deadlines.some((d) => d.key === 'respond_extended') && first && Date.parse(first) >= now) actions.push('extend');
    actions.push('respond', 'refuse', 'withdraw');
  }
  if (request.status === 'responded' || request.status === 'refused' || request.status === 'withdrawn') actions.push('close');
  if (request.status === 'closed' && request.redactedAt === null && request.redactionDueOn !== null) actions.push('redact');
  return actions;
}

/** A date-time input's value (local) as an ISO instant. */
export function localInputToIso(value: string): string {
  return new Date(value).toISOString();
}

/** An instant as a `datetime-local` input value in the user's time zone. */
export function isoToLocalInput(instant: string | number | Date): string {
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
