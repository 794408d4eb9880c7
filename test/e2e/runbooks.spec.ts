// Runbooks and drills: a ransomware runbook created from its template, approved (frozen with its
// SHA-256), then a tabletop drill of it recorded with one step over its target, which the form and
// the drills list flag; the runbook then shows its last drill.
import { expect, openScreen, readyWorkspace, selectOption, test } from './fixtures';

test('create a runbook from a template, approve it and record a drill', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await openScreen(page, 'Runbooks and drills');

  await page.getByRole('button', { name: 'New runbook' }).click();
  const create = page.getByRole('dialog', { name: 'New runbook' });
  await selectOption(page, 'Template', 'Ransomware');
  await create.getByRole('textbox', { name: 'Owner' }).fill('CISO');
  await create.getByRole('button', { name: 'Create runbook' }).click();
  await expect(create).toBeHidden();

  // The draft opens in the editor with the template's steps.
  await expect(page.getByRole('heading', { name: 'Ransomware' })).toBeVisible();
  const steps = page.getByRole('region', { name: 'Steps' });
  await expect(steps.getByRole('article', { name: 'Step 1', exact: true }).getByRole('textbox', { name: 'What to do' })).toHaveValue('Isolate affected systems');
  await page.getByTestId('version-1').getByRole('button', { name: 'Approve' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve version 1' });
  await approve.getByRole('textbox', { name: 'Approved by' }).fill('Chief Executive');
  await approve.getByRole('button', { name: 'Approve and freeze' }).click();
  await expect(approve).toBeHidden();
  await expect(page.getByTestId('version-1')).toContainText('Approved by Chief Executive');
  await expect(page.getByTestId('version-1')).toContainText(/SHA-256 [0-9a-f]{12}/);
  // Approved content is shown read-only; a change needs a new draft.
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New draft' })).toBeVisible();

  await page.getByRole('tab', { name: 'Drills' }).click();
  await page.getByRole('button', { name: 'Record drill' }).click();
  const form = page.getByRole('dialog', { name: 'Record a drill' });
  await selectOption(page, 'Runbook', 'RB-001 Ransomware');
  await expect(form.getByRole('combobox', { name: 'Version exercised' })).toHaveValue('Version 1 (Approved)');
  await form.getByRole('textbox', { name: 'Scenario' }).fill('Encrypted file shares on a Friday night');
  await form.getByRole('textbox', { name: 'Measured minutes for Isolate affected systems' }).fill('45');
  await form.getByRole('textbox', { name: 'Measured minutes for Activate the response team out of band' }).fill('50');
  await expect(form.getByTestId('timing-isolate')).toHaveAttribute('data-over', 'true');
  await expect(form.getByTestId('timing-isolate')).toContainText('Over by 15 min');
  await expect(form.getByTestId('timing-activate')).toContainText('Within target');
  await form.getByRole('button', { name: 'Add finding' }).click();
  await form.getByRole('textbox', { name: 'Finding 1' }).fill('Nobody knew the insurer hotline');
  await form.getByRole('checkbox', { name: 'Raise a corrective action' }).check();
  await form.getByRole('textbox', { name: 'Corrective action' }).fill('Add the insurer to the contacts');
  await form.getByRole('button', { name: 'Save drill' }).click();
  await expect(form).toBeHidden();

  const row = page.getByTestId(/^drill-DRL-\d{4}-01$/);
  await expect(row).toContainText('Ransomware v1');
  await expect(row).toContainText('1 step over target');
  await expect(row).toContainText('1 open');

  await page.getByRole('tab', { name: 'Runbooks', exact: true }).click();
  await expect(page.getByTestId('runbook-RB-001')).toContainText('Approved');
  await expect(page.getByTestId('runbook-RB-001')).not.toContainText('Never');
});
