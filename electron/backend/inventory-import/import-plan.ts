// The dry run: every data row parsed with its column's parser, referenced records resolved by name,
// the record built from the file's values (over the existing record's, for an update) and checked
// against the contract's schema. The result is both the preview shown to the user and the plan the
// commit writes. Reads only; yields to the event loop as it goes, so it can be cancelled.
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTick } from 'node:timers/promises';
import type { z } from 'zod';
import { AppError } from '../../../shared/contract';
import type {
  ColumnMapping,
  DuplicatePolicy,
  ImportColumn,
  ImportCounts,
  ImportField,
  ImportPreview,
  ImportProblem,
  ImportRecordType,
  ImportReferences,
  RowOutcome,
} from '../../../shared/contract/areas/inventory-import';
import { IMPORT_FIELDS } from '../../../shared/contract/areas/inventory-import';
import { ACTIVITY, DATA_CATEGORY, type InventoryEntity, listRecords, type StoredRecord, SUBJECT_CATEGORY, SYSTEM, VENDOR } from '../inventory/inventory-queries';
import type { Db } from '../workspace/sqlcipher';
import { findHeaderRow, headerColumns, proposeMapping } from './column-mapping';
import { type CREATABLE_REFS, RECORD_TYPES, type RefTarget } from './import-fields';
import { nameKey, splitList } from './import-values';
import type { ImportTable, TableRow } from './read-table';

export interface PlannedRow {
  row: number;
  name: string;
  outcome: RowOutcome;
  existingId: string | null;
  /** The contract input; records still to be created are named by placeholder ids. */
  input: Record<string, unknown>;
}

export interface NewReference {
  target: (typeof CREATABLE_REFS)[number];
  name: string;
  placeholderId: string;
}

export interface ImportPlan {
  preview: ImportPreview;
  rows: PlannedRow[];
  /** Records the written rows name that do not exist yet, in the order they are first named. */
  newReferences: NewReference[];
  /** Contract fields that hold reference ids (where placeholders are replaced). */
  referenceKeys: { key: string; single: boolean }[];
}

export interface PlanOptions {
  recordType: ImportRecordType;
  mapping?: ColumnMapping;
  onDuplicate: DuplicatePolicy;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

const REF_ENTITIES: Record<RefTarget, InventoryEntity> = {
  dataCategories: DATA_CATEGORY,
  subjectCategories: SUBJECT_CATEGORY,
  systems: SYSTEM,
  vendors: VENDOR,
  activities: ACTIVITY,
};

const SAMPLE_ROWS = 100;
const YIELD_EVERY = 500;

function problem(row: number | null, column: ImportColumn | null, field: string | null, code: string, params: Record<string, string | number> = {}, severity: 'error' | 'warning' = 'error'): ImportProblem {
  return { row, column, field, severity, code, params, messageKey: `inventoryImport:problem.${code}` };
}

/** A zod issue as an import problem code. */
function issueCode(issue: z.core.$ZodIssue): { code: string; params: Record<string, string | number> } {
  if (issue.code === 'too_small' && issue.origin === 'string') return { code: 'required', params: {} };
  if (issue.code === 'too_big' && issue.origin === 'string') return { code: 'too_long', params: { max: Number(issue.maximum) } };
  if (issue.code === 'too_big' && issue.origin === 'array') return { code: 'too_many', params: { max: Number(issue.maximum) } };
  if (issue.code === 'too_small' && issue.origin === 'array') return { code: 'required', params: {} };
  if (issue.message === 'date_format' || issue.message === 'date_invalid') return { code: 'invalid_date', params: { value: '' } };
  if (issue.message === 'country_code') return { code: 'invalid_country', params: { value: '' } };
  return { code: 'invalid', params: { detail: issue.message } };
}

/** Checks the mapping itself: known fields, each at most once, and a name column. */
function mappingProblems(mapping: ColumnMapping, columns: ImportColumn[], recordType: ImportRecordType): ImportProblem[] {
  const allowed = IMPORT_FIELDS[recordType] as readonly string[];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, ImportColumn>();
  mapping.forEach((field, index) => {
    if (field === null) return;
    const column = columns[index] ?? { index, letter: '', header: '' };
    if (index >= columns.length) problems.push(problem(null, column, field, 'mapping_no_column'));
    else if (!allowed.includes(field)) problems.push(problem(null, column, field, 'mapping_unknown_field'));
    else if (seen.has(field)) problems.push(problem(null, column, field, 'mapping_field_twice', { other: `${seen.get(field)!.letter} (${seen.get(field)!.header})` }));
    else seen.set(field, column);
  });
  if (!seen.has('name')) problems.push(problem(null, null, 'name', 'mapping_missing_name'));
  return problems;
}

export function dataRows(table: ImportTable, isHeader?: (cell: string) => boolean): { header: TableRow | undefined; rows: TableRow[] } {
  const headerIndex = findHeaderRow(table.rows, isHeader);
  const header = table.rows[headerIndex];
  const rows = table.rows.slice(headerIndex + 1).filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  return { header, rows };
}

function sameValues(keys: readonly string[], existing: StoredRecord, input: Record<string, unknown>): boolean {
  return keys.every((key) => JSON.stringify(existing[key] ?? null) === JSON.stringify(input[key] ?? null));
}

export async function planImport(db: Db, table: ImportTable, options: PlanOptions): Promise<ImportPlan> {
  const spec = RECORD_TYPES[options.recordType];
  const { header, rows } = dataRows(table);
  const columns = headerColumns(header?.cells ?? []);
  const mapping = options.mapping ?? proposeMapping(columns.map((c) => c.header), options.recordType);
  const problems = mappingProblems(mapping, columns, options.recordType);
  const counts: ImportCounts = { new: 0, updated: 0, unchanged: 0, duplicate: 0, error: 0 };
  const referenceKeys = Object.values(spec.fields)
    .filter((field) => field.parser.kind === 'refs')
    .map((field) => ({ key: field.key, single: field.parser.kind === 'refs' && field.parser.single }));
  const emptyReferences = (): ImportReferences => ({ dataCategories: [], subjectCategories: [], systems: [], vendors: [] });
  if (problems.length > 0) {
    return { preview: { recordType: options.recordType, totalRows: rows.length, counts, problems, sample: [], createdReferences: emptyReferences() }, rows: [], newReferences: [], referenceKeys };
  }

  // Existing records by name: the record type's own (for duplicates) and those a column may name.
  const byName = (entity: InventoryEntity) => {
    const map = new Map<string, StoredRecord>();
    for (const record of listRecords(db, entity)) if (!map.has(nameKey(String(record.name)))) map.set(nameKey(String(record.name)), record);
    return map;
  };
  const existing = byName(spec.entity);
  const targets = new Map<RefTarget, Map<string, StoredRecord>>();
  for (const field of Object.values(spec.fields)) if (field.parser.kind === 'refs' && !targets.has(field.parser.target)) targets.set(field.parser.target, byName(REF_ENTITIES[field.parser.target]));
  const pending = new Map<string, NewReference>();
  const used = new Set<string>();

  const mapped = mapping.flatMap((field, index) => (field === null ? [] : [{ field: field as ImportField, column: columns[index]!, spec: spec.fields[field as ImportField]! }]));
  const columnOfKey = new Map(mapped.map((m) => [m.spec.key, m]));
  const schemaKeys = [...Object.keys(spec.defaults), 'name'];
  const firstRowOf = new Map<string, number>();
  const planned: PlannedRow[] = [];
  const total = rows.length;

  for (let i = 0; i < rows.length; i++) {
    if (i % YIELD_EVERY === 0) {
      options.onProgress?.(i, total);
      await nextTick();
      if (options.signal?.aborted) throw new AppError('CANCELLED', 'the import was cancelled');
    }
    const row = rows[i]!;
    const rowProblems: ImportProblem[] = [];
    const values: Record<string, unknown> = {};
    const rowRefs: string[] = [];
    for (const { field, column, spec: fieldSpec } of mapped) {
      const cell = row.cells[column.index] ?? '';
      const parser = fieldSpec.parser;
      if (parser.kind === 'value') {
        const parsed = parser.parse(cell);
        if (parsed.ok) values[fieldSpec.key] = parsed.value;
        else rowProblems.push(problem(row.number, column, field, parsed.code, parsed.params ?? {}));
        continue;
      }
      const names = parser.single ? (cell.trim() === '' ? [] : [cell.trim()]) : splitList(cell);
      const ids: string[] = [];
      for (const name of names) {
        const key = nameKey(name);
        const found = targets.get(parser.target)!.get(key);
        if (found) {
          if (!ids.includes(found.id)) ids.push(found.id);
          continue;
        }
        if (parser.target === 'activities') {
          rowProblems.push(problem(row.number, column, field, 'unknown_reference', { value: name }));
          continue;
        }
        const pendingKey = `${parser.target}:${key}`;
        let reference = pending.get(pendingKey);
        if (!reference) {
          reference = { target: parser.target, name: name.trim().replace(/\s+/g, ' '), placeholderId: randomUUID() };
          pending.set(pendingKey, reference);
        }
        rowRefs.push(pendingKey);
        if (!ids.includes(reference.placeholderId)) ids.push(reference.placeholderId);
      }
      if (parser.single && names.length > 1) rowProblems.push(problem(row.number, column, field, 'single_value_expected'));
      values[fieldSpec.key] = parser.single ? (ids[0] ?? null) : ids;
    }

    const name = typeof values.name === 'string' ? values.name : '';
    const key = nameKey(name);
    const first = key === '' ? undefined : firstRowOf.get(key);
    if (first !== undefined) {
      counts.duplicate += 1;
      problems.push(problem(row.number, columnOfKey.get('name')?.column ?? null, 'name', 'duplicate_in_file', { name, firstRow: first }, 'warning'));
      planned.push({ row: row.number, name, outcome: 'duplicate', existingId: null, input: {} });
      continue;
    }
    if (key !== '') firstRowOf.set(key, row.number);

    const current = existing.get(key);
    const base: Record<string, unknown> = current ? Object.fromEntries(schemaKeys.map((k) => [k, current[k]])) : { ...spec.defaults };
    // Matched by name regardless of case and spacing, an existing record keeps its own spelling.
    const candidate = current ? { ...base, ...values, name: current.name } : { ...base, ...values };
    const checked = spec.schema.safeParse(candidate);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const target = columnOfKey.get(String(issue.path[0]));
        // A field that already has a parse problem is not reported twice.
        if (target && rowProblems.some((p) => p.field === target.field)) continue;
        const { code, params } = issueCode(issue);
        rowProblems.push(problem(row.number, target?.column ?? null, target?.field ?? String(issue.path[0] ?? ''), code, params));
      }
    }
    let outcome: RowOutcome;
    if (rowProblems.length > 0) outcome = 'error';
    else if (!current) outcome = 'new';
    else if (options.onDuplicate === 'skip') outcome = 'duplicate';
    else outcome = sameValues(schemaKeys, current, checked.data as Record<string, unknown>) ? 'unchanged' : 'updated';
    counts[outcome] += 1;
    problems.push(...rowProblems);
    if (outcome === 'new' || outcome === 'updated') for (const ref of rowRefs) used.add(ref);
    planned.push({ row: row.number, name, outcome, existingId: current?.id ?? null, input: checked.success ? (checked.data as Record<string, unknown>) : {} });
  }
  options.onProgress?.(total, total);

  const newReferences = [...pending.entries()].filter(([key]) => used.has(key)).map(([, reference]) => reference);
  const createdReferences = emptyReferences();
  for (const reference of newReferences) createdReferences[reference.target].push(reference.name);
  return {
    preview: {
      recordType: options.recordType,
      totalRows: total,
      counts,
      problems,
      sample: planned.slice(0, SAMPLE_ROWS).map(({ row, name, outcome }) => ({ row, name, outcome })),
      createdReferences,
    },
    rows: planned,
    newReferences,
    referenceKeys,
  };
}

