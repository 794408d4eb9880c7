// Reads an import file into rows of strings: CSV (papaparse: any common delimiter, quoted new lines,
// UTF-8 with or without BOM, UTF-16 and GB18030 as Excel writes them) or XLSX (exceljs, in memory so
// nothing is unpacked to disk: dates, numbers, rich text, formulas' results, hyperlinks' text).
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/contract';
import { IMPORT_FILE_MAX_BYTES, type ImportSource } from '../../../shared/contract/areas/inventory-import';
import { excelSerialToIso } from './import-values';

export interface TableRow {
  /** The spreadsheet row number (1-based). */
  number: number;
  cells: string[];
}

export interface ImportTable {
  format: 'csv' | 'xlsx';
  sheets: string[];
  sheet: string | null;
  rows: TableRow[];
}

function tooLarge(size: number): AppError {
  return new AppError('FILE_TOO_LARGE', `the file is larger than ${IMPORT_FILE_MAX_BYTES} bytes`, { limitBytes: IMPORT_FILE_MAX_BYTES, size });
}

function invalid(message: string, path: (string | number)[], code: string): AppError {
  return new AppError('INVALID_INPUT', message, { issues: [{ path, code, message }] });
}

/** The kinds of file a path may name: a path never reads anything but a spreadsheet. */
const IMPORT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.xlsx']);

/** The file's bytes, refusing an oversized one before reading or decoding it. */
export function sourceBytes(source: ImportSource): { name: string; bytes: Buffer } {
  if (source.kind === 'path') {
    const path = resolve(source.path);
    if (!IMPORT_EXTENSIONS.has(extname(path).toLowerCase())) throw invalid('only .csv, .tsv, .txt and .xlsx files can be imported', ['source', 'path'], 'unsupported_file');
    let size: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      throw new AppError('NOT_FOUND', 'the import file does not exist', { file: source.path });
    }
    if (size > IMPORT_FILE_MAX_BYTES) throw tooLarge(size);
    return { name: path, bytes: readFileSync(path) };
  }
  const padding = source.base64.endsWith('==') ? 2 : source.base64.endsWith('=') ? 1 : 0;
  const expected = Math.floor((source.base64.length * 3) / 4) - padding;
  if (expected > IMPORT_FILE_MAX_BYTES) throw tooLarge(expected);
  const bytes = Buffer.from(source.base64, 'base64');
  if (source.base64.length % 4 === 1 || bytes.length !== expected) throw invalid('the file content is not valid base64', ['source', 'base64'], 'invalid_base64');
  return { name: source.name, bytes };
}

const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;

/** Text of a CSV file: UTF-8 (BOM optional), UTF-16 with its BOM, or GB18030 (Excel's "CSV" on Chinese Windows). */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function parseCsv(text: string): TableRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The delimiter is guessed on non-blank lines (a trailing blank line would spoil the guess for a
  // short file); the file is then read with blank lines kept, so records keep their row numbers.
  const guess = Papa.parse<string[]>(body, { delimiter: '', delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy', preview: 50 });
  const result = Papa.parse<string[]>(body, { delimiter: guess.meta.delimiter, skipEmptyLines: false, header: false });
  // Only a quote left open makes the file unreadable; short or long rows are reported per row.
  const fatal = result.errors.find((error) => error.code === 'MissingQuotes');
  if (fatal) throw invalid(`unclosed quote in row ${(fatal.row ?? 0) + 1}`, ['source'], 'csv_unclosed_quote');
  // A leading apostrophe is how exports keep a formula-like text from running as one.
  return result.data.map((cells, index) => ({ number: index + 1, cells: cells.map((cell) => (cell ?? '').replace(/^'(?=[=+\-@\t\r])/, '')) }));
}

function isoFromDate(date: Date): string {
  // exceljs reads date cells as midnight UTC; a time of day stays on its calendar day.
  return date.toISOString().slice(0, 10);
}

/** The text a person sees in a cell. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoFromDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null || (typeof result === 'object' && 'error' in result)) return '';
    return cellText(result as ExcelJS.CellValue);
  }
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  return '';
}

/** A number cell formatted as a date but not read as one (some writers omit the date style). */
function looksLikeDateFormat(numFmt: string | undefined): boolean {
  return typeof numFmt === 'string' && /[dy]/i.test(numFmt.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
}

async function readXlsx(bytes: Buffer, sheetName: string | undefined): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalid('the file is not a readable XLSX workbook', ['source'], 'xlsx_unreadable');
  }
  const sheets = workbook.worksheets.filter((sheet) => sheet.state !== 'veryHidden').map((sheet) => sheet.name);
  const worksheet = sheetName === undefined ? workbook.worksheets[0] : workbook.worksheets.find((sheet) => sheet.name === sheetName);
  if (!worksheet) {
    if (sheetName === undefined) throw invalid('the workbook has no sheets', ['source'], 'xlsx_no_sheets');
    throw invalid(`no sheet named ${sheetName}`, ['sheet'], 'unknown_sheet');
  }
  const rows: TableRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = cell.value;
      cells[column - 1] = typeof value === 'number' && looksLikeDateFormat(cell.numFmt) ? excelSerialToIso(value) : cellText(value);
    });
    rows.push({ number, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return { format: 'xlsx', sheets, sheet: worksheet.name, rows };
}

export async function readImportTable(source: ImportSource, sheet?: string): Promise<ImportTable> {
  return tableFromBytes(sourceBytes(source).bytes, sheet);
}

export async function tableFromBytes(bytes: Buffer, sheet?: string): Promise<ImportTable> {
  if (isZip(bytes)) return readXlsx(bytes, sheet);
  if (bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw invalid('the file is neither CSV text nor an XLSX workbook', ['source'], 'unsupported_file');
  }
  return { format: 'csv', sheets: [], sheet: null, rows: parseCsv(decodeText(bytes)) };
}
