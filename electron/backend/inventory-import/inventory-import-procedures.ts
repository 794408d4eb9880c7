// The import and record-of-processing export procedures. A commit is a job: it reports
// `job.progress` (phases read, validate, write) and stops at `jobs.cancel`, leaving nothing written.
import type { ColumnMapping, DuplicatePolicy, ImportPreview, ImportRecordType, ImportResult, ImportSource, inventoryImportProcedures } from '../../../shared/contract/areas/inventory-import';
import { deliverExport } from '../exports/export-file';
import { localIsoDate } from '../frameworks/calendar-dates';
import { loadInventory } from '../inventory/inventory-queries';
import { getOrganisation } from '../organisation/organisation-queries';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import { readWorkspaceSettings } from '../workspace/workspace-settings';
import { describeTable, proposals, suggestType } from './column-mapping';
import { writeImportPlan } from './import-commit';
import { ImportJobs } from './import-jobs';
import { dataRows, type ImportPlan, planImport } from './import-plan';
import { readImportTable, tableFromBytes } from './read-table';
import { renderRopaCsv, renderRopaXlsx, ROPA_MIME_TYPES, ropaFileName } from './ropa-export';

type ImportProcedure = keyof typeof inventoryImportProcedures;

interface ImportRequest {
  source: ImportSource;
  sheet?: string;
  recordType: ImportRecordType;
  mapping?: ColumnMapping;
  onDuplicate: DuplicatePolicy;
}

const imports = new ImportJobs<ImportRequest, ImportPlan, ImportPreview, ImportResult>({
  kind: 'inventory_import',
  procedure: 'inventoryImport.commit',
  choices: ({ sheet, recordType, mapping, onDuplicate }) => ({ sheet, recordType, mapping, onDuplicate }),
  plan: async (workspace, bytes, request, options) => planImport(workspace.db, await tableFromBytes(bytes, request.sheet), { recordType: request.recordType, mapping: request.mapping, onDuplicate: request.onDuplicate, ...options }),
  preview: (plan) => plan.preview,
  write: (workspace, plan, { actor, signal, report }) => writeImportPlan(workspace, plan, { actor, signal, onProgress: (done, total) => report('write', done, total) }),
});

/** Stops a running import; false when no import has that id. */
export function cancelImportJob(jobId: string): boolean {
  return imports.cancel(jobId);
}

export function inventoryImportHandlers({ session, options, emit }: HandlerDeps): AreaHandlers<ImportProcedure> {
  return {
    'inventoryImport.inspect': async ({ source, sheet }) => {
      const table = await readImportTable(source, sheet);
      const { header, rows } = dataRows(table);
      const { headers, ...described } = describeTable(table, header, rows);
      return { ...described, suggestedType: suggestType(headers), proposals: proposals(headers) };
    },

    'inventoryImport.dryRun': (request) => imports.dryRun(session.workspace(), request),

    'inventoryImport.commit': ({ source, sheet, recordType, mapping, onDuplicate, jobId }, { actor }) => imports.commit(session.workspace(), { source, sheet, recordType, mapping, onDuplicate, jobId }, actor, emit),

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
}
