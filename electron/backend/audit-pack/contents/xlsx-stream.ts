// Spreadsheets for large registers (100,000 training completions, 10,000 processing activities):
// exceljs' streaming writer commits each row as it goes, so memory stays flat where the in-memory
// writer (exports/xlsx-writer.ts) would hold every styled cell. Same layout — title, label–value
// lines, a styled header row, frozen panes, autofilter — with plain data cells (no per-cell borders
// or row heights, which cost more than the rows themselves). Zip entry times are fixed to the
// given moment, so the same rows give the same bytes.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { stampZipEntries, type XlsxColumn, type XlsxValue } from '../../exports/xlsx-writer';

export interface StreamSheet {
  name: string;
  title: string;
  meta: readonly (readonly [string, string])[];
  metaSeparator: string;
  columns: readonly XlsxColumn[];
  rows: Iterable<readonly XlsxValue[]>;
  freezeColumns?: number;
}

export interface StreamWorkbook {
  title: string;
  company: string;
  createdAt: Date;
  sheets: readonly StreamSheet[];
}

const FONT = { name: 'Calibri', family: 2, size: 11 } as const;
const ACCENT = 'FF1F3A5F';

function dateValue(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export async function writeLargeXlsx(spec: StreamWorkbook): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Custos';
  workbook.lastModifiedBy = 'Custos';
  workbook.created = spec.createdAt;
  workbook.modified = spec.createdAt;
  workbook.title = spec.title;
  workbook.subject = spec.title;
  workbook.company = spec.company;
  for (const sheetSpec of spec.sheets) {
    const headerNumber = sheetSpec.meta.length + 3;
    const freeze = sheetSpec.freezeColumns ?? 0;
    const sheet = workbook.addWorksheet(sheetSpec.name, {
      views: [{ state: 'frozen', xSplit: freeze, ySplit: headerNumber, topLeftCell: `${columnLetter(freeze + 1)}${headerNumber + 1}`, activeCell: `A${headerNumber + 1}` }],
    });
    sheet.columns = sheetSpec.columns.map((column) => ({ width: column.width }));
    const title = sheet.getRow(1);
    title.getCell(1).value = sheetSpec.title;
    title.getCell(1).font = { ...FONT, bold: true, size: 16, color: { argb: ACCENT } };
    title.commit();
    sheetSpec.meta.forEach(([label, value], index) => {
      const row = sheet.getRow(2 + index);
      row.getCell(1).value = `${label}${sheetSpec.metaSeparator}${value}`;
      row.commit();
    });
    const header = sheet.getRow(headerNumber);
    sheetSpec.columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = column.header;
      cell.font = { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ACCENT } };
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
    header.commit();
    let rowNumber = headerNumber;
    for (const cells of sheetSpec.rows) {
      rowNumber += 1;
      const row = sheet.getRow(rowNumber);
      cells.forEach((value, index) => {
        if (value === null) return;
        const cell = row.getCell(index + 1);
        if (typeof value === 'object') {
          cell.value = dateValue(value.date);
          cell.numFmt = 'yyyy-mm-dd';
        } else cell.value = value;
      });
      row.commit();
    }
    if (rowNumber > headerNumber) sheet.autoFilter = { from: { row: headerNumber, column: 1 }, to: { row: rowNumber, column: sheetSpec.columns.length } };
    sheet.commit();
  }
  await workbook.commit();
  await finished;
  return stampZipEntries(Buffer.concat(chunks), spec.createdAt);
}
