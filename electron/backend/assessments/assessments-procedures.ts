// The impact assessments' procedures: thin adapters from the contract onto assessment-changes.ts.
import { AppError, type Actor } from '../../../shared/contract';
import type { assessmentsProcedures } from '../../../shared/contract/areas/assessments';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import type { ChangeTx } from '../workspace/workspace-db';
import { createAssessment, deleteAssessment, returnAssessment, reviseAssessment, signOffAssessment, submitAssessment, updateAssessment } from './assessment-changes';
import { ASSESSMENT_RECORD, getAssessment, listAssessments } from './assessments-queries';

type AssessmentsProcedure = keyof typeof assessmentsProcedures;

export function assessmentsHandlers({ session }: HandlerDeps): AreaHandlers<AssessmentsProcedure> {
  const change = <T>(procedure: AssessmentsProcedure, actor: Actor, fn: (tx: ChangeTx) => T): T => session.workspace().change({ actor, procedure }, fn);
  return {
    'assessments.list': ({ activityId }) => session.workspace().read((db) => listAssessments(db, activityId)),
    'assessments.get': ({ id }) => {
      const found = session.workspace().read((db) => getAssessment(db, id));
      if (!found) throw new AppError('NOT_FOUND', 'no such assessment', { entity: ASSESSMENT_RECORD, id });
      return found;
    },
    'assessments.create': (input, { actor }) => change('assessments.create', actor, (tx) => createAssessment(tx, input)),
    'assessments.update': ({ id, changes }, { actor }) => change('assessments.update', actor, (tx) => updateAssessment(tx, id, changes)),
    'assessments.submit': ({ id }, { actor }) => change('assessments.submit', actor, (tx) => submitAssessment(tx, id)),
    'assessments.return': ({ id }, { actor }) => change('assessments.return', actor, (tx) => returnAssessment(tx, id)),
    'assessments.signOff': ({ id, signedOffBy, note, reviewDate }, { actor }) => change('assessments.signOff', actor, (tx) => signOffAssessment(tx, id, signedOffBy, note, reviewDate)),
    'assessments.revise': ({ id }, { actor }) => change('assessments.revise', actor, (tx) => reviseAssessment(tx, id)),
    'assessments.delete': ({ id }, { actor }) =>
      change('assessments.delete', actor, (tx) => {
        deleteAssessment(tx, id);
        return { deleted: true as const };
      }),
  };
}
