import { AppError, type OrganisationProfile } from '../../../shared/contract';
import { isKnownTimeZone } from '../../../shared/deadlines/calendar';
import { refreshOpenDeadlines } from '../requests/request-deadlines';
import type { HandlerContext } from '../rpc/dispatcher';
import type { WorkspaceDb } from '../workspace/workspace-db';
import { getOrganisation, saveOrganisation } from './organisation-queries';

export function readOrganisation(workspace: WorkspaceDb): OrganisationProfile {
  const profile = workspace.read(getOrganisation);
  if (!profile) throw new AppError('NOT_FOUND', 'the organisation profile is missing');
  return profile;
}

/** Saves the profile; a new time zone moves the open requests' deadlines (breach clocks follow on their own). */
export function updateOrganisation(workspace: WorkspaceDb, input: OrganisationProfile, context: HandlerContext): OrganisationProfile {
  if (!isKnownTimeZone(input.timeZone)) throw new AppError('INVALID_INPUT', `unknown time zone ${input.timeZone}`, { issues: [{ path: ['timeZone'], code: 'custom', message: 'time_zone' }] });
  const next = { ...input, jurisdictions: [...new Set(input.jurisdictions)].sort() };
  workspace.change({ actor: context.actor, procedure: 'organisation.update' }, (tx) => {
    const before = getOrganisation(tx.db);
    saveOrganisation(tx.db, next, tx.at);
    tx.audit('organisation_profile', '1', before, next);
    if (before?.timeZone !== next.timeZone) refreshOpenDeadlines(tx.db);
  });
  return readOrganisation(workspace);
}
