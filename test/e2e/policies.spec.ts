// Policies: a draft from a template goes through review and approval, a new draft's edit shows in
// the redline, the preview stays inert with hostile Markdown, and a privacy notice that lost a
// required section shows it missing and needs an override reason to be approved.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openScreen, readyDemoWorkspace, readyWorkspace, selectOption, test } from './fixtures';

async function createFromTemplate(page: Page, template: string, owner: string): Promise<void> {
  await openScreen(page, 'Policies');
  await page.getByRole('button', { name: 'New policy' }).click();
  const dialog = page.getByRole('dialog', { name: 'New policy' });
  await selectOption(page, 'Template', template);
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(template);
  await dialog.getByRole('textbox', { name: 'Owner' }).fill(owner);
  await dialog.getByRole('button', { name: 'Create draft' }).click();
  // The page title; the preview renders the document's own headings below it.
  await expect(page.getByRole('heading', { level: 1, name: template }).first()).toBeVisible();
}

function editor(page: Page) {
  return page.getByRole('textbox', { name: 'Policy text (Markdown)' });
}

async function submitAndApprove(page: Page, number: number, approver: string): Promise<void> {
  await page.getByRole('group', { name: 'Lifecycle' }).getByRole('button', { name: 'Submit for review' }).click();
  await page.getByRole('dialog', { name: `Submit version ${number} for review` }).getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText('In review', { exact: true }).first()).toBeVisible();
  await expect(editor(page)).toHaveCount(0);

  await page.getByRole('group', { name: 'Lifecycle' }).getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: `Approve version ${number}` });
  await dialog.getByRole('textbox', { name: 'Approver' }).fill(approver);
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(new RegExp(`^Approved by ${approver} on `))).toBeVisible();
}

test('draft from a template, review, approval, a new draft and its redline', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await createFromTemplate(page, 'Backup Policy', 'Head of Platform');

  // The first draft is the filled template, shown in the editor and the preview side by side.
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(editor(page)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Outline' }).getByRole('button').first()).toBeVisible();

  await submitAndApprove(page, 1, 'Chief Information Security Officer');
  await expect(page.getByLabel('SHA-256 of the approved text')).toBeVisible();

  await page.getByRole('group', { name: 'Lifecycle' }).getByRole('button', { name: 'New draft' }).click();
  await page.getByRole('dialog', { name: 'Start a new draft' }).getByRole('button', { name: 'Start draft' }).click();
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();

  // Edit: a new paragraph at the end, and hostile Markdown the preview must render inert.
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\n\nRestore tests run every quarter with a signed record.\n\n');
  await page.keyboard.insertText('<img src=x onerror="document.title=\'pwned\'"> [click](javascript:alert(1)) ![tracker](https://tracker.example/p.png)\n');
  await expect(preview.getByText('Restore tests run every quarter with a signed record.')).toBeVisible();
  // Raw HTML shows as text, the javascript: link and the remote image keep only their words.
  await expect(preview.locator('p').filter({ hasText: 'onerror' })).toHaveText(`<img src=x onerror="document.title='pwned'"> click tracker`);
  await expect(preview.locator('img')).toHaveCount(0);
  await expect(preview.locator('a[href^="javascript"], [onerror]')).toHaveCount(0);
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Version 2 saved')).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');

  await page.getByRole('tab', { name: 'Versions (2)' }).click();
  const history = page.getByRole('table', { name: 'Version history' });
  await expect(history.getByRole('row', { name: /^Open version 1 Approved .*Chief Information Security Officer/ })).toBeVisible();
  const redline = page.getByRole('region', { name: 'Changes from Version 1 to Version 2' });
  await expect(redline.locator('ins').filter({ hasText: 'Restore tests run every quarter' })).toBeVisible();
  await expect(redline.locator('del')).toHaveCount(0);
  await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Side by side', { exact: true }).click();
  await expect(page.getByRole('region', { name: 'Version 2' }).locator('ins').filter({ hasText: 'every quarter' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Version 1' })).not.toContainText('every quarter');

  await openScreen(page, 'Policies');
  const row = page.getByRole('table', { name: 'Policy register' }).getByRole('row', { name: /Backup Policy/ });
  await expect(row.getByText('Draft', { exact: true })).toBeVisible();
  await expect(row.getByText('v1', { exact: true })).toBeVisible();
  await expect(row.getByText('Head of Platform')).toBeVisible();
});

test('a privacy notice missing a required section needs an override reason to be approved', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await createFromTemplate(page, 'Privacy Notice (GDPR)', 'Data Protection Officer');

  const checklist = page.getByRole('list', { name: 'Required items' });
  const complaint = checklist.getByRole('listitem').filter({ hasText: 'Right to lodge a complaint with a supervisory authority' });
  await expect(complaint).toHaveAttribute('data-state', 'covered');
  await expect(complaint.getByText('GDPR Art. 13(2)(d), 14(2)(e)')).toBeVisible();

  // Remove the complaints section with the editor's find and replace (a regular expression).
  await editor(page).click();
  await page.keyboard.press('Control+f');
  const search = page.getByRole('textbox', { name: 'Find' });
  await expect(search).toBeFocused();
  await page.getByRole('checkbox', { name: 'regexp' }).check();
  await search.fill('## 12\\. Complaints to a supervisory authority[^#]*');
  await page.getByRole('textbox', { name: 'Replace' }).fill('');
  await page.getByRole('button', { name: 'replace all' }).click();
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: /Complaints to a supervisory authority/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Version 1 saved')).toBeVisible();

  await expect(complaint).toHaveAttribute('data-state', 'missing');
  await expect(complaint.getByText('Missing', { exact: true })).toBeVisible();
  await expect(page.getByText('1 missing', { exact: true })).toBeVisible();

  await page.getByRole('group', { name: 'Lifecycle' }).getByRole('button', { name: 'Submit for review' }).click();
  await page.getByRole('dialog', { name: 'Submit version 1 for review' }).getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('group', { name: 'Lifecycle' }).getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve version 1' });
  await expect(dialog.getByText('1 required item is missing')).toBeVisible();
  await expect(dialog.getByText('Right to lodge a complaint with a supervisory authority')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Approver' }).fill('Managing Director');
  const confirm = dialog.getByRole('button', { name: 'Approve with missing items' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Reason for approving anyway' }).fill('The complaints paragraph is published on the contact page.');
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Approved with missing items: The complaints paragraph is published on the contact page\./)).toBeVisible();
});

test('publish an approved policy, record acknowledgements and export it as Markdown', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await createFromTemplate(page, 'Acceptable Use Policy', 'People Operations');
  await submitAndApprove(page, 1, 'Managing Director');
  await page.getByRole('group', { name: 'Lifecycle' }).getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('dialog', { name: 'Publish version 1' }).getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Version 1 in force')).toBeVisible();

  await page.getByRole('tab', { name: 'Acknowledgements' }).click();
  const people = page.getByRole('region', { name: 'People' });
  for (const [name, department] of [
    ['Mia Chen', 'Finance'],
    ['Omar Haddad', 'Engineering'],
  ] as const) {
    await people.getByRole('textbox', { name: 'Name' }).fill(name);
    await people.getByRole('textbox', { name: 'Department' }).fill(department);
    await people.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('checkbox', { name: `${name} (${department})` })).toBeVisible();
  }
  await expect(page.getByText('2 people have not acknowledged it yet')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Mia Chen (Finance)' }).check();
  await page.getByRole('button', { name: 'Record acknowledgement' }).click();
  await expect(page.getByText('1 acknowledgement recorded')).toBeVisible();
  const acknowledged = page.getByRole('table', { name: 'Acknowledgements' });
  await expect(acknowledged.getByRole('row', { name: /Mia Chen.*Finance.*v1/ })).toBeVisible();
  await expect(page.getByText('1 person has not acknowledged it yet')).toBeVisible();

  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown (version 1)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const file = await download.path();
  expect(await readFile(file, 'utf8')).toContain('Acceptable Use Policy');
});

test('a published notice whose inventory changed shows the redline and regenerates into a draft', async ({ page, server }) => {
  await readyDemoWorkspace(page, server);
  await openScreen(page, 'Policies');
  const row = page.getByRole('table', { name: 'Policy register' }).getByRole('row', { name: /^Privacy Notice privacy-notice/ });
  await expect(row.getByText('Inventory changed')).toBeVisible();
  await row.getByRole('button', { name: 'Privacy Notice' }).click();

  const banner = page.getByRole('region', { name: 'The data inventory has changed' });
  await expect(banner.getByText(/would change the text approved in version 1/)).toBeVisible();
  await banner.getByRole('button', { name: 'Show what would change' }).click();
  await expect(banner.locator('ins').filter({ hasText: /analytics/i }).first()).toBeVisible();

  await banner.getByRole('button', { name: 'Regenerate into a draft' }).click();
  await page.getByRole('dialog', { name: 'Regenerate into a draft' }).getByRole('button', { name: 'Regenerate' }).click();
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();
  await expect(editor(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Preview' }).getByText(/analytics/i).first()).toBeVisible();
  // The approved version stays in force, so the notice counts as drifted until the draft is approved.
  await page.getByRole('tab', { name: 'Versions (2)' }).click();
  await expect(page.getByRole('region', { name: 'Changes from Version 1 to Version 2' }).locator('ins').filter({ hasText: /analytics/i }).first()).toBeVisible();
});
