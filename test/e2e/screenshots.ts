// Screenshots of the main screens for the README, written to docs/screenshots/. Run by hand after
// `npm run build`:  npx playwright test -c test/e2e/screenshots.config.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseSegment, confirmRecoveryKey, expect, goTo, lockNow, navigation, PASSPHRASE, readRecoveryKey, test } from './fixtures';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

test('README screenshots', async ({ page, server }) => {
  mkdirSync(outDir, { recursive: true });
  const shot = async (name: string) => {
    // Let notifications fade and transitions settle so the picture is of the screen, not of a toast.
    await page.mouse.move(0, 0);
    await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(outDir, name) });
  };

  await page.goto(server.url);
  await page.getByRole('tab', { name: 'Demo' }).click();
  await page.getByLabel('Folder').fill(server.workspaceDir);
  await page.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Confirm passphrase' }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create the demo organisation' }).click();
  await confirmRecoveryKey(page, await readRecoveryKey(page));

  await goTo(page, 'Organisation');
  await navigation(page).getByRole('button', { name: 'Overview', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Recent activity' })).toBeVisible();
  await shot('overview.png');

  await goTo(page, 'Audit trail');
  await page.getByRole('button', { name: /^Show details of event/ }).last().click();
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByText('The audit chain is intact')).toBeVisible();
  await shot('audit-trail.png');

  await goTo(page, 'Settings');
  await chooseSegment(page, '简体中文');
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await chooseSegment(page, '深色');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await shot('settings-zh-dark.png');

  await chooseSegment(page, 'English');
  await chooseSegment(page, 'Light');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  await lockNow(page);
  await shot('unlock.png');
});
