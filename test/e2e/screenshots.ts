// Screenshots of the main screens for the README, written to docs/screenshots/. Run by hand after
// `npm run build`:  npx playwright test -c test/e2e/screenshots.config.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { chooseSegment, confirmRecoveryKey, expect, goTo, lockNow, navigation, PASSPHRASE, readRecoveryKey, test } from './fixtures';
import type { CustosServer } from './server';

const outDir = process.env.CUSTOS_SCREENSHOT_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

async function takeShot(page: Page, name: string): Promise<void> {
  // Let notifications fade and transitions settle so the picture is of the screen, not of a toast.
  await page.mouse.move(0, 0);
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(outDir, name) });
}

async function openDemo(page: Page, server: CustosServer): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('tab', { name: 'Demo' }).click();
  await page.getByLabel('Folder').fill(server.workspaceDir);
  await page.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Confirm passphrase' }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create the demo organisation' }).click();
  await confirmRecoveryKey(page, await readRecoveryKey(page));
}

test('README screenshots', async ({ page, server }) => {
  mkdirSync(outDir, { recursive: true });
  const shot = (name: string) => takeShot(page, name);

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
  await page.getByRole('button', { name: /^Show details of event/ }).first().click();
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

test('governance screenshots', async ({ page, server }) => {
  mkdirSync(outDir, { recursive: true });
  // docs/screenshots keeps the few the README shows; with CUSTOS_SCREENSHOT_DIR set (to review the
  // screens in both languages and themes) every screen is captured.
  const README = new Set(['dashboard.png', 'control-detail.png', 'risks.png', 'command-palette.png', 'soa-zh-dark.png']);
  const reviewing = process.env.CUSTOS_SCREENSHOT_DIR !== undefined;
  const shot = async (name: string) => {
    if (reviewing || README.has(name)) await takeShot(page, name);
  };
  const nav = (name: string) => navigation(page).getByRole('button', { name, exact: true }).click();
  await openDemo(page, server);

  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Agenda' })).toBeVisible();
  await shot('dashboard.png');

  await nav('Controls');
  await expect(page.getByRole('table', { name: 'ISO 27001 controls' })).toBeVisible();
  await shot('controls.png');
  await page.getByRole('button', { name: /^Open A\.8\.24 / }).click();
  await expect(page.getByRole('list', { name: 'Evidence linked to this control' })).toBeVisible();
  await shot('control-detail.png');
  await page.getByRole('list', { name: 'Evidence linked to this control' }).scrollIntoViewIfNeeded();
  await shot('control-evidence.png');
  await page.keyboard.press('Escape');

  await nav('Statement of Applicability');
  await expect(page.getByRole('region', { name: 'Organizational controls' })).toBeVisible();
  await shot('soa.png');

  await nav('Evidence');
  await expect(page.getByRole('table', { name: 'Evidence' })).toBeVisible();
  await shot('evidence.png');
  await page.getByRole('button', { name: 'Preview information-security-policy-v3.pdf' }).click();
  await expect(page.getByRole('dialog', { name: 'information-security-policy-v3.pdf' }).getByText(/page/)).toBeVisible();
  await shot('evidence-preview.png');
  await page.keyboard.press('Escape');

  await nav('Risks');
  await expect(page.getByRole('grid', { name: 'Heat map' })).toBeVisible();
  await shot('risks.png');
  await page.getByRole('button', { name: /^Open R-001 / }).click();
  await expect(page.getByLabel('Title')).toBeVisible();
  await shot('risk-form.png');
  await page.keyboard.press('Escape');

  await nav('ISMS');
  await page.getByRole('tab', { name: 'Internal audits' }).click();
  await page.getByRole('button', { name: /^Open IA-2026-01 / }).click();
  await expect(page.getByRole('heading', { name: /findings$/ })).toBeVisible();
  await shot('audit-detail.png');

  await page.keyboard.press('Control+K');
  await page.getByRole('combobox', { name: 'Search or jump to…' }).fill('backup');
  await expect(page.getByRole('option', { name: /A\.8\.13/ })).toBeVisible();
  await shot('command-palette.png');
  await page.keyboard.press('Escape');

  await nav('Settings');
  await chooseSegment(page, '简体中文');
  await chooseSegment(page, '深色');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  const zhNav = (name: string) => page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name, exact: true }).click();
  await zhNav('仪表板');
  await expect(page.getByRole('heading', { level: 1, name: '仪表板' })).toBeVisible();
  await shot('dashboard-zh-dark.png');
  await zhNav('控制措施');
  await expect(page.getByRole('table', { name: 'ISO 27001 控制措施' })).toBeVisible();
  await shot('controls-zh-dark.png');
  await zhNav('风险');
  await expect(page.getByRole('grid', { name: '风险热力图' })).toBeVisible();
  await shot('risks-zh-dark.png');
  await zhNav('适用性声明');
  await expect(page.getByRole('region', { name: '组织控制' })).toBeVisible();
  await shot('soa-zh-dark.png');
  await zhNav('信息安全管理体系');
  await page.getByRole('tab', { name: '内部审核' }).click();
  await page.getByRole('button', { name: /^打开 IA-2026-01 / }).click();
  await expect(page.getByRole('heading', { name: /项审核发现$/ })).toBeVisible();
  await shot('audit-detail-zh-dark.png');
  await page.keyboard.press('Control+K');
  await page.getByRole('combobox', { name: '搜索或跳转到…' }).fill('备份');
  await expect(page.getByRole('option', { name: /A\.8\.13/ })).toBeVisible();
  await shot('command-palette-zh-dark.png');
});
