// Importing processing activities through the wizard: a CSV with errors is previewed with every
// problem by row and column and cannot be imported; a clean file is imported with progress, and the
// records are there afterwards.
import type { Page } from '@playwright/test';
import { expect, openScreen, readyWorkspace, test } from './fixtures';

const WITH_ERRORS = ['Name,Purpose,Lawful basis,Retention (months),Review date', 'Newsletter,News,Consent,24,2026-01-31', ',No name,Consent,12,', 'Payroll,Pay,Maybe,forever,2026-13-01'].join('\n');
const CLEAN = ['Name,Purpose,Lawful basis,Retention (months),Review date,Data categories', 'Newsletter,News,Consent,24,2026-01-31,Contact details', 'Payroll,Pay staff,6(1)(c),120,,Bank details'].join('\n');

async function chooseFile(page: Page, name: string, content: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Import into the data inventory' });
  await dialog.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  await expect(dialog.getByText(name)).toBeVisible();
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Field for column Name' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Check the file' }).click();
}

/** The activities, read through the page's own connection to the backend. */
async function activityNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const token = sessionStorage.getItem('custos.token') ?? new URLSearchParams(location.hash.slice(1)).get('token');
    const response = await fetch('/rpc/inventory.activities.list', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' });
    const envelope = (await response.json()) as { ok: boolean; value: { name: string }[] };
    return envelope.value.map((activity) => activity.name);
  });
}

test('a file with errors is listed by row and column and cannot be imported; a clean file is', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await openScreen(page, 'Data inventory');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import into the data inventory' });

  await chooseFile(page, 'register.csv', WITH_ERRORS);
  const problems = dialog.getByRole('table', { name: 'Problems by row and column' });
  await expect(problems).toBeVisible();
  const rows = problems.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('3');
  await expect(rows.nth(0)).toContainText('A (Name)');
  await expect(rows.nth(0)).toContainText('Name is required.');
  await expect(rows.nth(1)).toContainText('C (Lawful basis)');
  await expect(rows.nth(1)).toContainText('“Maybe” is not a value GDPR lawful basis (Art 6) accepts.');
  await expect(rows.nth(2)).toContainText('D (Retention (months))');
  await expect(rows.nth(3)).toContainText('E (Review date)');
  await expect(dialog.getByText('Rows with errors: 2')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Import \d+ records$/ })).toBeDisabled();
  expect(await activityNames(page)).toEqual([]);

  // Back to the start with another file.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await chooseFile(page, 'clean.csv', CLEAN);
  await expect(dialog.getByText('No problems found.')).toBeVisible();
  await expect(dialog.getByText('New: 2')).toBeVisible();
  await expect(dialog.getByText('Contact details, Bank details')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 records' }).click();
  await expect(dialog.getByText('2 created, 0 updated, 0 unchanged, 0 skipped.')).toBeVisible();
  expect((await activityNames(page)).sort()).toEqual(['Newsletter', 'Payroll']);
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toHaveCount(0);
});
