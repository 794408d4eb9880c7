// Controls in real Chromium against the real backend: applicability with its justification rule,
// the Statement of Applicability, and evidence linked to a control showing on the crosswalked SOC 2
// criterion.
import { expect, openScreen, readyWorkspace, samplePdf, test } from './fixtures';

test('an ISO control marked not applicable needs a justification, then shows on the Statement of Applicability', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await openScreen(page, 'Controls');
  await page.getByRole('button', { name: 'Open A.7.4 Physical security monitoring' }).click();
  const drawer = page.getByRole('dialog', { name: /Physical security monitoring/ });
  await expect(drawer.getByText('What auditors usually ask for')).toBeVisible();

  await drawer.getByRole('switch', { name: /Applicable/ }).uncheck({ force: true });
  await drawer.getByRole('button', { name: 'Save' }).click();
  const justification = drawer.getByRole('textbox', { name: /Justification/ });
  await expect(drawer.getByText('give the reason this control does not apply')).toBeVisible();
  await expect(justification).toHaveAttribute('aria-invalid', 'true');

  await justification.fill('Fully remote company: no premises of our own to monitor.');
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('A.7.4 saved.')).toBeVisible();
  await expect(justification).not.toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('table', { name: 'ISO 27001 controls' }).getByRole('row', { name: /A\.7\.4/ }).getByText('No', { exact: true })).toBeVisible();

  await openScreen(page, 'Statement of Applicability');
  const row = page.locator('tr[data-control="A.7.4"]');
  await expect(row.getByText('No', { exact: true })).toBeVisible();
  await expect(row.getByText('Fully remote company: no premises of our own to monitor.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Physical controls' }).getByText('13 of 14 applicable')).toBeVisible();
});

test('upload a PDF as evidence for an ISO control: current there, and on the crosswalked SOC 2 criterion', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await openScreen(page, 'Controls');
  await page.getByRole('button', { name: 'Open A.8.13 Information backup' }).click();
  const drawer = page.getByRole('dialog', { name: /Information backup/ });
  await drawer.getByRole('button', { name: 'Link evidence' }).click();

  const dialog = page.getByRole('dialog', { name: 'Link evidence to A.8.13 — Information backup' });
  await dialog.getByLabel('Evidence file').setInputFiles({ name: 'backup-restore-test.pdf', mimeType: 'application/pdf', buffer: samplePdf('Restore test Q3') });
  await expect(dialog.getByText('backup-restore-test.pdf')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Effective from' })).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await dialog.getByRole('button', { name: 'Link evidence' }).click();
  await expect(page.getByText('Evidence linked.')).toBeVisible();
  await expect(dialog).toBeHidden();

  const direct = drawer.getByRole('list', { name: 'Evidence linked to this control' });
  const link = direct.getByRole('listitem', { name: 'backup-restore-test.pdf' });
  await expect(link.getByText('Current', { exact: true })).toBeVisible();

  // The preview draws the PDF inside the app (pdf-preview.spec.ts checks the drawing in depth).
  await link.getByRole('button', { name: 'Preview backup-restore-test.pdf' }).click();
  const preview = page.getByRole('dialog', { name: 'backup-restore-test.pdf' });
  const viewer = preview.getByRole('region', { name: 'PDF pages' });
  await expect(viewer.getByText('Page 1 of 1')).toBeVisible();
  await expect(viewer.locator('canvas[data-rendered-page="1"]')).toBeVisible();
  await preview.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('Escape');

  const isoRow = page.getByRole('table', { name: 'ISO 27001 controls' }).getByRole('row', { name: /A\.8\.13/ });
  await expect(isoRow.getByText('Current', { exact: true })).toBeVisible();

  // SOC 2 A1.2 maps to A.8.13 in the crosswalk.
  await page.getByRole('radiogroup', { name: 'Framework' }).getByText('SOC 2', { exact: true }).click();
  const socTable = page.getByRole('table', { name: 'SOC 2 controls' });
  await expect(socTable.getByRole('row', { name: /A1\.2/ }).getByText('Current', { exact: true })).toBeVisible();
  await socTable.getByRole('button', { name: /^Open A1\.2 / }).click();
  const socDrawer = page.getByRole('dialog', { name: /A1\.2/ });
  const crosswalked = socDrawer.getByRole('list', { name: 'Through the crosswalk' }).getByRole('listitem', { name: 'backup-restore-test.pdf' });
  await expect(crosswalked.getByText('via ISO 27001 A.8.13 — Information backup')).toBeVisible();
  await expect(crosswalked.getByText('Current', { exact: true })).toBeVisible();

  // And the library lists the file with its link.
  await page.keyboard.press('Escape');
  await openScreen(page, 'Evidence');
  const fileRow = page.getByRole('table', { name: 'Evidence' }).getByRole('row', { name: /backup-restore-test\.pdf/ });
  await expect(fileRow.getByText('PDF', { exact: true })).toBeVisible();
});
