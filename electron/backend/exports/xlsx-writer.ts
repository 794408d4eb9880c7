// A small layer over exceljs for the spreadsheet exports: each sheet is a title block, a header row
// and data rows, with the header frozen, an autofilter, wrapped text, set column widths and print
// settings, so every register the app exports looks and behaves the same in Excel or LibreOffice.
import ExcelJS from 'exceljs';
import { columnUnits, wrapText } from './text-wrap';

export interface XlsxColumn {
  header: string;
  /** In characters, as spreadsheets measure column widths. */
  width: number;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** A cell value; `{ date }` (YYYY-MM-DD) becomes a real date cell so it sorts and filters as one. */
export type XlsxValue = string | number | null | { date: string };

/** A data row, or a section heading spanning the sheet. */
export type XlsxRow = { cells: readonly XlsxValue[] } | { section: string };

export interface XlsxSheet {
  name: string;
  title: string;
  /** Label–value lines under the title (organisation, date …). */
  meta: readonly (readonly [string, string])[];
  /** Between a meta label and its value: `: ` or, in Chinese, `：`. */
  metaSeparator?: string;
  columns: readonly XlsxColumn[];
  rows: readonly XlsxRow[];
  /** Columns kept in view when scrolling sideways. */
  freezeColumns?: number;
  autoFilter?: boolean;
  /** Printed footer: text on the left, and the page label with `{page}` and `{pages}`. */
  printFooter?: { left: string; pageLabel: string };
}

export interface XlsxWorkbookSpec {
  properties: {
    title: string;
    subject: string;
    /** The organisation, shown as the file's company. */
    company: string;
    keywords?: string;
    description?: string;
    category?: string;
    /** Written as the created and modified dates, and as the time of every part of the file. */
    createdAt: Date;
  };
  sheets: readonly XlsxSheet[];
}

/** Named on every styled cell: a font without a name is drawn in the program's default, often a serif. */
const FONT = { name: 'Calibri', family: 2, size: 11 } as const;
const ACCENT = 'FF1F3A5F';
const ACCENT_SOFT = 'FFE4EBF3';
const RULE = 'FFD3DAE2';
const MUTED = 'FF5B6675';

/** Height of one line of the default font (Calibri 11), in points. */
const LINE_POINTS = 15;
/** Excel's limit for a row's height; a taller row scrolls inside its cell instead. */
const MAX_ROW_POINTS = 409;

/**
 * Spreadsheet programs do not reliably grow a row to fit wrapped text when they open a file, so
 * each row gets a height from an estimate of its wrapped lines.
 */
function linesNeeded(text: string, width: number, bold = false): number {
  // Latin text averages a little narrower than the "0" a column unit is measured by.
  const scale = bold ? 1 : 0.92;
  return wrapText(text, width - 1.5, (part) => columnUnits(part) * scale).length;
}

const thin = { style: 'thin' as const, color: { argb: RULE } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

function dateValue(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  // Midnight UTC is a whole-day serial number in the file, whatever the writer's time zone.
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** `&` starts a control code in header and footer text. */
function footerText(text: string): string {
  return text.replaceAll('&', '&&');
}

function addSheet(workbook: ExcelJS.Workbook, spec: XlsxSheet): void {
  const columnCount = spec.columns.length;
  const sheet = workbook.addWorksheet(spec.name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 } },
  });
  sheet.columns = spec.columns.map((column) => ({ width: column.width }));

  const spanRow = (rowNumber: number) => {
    if (columnCount > 1) sheet.mergeCells(rowNumber, 1, rowNumber, columnCount);
  };

  const title = sheet.getRow(1);
  title.getCell(1).value = spec.title;
  title.getCell(1).font = { ...FONT, bold: true, size: 16, color: { argb: ACCENT } };
  title.height = 26;
  spanRow(1);
  spec.meta.forEach(([label, value], index) => {
    const row = sheet.getRow(2 + index);
    const cell = row.getCell(1);
    cell.value = { richText: [{ text: `${label}${spec.metaSeparator ?? ': '}`, font: { ...FONT, bold: true, color: { argb: MUTED } } }, { text: value, font: { ...FONT } }] };
    spanRow(2 + index);
  });

  const headerNumber = spec.meta.length + 3;
  const header = sheet.getRow(headerNumber);
  spec.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ACCENT } };
    cell.alignment = { vertical: 'middle', horizontal: column.align ?? 'left', wrapText: true };
    cell.border = BORDER;
  });
  header.height = Math.max(...spec.columns.map((column) => linesNeeded(column.header, column.width, true))) * LINE_POINTS + 4;

  let rowNumber = headerNumber;
  for (const row of spec.rows) {
    rowNumber += 1;
    const sheetRow = sheet.getRow(rowNumber);
    if ('section' in row) {
      const cell = sheetRow.getCell(1);
      cell.value = row.section;
      cell.font = { ...FONT, bold: true, color: { argb: ACCENT } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ACCENT_SOFT } };
      spanRow(rowNumber);
      continue;
    }
    let lines = 1;
    spec.columns.forEach((column, index) => {
      const cell = sheetRow.getCell(index + 1);
      const value = row.cells[index] ?? null;
      if (column.wrap && typeof value === 'string') lines = Math.max(lines, linesNeeded(value, column.width));
      if (value !== null && typeof value === 'object') {
        cell.value = dateValue(value.date);
        cell.numFmt = 'yyyy-mm-dd';
      } else cell.value = value;
      cell.font = { ...FONT };
      cell.alignment = { vertical: 'top', horizontal: column.align ?? 'left', wrapText: column.wrap ?? false };
      cell.border = BORDER;
    });
    sheetRow.height = Math.min(lines * LINE_POINTS + 2, MAX_ROW_POINTS);
  }

  sheet.views = [{ state: 'frozen', xSplit: spec.freezeColumns ?? 0, ySplit: headerNumber, topLeftCell: `${columnLetter((spec.freezeColumns ?? 0) + 1)}${headerNumber + 1}`, activeCell: `A${headerNumber + 1}` }];
  if (spec.autoFilter && rowNumber > headerNumber) {
    sheet.autoFilter = { from: { row: headerNumber, column: 1 }, to: { row: rowNumber, column: columnCount } };
  }
  sheet.pageSetup.printTitlesRow = `${headerNumber}:${headerNumber}`;
  if (spec.printFooter) {
    const pages = footerText(spec.printFooter.pageLabel).replace('{page}', '&P').replace('{pages}', '&N');
    sheet.headerFooter.oddFooter = `&L&8${footerText(spec.printFooter.left)}&R&8${pages}`;
  }
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Sets the modification time of every entry of a zip archive. The zip library stamps each part
 * with the time of writing; fixing them to the export's own time makes the same data give the
 * same bytes. Only the headers change, so checksums stay valid.
 */
export function stampZipEntries(zip: Buffer, at: Date): Buffer {
  const out = Buffer.from(zip);
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2);
  const date = ((Math.max(1980, at.getUTCFullYear()) - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  let end = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip archive');
  const entries = out.readUInt16LE(end + 10);
  let entry = out.readUInt32LE(end + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(entry) !== 0x02014b50) throw new Error('unexpected zip central directory');
    out.writeUInt16LE(time, entry + 12);
    out.writeUInt16LE(date, entry + 14);
    const local = out.readUInt32LE(entry + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('unexpected zip local header');
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    entry += 46 + out.readUInt16LE(entry + 28) + out.readUInt16LE(entry + 30) + out.readUInt16LE(entry + 32);
  }
  return out;
}

export async function writeXlsx(spec: XlsxWorkbookSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const { properties } = spec;
  workbook.creator = 'Custos';
  workbook.lastModifiedBy = 'Custos';
  workbook.created = properties.createdAt;
  workbook.modified = properties.createdAt;
  workbook.title = properties.title;
  workbook.subject = properties.subject;
  workbook.company = properties.company;
  workbook.keywords = properties.keywords ?? '';
  workbook.description = properties.description ?? '';
  workbook.category = properties.category ?? '';
  for (const sheet of spec.sheets) addSheet(workbook, sheet);
  const written = await workbook.xlsx.writeBuffer();
  return stampZipEntries(Buffer.from(written), properties.createdAt);
}
