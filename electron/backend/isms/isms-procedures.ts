// The ISMS procedures: scope, objectives, internal audits with findings and corrective actions, and
// management reviews. Thin adapters onto the area's modules, which hold the rules.
import { AppError, type ismsProcedures, type ProcedureOutput } from '../../../shared/contract';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import type { Db } from '../workspace/sqlcipher';
import { actionsOfFinding, createAction, deleteAction, listActions, updateAction } from './corrective-actions';
import { AUDIT_RECORD, createAudit, createFinding, deleteAudit, deleteFinding, getAudit, listAudits, listFindings, updateAudit, updateFinding } from './internal-audits';
import { getIsmsScope, updateIsmsScope } from './isms-scope';
import { createReview, deleteReview, listReviews, updateReview } from './management-reviews';
import { createObjective, deleteObjective, listObjectives, updateObjective } from './objectives';

type IsmsProcedure = keyof typeof ismsProcedures;

const DELETED = { deleted: true as const };

/** An audit with its findings, each with its corrective actions (the audit screen's one read). */
export function auditWithFindings(db: Db, id: string): ProcedureOutput<'audits.get'> {
  const audit = getAudit(db, id);
  if (!audit) throw new AppError('NOT_FOUND', 'no such internal audit', { entity: AUDIT_RECORD, id });
  return { audit, findings: listFindings(db, id).map((finding) => ({ ...finding, actions: actionsOfFinding(db, finding.id) })) };
}

export function ismsHandlers({ session }: HandlerDeps): AreaHandlers<IsmsProcedure> {
  const ws = () => session.workspace();
  return {
    'isms.scope.get': () => ws().read(getIsmsScope),
    'isms.scope.update': (input, { actor }) => ws().change({ actor, procedure: 'isms.scope.update' }, (tx) => updateIsmsScope(tx, input)),

    'objectives.list': () => ws().read(listObjectives),
    'objectives.create': (input, { actor }) => ws().change({ actor, procedure: 'objectives.create' }, (tx) => createObjective(tx, input)),
    'objectives.update': ({ id, objective }, { actor }) => ws().change({ actor, procedure: 'objectives.update' }, (tx) => updateObjective(tx, id, objective)),
    'objectives.delete': ({ id }, { actor }) => ws().change({ actor, procedure: 'objectives.delete' }, (tx) => {
        deleteObjective(tx, id);
        return DELETED;
      }),

    'audits.list': () => ws().read(listAudits),
    'audits.get': ({ id }) => ws().read((db) => auditWithFindings(db, id)),
    'audits.create': (input, { actor }) => ws().change({ actor, procedure: 'audits.create' }, (tx) => createAudit(tx, input, [])),
    'audits.update': ({ id, audit }, { actor }) => ws().change({ actor, procedure: 'audits.update' }, (tx) => updateAudit(tx, id, audit, ['audit'])),
    'audits.delete': ({ id }, { actor }) => ws().change({ actor, procedure: 'audits.delete' }, (tx) => {
        deleteAudit(tx, id);
        return DELETED;
      }),

    'findings.create': (input, { actor }) => ws().change({ actor, procedure: 'findings.create' }, (tx) => createFinding(tx, input)),
    'findings.update': ({ id, finding }, { actor }) => ws().change({ actor, procedure: 'findings.update' }, (tx) => updateFinding(tx, id, finding, ['finding'])),
    'findings.delete': ({ id }, { actor }) => ws().change({ actor, procedure: 'findings.delete' }, (tx) => {
        deleteFinding(tx, id);
        return DELETED;
      }),

    'actions.list': ({ openOnly }) => ws().read((db) => listActions(db, openOnly)),
    'actions.create': (input, { actor }) => ws().change({ actor, procedure: 'actions.create' }, (tx) => createAction(tx, input, [])),
    'actions.update': ({ id, action }, { actor }) => ws().change({ actor, procedure: 'actions.update' }, (tx) => updateAction(tx, id, action, ['action'])),
    'actions.delete': ({ id }, { actor }) => ws().change({ actor, procedure: 'actions.delete' }, (tx) => {
        deleteAction(tx, id);
        return DELETED;
      }),

    'reviews.list': () => ws().read(listReviews),
    'reviews.create': (input, { actor }) => ws().change({ actor, procedure: 'reviews.create' }, (tx) => createReview(tx, input, [])),
    'reviews.update': ({ id, review }, { actor }) => ws().change({ actor, procedure: 'reviews.update' }, (tx) => updateReview(tx, id, review, ['review'])),
    'reviews.delete': ({ id }, { actor }) => ws().change({ actor, procedure: 'reviews.delete' }, (tx) => {
        deleteReview(tx, id);
        return DELETED;
      }),
  };
}
