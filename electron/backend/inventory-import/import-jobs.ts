// An import's dry run and its commit as a cancellable job, shared by the inventory and training
// imports: the jobs running by id (so `jobs.cancel` stops one), the last clean dry run's plan (a
// commit of the same file with the same choices, while the workspace is unchanged since, writes it
// instead of checking every row again), progress events (phases read, validate, then the writer's
// own), and the refusal of a file with any error before anything is written.
import { createHash } from 'node:crypto';
import { AppError, type Actor, type BackendEvent, type JobKind } from '../../../shared/contract';
import type { ImportCounts, ImportProblem, ImportSource } from '../../../shared/contract/areas/inventory-import';
import { auditHeadSeq } from '../audit-log/audit-chain';
import type { WorkspaceDb } from '../workspace/workspace-db';
import { sourceBytes } from './read-table';

export type ReportProgress = (phase: string, done: number, total: number) => void;

export interface ImportJobSpec<Request, Plan, Preview, Result> {
  kind: JobKind;
  /** The commit procedure, named when another long change is running. */
  procedure: string;
  /** The choices besides the file that make a plan (with the file's bytes, the key of a reusable plan). */
  choices(request: Request): unknown;
  /** Reads the file and checks every row; writes nothing. */
  plan(workspace: WorkspaceDb, bytes: Buffer, request: Request, options: { signal?: AbortSignal; onProgress?(done: number, total: number): void }): Promise<Plan>;
  preview(plan: Plan): Preview;
  /** Writes a clean plan (its own transaction, cancellable by `signal`). */
  write(workspace: WorkspaceDb, plan: Plan, options: { actor: Actor; signal: AbortSignal; report: ReportProgress }): Promise<Result>;
}

type Checked = { counts: ImportCounts; problems: ImportProblem[] };

function hasErrors(preview: Checked): boolean {
  return preview.problems.some((problem) => problem.severity === 'error');
}

export class ImportJobs<Request extends { source: ImportSource }, Plan, Preview extends Checked, Result> {
  private readonly running = new Map<string, AbortController>();
  private lastPlan: { key: string; db: object; auditHead: number; plan: Plan } | null = null;

  constructor(private readonly spec: ImportJobSpec<Request, Plan, Preview, Result>) {}

  /** Stops a running import; false when none has that id. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  private key(bytes: Buffer, request: Request): string {
    return createHash('sha256').update(bytes).update(JSON.stringify(this.spec.choices(request))).digest('hex');
  }

  async dryRun(workspace: WorkspaceDb, request: Request): Promise<Preview> {
    const { bytes } = sourceBytes(request.source);
    const head = auditHeadSeq(workspace.db);
    const plan = await this.spec.plan(workspace, bytes, request, {});
    const preview = this.spec.preview(plan);
    this.lastPlan = hasErrors(preview) ? null : { key: this.key(bytes, request), db: workspace.db, auditHead: head, plan };
    return preview;
  }

  async commit(workspace: WorkspaceDb, request: Request & { jobId: string }, actor: Actor, emit?: (event: BackendEvent) => void): Promise<Result> {
    const { jobId } = request;
    if (this.running.has(jobId)) throw new AppError('BUSY', 'an import with this job id is running');
    // Another import still being written: refused before this file is read and checked.
    workspace.assertNoLongChange(this.spec.procedure);
    const controller = new AbortController();
    this.running.set(jobId, controller);
    const report: ReportProgress = (phase, done, total) => emit?.({ type: 'job.progress', jobId, kind: this.spec.kind, phase, done, total });
    try {
      report('read', 0, 1);
      const { bytes } = sourceBytes(request.source);
      const key = this.key(bytes, request);
      const checked = this.lastPlan;
      this.lastPlan = null;
      const reusable = checked !== null && checked.key === key && checked.db === workspace.db && checked.auditHead === auditHeadSeq(workspace.db);
      report('read', 1, 1);
      const plan = reusable ? checked.plan : await this.spec.plan(workspace, bytes, request, { signal: controller.signal, onProgress: (done, total) => report('validate', done, total) });
      // A cancel sent while the file was read or checked lands here, before anything is written.
      await new Promise((resolveTick) => setImmediate(resolveTick));
      if (controller.signal.aborted) throw new AppError('CANCELLED', 'the import was cancelled');
      const preview = this.spec.preview(plan);
      if (hasErrors(preview)) {
        const errors = preview.problems.filter((problem) => problem.severity === 'error');
        throw new AppError('INVALID_INPUT', `the file has ${errors.length} problem(s); nothing was imported`, { counts: preview.counts, problems: errors.slice(0, 200), problemCount: errors.length });
      }
      // Awaited here, so the job stays cancellable (in `running`) until the write has ended.
      return await this.spec.write(workspace, plan, { actor, signal: controller.signal, report });
    } finally {
      this.running.delete(jobId);
    }
  }
}
