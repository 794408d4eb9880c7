// Importing the people list from an HR export through the training import wizard: the headers are
// mapped by themselves, a file with a bad e-mail and an unknown manager is refused with each problem
// by row and column, and the corrected file is imported with the assignment run's counts; the people
// are then on the list.
import type { Page } from '@playwright/test';
import { expect, openScreen, readyWorkspace, test } from './fixtures';

const HEADER = 'Full name,Work email,Department,Job title,Start date,Line manager';
const WITH_ERRORS = [HEADER, 'Ana Pérez,ana@acme.example,Sales,Account manager,2024-03-01,', 'Ben Okafor,ben at acme,Sales,Sales lead,2023-01-09,nobody@acme.example'].join('\n');
const CLEAN = [HEADER, 'Ana Pérez,ana@acme.example,Sales,Account manager,2024-03-01,ben@acme.example', 'Ben Okafor,ben@acme.example,Sales,Sales lead,2023-01-09,'].join('\n');

async function checkFile(page: Page, name: string, content: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Import training records' });
  await dialog.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  await expect(dialog.getByText(name)).toBeVisible();
  await dialog.getByRole('button', { name: 'Next' }).click();
  // The HR headers were recognised.
  await expect(dialog.getByRole('combobox', { name: 'Field for column Work email' })).toHaveValue('Email');
  await dialog.getByRole('button', { name: 'Check the file' }).click();
}

test('people from an HR export: refused with every problem by row and column, then imported', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await openScreen(page, 'Training');
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Import people' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import training records' });

  await checkFile(page, 'hr-export.csv', WITH_ERRORS);
  const problems = dialog.getByRole('table', { name: 'Problems', exact: true });
  await expect(problems).toBeVisible();
  await expect(problems.locator('tbody tr').filter({ hasText: 'B (Work email)' })).toContainText('“ben at acme” is not an email address.');
  await expect(problems.locator('tbody tr').filter({ hasText: 'F (Line manager)' })).toContainText('No one called “nobody@acme.example” is on the list or in the file.');
  await expect(problems.locator('tbody tr')).toHaveCount(2);
  await expect(dialog.getByRole('button', { name: /^Import \d+ rows$/ })).toBeDisabled();

  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await checkFile(page, 'hr-export-fixed.csv', CLEAN);
  await expect(dialog.getByText('No problems found.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(dialog.getByText('2 created, 0 updated, 0 unchanged, 0 skipped.')).toBeVisible();
  await expect(dialog.getByText(/^Assignments: \d+ created/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ana Pérez', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ben Okafor', exact: true })).toBeVisible();
});
