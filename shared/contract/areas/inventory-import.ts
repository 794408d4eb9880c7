// Importing the data inventory from a spreadsheet (CSV or XLSX) and exporting the record of
// processing (GDPR Art 30(1) controller and Art 30(2) processor layouts). An import is three steps:
// inspect the file (headers, a proposed column mapping), a dry run (every problem by row and column,
// what would be created or updated), and the commit, one transaction run as a cancellable job.
import { z } from 'zod';
import { exportResultSchema, jobId, procedure } from '../procedure';

export const IMPORT_RECORD_TYPES = ['activities', 'systems', 'vendors', 'dataCategories'] as const;
export const importRecordTypeSchema = z.enum(IMPORT_RECORD_TYPES);
export type ImportRecordType = z.infer<typeof importRecordTypeSchema>;

/** The largest file an import accepts, in bytes. */
export const IMPORT_FILE_MAX_BYTES = 25 * 1024 * 1024;

/** The columns an import can fill, per record type; references are given by name. */
export const IMPORT_FIELDS = {
  activities: [
    'name',
    'purpose',
    'role',
    'gdprBasis',
    'gdprArt9Condition',
    'piplBasis',
    'separateConsent',
    'ccpaBusinessPurpose',
    'sold',
    'shared',
    'dataCategories',
    'subjectCategories',
    'systems',
    'recipients',
    'retentionMonths',
    'deletionMethod',
    'volumeEstimate',
    'source',
    'automatedDecisions',
    'dpiaOverride',
    'dpiaCompletedOn',
    'pipiaOverride',
    'pipiaCompletedOn',
    'owner',
    'reviewDate',
  ],
  systems: ['name', 'owner', 'type', 'hosting', 'country', 'vendor', 'encryptionAtRest', 'encryptionInTransit', 'mfaEnforced', 'roleBasedAccess', 'logging', 'dataResidency'],
  vendors: ['name', 'services', 'countries', 'dpaSignedOn', 'certifications', 'reviewDate', 'activities'],
  dataCategories: ['name', 'examples', 'sensitivity', 'systems'],
} as const satisfies Record<ImportRecordType, readonly string[]>;
export type ImportField<T extends ImportRecordType = ImportRecordType> = (typeof IMPORT_FIELDS)[T][number];
export const ALL_IMPORT_FIELDS = [...new Set(Object.values(IMPORT_FIELDS).flat())] as ImportField[];

/** A file from the UI (base64) or, on the command line, a path the backend reads. */
export const importSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('upload'), name: z.string().trim().min(1).max(255), base64: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }).strict(),
]);
export type ImportSource = z.infer<typeof importSourceSchema>;

export const DUPLICATE_POLICIES = ['skip', 'update'] as const;
export const duplicatePolicySchema = z.enum(DUPLICATE_POLICIES);
export type DuplicatePolicy = z.infer<typeof duplicatePolicySchema>;

/** One entry per file column, in order: the field it fills, or null to ignore it. */
export const columnMappingSchema = z.array(z.string().max(64).nullable()).max(500);
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const importColumnSchema = z.object({
  /** 0-based position in the file. */
  index: z.number().int(),
  /** The spreadsheet column letter: A, B, … AA. */
  letter: z.string(),
  header: z.string(),
});
export type ImportColumn = z.infer<typeof importColumnSchema>;

/** What inspecting a file shows of it, whatever is imported from it (the training import too). */
export const importFileSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  /** The spreadsheet row number (1-based) of the header row. */
  headerRow: z.number().int(),
  columns: z.array(importColumnSchema),
  /** Data rows below the header (blank rows not counted). */
  rowCount: z.number().int(),
  /** The first data rows, one string per column. */
  sampleRows: z.array(z.array(z.string())),
});
export type ImportFile = z.infer<typeof importFileSchema>;

export const importInspectionSchema = importFileSchema.extend({
  /** The record type whose columns the headers match best. */
  suggestedType: importRecordTypeSchema,
  /** A proposed mapping per record type, from the headers. */
  proposals: z.object({ activities: columnMappingSchema, systems: columnMappingSchema, vendors: columnMappingSchema, dataCategories: columnMappingSchema }),
});
export type ImportInspection = z.infer<typeof importInspectionSchema>;

export const ROW_OUTCOMES = ['new', 'updated', 'unchanged', 'duplicate', 'error'] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];

export const importProblemSchema = z.object({
  /** The spreadsheet row number, counting the header (so the first data row under a header in row 1 is 2); null for the file as a whole. */
  row: z.number().int().nullable(),
  column: importColumnSchema.nullable(),
  field: z.string().nullable(),
  /** Errors stop the commit; warnings (a row repeated in the file) say what is skipped. */
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The translation key of the message: `inventoryImport:problem.<code>`. */
  messageKey: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** A dry run's rows by outcome. */
export const importCountsSchema = z.object({ new: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), duplicate: z.number().int(), error: z.number().int() });
export type ImportCounts = z.infer<typeof importCountsSchema>;

/** A dry run's first rows with what would happen to each. */
export const importSampleSchema = z.array(z.object({ row: z.number().int(), name: z.string(), outcome: z.enum(ROW_OUTCOMES) }));

/** Referenced records that do not exist yet and would be created, by kind, by name. */
const referencesSchema = z.object({ dataCategories: z.array(z.string()), subjectCategories: z.array(z.string()), systems: z.array(z.string()), vendors: z.array(z.string()) });
export type ImportReferences = z.infer<typeof referencesSchema>;

export const importPreviewSchema = z.object({
  recordType: importRecordTypeSchema,
  totalRows: z.number().int(),
  counts: importCountsSchema,
  problems: z.array(importProblemSchema),
  sample: importSampleSchema,
  createdReferences: referencesSchema,
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  recordType: importRecordTypeSchema,
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  createdReferences: referencesSchema,
});
export type ImportResult = z.infer<typeof importResultSchema>;

const importRequest = {
  source: importSourceSchema,
  sheet: z.string().max(200).optional(),
  recordType: importRecordTypeSchema,
  /** Without one, the proposal from the headers is used. */
  mapping: columnMappingSchema.optional(),
  onDuplicate: duplicatePolicySchema.default('skip'),
};

export const ROPA_LAYOUTS = ['controller', 'processor'] as const;
export const ropaLayoutSchema = z.enum(ROPA_LAYOUTS);
export type RopaLayout = z.infer<typeof ropaLayoutSchema>;

export const inventoryImportProcedures = {
  'inventoryImport.inspect': procedure({
    input: z.object({ source: importSourceSchema, sheet: z.string().max(200).optional() }).strict(),
    output: importInspectionSchema,
    permission: 'workspace.write',
    summary: 'Read a CSV or XLSX file: its sheets, headers, sample rows and a proposed column mapping.',
  }),
  'inventoryImport.dryRun': procedure({
    input: z.object(importRequest).strict(),
    output: importPreviewSchema,
    permission: 'workspace.write',
    summary: 'Validate every row and show what an import would create, update or skip; writes nothing.',
  }),
  'inventoryImport.commit': procedure({
    input: z.object({ ...importRequest, jobId }).strict(),
    output: importResultSchema,
    permission: 'workspace.write',
    summary: 'Import the file in one transaction (a cancellable job); refused while any row has a problem.',
  }),
  'ropa.export': procedure({
    input: z
      .object({
        format: z.enum(['xlsx', 'csv']),
        /** XLSX: both sheets when omitted; CSV: the controller layout when omitted. */
        layout: ropaLayoutSchema.optional(),
        destination: z.string().min(1).max(4096).optional(),
      })
      .strict(),
    output: exportResultSchema,
    permission: 'workspace.read',
    summary: "Export the record of processing (GDPR Art 30) as XLSX or CSV in the workspace's language.",
  }),
} as const;
