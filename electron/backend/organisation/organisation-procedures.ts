import { AppError, type OrganisationProfile } from '../../../shared/contract';
import type { HandlerContext } from '../rpc/dispatcher';
import type { WorkspaceDb } from '../workspace/workspace-db';
import { getOrganisation, saveOrganisation } from './organisation-queries';

export function readOrganisation(workspace: WorkspaceDb): OrganisationProfile {
  const profile = workspace.read(getOrganisation);
  if (!profile) throw new AppError('NOT_FOUND', 'the organisation profile is missing');
  return profile;
}

export function updateOrganisation(workspace: WorkspaceDb, input: OrganisationProfile, context: HandlerContext): OrganisationProfile {
  const next = { ...input, jurisdictions: [...new Set(input.jurisdictions)].sort() };
  workspace.change({ actor: context.actor, procedure: 'organisation.update' }, (tx) => {
    const before = getOrganisation(tx.db);
    saveOrganisation(tx.db, next, tx.at);
    tx.audit('organisation_profile', '1', before, next);
  });
  return readOrganisation(workspace);
}
