// The import and record-of-processing export procedures. A commit is a job: it reports
// `job.progress` (phases read, validate, write) and stops at `jobs.cancel`, leaving nothing written.
import { createHash } from 'node:crypto';
import { AppError, type Actor, type JobProgressEvent } from '../../../shared/contract';
import type { ColumnMapping, DuplicatePolicy, ImportRecordType, ImportSource, inventoryImportProcedures } from '../../../shared/contract/areas/inventory-import';
import { auditHeadSeq } from '../audit-log/audit-chain';
import { deliverExport } from '../exports/export-file';
import { localIsoDate } from '../frameworks/calendar-dates';
import { loadInventory } from '../inventory/inventory-queries';
import { getOrganisation } from '../organisation/organisation-queries';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import { readWorkspaceSettings } from '../workspace/workspace-settings';
import { describeTable, proposals, suggestType } from './column-mapping';
import { writeImportPlan } from './import-commit';
import { dataRows, hasErrors, type ImportPlan, planImport } from './import-plan';
import { readImportTable, sourceBytes, tableFromBytes } from './read-table';
import { renderRopaCsv, renderRopaXlsx, ROPA_MIME_TYPES, ropaFileName } from './ropa-export';

type ImportProcedure = keyof typeof inventoryImportProcedures;


/** Running import jobs by id, so `jobs.cancel` can stop one. */
const running = new Map<string, AbortController>();

interface ImportRequest {
  source: ImportSource;
  sheet?: string;
  recordType: ImportRecordType;
  mapping?: ColumnMapping;
  onDuplicate: DuplicatePolicy;
}

/**
 * The last dry run's plan. A commit of the same file with the same choices, while the workspace is
 * unchanged since (same database, same audit head), writes that plan instead of checking every row
 * again; any change in between means a fresh check.
 */
let lastPlan: { key: string; db: object; auditHead: number; plan: ImportPlan } | null = null;

function requestKey(bytes: Buffer, request: ImportRequest): string {
  const { sheet, recordType, mapping, onDuplicate } = request;
  return createHash('sha256').update(bytes).update(JSON.stringify({ sheet, recordType, mapping, onDuplicate })).digest('hex');
}


/** Stops a running import; false when no import has that id. */
export function cancelImportJob(jobId: string): boolean {
  const controller = running.get(jobId);
  if (!controller) return false;
  controller.abort();
  return true;
}

export function inventoryImportHandlers({ session, options, emit }: HandlerDeps): AreaHandlers<ImportProcedure> {
  const progress = (jobId: string) => (phase: string, done: number, total: number) => {
    const event: JobProgressEvent = { type: 'job.progress', jobId, kind: 'inventory_import', phase, done, total };
    emit?.(event);
  };

  return {
    'inventoryImport.inspect': async ({ source, sheet }) => {
      const table = await readImportTable(source, sheet);
      const { header, rows } = dataRows(table);
      const { headers, ...described } = describeTable(table, header, rows);
      return { ...described, suggestedType: suggestType(headers), proposals: proposals(headers) };
    },

    'inventoryImport.dryRun': async (request) => {
      const workspace = session.workspace();
      const { bytes } = sourceBytes(request.source);
      const table = await tableFromBytes(bytes, request.sheet);
      const head = auditHeadSeq(workspace.db);
      const plan = await planImport(workspace.db, table, { recordType: request.recordType, mapping: request.mapping, onDuplicate: request.onDuplicate });
      lastPlan = hasErrors(plan.preview) ? null : { key: requestKey(bytes, request), db: workspace.db, auditHead: head, plan };
      return plan.preview;
    },

    'inventoryImport.commit': async ({ source, sheet, recordType, mapping, onDuplicate, jobId }, { actor }) => commit({ source, sheet, recordType, mapping, onDuplicate, jobId }, actor),

    'ropa.export': async ({ format, layout, destination }) => {
      const generatedAt = options.now?.() ?? new Date();
      const date = localIsoDate(generatedAt);
      const workspace = session.workspace();
      const { language } = readWorkspaceSettings(workspace);
      const data = workspace.read((db) => ({ organisation: getOrganisation(db), inventory: loadInventory(db) }));
      const source = { language, date, generatedAt, ...data };
      const content = format === 'xlsx' ? await renderRopaXlsx(source, layout) : renderRopaCsv(source, layout ?? 'controller');
      return deliverExport({ fileName: ropaFileName(data.organisation?.legalName ?? '', date, format === 'csv' ? (layout ?? 'controller') : layout, format), mimeType: ROPA_MIME_TYPES[format], content }, destination);
    },
  };

  async function commit(input: ImportRequest & { jobId: string }, actor: Actor) {
    const workspace = session.workspace();
    if (running.has(input.jobId)) throw new AppError('BUSY', 'an import with this job id is running');
    // Another import still being written: refused before this file is read and checked.
    workspace.assertNoLongChange('inventoryImport.commit');
    const controller = new AbortController();
    running.set(input.jobId, controller);
    const report = progress(input.jobId);
    try {
      report('read', 0, 1);
      const { bytes } = sourceBytes(input.source);
      const key = requestKey(bytes, input);
      const checked = lastPlan;
      lastPlan = null;
      let plan: ImportPlan;
      if (checked && checked.key === key && checked.db === workspace.db && checked.auditHead === auditHeadSeq(workspace.db)) {
        plan = checked.plan;
        report('read', 1, 1);
      } else {
        const table = await tableFromBytes(bytes, input.sheet);
        report('read', 1, 1);
        if (controller.signal.aborted) throw new AppError('CANCELLED', 'the import was cancelled');
        plan = await planImport(workspace.db, table, {
          recordType: input.recordType,
          mapping: input.mapping,
          onDuplicate: input.onDuplicate,
          signal: controller.signal,
          onProgress: (done, total) => report('validate', done, total),
        });
      }
      // A cancel sent while the file was read or checked lands here, before anything is written.
      await new Promise((resolveTick) => setImmediate(resolveTick));
      if (controller.signal.aborted) throw new AppError('CANCELLED', 'the import was cancelled');
      if (hasErrors(plan.preview)) {
        const errors = plan.preview.problems.filter((p) => p.severity === 'error');
        throw new AppError('INVALID_INPUT', `the file has ${errors.length} problem(s); nothing was imported`, {
          counts: plan.preview.counts,
          problems: errors.slice(0, 200),
          problemCount: errors.length,
        });
      }
      // Awaited here, so the job stays cancellable (in `running`) until the write has ended.
      return await writeImportPlan(workspace, plan, { actor, signal: controller.signal, onProgress: (done, total) => report('write', done, total) });
    } finally {
      running.delete(input.jobId);
    }
  }
}
