// The runbooks area's procedures: thin adapters from the contract onto runbook-changes.ts,
// drill-changes.ts and the checklist other areas use.
import type { runbooksProcedures } from '../../../shared/contract/areas/runbooks';
import { RUNBOOK_TEMPLATES } from '../../../shared/runbooks/template-catalog';
import { todayFrom } from '../frameworks/calendar-dates';
import type { HandlerContext } from '../rpc/dispatcher';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import type { ChangeTx } from '../workspace/workspace-db';
import { createDrill, deleteDrill, getDrill, listDrills, updateDrill } from './drill-changes';
import { approveVersion, createRunbook, deleteRunbook, discardDraft, runbookDetail, saveDraft, startDraft, updateRunbook } from './runbook-changes';
import { runbookStepsForChecklist } from './runbook-checklist';
import { listRunbookRows, mustGetRunbook, mustGetVersion, toSummary, toVersion } from './runbooks-queries';

type RunbooksProcedure = keyof typeof runbooksProcedures;

export function runbooksHandlers({ session, options }: HandlerDeps): AreaHandlers<RunbooksProcedure> {
  const today = () => todayFrom(options.now);
  const change = <T>(procedure: RunbooksProcedure, context: HandlerContext, fn: (tx: ChangeTx) => T): T => session.workspace().change({ actor: context.actor, procedure }, fn);
  const deleted = { deleted: true as const };
  return {
    'runbooks.templates': () => RUNBOOK_TEMPLATES.map((template) => ({ id: template.id, title: { ...template.title }, stepCount: template.steps.length })),
    'runbooks.list': () => session.workspace().read((db) => listRunbookRows(db).map((row) => toSummary(db, row, today()))),
    'runbooks.get': ({ id }) => session.workspace().read((db) => runbookDetail(db, mustGetRunbook(db, id), today())),
    'runbooks.create': (input, context) => change('runbooks.create', context, (tx) => createRunbook(tx, input)),
    'runbooks.update': ({ id, title, owner }, context) => change('runbooks.update', context, (tx) => updateRunbook(tx, id, { title, owner })),
    'runbooks.delete': ({ id }, context) =>
      change('runbooks.delete', context, (tx) => {
        deleteRunbook(tx, id);
        return deleted;
      }),
    'runbooks.versions.get': ({ runbookId, versionId }) =>
      session.workspace().read((db) => toVersion(mustGetVersion(db, mustGetRunbook(db, runbookId, ['runbookId']).id, versionId))),
    'runbooks.draft.start': ({ runbookId }, context) => change('runbooks.draft.start', context, (tx) => startDraft(tx, runbookId)),
    'runbooks.draft.save': (input, context) => change('runbooks.draft.save', context, (tx) => saveDraft(tx, input)),
    'runbooks.draft.discard': ({ runbookId, versionId }, context) =>
      change('runbooks.draft.discard', context, (tx) => {
        discardDraft(tx, runbookId, versionId);
        return deleted;
      }),
    'runbooks.approve': (input, context) => change('runbooks.approve', context, (tx) => approveVersion(tx, input)),
    'runbooks.checklist': ({ runbookId }) => session.workspace().read((db) => runbookStepsForChecklist(db, mustGetRunbook(db, runbookId, ['runbookId']).id)),
    'runbooks.drills.list': ({ runbookId }) => session.workspace().read((db) => listDrills(db, runbookId)),
    'runbooks.drills.get': ({ id }) => session.workspace().read((db) => getDrill(db, id)),
    'runbooks.drills.create': (input, context) => change('runbooks.drills.create', context, (tx) => createDrill(tx, input, today())),
    'runbooks.drills.update': ({ id, drill }, context) => change('runbooks.drills.update', context, (tx) => updateDrill(tx, id, drill, today())),
    'runbooks.drills.delete': ({ id }, context) =>
      change('runbooks.drills.delete', context, (tx) => {
        deleteDrill(tx, id);
        return deleted;
      }),
  };
}
