// Restore tests on the demo organisation: a failed restore test of the customer portal cannot be
// saved without a follow-up action; with one it is recorded, and the follow-up shows on the
// dashboard's agenda, whose item opens the test again.
import { chooseSegment, expect, navigation, openScreen, readyDemoWorkspace, selectOption, test } from './fixtures';

test('a failed restore test needs a follow-up, which then shows on the dashboard agenda', async ({ page, server }) => {
  await readyDemoWorkspace(page, server);
  await openScreen(page, 'Backups');
  // The demo's checks are listed with their figures.
  await page.getByRole('tab', { name: 'Checks' }).click();
  await expect(page.getByTestId('backup-check-restore_time_over_rto')).toContainText('Meridian Insights China (AWS Ningxia)');

  await page.getByRole('tab', { name: 'Restore tests' }).click();
  await page.getByRole('button', { name: 'Record a restore test' }).click();
  const form = page.getByRole('dialog', { name: 'Record a restore test' });
  await selectOption(page, 'System', 'Customer portal');
  await selectOption(page, 'Backup job used', 'Database dump every six hours');
  await chooseSegment(page, 'Fail');
  await expect(form.getByText('A failed or partial test needs at least one follow-up action.')).toBeVisible();
  await form.getByRole('textbox', { name: /^Data verified/ }).fill('Restore stopped: the dump was encrypted with a retired key.');

  // Without a follow-up the test is refused, with the reason under the follow-ups.
  await form.getByRole('button', { name: 'Record test' }).click();
  await expect(form.getByTestId('follow-ups')).toContainText('a failed or partial restore test needs at least one follow-up action');

  await form.getByRole('button', { name: 'Add a follow-up action' }).click();
  await form.getByRole('textbox', { name: /^Action/ }).fill('Re-encrypt the portal dumps with the current key');
  await form.getByRole('textbox', { name: /^Owner/ }).fill('Head of platform');
  await form.getByRole('button', { name: 'Record test' }).click();
  await expect(form).toBeHidden();
  const row = page.getByRole('row', { name: /Re-encrypt the portal dumps with the current key/ });
  await expect(row).toContainText('Fail');
  await expect(row).toContainText('Database dump every six hours');

  // The follow-up is on the dashboard's agenda and opens the restore test.
  await navigation(page).getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await selectOption(page, 'Kind of item', 'Restore-test follow-up due');
  const item = page.getByRole('list', { name: 'Agenda' }).getByRole('button', { name: /Customer portal: Re-encrypt the portal dumps with the current key/ });
  await expect(item).toBeVisible();
  await item.click();
  await expect(page.getByRole('tab', { name: 'Restore tests', selected: true })).toBeVisible();
  const opened = page.getByRole('dialog', { name: 'Restore test' });
  await expect(opened.getByRole('textbox', { name: /^Action/ })).toHaveValue('Re-encrypt the portal dumps with the current key');
});
