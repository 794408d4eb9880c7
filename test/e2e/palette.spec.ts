// The command palette: Ctrl+K from anywhere, live search, and a jump to the record found.
import { expect, navigation, readyWorkspace, test } from './fixtures';

test('Ctrl+K, search, jump to the control; then jump to a screen by name', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await page.keyboard.press('Control+K');
  const input = page.getByRole('combobox', { name: 'Search or jump to…' });
  await expect(input).toBeFocused();
  await input.fill('backup');
  const option = page.getByRole('option', { name: /^A\.8\.13 — Information backup/ });
  await expect(option).toBeVisible();
  await expect(option.locator('mark')).toHaveText(['backup']);
  // Move to it with the keyboard and open it.
  while ((await option.getAttribute('aria-selected')) !== 'true') await input.press('ArrowDown');
  await input.press('Enter');
  await expect(input).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Controls' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: /Information backup/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // From inside a text field too.
  await page.getByRole('textbox', { name: 'Search' }).click();
  await page.keyboard.press('Control+K');
  await input.fill('statement');
  await page.getByRole('option', { name: 'Go to Statement of Applicability' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statement of Applicability' })).toBeVisible();
  await expect(navigation(page).getByRole('button', { name: 'Statement of Applicability' })).toHaveAttribute('aria-current', 'page');
});
