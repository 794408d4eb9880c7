// The training import procedures and the rates over time. A commit is a job: it reports
// `job.progress` (phases read, validate, write, assignments) and stops at `jobs.cancel`, leaving
// nothing written.
import { createHash } from 'node:crypto';
import { AppError, type Actor, type JobProgressEvent } from '../../../shared/contract';
import type { ColumnMapping, DuplicatePolicy, ImportSource } from '../../../shared/contract/areas/inventory-import';
import type { TrainingImportKind, trainingImportProcedures, TrainingImportPreview } from '../../../shared/contract/areas/training-import';
import { auditHeadSeq } from '../audit-log/audit-chain';
import { todayFrom } from '../frameworks/calendar-dates';
import { describeTable } from '../inventory-import/column-mapping';
import { readImportTable, sourceBytes, tableFromBytes } from '../inventory-import/read-table';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import { rateHistory } from '../training/training-rates';
import type { WorkspaceDb } from '../workspace/workspace-db';
import { planCompletions, type CompletionsPlan } from './completions-plan';
import { planPeople, type PeoplePlan } from './people-plan';
import { hasErrors, trainingRows } from './plan-common';
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

type Plan = { kind: 'people'; plan: PeoplePlan } | { kind: 'completions'; plan: CompletionsPlan };

/** Running import jobs by id, so `jobs.cancel` can stop one. */
const running = new Map<string, AbortController>();

/** Stops a running training import; false when none has that id. */
export function cancelTrainingImportJob(jobId: string): boolean {
  const controller = running.get(jobId);
  if (!controller) return false;
  controller.abort();
  return true;
}

/**
 * The last clean dry run's plan. A commit of the same file with the same choices, on the same day
 * while the workspace is unchanged since (same database, same audit head), writes it instead of
 * checking every row again.
 */
let lastPlan: { key: string; db: object; auditHead: number; plan: Plan } | null = null;

function requestKey(bytes: Buffer, request: TrainingImportRequest, today: string): string {
  const { sheet, kind, mapping, onDuplicate } = request;
  return createHash('sha256').update(bytes).update(JSON.stringify({ sheet, kind, mapping, onDuplicate, today })).digest('hex');
}


const previewOf = (plan: Plan): TrainingImportPreview => plan.plan.preview;

export function trainingImportHandlers({ session, options, emit }: HandlerDeps): AreaHandlers<TrainingImportProcedure> {
  const today = () => todayFrom(options.now);
  const progress = (jobId: string) => (phase: string, done: number, total: number) => {
    const event: JobProgressEvent = { type: 'job.progress', jobId, kind: 'training_import', phase, done, total };
    emit?.(event);
  };

  async function plan(workspace: WorkspaceDb, bytes: Buffer, request: TrainingImportRequest, signal?: AbortSignal, onProgress?: (done: number, total: number) => void): Promise<Plan> {
    const table = await tableFromBytes(bytes, request.sheet);
    if (request.kind === 'people') return { kind: 'people', plan: await planPeople(workspace.db, table, { mapping: request.mapping, onDuplicate: request.onDuplicate, signal, onProgress }) };
    return { kind: 'completions', plan: await planCompletions(workspace.db, table, today(), { mapping: request.mapping, signal, onProgress }) };
  }

  async function commit(input: TrainingImportRequest & { jobId: string }, actor: Actor) {
    const workspace = session.workspace();
    if (running.has(input.jobId)) throw new AppError('BUSY', 'an import with this job id is running');
    workspace.assertNoLongChange(TRAINING_IMPORT_PROCEDURE);
    const controller = new AbortController();
    running.set(input.jobId, controller);
    const report = progress(input.jobId);
    try {
      report('read', 0, 1);
      const { bytes } = sourceBytes(input.source);
      const day = today();
      const key = requestKey(bytes, input, day);
      const checked = lastPlan;
      lastPlan = null;
      let planned: Plan;
      if (checked && checked.key === key && checked.db === workspace.db && checked.auditHead === auditHeadSeq(workspace.db)) {
        planned = checked.plan;
        report('read', 1, 1);
      } else {
        report('read', 1, 1);
        planned = await plan(workspace, bytes, input, controller.signal, (done, total) => report('validate', done, total));
      }
      await new Promise((resolveTick) => setImmediate(resolveTick));
      if (controller.signal.aborted) throw new AppError('CANCELLED', 'the import was cancelled');
      const preview = previewOf(planned);
      if (hasErrors(preview)) {
        const errors = preview.problems.filter((p) => p.severity === 'error');
        throw new AppError('INVALID_INPUT', `the file has ${errors.length} problem(s); nothing was imported`, { counts: preview.counts, problems: errors.slice(0, 200), problemCount: errors.length });
      }
      const commitOptions = { actor, today: day, signal: controller.signal, onProgress: report };
      return planned.kind === 'people' ? await writePeoplePlan(workspace, planned.plan, commitOptions) : await writeCompletionsPlan(workspace, planned.plan, commitOptions);
    } finally {
      running.delete(input.jobId);
    }
  }

  return {
    'trainingImport.inspect': async ({ source, sheet }) => {
      const table = await readImportTable(source, sheet);
      const { header, rows } = trainingRows(table);
      const { headers, ...described } = describeTable(table, header, rows);
      return { ...described, suggestedKind: suggestKind(headers), proposals: trainingProposals(headers) };
    },

    'trainingImport.dryRun': async (request) => {
      const workspace = session.workspace();
      const { bytes } = sourceBytes(request.source);
      const head = auditHeadSeq(workspace.db);
      const planned = await plan(workspace, bytes, request);
      lastPlan = hasErrors(previewOf(planned)) ? null : { key: requestKey(bytes, request, today()), db: workspace.db, auditHead: head, plan: planned };
      return previewOf(planned);
    },

    'trainingImport.commit': async ({ source, sheet, kind, mapping, onDuplicate, jobId }, { actor }) => commit({ source, sheet, kind, mapping, onDuplicate, jobId }, actor),

    'training.rates.history': ({ by }) => session.workspace().read((db) => rateHistory(db, today(), by)),
  };
}
