// The demo organisation: a realistic, deterministic workspace for trying Custos and for tests and
// benchmarks. Each domain area adds its part here as it arrives.
import type { Actor, OrganisationProfile } from '../../../shared/contract';
import { getOrganisation, saveOrganisation } from '../organisation/organisation-queries';
import type { WorkspaceDb } from '../workspace/workspace-db';

export const DEMO_WORKSPACE_NAME = 'Meridian Health Analytics (demo)';

export const DEMO_PROFILE: OrganisationProfile = {
  legalName: 'Meridian Health Analytics Ltd',
  tradingName: 'Meridian',
  registeredAddress: '14 Grand Canal Quay, Dublin 2, D02 X327, Ireland',
  country: 'IE',
  industry: 'Health-care analytics software',
  employeeCount: 240,
  dpoName: 'Aoife Brennan',
  dpoEmail: 'dpo@meridian-analytics.example',
  euRepresentative: '',
  jurisdictions: ['ccpa', 'gdpr', 'pipl'],
};

export function populateDemo(workspace: WorkspaceDb, actor: Actor): void {
  workspace.change({ actor, procedure: 'workspace.createDemo' }, (tx) => {
    const before = getOrganisation(tx.db);
    saveOrganisation(tx.db, DEMO_PROFILE, tx.at);
    tx.audit('organisation_profile', '1', before, DEMO_PROFILE);
  });
}
