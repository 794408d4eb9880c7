// The data-subject request register: a CCPA request is logged, its receipt confirmed, the deadline
// extended with a reason and the response recorded; the deadlines shown follow each step. The
// calendars tab names the time zone the deadlines count in and leads to the Organisation page.
import { expect, openScreen, readyDemoWorkspace, readyWorkspace, test } from './fixtures';

test('CCPA request: confirm receipt, extend with a reason, respond; the deadlines follow', async ({ page, server }) => {
  await readyWorkspace(page, server);
  await openScreen(page, 'Data-subject requests');
  await expect(page.getByText(/No requests yet/)).toBeVisible();

  await page.getByRole('button', { name: 'Log a request' }).click();
  const form = page.getByRole('dialog', { name: 'Log a data-subject request' });
  // The register's filters have a "Law" select too: pick the form's.
  await form.getByRole('combobox', { name: 'Law', exact: true }).click();
  await page.getByRole('option', { name: 'CCPA', exact: true }).click();
  await form.getByRole('combobox', { name: 'Request type', exact: true }).click();
  await page.getByRole('option', { name: 'Right to know', exact: true }).click();
  await form.getByRole('textbox', { name: "Requester's name" }).fill('Dana Whitaker');
  await form.getByRole('textbox', { name: 'Contact (e-mail, phone or address)' }).fill('dana@example.com');
  await form.getByRole('button', { name: 'Log request' }).click();

  // The new request opens: 45 days to respond, 10 business days to confirm receipt.
  await expect(page.getByRole('heading', { name: /^DSR-\d{4}-0001$/ })).toBeVisible();
  const deadlines = page.getByRole('table', { name: 'Deadlines' });
  await expect(deadlines.getByTestId('deadline-confirm_receipt')).toBeVisible();
  await expect(deadlines.getByTestId('deadline-respond')).toContainText('In force');
  await expect(page.getByText(/^4[45] days \d+ hours? left$/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Confirm receipt' }).click();
  const confirm = page.getByRole('dialog', { name: 'Confirm receipt' });
  await expect(confirm.getByRole('textbox', { name: /Letter/ })).toHaveValue(/Dear Dana Whitaker,/);
  await expect(confirm.getByRole('textbox', { name: /Letter/ })).toHaveValue(/receipt confirmed/);
  await confirm.getByRole('button', { name: 'Record as sent' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('button', { name: 'Confirm receipt' })).toHaveCount(0);
  await expect(page.getByText('Receipt confirmed to the requester')).toBeVisible();

  await page.getByRole('button', { name: 'Extend the deadline' }).click();
  const extend = page.getByRole('dialog', { name: 'Extend the deadline' });
  await extend.getByRole('textbox', { name: 'Reason' }).fill('Records must be retrieved from three archived systems');
  await extend.getByRole('button', { name: 'Draft again' }).click();
  await expect(extend.getByRole('textbox', { name: /Letter/ })).toHaveValue(/three archived systems/);
  await extend.getByRole('button', { name: 'Record as sent' }).click();
  await expect(extend).toBeHidden();

  // After the extension the extended deadline is in force: about 90 days from receipt.
  await expect(page.getByText('Extended', { exact: true }).first()).toBeVisible();
  await expect(deadlines.getByTestId('deadline-respond_extended')).toContainText('In force');
  await expect(deadlines.getByTestId('deadline-respond')).toContainText('Replaced by the extension');
  await expect(page.getByText(/^(89|90) days \d+ hours? left$/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Extend the deadline' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Record the response' }).click();
  const respond = page.getByRole('dialog', { name: 'Record the response' });
  await expect(respond.getByRole('textbox', { name: /Letter/ })).toHaveValue(/Enclosed is a copy of the personal data/);
  await respond.getByRole('button', { name: 'Record as sent' }).click();
  await expect(respond).toBeHidden();
  await expect(page.getByText('Responded', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/days \d+ hours? left$/)).toHaveCount(0);
  for (const kind of ['Acknowledgement', 'Extension notice', 'Response']) await expect(page.getByText(kind, { exact: true })).toBeVisible();

  // The register lists it as answered; the agenda no longer has its deadline.
  await page.getByRole('button', { name: 'All requests' }).click();
  const row = page.getByTestId(/^request-DSR-/);
  await expect(row).toContainText('Responded');
  await expect(row).toContainText('Answered');
});

test("the calendars tab says which time zone the deadlines count in and leads to where it is set", async ({ page, server }) => {
  await readyDemoWorkspace(page, server);
  await openScreen(page, 'Data-subject requests');
  await page.getByRole('tab', { name: 'Calendars and settings' }).click();
  await expect(page.getByText("Deadlines count calendar days in Europe/Dublin, the organisation's time zone.")).toBeVisible();
  await page.getByRole('button', { name: 'Change it on the Organisation page' }).click();
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Dublin');
});
