// Large registers are streamed (xlsx-stream.ts): the spreadsheet must hold every row with its
// header, real date cells and filter, read back by exceljs, and be byte-identical when written twice.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LARGE_REGISTER_ROWS, writeRegister } from '../../electron/backend/audit-pack/contents/register-file';
import type { PackContext } from '../../electron/backend/audit-pack/pack-types';

const ROWS = LARGE_REGISTER_ROWS + 1500;

function context(locale: 'en' | 'zh-CN'): PackContext {
  return {
    db: undefined as never,
    options: { framework: 'iso27001', from: '2026-01-01', to: '2026-03-31', locale, redact: false },
    period: { from: '2026-01-01', to: '2026-03-31' },
    asOf: '2026-03-31T23:59:59.999Z',
    generatedAt: new Date().toISOString(),
    appVersion: 'test',
    catalogVersion: 'test',
    workspace: { id: 'w', organisationName: 'Large Ltd' },
    keyFingerprint: '0'.repeat(64),
    pseudonym: (_kind, value) => value,
  };
}

const table = (header: string) => ({
  key: 'training-completions',
  columns: [
    { header, width: 24 },
    { header: 'Completed on', width: 14 },
    { header: 'Score', width: 8 },
  ],
  rows: Array.from({ length: ROWS }, (_, i) => [`Person ${String(i).padStart(5, '0')}`, { date: `2026-03-${String((i % 28) + 1).padStart(2, '0')}` }, i % 101]),
});

describe('large registers', () => {
  it('streams every row into a spreadsheet exceljs reads back, the same bytes each time', async () => {
    const first = await writeRegister(context('zh-CN'), table('人员'));
    // Zip entries carry times to two seconds: a later write must not differ.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await writeRegister(context('zh-CN'), table('人员'));
    const [xlsx, csv] = first.files.map((file) => file.content as Buffer);
    expect(xlsx!.equals(second.files[0]!.content as Buffer)).toBe(true);
    expect(first.register).toMatchObject({ key: 'training-completions', title: '培训完成记录', rows: ROWS });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('培训完成记录');
    const headerRow = 3 + 3;
    expect(sheet.getRow(headerRow).values).toEqual([undefined, '人员', 'Completed on', 'Score']);
    expect(sheet.getCell(headerRow + 1, 1).value).toBe('Person 00000');
    expect(sheet.getCell(headerRow + ROWS, 1).value).toBe(`Person ${String(ROWS - 1).padStart(5, '0')}`);
    expect((sheet.getCell(headerRow + 2, 2).value as Date).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(sheet.getCell(headerRow + 3, 3).value).toBe(2);
    expect(sheet.rowCount).toBe(headerRow + ROWS);
    expect(sheet.autoFilter).toBeTruthy();
    expect(csv!.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(ROWS + 1);
  }, 120_000);
});
