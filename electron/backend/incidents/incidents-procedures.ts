// The incident register's procedures: thin adapters from the contract onto incident-changes.ts,
// the queries and the breach register export.
import { AppError } from '../../../shared/contract';
import type { incidentsProcedures } from '../../../shared/contract/areas/incidents';
import { deliverExport } from '../exports/export-file';
import { todayFrom } from '../frameworks/calendar-dates';
import { getOrganisation } from '../organisation/organisation-queries';
import type { HandlerContext } from '../rpc/dispatcher';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import type { ChangeTx } from '../workspace/workspace-db';
import { readWorkspaceSettings } from '../workspace/workspace-settings';
import { renderBreachRegister } from './breach-register-export';
import {
  addTimelineEntry,
  clearNotification,
  createIncident,
  INCIDENT_RECORD,
  linkEvidenceFile,
  recordNotification,
  recordNotNeeded,
  setIncidentStatus,
  unlinkEvidenceFile,
  updateIncident,
} from './incident-changes';
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
