// The dashboard of the demo organisation: overdue items first, a corrective action among them, its
// link opening the audit with the action in view; and the calendar export.
import { readFileSync } from 'node:fs';
import { expect, readyDemoWorkspace, selectOption, test } from './fixtures';

test('the demo dashboard shows an overdue corrective action that opens its audit', async ({ page, server }, testInfo) => {
  await readyDemoWorkspace(page, server);
  await expect(page.getByRole('region', { name: 'Overdue' })).toContainText(/[1-9]/);
  await expect(page.getByRole('region', { name: 'Open audit findings' })).toContainText(/[1-9]/);
  const iso = page.getByRole('region', { name: 'ISO/IEC 27001:2022 Annex A' });
  await expect(iso.getByText('Evidence by group')).toBeVisible();

  // Coverage within a chosen period: a window long before any evidence covers nothing.
  await expect(iso.getByText(/^[1-9]\d* of \d+ applicable$/)).toBeVisible();
  const period = page.getByRole('region', { name: 'Coverage period' });
  await period.getByRole('textbox', { name: 'From' }).fill('2001-01-01');
  await period.getByRole('textbox', { name: 'From' }).press('Tab');
  await period.getByRole('textbox', { name: 'To' }).fill('2001-12-31');
  await period.getByRole('textbox', { name: 'To' }).press('Tab');
  await expect(iso.getByText(/^0 of \d+ applicable$/)).toBeVisible();

  const agenda = page.getByRole('list', { name: 'Agenda' });
  await expect(agenda.getByRole('listitem').first()).toContainText('overdue');
  await selectOption(page, 'Kind of item', 'Corrective action');
  const item = agenda.getByRole('button', { name: /^Corrective action: F-001 Complete the overdue security reviews/ });
  await expect(item).toBeVisible();
  await expect(item).toContainText(/\d+ days? overdue/);
  await item.click();

  await expect(page.getByRole('tab', { name: 'Internal audits', selected: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ISMS clauses 4–10; access control and supplier relationships' })).toBeVisible();
  const action = page.getByRole('row', { name: /Complete the overdue security reviews/ });
  await expect(action).toBeInViewport();
  await expect(action.getByText('Overdue', { exact: true })).toBeVisible();
  await expect(action.getByText('In progress', { exact: true })).toBeVisible();

  // The agenda as a calendar file.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Dashboard', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to calendar (.ics)' }).click()]);
  const icsPath = testInfo.outputPath('agenda.ics');
  await download.saveAs(icsPath);
  const ics = readFileSync(icsPath, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(ics).toContain('BEGIN:VEVENT');
});
