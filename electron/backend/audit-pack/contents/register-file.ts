// One register written twice: as XLSX (the app's spreadsheet layout, headers in the pack's
// language) and as CSV (UTF-8 with a BOM, CRLF, formulas escaped). Both carry no clock of their
// own: the XLSX's created, modified and part times are the end of the period, so the same
// workspace state gives the same bytes.
import Papa from 'papaparse';
import { writeXlsx, type XlsxColumn, type XlsxValue } from '../../exports/xlsx-writer';
import type { PackContext, PackFile, PackRegister } from '../pack-types';
import { packRegistersT } from './labels';
import { writeLargeXlsx } from './xlsx-stream';

export interface RegisterTable {
  key: string;
  columns: readonly XlsxColumn[];
  rows: readonly (readonly XlsxValue[])[];
  /** Said under the title, e.g. what could not be shown as of the period end. */
  notes?: readonly string[];
}

export const REGISTERS_FOLDER = 'registers';

/**
 * Above this many rows a register's spreadsheet is streamed (xlsx-stream.ts): the in-memory writer
 * holds every styled cell and takes minutes and gigabytes at 100,000 rows.
 */
export const LARGE_REGISTER_ROWS = 5000;

/** Rows turned into CSV text at a time: 100,000 rows are never copied or joined into one string. */
const CSV_SLICE_ROWS = 2000;

export function csvBytes(header: readonly string[], rows: readonly (readonly XlsxValue[])[]): Buffer {
  const options = { newline: '\r\n', escapeFormulae: true };
  const parts = [Buffer.from(`\uFEFF${Papa.unparse([header as string[]], options)}\r\n`, 'utf8')];
  for (let start = 0; start < rows.length; start += CSV_SLICE_ROWS) {
    const data = rows.slice(start, start + CSV_SLICE_ROWS).map((cells) => cells.map((value) => (value === null ? '' : typeof value === 'object' ? value.date : String(value))));
    parts.push(Buffer.from(`${Papa.unparse(data, options)}\r\n`, 'utf8'));
  }
  return Buffer.concat(parts);
}

export function registerMeta(ctx: PackContext): [string, string][] {
  const t = packRegistersT(ctx.options.locale);
  return [
    [t('meta.organisation'), ctx.workspace.organisationName],
    [t('meta.period'), t('meta.periodValue', { from: ctx.period.from, to: ctx.period.to })],
    [t('meta.asOf'), ctx.asOf],
  ];
}

export function fileStamp(ctx: PackContext): Date {
  return new Date(ctx.asOf);
}

export function registerPaths(key: string): { xlsxPath: string; csvPath: string } {
  return { xlsxPath: `${REGISTERS_FOLDER}/${key}.xlsx`, csvPath: `${REGISTERS_FOLDER}/${key}.csv` };
}

/** The register's two files and its entry for the report. */
export async function writeRegister(ctx: PackContext, table: RegisterTable): Promise<{ register: PackRegister; files: PackFile[] }> {
  const t = packRegistersT(ctx.options.locale);
  const title = t(`registers.${table.key}`);
  const meta = registerMeta(ctx);
  for (const note of table.notes ?? []) meta.push([t('meta.note'), note]);
  const metaSeparator = ctx.options.locale === 'zh-CN' ? '：' : ': ';
  const xlsx =
    table.rows.length > LARGE_REGISTER_ROWS
      ? await writeLargeXlsx({
          title,
          company: ctx.workspace.organisationName,
          createdAt: fileStamp(ctx),
          sheets: [{ name: sheetName(title), title, meta, metaSeparator, columns: table.columns, rows: table.rows, freezeColumns: 1 }],
        })
      : await writeXlsx({
          properties: { title, subject: title, company: ctx.workspace.organisationName, createdAt: fileStamp(ctx) },
          sheets: [{ name: sheetName(title), title, meta, metaSeparator, columns: table.columns, rows: table.rows.map((cells) => ({ cells })), freezeColumns: 1, autoFilter: true }],
        });
  const csv = csvBytes(
    table.columns.map((column) => column.header),
    table.rows,
  );
  const paths = registerPaths(table.key);
  return {
    register: { key: table.key, title, rows: table.rows.length, ...paths, ...(table.notes && table.notes.length > 0 ? { notes: [...table.notes] } : {}) },
    files: [
      { path: paths.xlsxPath, content: xlsx, size: xlsx.length },
      { path: paths.csvPath, content: csv, size: csv.length },
    ],
  };
}

/** Sheet names are at most 31 characters without `[]:*?/\`. */
export function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}
