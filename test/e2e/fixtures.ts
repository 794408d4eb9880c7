// Playwright fixtures: a fresh server (config and workspace folders in a new temp dir) per test, and
// helpers for the steps most specs share.
import { expect, test as base, type Page } from '@playwright/test';
import { startServer, type CustosServer } from './server';

export const PASSPHRASE = 'correct horse battery staple';
export const NEW_PASSPHRASE = 'violet lantern orbit meadow';

export const test = base.extend<{ server: CustosServer }>({
  // Every test also fails on an uncaught page error or a Content Security Policy violation.
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    await use(page);
    expect(problems).toEqual([]);
  },
  server: async ({}, use) => {
    const server = await startServer();
    try {
      await use(server);
    } finally {
      await server.stop();
    }
  },
});

export { expect };

/** Fills the create form and submits it; returns the recovery key the next screen shows. */
export async function createWorkspace(page: Page, server: CustosServer, name = 'Acme Analytics Ltd', passphrase = PASSPHRASE): Promise<string> {
  await page.getByRole('tab', { name: 'Create' }).click();
  await page.getByLabel('Organisation name').fill(name);
  await page.getByLabel('Folder').fill(server.workspaceDir);
  await page.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(passphrase);
  await page.getByRole('textbox', { name: 'Confirm passphrase' }).fill(passphrase);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  return readRecoveryKey(page);
}

export async function readRecoveryKey(page: Page): Promise<string> {
  const group = page.getByRole('group', { name: 'Recovery key' });
  await expect(group).toBeVisible();
  const groups = await group.locator('p').allInnerTexts();
  const key = groups.map((g) => g.trim()).join('-');
  expect(key).toMatch(/^([0-9a-f]{8}-){7}[0-9a-f]{8}$/);
  return key;
}

export async function confirmRecoveryKey(page: Page, key: string): Promise<void> {
  await page.getByLabel('Type the recovery key to confirm you saved it').fill(key.replace(/-/g, ''));
  await page.getByRole('button', { name: 'I have saved it' }).click();
  await expect(navigation(page)).toBeVisible();
}

export function passphraseField(page: Page) {
  return page.getByRole('textbox', { name: 'Passphrase', exact: true });
}

export async function unlockWithPassphrase(page: Page, passphrase: string): Promise<void> {
  await passphraseField(page).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

/** Mantine's SegmentedControl hides its radios; a user clicks the label. */
export async function chooseSegment(page: Page, name: string): Promise<void> {
  const id = await page.getByRole('radio', { name, exact: true }).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

export function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

export async function goTo(page: Page, name: 'Organisation' | 'Audit trail' | 'Settings'): Promise<void> {
  await navigation(page).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export async function lockNow(page: Page): Promise<void> {
  await navigation(page).getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Unlock / })).toBeVisible();
}

/** A new workspace, its recovery key confirmed, showing the main layout. */
export async function readyWorkspace(page: Page, server: CustosServer, name = 'Acme Analytics Ltd'): Promise<string> {
  await page.goto(server.url);
  const key = await createWorkspace(page, server, name);
  await confirmRecoveryKey(page, key);
  return key;
}

/** The demo organisation in a new workspace, its recovery key confirmed, showing the dashboard. */
export async function readyDemoWorkspace(page: Page, server: CustosServer): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('tab', { name: 'Demo' }).click();
  await page.getByLabel('Folder').fill(server.workspaceDir);
  await page.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Confirm passphrase' }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create the demo organisation' }).click();
  await confirmRecoveryKey(page, await readRecoveryKey(page));
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}

/** Opens a screen from the main navigation and waits for its heading. */
export async function openScreen(page: Page, name: string, heading = name): Promise<void> {
  await navigation(page).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Picks an option of a Mantine Select (or one of several with the same label). */
export async function selectOption(page: Page, label: string, option: string, index = 0): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).nth(index).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A small, valid one-page PDF. */
export function samplePdf(title = 'Evidence'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Title (${title}) >>`,
  ];
  const stream = `BT /F1 18 Tf 72 770 Td (${title}) Tj ET`;
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
