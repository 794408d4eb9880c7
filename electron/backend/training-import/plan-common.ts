// What the people and completions dry runs share: problems named by row and column, the mapping's
// own checks, and reading a mapped cell. The rows and header come from the inventory import's reader.
import type { ColumnMapping, ImportColumn, ImportCounts, ImportProblem } from '../../../shared/contract/areas/inventory-import';
import { TRAINING_IMPORT_FIELDS, type TrainingImportKind } from '../../../shared/contract/areas/training-import';
import { headerColumns } from '../inventory-import/column-mapping';
import { dataRows } from '../inventory-import/import-plan';
import type { ImportTable, TableRow } from '../inventory-import/read-table';
import { isTrainingHeader, proposeTrainingMapping } from './training-columns';

export type Params = Record<string, string | number>;

export function problem(row: number | null, column: ImportColumn | null, field: string | null, code: string, params: Params = {}, severity: 'error' | 'warning' = 'error'): ImportProblem {
  return { row, column, field, severity, code, params, messageKey: `trainingImport:problem.${code}` };
}

/** The columns and their mapping, the data rows, and the mapping's own problems. */
export interface PreparedTable {
  columns: ImportColumn[];
  rows: TableRow[];
  /** The column each field is read from. */
  columnOf: Map<string, ImportColumn>;
  problems: ImportProblem[];
}

/** The file's header and data rows, as the inventory import finds them but with training headers. */
export function trainingRows(table: ImportTable): ReturnType<typeof dataRows> {
  return dataRows(table, isTrainingHeader);
}

export function prepareTable(table: ImportTable, kind: TrainingImportKind, mapping: ColumnMapping | undefined, required: (fields: Set<string>) => ImportProblem[]): PreparedTable {
  const { header, rows } = trainingRows(table);
  const columns = headerColumns(header?.cells ?? []);
  const chosen = mapping ?? proposeTrainingMapping(columns.map((column) => column.header), kind);
  const allowed = TRAINING_IMPORT_FIELDS[kind] as readonly string[];
  const problems: ImportProblem[] = [];
  const columnOf = new Map<string, ImportColumn>();
  chosen.forEach((field, index) => {
    if (field === null) return;
    const column = columns[index] ?? { index, letter: '', header: '' };
    if (index >= columns.length) problems.push(problem(null, column, field, 'mapping_no_column'));
    else if (!allowed.includes(field)) problems.push(problem(null, column, field, 'mapping_unknown_field'));
    else if (columnOf.has(field)) problems.push(problem(null, column, field, 'mapping_field_twice', { other: `${columnOf.get(field)!.letter} (${columnOf.get(field)!.header})` }));
    else columnOf.set(field, column);
  });
  problems.push(...required(new Set(columnOf.keys())));
  return { columns, rows, columnOf, problems };
}

/** The trimmed text of a mapped field in a row ('' when the field has no column). */
export function cellOf(prepared: PreparedTable, row: TableRow, field: string): string {
  const column = prepared.columnOf.get(field);
  return column ? (row.cells[column.index] ?? '').trim() : '';
}

export const emptyCounts = (): ImportCounts => ({ new: 0, updated: 0, unchanged: 0, duplicate: 0, error: 0 });

/** Rows checked between two turns of the event loop in a dry run. */
export const YIELD_EVERY = 2000;
export const SAMPLE_ROWS = 100;
