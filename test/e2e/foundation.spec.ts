// The foundation flows, in real Chromium against the real browser-mode server: creating, locking and
// unlocking a workspace, its recovery key, passphrase changes, key rotation, language and auto-lock.
import { rmSync } from 'node:fs';
import path from 'node:path';
import {
  chooseSegment,
  confirmRecoveryKey,
  createWorkspace,
  expect,
  goTo,
  lockNow,
  navigation,
  NEW_PASSPHRASE,
  PASSPHRASE,
  passphraseField,
  readRecoveryKey,
  readyWorkspace,
  test,
  unlockWithPassphrase,
} from './fixtures';

test('create a workspace, refuse a wrong recovery key, confirm the right one, reach the main layout', async ({ page, server }) => {
  await page.goto(server.url);
  // The token leaves the address bar at once.
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await expect(page.getByRole('heading', { name: 'Welcome to Custos' })).toBeVisible();

  const key = await createWorkspace(page, server, 'Acme Analytics Ltd');
  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible();
  await expect(navigation(page)).toHaveCount(0);

  const confirmField = page.getByLabel('Type the recovery key to confirm you saved it');
  const wrong = key.slice(0, -1) + (key.endsWith('0') ? '1' : '0');
  await confirmField.fill(wrong);
  await page.getByRole('button', { name: 'I have saved it' }).click();
  await expect(page.getByText('This does not match the recovery key above.', { exact: false })).toBeVisible();
  await expect(navigation(page)).toHaveCount(0);

  await confirmRecoveryKey(page, key);
  // The dashboard is the home screen; the overview stays one click away.
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText('What needs attention in Acme Analytics Ltd.')).toBeVisible();
  await expect(page.getByText('The recovery key has not been confirmed')).toHaveCount(0);
  await navigation(page).getByRole('button', { name: 'Overview', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Analytics Ltd' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Audit trail integrity' }).getByText('Intact')).toBeVisible();
  await expect(page.getByText('The recovery key has not been confirmed')).toHaveCount(0);
  for (const name of ['Dashboard', 'Controls', 'Statement of Applicability', 'Evidence', 'Risks', 'ISMS', 'Overview', 'Organisation', 'Audit trail', 'Settings']) {
    await expect(navigation(page).getByRole('button', { name, exact: true })).toBeVisible();
  }
});

test('a reload before confirming keeps the token and warns on the dashboard and Overview that the key is unconfirmed', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkspace(page, server);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText('The recovery key has not been confirmed')).toBeVisible();
  await navigation(page).getByRole('button', { name: 'Overview', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Analytics Ltd' })).toBeVisible();
  await expect(page.getByText('The recovery key has not been confirmed')).toBeVisible();
  await page.getByRole('button', { name: 'Rotate the key in Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('lock, refuse a wrong passphrase, unlock with the right one', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await lockNow(page);
  await expect(page.getByText(server.workspaceDir, { exact: false })).toBeVisible();

  await unlockWithPassphrase(page, 'definitely not the passphrase');
  await expect(page.getByRole('alert').filter({ hasText: 'That passphrase is not correct.' })).toBeVisible();
  await expect(navigation(page)).toHaveCount(0);

  await passphraseField(page).fill(PASSPHRASE);
  // A wrong attempt may have started a short back-off; the button says so and re-enables itself.
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(navigation(page)).toBeVisible();
});

test('change the passphrase, then lock and unlock with the new one', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await goTo(page, 'Settings');
  await page.getByRole('textbox', { name: 'Current passphrase' }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('textbox', { name: 'Confirm passphrase' }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Passphrase changed. Use the new one from now on.')).toBeVisible();

  await lockNow(page);
  await unlockWithPassphrase(page, NEW_PASSPHRASE);
  await expect(navigation(page)).toBeVisible();
});

test('switch to Simplified Chinese and see Chinese navigation, still Chinese after a reload', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await page.getByRole('button', { name: 'Change language' }).click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const name of ['概览', '组织信息', '审计日志', '设置']) await expect(nav.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(nav.getByRole('button', { name: '立即锁定' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设置', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await chooseSegment(page, 'English');
  await expect(navigation(page)).toBeVisible();
});

test('auto-lock after one idle minute (fast-forwarded clock)', async ({ page, server }) => {
  await page.clock.install();
  await readyWorkspace(page, server);
  await goTo(page, 'Settings');
  const minutes = page.getByRole('textbox', { name: 'Auto-lock after (minutes)' });
  await minutes.fill('1');
  await page.getByRole('region', { name: 'Workspace', exact: true }).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Workspace settings saved.')).toBeVisible();

  await page.clock.fastForward('00:30');
  await expect(navigation(page)).toBeVisible();
  await page.clock.fastForward('01:05');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Acme Analytics Ltd' })).toBeVisible();
  await expect(page.getByText('The workspace was locked after a period of inactivity.')).toBeVisible();

  await unlockWithPassphrase(page, PASSPHRASE);
  await expect(navigation(page)).toBeVisible();
});

test('open with the recovery key, then set a new passphrase as prompted', async ({ page, server }) => {
  const key = await readyWorkspace(page, server);
  await lockNow(page);
  await chooseSegment(page, 'Recovery key');
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(key.toUpperCase());
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Set a new passphrase' })).toBeVisible();
  await expect(navigation(page)).toHaveCount(0);
  await page.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('textbox', { name: 'Confirm passphrase' }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(navigation(page)).toBeVisible();

  await lockNow(page);
  await unlockWithPassphrase(page, NEW_PASSPHRASE);
  await expect(navigation(page)).toBeVisible();
});

test('rotate the data key: progress, then a new recovery key that must be confirmed', async ({ page, server }) => {
  const oldKey = await readyWorkspace(page, server);
  await goTo(page, 'Settings');
  await page.getByRole('button', { name: 'Rotate data key…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rotate data key' });
  await dialog.getByRole('textbox', { name: 'Current passphrase' }).fill(PASSPHRASE);

  // Record what the progress view shows: the job may finish quicker than a poll would notice.
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { seenProgress: Set<string> }).seenProgress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[aria-label="Rotation progress"]');
      if (bar) seen.add('bar');
      for (const phase of ['Copying the database', 'Encrypting with the new key', 'Verifying the new copy', 'Replacing the old database']) {
        if (document.body.textContent?.includes(phase)) seen.add(phase);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await dialog.getByRole('button', { name: 'Rotate now' }).click();

  await expect(page.getByRole('heading', { name: 'Save the new recovery key' })).toBeVisible({ timeout: 60_000 });
  const seen = await page.evaluate(() => [...(window as unknown as { seenProgress: Set<string> }).seenProgress]);
  expect(seen).toContain('bar');
  expect(seen.length, `progress phases shown: ${seen.join(', ')}`).toBeGreaterThan(1);

  const newKey = await readRecoveryKey(page);
  expect(newKey).not.toBe(oldKey);
  await expect(navigation(page)).toHaveCount(0);
  await page.getByLabel('Type the recovery key to confirm you saved it').fill(oldKey);
  await page.getByRole('button', { name: 'I have saved it' }).click();
  await expect(page.getByText('This does not match the recovery key above.', { exact: false })).toBeVisible();
  await confirmRecoveryKey(page, newKey);

  // The old key no longer opens the workspace; the new one does.
  await lockNow(page);
  await chooseSegment(page, 'Recovery key');
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(oldKey);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That recovery key does not open this workspace.' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(newKey);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Set a new passphrase' })).toBeVisible();
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(navigation(page)).toBeVisible();
});

test('create the demo organisation and browse it', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('tab', { name: 'Demo' }).click();
  await page.getByLabel('Folder').fill(server.workspaceDir);
  await page.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Confirm passphrase' }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create the demo organisation' }).click();
  const key = await readRecoveryKey(page);
  await confirmRecoveryKey(page, key);

  await expect(page.getByText(/^What needs attention in .+ \(demo\)\.$/)).toBeVisible();
  await goTo(page, 'Organisation');
  await expect(page.getByRole('textbox', { name: 'Legal name' })).toHaveValue(/\S/);
  await goTo(page, 'Audit trail');
  await expect(page.getByRole('cell', { name: 'workspace.createDemo' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByText('The audit chain is intact')).toBeVisible();
});

test('edit the organisation profile with per-field validation', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await goTo(page, 'Organisation');
  const legalName = page.getByRole('textbox', { name: 'Legal name' });
  await legalName.fill('');
  await page.getByRole('textbox', { name: 'DPO e-mail' }).fill('not-an-email');
  await page.getByRole('textbox', { name: 'PIPL officer e-mail' }).fill('pipl@');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText("Enter the organisation's legal name.")).toBeVisible();
  await expect(page.getByText('Enter a valid e-mail address, or leave it empty.')).toHaveCount(2);

  await legalName.fill('Acme Analytics Limited');
  await page.getByRole('textbox', { name: 'DPO e-mail' }).fill('dpo@acme.example');
  await page.getByRole('textbox', { name: 'PIPL officer e-mail' }).fill('pipl@acme.example');
  await page.getByRole('textbox', { name: 'Privacy contact e-mail' }).fill('privacy@acme.example');
  await page.getByRole('textbox', { name: 'Representative in China' }).fill('Acme (Shenzhen) Co., Ltd., 1 Keyuan Road, Shenzhen');
  await page.getByRole('combobox', { name: 'Country' }).fill('Irel');
  await page.getByRole('option', { name: 'Ireland (IE)' }).click();
  await page.getByRole('combobox', { name: 'Time zone' }).fill('Asia/Shang');
  await page.getByRole('option', { name: 'Asia/Shanghai' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Organisation profile saved.')).toBeVisible();
  await goTo(page, 'Settings');
  await goTo(page, 'Organisation');
  await expect(page.getByRole('textbox', { name: 'Representative in China' })).toHaveValue('Acme (Shenzhen) Co., Ltd., 1 Keyuan Road, Shenzhen');
  await expect(page.getByRole('textbox', { name: 'Privacy contact e-mail' })).toHaveValue('privacy@acme.example');
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Shanghai');

  await goTo(page, 'Audit trail');
  await page.getByRole('button', { name: /^Show details of event/ }).first().click();
  await expect(page.getByRole('cell', { name: 'Acme Analytics Limited', exact: true })).toBeVisible();
});

test('open another workspace, then reopen this one from the recent list', async ({ page, server }) => {
  await readyWorkspace(page, server, 'Northwind Traders');
  await lockNow(page);
  await page.getByRole('button', { name: 'Open another workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Custos' })).toBeVisible();
  const recent = page.getByRole('list', { name: 'Recent workspaces' });
  await expect(recent.getByText('Northwind Traders', { exact: true })).toBeVisible();
  await recent.getByRole('button', { name: 'Open Northwind Traders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Northwind Traders' })).toBeVisible();
  await unlockWithPassphrase(page, PASSPHRASE);
  await expect(navigation(page)).toBeVisible();
});

test('a missing key file is reported clearly, and the recovery key still opens the workspace', async ({ page, server }) => {
  const key = await readyWorkspace(page, server);
  await lockNow(page);
  const bundle = path.join(server.workspaceDir, 'Acme Analytics Ltd.custos');
  rmSync(path.join(bundle, 'keyring.json'));

  await unlockWithPassphrase(page, PASSPHRASE);
  await expect(page.getByRole('alert').filter({ hasText: 'key file is missing' })).toBeVisible();
  await expect(navigation(page)).toHaveCount(0);

  await chooseSegment(page, 'Recovery key');
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(key);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Set a new passphrase' })).toBeVisible();
});
