// The training area's procedures: thin adapters from the contract onto people, courses, assignment
// generation, completions and rates.
import type { trainingProcedures } from '../../../shared/contract/areas/training';
import { todayFrom } from '../frameworks/calendar-dates';
import type { HandlerContext } from '../rpc/dispatcher';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import type { ChangeTx } from '../workspace/workspace-db';
import { generateAssignments, listAssignments } from './training-assignments';
import { listCompletions, recordCompletion } from './training-completions';
import { createCourse, deleteCourse, listCourses, updateCourse } from './training-courses';
import { createTrainingPerson, deleteTrainingPerson, listTrainingPeople, updateTrainingPerson } from './training-people';
import { monthlyRates, trainingRates } from './training-rates';

type TrainingProcedure = keyof typeof trainingProcedures;

export function trainingHandlers({ session, options }: HandlerDeps): AreaHandlers<TrainingProcedure> {
  const today = () => todayFrom(options.now);
  const change = <T>(procedure: TrainingProcedure, context: HandlerContext, fn: (tx: ChangeTx) => T): T =>
    session.workspace().change({ actor: context.actor, procedure }, fn);
  const deleted = { deleted: true as const };
  return {
    'training.people.list': () => session.workspace().read((db) => listTrainingPeople(db, today())),
    'training.people.create': (input, context) => change('training.people.create', context, (tx) => createTrainingPerson(tx, input, today())),
    'training.people.update': ({ id, person }, context) => change('training.people.update', context, (tx) => updateTrainingPerson(tx, id, person, today())),
    'training.people.delete': ({ id }, context) =>
      change('training.people.delete', context, (tx) => {
        deleteTrainingPerson(tx, id, today());
        return deleted;
      }),
    'training.courses.list': () => session.workspace().read((db) => listCourses(db, today())),
    'training.courses.create': (input, context) => change('training.courses.create', context, (tx) => createCourse(tx, input, today())),
    'training.courses.update': ({ id, course }, context) => change('training.courses.update', context, (tx) => updateCourse(tx, id, course, today())),
    'training.courses.delete': ({ id }, context) =>
      change('training.courses.delete', context, (tx) => {
        deleteCourse(tx, id);
        return deleted;
      }),
    'training.assignments.generate': (_input, context) => change('training.assignments.generate', context, (tx) => generateAssignments(tx, today())),
    'training.assignments.list': (filter) => session.workspace().read((db) => listAssignments(db, today(), filter)),
    'training.completions.record': (input, context) => change('training.completions.record', context, (tx) => recordCompletion(tx, input, today())),
    'training.completions.list': (filter) => session.workspace().read((db) => listCompletions(db, filter)),
    'training.rates': () => session.workspace().read((db) => trainingRates(db, today())),
    'training.rates.monthly': () => session.workspace().read((db) => monthlyRates(db, today())),
  };
}
