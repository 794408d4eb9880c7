// ISMS records of the demo organisation: an audit with findings cannot be deleted (the refusal is
// explained), a corrective action is verified only with a verifier, and the scope is edited.
import { expect, openScreen, readyDemoWorkspace, selectOption, test } from './fixtures';

test('audit refusals are explained; a verified corrective action needs its verifier', async ({ page, server }) => {
  await readyDemoWorkspace(page, server);
  await openScreen(page, 'ISMS');
  const statement = page.getByRole('textbox', { name: 'Scope statement' });
  await expect(statement).toHaveValue(/Meridian/);
  await statement.fill('The ISMS covers the Meridian Insights platform and its support.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Scope saved.')).toBeVisible();

  await page.getByRole('tab', { name: 'Internal audits' }).click();
  await page.getByRole('button', { name: /^Open IA-2026-01 / }).click();
  await page.getByRole('button', { name: 'Delete audit' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete IA-2026-01?' });
  await confirm.getByRole('button', { name: 'Delete audit' }).click();
  await expect(confirm.getByRole('alert')).toHaveText('IA-2026-01 has 4 findings, so it cannot be deleted. Delete the findings first, or cancel the audit instead.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Raise API gateway log retention to 90 days and add the setting to the configuration baseline.' }).click();
  const action = page.getByRole('dialog', { name: 'Corrective action for F-002' });
  await selectOption(page, 'Status', 'Verified');
  await action.getByRole('button', { name: 'Save' }).click();
  await expect(action.getByText('required', { exact: true })).toBeVisible();
  await expect(action.getByRole('textbox', { name: 'Verified by' })).toHaveAttribute('aria-invalid', 'true');
  await action.getByRole('textbox', { name: 'Verified by' }).fill('Grace Mulligan');
  await action.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Corrective action saved.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Raise API gateway log retention/ }).getByText('Verified by Grace Mulligan')).toBeVisible();
});
