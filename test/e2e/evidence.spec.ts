// The evidence library: upload (a refused type explained, an image accepted), preview the image from
// a blob: URL under the strict CSP, save a copy, and delete with confirmation.
import { expect, openScreen, readyWorkspace, test } from './fixtures';

const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

test('upload, preview, download and delete an evidence file; a program is refused', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await openScreen(page, 'Evidence');
  await expect(page.getByText('No evidence files yet')).toBeVisible();

  await page.getByRole('button', { name: 'Upload file' }).click();
  const upload = page.getByRole('dialog', { name: 'Upload an evidence file' });
  // The type is decided from the content: a Windows program named like a PDF is refused.
  await upload.getByLabel('Evidence file').setInputFiles({ name: 'policy.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00this is not a pdf', 'latin1') });
  await upload.getByRole('button', { name: 'Upload' }).click();
  await expect(upload.getByRole('alert')).toHaveText('This type of file is not accepted.');

  await upload.getByRole('button', { name: 'Remove' }).click();
  await upload.getByLabel('Evidence file').setInputFiles({ name: 'server-room.png', mimeType: 'image/png', buffer: PNG_1X1 });
  await upload.getByRole('textbox', { name: 'Note' }).fill('Photo of the locked rack');
  await upload.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByText('server-room.png uploaded.')).toBeVisible();

  const row = page.getByRole('table', { name: 'Evidence' }).getByRole('row', { name: /server-room\.png/ });
  await expect(row.getByText('PNG', { exact: true })).toBeVisible();
  await expect(row.getByText('Photo of the locked rack')).toBeVisible();

  await row.getByRole('button', { name: 'Preview server-room.png' }).click();
  const preview = page.getByRole('dialog', { name: 'server-room.png' });
  const image = preview.getByRole('img', { name: 'server-room.png' });
  await expect(image).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(1);
  const [download] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: 'Save a copy' }).click()]);
  expect(download.suggestedFilename()).toBe('server-room.png');
  await preview.getByRole('button', { name: 'Close' }).click();

  await row.getByRole('button', { name: 'Delete server-room.png' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this file?' });
  await expect(confirm).toContainText('server-room.png will be deleted from the workspace.');
  await confirm.getByRole('button', { name: 'Delete file' }).click();
  await expect(page.getByText('server-room.png deleted; 0 links removed.')).toBeVisible();
  await expect(page.getByText('No evidence files yet')).toBeVisible();
});
