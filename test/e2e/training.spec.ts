// Training records: people in departments, a course for one department, assignments generated from
// its audience rule, and a completion recorded for one person; that person's assignment is done and
// the course's completion rate moves.
import { expect, openScreen, readyWorkspace, test } from './fixtures';

test('a course for a department: generate assignments, record a completion, the rate changes', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await openScreen(page, 'Training');

  await page.getByRole('tab', { name: 'People' }).click();
  for (const [name, department] of [
    ['Ana Pérez', 'Sales'],
    ['Ben Okafor', 'Sales'],
    ['Cara Li', 'Support'],
  ] as const) {
    await page.getByRole('button', { name: 'Add person' }).click();
    const form = page.getByRole('dialog', { name: 'Add person' });
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByRole('textbox', { name: 'Department' }).fill(department);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }

  await page.getByRole('tab', { name: 'Courses' }).click();
  await page.getByRole('button', { name: 'Add course' }).click();
  const course = page.getByRole('dialog', { name: 'Add course' });
  await course.getByRole('textbox', { name: 'Title' }).fill('Selling with privacy');
  await course.getByRole('checkbox', { name: 'All staff' }).uncheck();
  const departments = course.getByRole('combobox', { name: 'Departments' });
  await departments.fill('Sales');
  await departments.press('Enter');
  await expect(course.getByTestId('recurrence-sentence')).toContainText('12 months');
  await course.getByRole('button', { name: 'Save' }).click();
  await expect(course).toBeHidden();
  const card = page.getByRole('article', { name: 'Selling with privacy' });
  await expect(card).toContainText('Departments: Sales');

  await page.getByRole('button', { name: 'Generate assignments' }).click();
  await expect(page.getByTestId('generation-result')).toContainText('2 new, 0 reopened, 0 closed; 2 open in all');
  await expect(card).toContainText('0 of 2 current (0%)');

  await card.getByRole('button', { name: 'Assignments' }).click();
  const ana = page.getByTestId('assignment-Ana Pérez');
  await expect(ana).toContainText('Due soon');
  await expect(page.getByTestId('assignment-Cara Li')).toHaveCount(0);
  await ana.getByRole('button', { name: 'Record a completion for Ana Pérez' }).click();
  const completion = page.getByRole('dialog', { name: 'Record completion' });
  await completion.getByRole('textbox', { name: 'Score' }).fill('92');
  await expect(completion.getByText('Passed: the next due date moves on.')).toBeVisible();
  await completion.getByRole('button', { name: 'Record' }).click();
  await expect(completion).toBeHidden();

  await expect(page.getByTestId('assignment-Ana Pérez')).toContainText('Done');
  await expect(page.getByTestId('assignment-Ben Okafor')).toContainText('Due soon');
  await expect(card).toContainText('1 of 2 current (50%)');

  await page.getByRole('tab', { name: 'Completion rates' }).click();
  await expect(page.getByTestId('overall-rate')).toHaveText('50%');
  await expect(page.getByTestId('rate-Sales')).toContainText('50% (1 of 2)');
});
