// The Statement of Applicability exported as XLSX and PDF, downloaded in the browser and checked
// from outside the app (python3's zipfile reads the workbook).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, openScreen, readyWorkspace, test } from './fixtures';

const countControls = `
import re, sys, zipfile
book = zipfile.ZipFile(sys.argv[1])
names = book.namelist()
sheets = [n for n in names if n.startswith('xl/worksheets/') and n.endswith('.xml')]
strings = book.read('xl/sharedStrings.xml').decode('utf-8') if 'xl/sharedStrings.xml' in names else ''
text = strings + ''.join(book.read(n).decode('utf-8') for n in sheets)
ids = set(re.findall(r'A\\.[5-8]\\.\\d{1,2}(?!\\d)', text))
print(len(sheets), len(ids))
`;

test('export the Statement of Applicability as XLSX (93 controls) and as PDF', async ({ page, server }, testInfo) => {
  await readyWorkspace(page, server);
  await openScreen(page, 'Statement of Applicability');
  await expect(page.locator('tr[data-control]')).toHaveCount(93);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export XLSX' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const xlsxPath = testInfo.outputPath('soa.xlsx');
  await xlsx.saveAs(xlsxPath);
  const [sheets, ids] = execFileSync('python3', ['-c', countControls, xlsxPath], { encoding: 'utf8' }).trim().split(' ').map(Number);
  expect(sheets).toBeGreaterThanOrEqual(1);
  expect(ids).toBe(93);

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfPath = testInfo.outputPath(path.basename(pdf.suggestedFilename()));
  await pdf.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
