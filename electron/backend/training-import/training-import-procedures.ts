// The training import procedures and the rates over time. A commit is a job: it reports
// `job.progress` (phases read, validate, write, assignments) and stops at `jobs.cancel`, leaving
// nothing written.
import type { ColumnMapping, DuplicatePolicy, ImportSource } from '../../../shared/contract/areas/inventory-import';
import type { TrainingImportKind, trainingImportProcedures, TrainingImportPreview, TrainingImportResult } from '../../../shared/contract/areas/training-import';
import { todayFrom } from '../frameworks/calendar-dates';
import { describeTable } from '../inventory-import/column-mapping';
import { ImportJobs } from '../inventory-import/import-jobs';
import { readImportTable, tableFromBytes } from '../inventory-import/read-table';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import { rateHistory } from '../training/training-rates';
import { planCompletions, type CompletionsPlan } from './completions-plan';
import { planPeople, type PeoplePlan } from './people-plan';
import { trainingRows } from './plan-common';
import { suggestKind, trainingProposals } from './training-columns';
import { TRAINING_IMPORT_PROCEDURE, writeCompletionsPlan, writePeoplePlan } from './training-import-commit';

type TrainingImportProcedure = keyof typeof trainingImportProcedures;

interface TrainingImportRequest {
  source: ImportSource;
  sheet?: string;
  kind: TrainingImportKind;
  mapping?: ColumnMapping;
  onDuplicate: DuplicatePolicy;
}

/** A request as the jobs see it: with the backend's day, against which completions are checked. */
type DatedRequest = TrainingImportRequest & { today: string };

type Plan = ({ kind: 'people'; plan: PeoplePlan } | { kind: 'completions'; plan: CompletionsPlan }) & { today: string };

const imports = new ImportJobs<DatedRequest, Plan, TrainingImportPreview, TrainingImportResult>({
  kind: 'training_import',
  procedure: TRAINING_IMPORT_PROCEDURE,
  choices: ({ sheet, kind, mapping, onDuplicate, today }) => ({ sheet, kind, mapping, onDuplicate, today }),
  plan: async (workspace, bytes, { sheet, kind, mapping, onDuplicate, today }, options) => {
    const table = await tableFromBytes(bytes, sheet);
    if (kind === 'people') return { kind, today, plan: await planPeople(workspace.db, table, { mapping, onDuplicate, ...options }) };
    return { kind, today, plan: await planCompletions(workspace.db, table, today, { mapping, ...options }) };
  },
  preview: (planned) => planned.plan.preview,
  write: (workspace, planned, { actor, signal, report }) => {
    const options = { actor, today: planned.today, signal, onProgress: report };
    return planned.kind === 'people' ? writePeoplePlan(workspace, planned.plan, options) : writeCompletionsPlan(workspace, planned.plan, options);
  },
});

/** Stops a running training import; false when none has that id. */
export function cancelTrainingImportJob(jobId: string): boolean {
  return imports.cancel(jobId);
}

export function trainingImportHandlers({ session, options, emit }: HandlerDeps): AreaHandlers<TrainingImportProcedure> {
  const today = () => todayFrom(options.now);

  return {
    'trainingImport.inspect': async ({ source, sheet }) => {
      const table = await readImportTable(source, sheet);
      const { header, rows } = trainingRows(table);
      const { headers, ...described } = describeTable(table, header, rows);
      return { ...described, suggestedKind: suggestKind(headers), proposals: trainingProposals(headers) };
    },

    'trainingImport.dryRun': (request) => imports.dryRun(session.workspace(), { ...request, today: today() }),

    'trainingImport.commit': ({ source, sheet, kind, mapping, onDuplicate, jobId }, { actor }) => imports.commit(session.workspace(), { source, sheet, kind, mapping, onDuplicate, jobId, today: today() }, actor, emit),

    'training.rates.history': ({ by }) => session.workspace().read((db) => rateHistory(db, today(), by)),
  };
}
