// The demo organisation: a realistic, deterministic workspace for trying Custos and for tests and
// benchmarks. Each domain area adds its part in its own file (isms.ts, risks.ts, controls.ts …).
// Everything is written through the areas' own change functions, so the demo obeys the same rules,
// audit trail, search index and evidence links as records made in the app.
// Dates are offsets from the day the demo is created, by the backend's clock: there is always
// something overdue and something coming up, and two demos made on the same day are identical
// apart from record ids and timestamps.
import type { Actor, OrganisationProfile } from '../../../shared/contract';
import { calendarDateOf } from '../isms/record-dates';
import { getOrganisation, saveOrganisation } from '../organisation/organisation-queries';
import type { WorkspaceDb } from '../workspace/workspace-db';
import { populateDemoControls } from './controls';
import { populateDemoInventory } from './inventory';
import { populateDemoIsms } from './isms';
import { populateDemoPolicies } from './policies';
import { populateDemoRisks } from './risks';
import { populateDemoRequests } from './requests';
import { populateDemoTraining } from './training';
import { populateDemoBackups } from './backups';
import { populateDemoRunbooks } from './runbooks';
import { populateDemoIncidentResponse, populateDemoIncidents } from './incidents';

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
  privacyEmail: 'privacy@meridian-analytics.example',
  privacyPhone: '+353 1 555 0142',
  piplOfficerName: 'Chen Jing',
  piplOfficerEmail: 'pipl-officer@meridian-analytics.example',
  // An Irish company processing people in China from abroad (PIPL Art 3(2)) names one (Art 53).
  chinaRepresentative: 'Meridian Health Analytics (Shanghai) Co., Ltd., 88 Century Avenue, Pudong New Area, Shanghai 200120',
  timeZone: 'Europe/Dublin',
  jurisdictions: ['ccpa', 'gdpr', 'pipl'],
};

export function populateDemo(workspace: WorkspaceDb, actor: Actor): void {
  const anchor = workspace.change({ actor, procedure: 'workspace.createDemo' }, (tx) => {
    const before = getOrganisation(tx.db);
    saveOrganisation(tx.db, DEMO_PROFILE, tx.at);
    tx.audit('organisation_profile', '1', before, DEMO_PROFILE);
    const today = calendarDateOf(tx.at);
    populateDemoIsms(tx, today);
    populateDemoRisks(tx, today);
    populateDemoInventory(tx, today);
    // After the inventory: requests name a subject category and the systems it leads to.
    populateDemoRequests(tx, today);
    // After the inventory: incidents name the systems they touched.
    populateDemoIncidents(tx);
    // After the inventory: the privacy notices are generated from it.
    populateDemoPolicies(tx, today);
    // After the policies: their people are the first staff on the training list.
    populateDemoTraining(tx, today);
    // After the inventory: backup jobs and restore tests name its systems.
    populateDemoBackups(tx, today);
    // After training: drills name the staff on the people list.
    populateDemoRunbooks(tx, today);
    // After the runbooks (when there are any): the reportable breach works through the approved breach runbook.
    populateDemoIncidentResponse(tx);
    return today;
  });
  // After the risks: treating a risk is a reason to include a control in the SoA.
  populateDemoControls(workspace, actor, anchor);
}
