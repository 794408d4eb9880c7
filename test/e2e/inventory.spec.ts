// The data inventory: a processing activity of special-category data without a lawful basis gets
// its findings at once (on the record and in the findings list, with the controls they bear on);
// recording the basis and the Art 9 condition clears them. The data map draws the inventory.
import { expect, openScreen, readyDemoWorkspace, selectOption, test } from './fixtures';

const NAME = 'Oncology outcomes study';
const NO_BASIS = 'No GDPR lawful basis (Art 6) is recorded for this activity.';
const NO_ART9 = 'The activity processes special-category data but no Art 9(2) condition is recorded.';

test('an activity without a lawful basis gets findings; fixing it clears them', async ({ page, server }) => {
  await readyDemoWorkspace(page, server);
  await openScreen(page, 'Data inventory');
  await expect(page.getByRole('table', { name: 'Processing activities' })).toBeVisible();

  await page.getByRole('button', { name: 'New activity' }).click();
  let drawer = page.getByRole('dialog', { name: 'New processing activity' });
  await drawer.getByRole('textbox', { name: 'Name', exact: true }).fill(NAME);
  await drawer.getByRole('textbox', { name: 'Purpose', exact: true }).fill('Measure treatment outcomes for oncology customers');
  const categories = drawer.getByRole('combobox', { name: 'Data categories' });
  await categories.click();
  await categories.fill('Medication');
  await page.getByRole('option', { name: 'Medication records' }).click();
  await drawer.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText(`“${NAME}” added`)).toBeVisible();

  // The drawer now shows the stored record and its findings, with links to the controls.
  drawer = page.getByRole('dialog', { name: NAME });
  const ownFindings = drawer.getByRole('region', { name: 'Findings on this record' });
  await expect(ownFindings.getByRole('article', { name: NO_BASIS })).toBeVisible();
  await expect(ownFindings.getByRole('article', { name: NO_ART9 })).toBeVisible();
  await expect(ownFindings.getByRole('article', { name: NO_BASIS }).getByRole('button', { name: 'Open control A.5.34' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The same findings are in the inventory's findings list, each opening its record.
  await page.getByRole('tab', { name: 'Findings' }).click();
  const list = page.getByRole('region', { name: 'Findings' });
  await list.getByRole('textbox', { name: 'Search' }).fill(NAME);
  await expect(list.getByRole('article', { name: NO_BASIS })).toBeVisible();
  await expect(list.getByRole('article', { name: NO_ART9 })).toBeVisible();
  await list.getByRole('article', { name: NO_BASIS }).getByRole('button', { name: `Open ${NAME}` }).click();

  // Fix it: record the lawful basis and the Art 9(2) condition.
  drawer = page.getByRole('dialog', { name: NAME });
  await expect(drawer.getByRole('region', { name: 'Findings on this record' }).getByRole('article', { name: NO_BASIS })).toBeVisible();
  await selectOption(page, 'GDPR lawful basis (Art 6)', 'Art 6(1)(f) Legitimate interests');
  await selectOption(page, 'GDPR special-category condition (Art 9(2))', 'Art 9(2)(j) Archiving, research or statistics');
  await drawer.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(`“${NAME}” saved`)).toBeVisible();
  const after = drawer.getByRole('region', { name: 'Findings on this record' });
  await expect(after.getByRole('article', { name: NO_BASIS })).toHaveCount(0);
  await expect(after.getByRole('article', { name: NO_ART9 })).toHaveCount(0);
  // What is still missing (retention, the impact assessments) stays listed.
  await expect(after.getByRole('article', { name: 'No retention period is recorded for this activity.' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Findings' }).click();
  await page.getByRole('region', { name: 'Findings' }).getByRole('textbox', { name: 'Search' }).fill(NAME);
  await expect(page.getByRole('region', { name: 'Findings' }).getByRole('article', { name: 'No retention period is recorded for this activity.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Findings' }).getByRole('article', { name: NO_BASIS })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Findings' }).getByRole('article', { name: NO_ART9 })).toHaveCount(0);

  // The activities table finds the record by text; the data map draws the inventory.
  await page.getByRole('tab', { name: 'Processing activities' }).click();
  await page.getByRole('region', { name: 'Processing activities' }).getByRole('textbox', { name: 'Search' }).fill('oncology outcomes');
  await expect(page.getByRole('table', { name: 'Processing activities' }).getByRole('row', { name: `Open ${NAME}` })).toBeVisible();
  await page.getByRole('tab', { name: 'Data map' }).click();
  const map = page.getByRole('region', { name: 'Data map diagram' });
  await expect(map.getByText('Legend')).toBeVisible();
  await expect(map.locator('.react-flow__node-system').first()).toBeVisible();
});
