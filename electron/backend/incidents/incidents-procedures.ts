// The incident register's procedures: thin adapters from the contract onto incident-changes.ts,
// the queries, the letters, the dashboard figures and the breach register export.
import { AppError } from '../../../shared/contract';
import { defaultLetterLanguage, type incidentsProcedures } from '../../../shared/contract/areas/incidents';
import { DASHBOARD_FIGURES } from '../agenda/dashboard-figures';
import { deliverExport } from '../exports/export-file';
import { todayFrom } from '../frameworks/calendar-dates';
import { getOrganisation } from '../organisation/organisation-queries';
import type { HandlerContext } from '../rpc/dispatcher';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import type { ChangeTx } from '../workspace/workspace-db';
import { readWorkspaceSettings } from '../workspace/workspace-settings';
import { renderBreachRegister } from './breach-register-export';
import {
  addIncidentAction,
  addTimelineEntry,
  chooseIncidentRunbook,
  clearNotification,
  createIncident,
  INCIDENT_RECORD,
  linkEvidenceFile,
  recordNotification,
  recordNotNeeded,
  reopenChecklistStep,
  saveIncidentReview,
  setIncidentStatus,
  skipChecklistStep,
  tickChecklistStep,
  unlinkEvidenceFile,
  updateIncident,
  updateIncidentAction,
} from './incident-changes';
import { draftBreachLetter } from './incident-letters';
import { approvedRunbookSteps } from './runbook-source';
import { breachRegister, getIncident, listIncidents } from './incident-queries';

type IncidentsProcedure = keyof typeof incidentsProcedures;

export function incidentsHandlers({ session, options }: HandlerDeps): AreaHandlers<IncidentsProcedure> {
  const now = () => options.now?.() ?? new Date();
  const change = <T>(procedure: IncidentsProcedure, context: HandlerContext, fn: (tx: ChangeTx) => T): T =>
    session.workspace().change({ actor: context.actor, procedure }, fn);
  return {
    'incidents.list': () => session.workspace().read((db) => listIncidents(db, now())),
    'incidents.get': ({ id }) => {
      const incident = session.workspace().read((db) => getIncident(db, id, now()));
      if (!incident) throw new AppError('NOT_FOUND', 'no such incident', { entity: INCIDENT_RECORD, id });
      return incident;
    },
    'incidents.create': (input, context) => change('incidents.create', context, (tx) => createIncident(tx, input)),
    'incidents.update': ({ id, incident }, context) => change('incidents.update', context, (tx) => updateIncident(tx, id, incident)),
    'incidents.setStatus': ({ id, status }, context) => change('incidents.setStatus', context, (tx) => setIncidentStatus(tx, id, status)),
    'incidents.timeline.add': ({ id, at, actor, action }, context) => change('incidents.timeline.add', context, (tx) => addTimelineEntry(tx, id, at, actor, action)),
    'incidents.notifications.record': ({ id, law, key, sentAt, content, reference }, context) =>
      change('incidents.notifications.record', context, (tx) => recordNotification(tx, id, law, key, sentAt, content, reference)),
    'incidents.notifications.notNeeded': ({ id, law, key, reason }, context) => change('incidents.notifications.notNeeded', context, (tx) => recordNotNeeded(tx, id, law, key, reason)),
    'incidents.notifications.clear': ({ id, law, key }, context) => change('incidents.notifications.clear', context, (tx) => clearNotification(tx, id, law, key)),
    'incidents.evidence.link': ({ id, fileId }, context) => change('incidents.evidence.link', context, (tx) => linkEvidenceFile(tx, id, fileId)),
    'incidents.evidence.unlink': ({ id, fileId }, context) => change('incidents.evidence.unlink', context, (tx) => unlinkEvidenceFile(tx, id, fileId)),
    'incidents.checklist.choose': ({ id, runbookId }, context) => change('incidents.checklist.choose', context, (tx) => chooseIncidentRunbook(tx, id, runbookId, approvedRunbookSteps)),
    'incidents.checklist.tick': ({ id, stepId, personId, doneBy, doneAt, note }, context) =>
      change('incidents.checklist.tick', context, (tx) => tickChecklistStep(tx, id, stepId, personId, doneBy, doneAt, note)),
    'incidents.checklist.skip': ({ id, stepId, personId, doneBy, reason }, context) =>
      change('incidents.checklist.skip', context, (tx) => skipChecklistStep(tx, id, stepId, personId, doneBy, reason)),
    'incidents.checklist.reopen': ({ id, stepId }, context) => change('incidents.checklist.reopen', context, (tx) => reopenChecklistStep(tx, id, stepId)),
    'incidents.letters.draft': ({ id, kind, language }) => {
      const at = now();
      return session.workspace().read((db) => {
        const incident = getIncident(db, id, at);
        if (!incident) throw new AppError('NOT_FOUND', 'no such incident', { entity: INCIDENT_RECORD, id });
        const chosen = language ?? defaultLetterLanguage(kind);
        return { kind, language: chosen, text: draftBreachLetter(db, incident, kind, chosen, at) };
      });
    },
    'incidents.review.save': ({ id, review }, context) => change('incidents.review.save', context, (tx) => saveIncidentReview(tx, id, review)),
    'incidents.actions.add': ({ id, action }, context) => change('incidents.actions.add', context, (tx) => addIncidentAction(tx, id, action)),
    'incidents.actions.update': ({ id, actionId, action }, context) => change('incidents.actions.update', context, (tx) => updateIncidentAction(tx, id, actionId, action)),
    'incidents.figures': () => {
      const at = now();
      return session.workspace().read((db) => ({ ...DASHBOARD_FIGURES.incidentFigures(db, at), ...DASHBOARD_FIGURES.requestFigures(db, at) }));
    },
    'incidents.register': () => session.workspace().read((db) => breachRegister(db, now())),
    'incidents.register.export': async ({ format, destination }) => {
      const generatedAt = now();
      const data = session.workspace().read((db) => ({ entries: breachRegister(db, generatedAt), organisation: getOrganisation(db)?.legalName ?? '' }));
      const language = readWorkspaceSettings(session.workspace()).language;
      const file = await renderBreachRegister(data.entries, data.organisation, language, format, generatedAt, todayFrom(options.now));
      return deliverExport(file, destination);
    },
  };
}
