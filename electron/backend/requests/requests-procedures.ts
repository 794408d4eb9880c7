// The request register's procedures: thin adapters from the contract onto request-changes.ts, the
// calendars, the letters and the complaints log.
import { AppError } from '../../../shared/contract';
import { REQUEST_TYPES } from '../../../shared/deadlines/deadline-rules';
import type { requestsProcedures } from '../../../shared/contract/areas/requests';
import type { HandlerContext } from '../rpc/dispatcher';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import type { ChangeTx } from '../workspace/workspace-db';
import { createComplaint, deleteComplaint, listComplaints, updateComplaint } from './complaints';
import { getRequestCalendars, getRequestSettings, resetCalendarYear, saveCalendarYear, saveRequestSettings } from './request-calendars';
import {
  addVerification,
  closeRequest,
  confirmReceipt,
  createRequest,
  extendRequest,
  redactRequest,
  refuseRequest,
  REQUEST_RECORD,
  respondToRequest,
  syncRequestSystems,
  updateSystemCheck,
  withdrawRequest,
} from './request-changes';
import { refreshOpenDeadlines } from './request-deadlines';
import { draftLetter } from './request-letters';
import { getRequest, listRequests } from './request-queries';

type RequestsProcedure = keyof typeof requestsProcedures;

export function requestsHandlers({ session }: HandlerDeps): AreaHandlers<RequestsProcedure> {
  const change = <T>(procedure: RequestsProcedure, context: HandlerContext, fn: (tx: ChangeTx) => T): T =>
    session.workspace().change({ actor: context.actor, procedure }, fn);
  const get = (id: string) => {
    const request = session.workspace().read((db) => getRequest(db, id));
    if (!request) throw new AppError('NOT_FOUND', 'no such request', { entity: REQUEST_RECORD, id });
    return request;
  };
  return {
    'requests.types': () => ({ gdpr: [...REQUEST_TYPES.gdpr], ccpa: [...REQUEST_TYPES.ccpa], pipl: [...REQUEST_TYPES.pipl] }),
    'requests.settings.get': () => session.workspace().read(getRequestSettings),
    'requests.settings.update': (input, context) =>
      change('requests.settings.update', context, (tx) => {
        const settings = saveRequestSettings(tx, input);
        refreshOpenDeadlines(tx.db);
        return settings;
      }),
    'requests.calendars.get': ({ year }) => session.workspace().read((db) => getRequestCalendars(db, year)),
    'requests.calendars.update': ({ year, region, holidays, workedWeekendDays }, context) =>
      change('requests.calendars.update', context, (tx) => {
        saveCalendarYear(tx, year, region, holidays, workedWeekendDays);
        refreshOpenDeadlines(tx.db);
        return getRequestCalendars(tx.db, year);
      }),
    'requests.calendars.reset': ({ year, region }, context) =>
      change('requests.calendars.reset', context, (tx) => {
        resetCalendarYear(tx, year, region);
        refreshOpenDeadlines(tx.db);
        return getRequestCalendars(tx.db, year);
      }),
    'requests.list': () => session.workspace().read(listRequests),
    'requests.get': ({ id }) => get(id),
    'requests.create': (input, context) => change('requests.create', context, (tx) => createRequest(tx, input)),
    'requests.verification.add': ({ id, ...step }, context) => change('requests.verification.add', context, (tx) => addVerification(tx, id, step)),
    'requests.systems.update': ({ id, ...check }, context) => change('requests.systems.update', context, (tx) => updateSystemCheck(tx, id, check)),
    'requests.systems.sync': ({ id }, context) => change('requests.systems.sync', context, (tx) => syncRequestSystems(tx, id)),
    'requests.confirmReceipt': ({ id, sentAt, letter }, context) => change('requests.confirmReceipt', context, (tx) => confirmReceipt(tx, id, sentAt, letter)),
    'requests.extend': ({ id, reason, noticeSentAt, letter }, context) => change('requests.extend', context, (tx) => extendRequest(tx, id, reason, noticeSentAt, letter)),
    'requests.respond': ({ id, respondedAt, letter }, context) => change('requests.respond', context, (tx) => respondToRequest(tx, id, respondedAt, letter)),
    'requests.refuse': ({ id, reason, explanation, refusedAt, letter }, context) =>
      change('requests.refuse', context, (tx) => refuseRequest(tx, id, reason, explanation, refusedAt, letter)),
    'requests.withdraw': ({ id, withdrawnAt, note }, context) => change('requests.withdraw', context, (tx) => withdrawRequest(tx, id, withdrawnAt, note)),
    'requests.close': ({ id }, context) => change('requests.close', context, (tx) => closeRequest(tx, id)),
    'requests.redact': ({ id }, context) => change('requests.redact', context, (tx) => redactRequest(tx, id)),
    'requests.letters.draft': ({ id, kind, extensionReason, refusalReason, explanation }) => {
      const recorded = get(id);
      // A notice is drafted before the step is recorded: the reasons typed so far fill it in.
      const request = {
        ...recorded,
        extension: extensionReason !== undefined ? { reason: extensionReason, noticeSentAt: '' } : recorded.extension,
        refusal: refusalReason !== undefined ? { reason: refusalReason, explanation: explanation ?? '', refusedAt: '' } : recorded.refusal,
      };
      return { kind, language: request.language, text: session.workspace().read((db) => draftLetter(db, request, kind)) };
    },
    'requests.complaints.list': () => session.workspace().read(listComplaints),
    'requests.complaints.create': (input, context) => change('requests.complaints.create', context, (tx) => createComplaint(tx, input)),
    'requests.complaints.update': ({ id, complaint }, context) => change('requests.complaints.update', context, (tx) => updateComplaint(tx, id, complaint)),
    'requests.complaints.delete': ({ id }, context) =>
      change('requests.complaints.delete', context, (tx) => {
        deleteComplaint(tx, id);
        return { deleted: true as const };
      }),
  };
}
