// From a file's header row to the fields it fills: which row is the header (an exported register
// has a title block above it), and a proposed mapping per record type from the header texts in
// English or Chinese — including every header the record of processing export writes.
import { LANGUAGES } from '../../../shared/contract';
import { type ColumnMapping, type ImportColumn, type ImportField, type ImportRecordType, IMPORT_FIELDS, IMPORT_RECORD_TYPES } from '../../../shared/contract/areas/inventory-import';
import { FIELD_HEADERS, HEADER_SYNONYMS, NAME_HEADERS } from './import-labels';
import { normalise } from './import-values';
import { ropaHeaderAliases } from './ropa-layouts';
import type { ImportTable, TableRow } from './read-table';

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

type AliasTable = Map<string, ImportField[]>;
let aliases: AliasTable | null = null;

/** Normalised header text → the fields it can mean, most specific first. */
function aliasTable(): AliasTable {
  if (aliases) return aliases;
  const table: AliasTable = new Map();
  const add = (text: string, field: ImportField) => {
    const key = normalise(text);
    if (key === '') return;
    const fields = table.get(key) ?? [];
    if (!fields.includes(field)) fields.push(field);
    table.set(key, fields);
  };
  for (const [header, field] of ropaHeaderAliases()) add(header, field);
  for (const [field, labels] of Object.entries(FIELD_HEADERS) as [ImportField, Record<(typeof LANGUAGES)[number], string>][]) {
    add(field, field);
    for (const language of LANGUAGES) add(labels[language], field);
  }
  for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS) as [ImportField, readonly string[]][]) for (const synonym of synonyms) add(synonym, field);
  aliases = table;
  return table;
}

/** The fields a header can fill for a record type. */
function candidates(header: string, recordType: ImportRecordType): ImportField[] {
  const allowed = IMPORT_FIELDS[recordType] as readonly ImportField[];
  const key = normalise(header);
  const fields = (aliasTable().get(key) ?? []).filter((field) => allowed.includes(field));
  return NAME_HEADERS[recordType].some((name) => normalise(name) === key) ? ['name', ...fields.filter((field) => field !== 'name')] : fields;
}

/** Each field at most once, the first matching column winning. */
export function proposeMapping(headers: readonly string[], recordType: ImportRecordType): ColumnMapping {
  const used = new Set<ImportField>();
  return headers.map((header) => {
    const field = candidates(header, recordType).find((candidate) => !used.has(candidate)) ?? null;
    if (field) used.add(field);
    return field;
  });
}

export function proposals(headers: readonly string[]): Record<ImportRecordType, ColumnMapping> {
  return Object.fromEntries(IMPORT_RECORD_TYPES.map((type) => [type, proposeMapping(headers, type)])) as Record<ImportRecordType, ColumnMapping>;
}

/** The record type whose fields the headers match best (activities on a tie). */
export function suggestType(headers: readonly string[]): ImportRecordType {
  let best: ImportRecordType = 'activities';
  let bestScore = -1;
  for (const type of IMPORT_RECORD_TYPES) {
    // Fields only this type has count double, so a systems sheet is not taken for activities.
    const own = new Set<string>(IMPORT_FIELDS[type]);
    const others = new Set<string>(IMPORT_RECORD_TYPES.filter((t) => t !== type).flatMap((t) => [...IMPORT_FIELDS[t]]));
    const score = proposeMapping(headers, type).reduce((sum, field) => sum + (field === null ? 0 : own.has(field) && !others.has(field) ? 2 : 1), 0);
    if (score > bestScore) {
      best = type;
      bestScore = score;
    }
  }
  return best;
}

/** Whether a cell's text is a header the inventory import knows. */
function isInventoryHeader(cell: string): boolean {
  const names = new Set(Object.values(NAME_HEADERS).flat().map(normalise));
  return aliasTable().has(normalise(cell)) || names.has(normalise(cell));
}

/** How many cells of a row are known headers. */
function headerScore(row: TableRow, isHeader: (cell: string) => boolean): number {
  return row.cells.filter((cell) => cell.trim() !== '' && isHeader(cell)).length;
}

/**
 * The header row: the first of the top rows with two or more known headers, else the first non-blank
 * row. Headers are the inventory's unless another import passes its own test.
 */
export function findHeaderRow(rows: readonly TableRow[], isHeader: (cell: string) => boolean = isInventoryHeader): number {
  const nonBlank = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.cells.some((cell) => cell.trim() !== ''));
  for (const { row, index } of nonBlank.slice(0, 20)) if (headerScore(row, isHeader) >= 2) return index;
  return nonBlank[0]?.index ?? 0;
}

export function headerColumns(cells: readonly string[]): ImportColumn[] {
  return cells.map((header, index) => ({ index, letter: columnLetter(index), header: header.trim() }));
}

/** Rows shown as a sample when a file is inspected, before any mapping. */
const SAMPLE_ROWS = 5;

/**
 * What the inspect step of an import shows of a file: its sheets, the header row found, the columns
 * and a few sample rows. The caller adds its own suggestions from `headers`.
 */
export function describeTable(table: ImportTable, header: TableRow | undefined, rows: readonly TableRow[]) {
  const columns = headerColumns(header?.cells ?? []);
  return {
    format: table.format,
    sheets: table.sheets,
    sheet: table.sheet,
    headerRow: header?.number ?? 1,
    columns,
    rowCount: rows.length,
    sampleRows: rows.slice(0, SAMPLE_ROWS).map((row) => columns.map((column) => row.cells[column.index] ?? '')),
    headers: columns.map((column) => column.header),
  };
}
