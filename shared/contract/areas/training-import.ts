// Importing training records from HR and LMS exports (CSV or XLSX): the people list (matched by
// email) and completions (matched by person, course and date). The same three steps as the inventory
// import: inspect the file (headers, a proposed column mapping), a dry run (every problem by row and
// column), and the commit, one transaction run as a cancellable job. Also the completion rates over
// time per department or per course, for the reports' chart.
import { z } from 'zod';
import { jobId, procedure } from '../procedure';
import { columnMappingSchema, duplicatePolicySchema, importCountsSchema, importFileSchema, importProblemSchema, importSampleSchema, importSourceSchema } from './inventory-import';

export const TRAINING_IMPORT_KINDS = ['people', 'completions'] as const;
export const trainingImportKindSchema = z.enum(TRAINING_IMPORT_KINDS);
export type TrainingImportKind = z.infer<typeof trainingImportKindSchema>;

/** The columns each import can fill. People and courses are named by email or name, title or id. */
export const TRAINING_IMPORT_FIELDS = {
  people: ['name', 'email', 'department', 'role', 'startDate', 'leaveDate', 'manager'],
  completions: ['personEmail', 'personName', 'course', 'completedOn', 'score', 'certificateRef'],
} as const satisfies Record<TrainingImportKind, readonly string[]>;
export type TrainingImportField = (typeof TRAINING_IMPORT_FIELDS)[TrainingImportKind][number];

export const trainingImportInspectionSchema = importFileSchema.extend({
  /** The kind of file the headers look like. */
  suggestedKind: trainingImportKindSchema,
  proposals: z.object({ people: columnMappingSchema, completions: columnMappingSchema }),
});
export type TrainingImportInspection = z.infer<typeof trainingImportInspectionSchema>;

export const trainingImportPreviewSchema = z.object({
  kind: trainingImportKindSchema,
  totalRows: z.number().int(),
  counts: importCountsSchema,
  /** Messages are `trainingImport:problem.<code>` (or `inventoryImport:problem.<code>` for a value the shared parsers refused). */
  problems: z.array(importProblemSchema),
  /** Completions: how many of the new ones pass their course. */
  passed: z.number().int(),
  sample: importSampleSchema,
});
export type TrainingImportPreview = z.infer<typeof trainingImportPreviewSchema>;

export const trainingImportResultSchema = z.object({
  kind: trainingImportKindSchema,
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  passed: z.number().int(),
  /** The assignment generation run once at the end. */
  assignments: z.object({ created: z.number().int(), reopened: z.number().int(), closed: z.number().int(), open: z.number().int() }),
});
export type TrainingImportResult = z.infer<typeof trainingImportResultSchema>;

const request = {
  source: importSourceSchema,
  sheet: z.string().max(200).optional(),
  kind: trainingImportKindSchema,
  mapping: columnMappingSchema.optional(),
  /** People whose email is already on the list: skipped, or updated from the file. Completions already on record are always skipped. */
  onDuplicate: duplicatePolicySchema.default('skip'),
};

export const RATE_DIMENSIONS = ['department', 'course'] as const;
export const rateDimensionSchema = z.enum(RATE_DIMENSIONS);
export type RateDimension = z.infer<typeof rateDimensionSchema>;

const pointSchema = z.object({ month: z.string(), total: z.number().int(), done: z.number().int(), rate: z.number() });
export const rateHistorySchema = z.object({
  /** The 12 months, oldest first (YYYY-MM); each point is the rate at the month's end (today for this month). */
  months: z.array(z.string()),
  series: z.array(z.object({ key: z.string(), label: z.string(), points: z.array(pointSchema) })),
});
export type RateHistory = z.infer<typeof rateHistorySchema>;

export const trainingImportProcedures = {
  'trainingImport.inspect': procedure({
    input: z.object({ source: importSourceSchema, sheet: z.string().max(200).optional() }).strict(),
    output: trainingImportInspectionSchema,
    permission: 'workspace.write',
    summary: 'Read an HR or LMS export: its headers, sample rows and a proposed column mapping for people and for completions.',
  }),
  'trainingImport.dryRun': procedure({
    input: z.object(request).strict(),
    output: trainingImportPreviewSchema,
    permission: 'workspace.write',
    summary: 'Check every row of a people or completions file and show what would be imported; writes nothing.',
  }),
  'trainingImport.commit': procedure({
    input: z.object({ ...request, jobId }).strict(),
    output: trainingImportResultSchema,
    permission: 'workspace.write',
    summary: 'Import the file in one transaction (a cancellable job), then regenerate the assignments once; refused while any row has a problem.',
  }),
  'training.rates.history': procedure({
    input: z.object({ by: rateDimensionSchema }).strict(),
    output: rateHistorySchema,
    permission: 'workspace.read',
    summary: 'The completion rate at the end of each of the last 12 months, per department or per course.',
  }),
} as const;
