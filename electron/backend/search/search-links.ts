// Where a search hit opens, by entity type. Each module that indexes records adds one line here;
// a type without an entry opens `{ screen: <entityType>, params: { id } }`.
import type { SearchHit } from '../../../shared/contract';

export type ScreenLink = SearchHit['link'];

/** Control entities are indexed as `<framework>:<controlId>`, e.g. `iso27001:A.5.1`. */
export function controlEntityId(framework: string, controlId: string): string {
  return `${framework}:${controlId}`;
}

export function controlLink(framework: string, controlId: string): ScreenLink {
  return { screen: 'controls', params: { framework, controlId } };
}

export const SEARCH_LINKS: Readonly<Record<string, (entityId: string) => ScreenLink>> = {
  control: (entityId) => {
    const colon = entityId.indexOf(':');
    return controlLink(entityId.slice(0, colon), entityId.slice(colon + 1));
  },
  evidence_file: (entityId) => ({ screen: 'evidence', params: { fileId: entityId } }),
  risk: (entityId) => ({ screen: 'risks', params: { id: entityId } }),
  // An audit's document also holds its findings and corrective actions (isms/internal-audits.ts).
  internal_audit: (entityId) => ({ screen: 'audits', params: { id: entityId } }),
  isms_objective: (entityId) => ({ screen: 'objectives', params: { id: entityId } }),
  management_review: (entityId) => ({ screen: 'reviews', params: { id: entityId } }),
  // The data inventory opens on the record's tab.
  system: (entityId) => ({ screen: 'inventory', params: { tab: 'systems', id: entityId } }),
  data_category: (entityId) => ({ screen: 'inventory', params: { tab: 'dataCategories', id: entityId } }),
  subject_category: (entityId) => ({ screen: 'inventory', params: { tab: 'subjectCategories', id: entityId } }),
  processing_activity: (entityId) => ({ screen: 'inventory', params: { tab: 'activities', id: entityId } }),
  vendor: (entityId) => ({ screen: 'inventory', params: { tab: 'vendors', id: entityId } }),
  transfer: (entityId) => ({ screen: 'inventory', params: { tab: 'transfers', id: entityId } }),
  assessment: (entityId) => ({ screen: 'inventory', params: { tab: 'assessments', id: entityId } }),
  // A policy is indexed once, as `<policyId>/<versionId>` of its newest version.
  policy_version: (entityId) => {
    const [id = '', versionId = ''] = entityId.split('/');
    return { screen: 'policies', params: { id, versionId } };
  },
  data_subject_request: (entityId) => ({ screen: 'requests', params: { id: entityId } }),
  incident: (entityId) => ({ screen: 'incidents', params: { id: entityId } }),
  // Complaints are listed on the requests screen's complaints tab.
  privacy_complaint: (entityId) => ({ screen: 'requests', params: { tab: 'complaints', id: entityId } }),
  // People and courses open on the training screen's tab.
  person: (entityId) => ({ screen: 'training', params: { tab: 'people', id: entityId } }),
  training_course: (entityId) => ({ screen: 'training', params: { tab: 'courses', id: entityId } }),
  // Backup jobs and restore tests open on the backups screen's tab.
  backup_job: (entityId) => ({ screen: 'backups', params: { tab: 'jobs', id: entityId } }),
  restore_test: (entityId) => ({ screen: 'backups', params: { tab: 'restoreTests', id: entityId } }),
  // Runbooks and drills open on the runbooks screen's tab.
  runbook: (entityId) => ({ screen: 'runbooks', params: { tab: 'runbooks', id: entityId } }),
  runbook_drill: (entityId) => ({ screen: 'runbooks', params: { tab: 'drills', id: entityId } }),
};

export function searchLink(entityType: string, entityId: string): ScreenLink {
  const resolve = Object.prototype.hasOwnProperty.call(SEARCH_LINKS, entityType) ? SEARCH_LINKS[entityType] : undefined;
  return resolve ? resolve(entityId) : { screen: entityType, params: { id: entityId } };
}
