// The risk register: a new risk with treating controls from both catalogs shows on the heat map,
// its cell filters the table, and the control it names lists it as treated.
import { expect, openScreen, readyWorkspace, selectOption, test } from './fixtures';

test('create a risk with treating controls; the heat map shows it and filters the register', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await openScreen(page, 'Risks');
  await expect(page.getByText('No risks yet')).toBeVisible();

  await page.getByRole('button', { name: 'New risk' }).click();
  const drawer = page.getByRole('dialog', { name: /New risk/ });
  await drawer.getByRole('textbox', { name: 'Title' }).fill('Backups encrypted by ransomware');
  await drawer.getByRole('textbox', { name: 'Risk owner' }).fill('Head of Platform');
  await selectOption(page, 'Likelihood', '4 — Likely', 0);
  await selectOption(page, 'Impact', '5 — Severe', 0);
  const controls = drawer.getByRole('combobox', { name: 'Treating controls' });
  await controls.fill('A.8.13');
  await page.getByRole('option', { name: 'A.8.13 — Information backup' }).click();
  await controls.fill('CC7.5');
  await page.getByRole('option', { name: /^CC7\.5 — / }).click();
  await selectOption(page, 'Likelihood', '2 — Unlikely', 1);
  await selectOption(page, 'Impact', '3 — Moderate', 1);
  await drawer.getByRole('button', { name: 'Add risk' }).click();
  await expect(page.getByText('R-001 added.')).toBeVisible();
  await expect(page.getByRole('dialog', { name: /R-001/ })).toBeVisible();
  await page.keyboard.press('Escape');

  const heat = page.getByRole('grid', { name: 'Heat map' });
  // Residual position first (likelihood 2, impact 3), then the inherent one (4 × 5).
  await expect(heat.getByRole('gridcell', { name: /^Likelihood 2 Unlikely, impact 3 Moderate, score 6: 1 risk$/ })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Position' }).getByText('Inherent', { exact: true }).click();
  const cell = heat.getByRole('gridcell', { name: /^Likelihood 4 Likely, impact 5 Severe, score 20: 1 risk$/ });
  await expect(cell).toHaveText(/1/);
  await expect(heat.getByRole('gridcell', { name: 'Likelihood 2 Unlikely, impact 3 Moderate, score 6: 0 risks' })).toBeVisible();

  await cell.click();
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  const register = page.getByRole('table', { name: 'Risk register' });
  await expect(register.getByRole('row', { name: /R-001/ })).toBeVisible();
  await expect(register.getByRole('row', { name: /R-001/ }).getByText('20', { exact: true })).toBeVisible();
  await heat.getByRole('gridcell', { name: /^Likelihood 1 Rare, impact 1 Negligible/ }).click();
  await expect(page.getByText('No risk matches these filters.')).toBeVisible();

  await openScreen(page, 'Controls');
  await page.getByRole('button', { name: 'Open A.8.13 Information backup' }).click();
  await expect(page.getByRole('dialog', { name: /Information backup/ }).getByRole('button', { name: 'R-001 Backups encrypted by ransomware' })).toBeVisible();
});
