// The incident register on the demo organisation: an incident on the support desk (which holds EU,
// Chinese and Californian customers' data) is opened, then marked a personal-data breach; the GDPR
// 72-hour and PIPL immediate clocks appear; the approved personal-data breach runbook is chosen and
// its first step ticked (on the timeline); the Art 33 letter is drafted from the incident and
// recorded as the authority notification, whose clock is then done.
import { expect, openScreen, readyDemoWorkspace, test } from './fixtures';

test('a breach on the support desk starts the GDPR and PIPL clocks; the authority notification is recorded', async ({ page, server }) => {
  await readyDemoWorkspace(page, server);
  await openScreen(page, 'Incidents');
  await expect(page.getByTestId(/^incident-INC-/).first()).toBeVisible();

  await page.getByRole('button', { name: 'New incident' }).click();
  const form = page.getByRole('dialog', { name: 'New incident' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Support desk export found on a public share');
  await form.getByRole('combobox', { name: 'Affected systems' }).click();
  await page.getByRole('option', { name: 'Support desk (Zendesk)' }).click();
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Open incident' }).click();
  await expect(form).toBeHidden();

  // The detail derives the laws from the system's processing activities; no clocks before it is a breach.
  const heading = page.getByRole('heading', { name: /^INC-\d{4}-\d{3} · Support desk export found on a public share$/ });
  await expect(heading).toBeVisible();
  await expect(page.getByTestId('incident-derived')).toContainText('GDPR');
  await expect(page.getByTestId('incident-derived')).toContainText('PIPL');
  await expect(page.getByText('Not marked as a personal-data breach: no notification clocks run.')).toBeVisible();

  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit incident' });
  await edit.getByRole('checkbox', { name: 'This is a personal-data breach' }).check();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();

  const gdpr = page.getByTestId('clock-gdpr-notify_authority');
  await expect(gdpr).toContainText('GDPR Art 33(1)');
  await expect(gdpr.getByText(/^(2 days (2[0-3]|1\d) hours?|3 days 0 hours) left$/)).toBeVisible();
  const pipl = page.getByTestId('clock-pipl-notify_authority');
  await expect(pipl).toContainText('PIPL Art 57 · Immediately');
  await expect(page.getByTestId('clock-pipl-notify_subjects')).toBeVisible();

  // The response checklist from the approved breach runbook: due times from awareness; a step ticked.
  const checklist = page.getByTestId('incident-checklist');
  await expect(checklist).toContainText('No runbook chosen for this incident yet.');
  await checklist.getByRole('combobox', { name: 'Runbook', exact: true }).click();
  await page.getByRole('option', { name: /^RB-\d{3} Personal-data breach$/ }).click();
  await checklist.getByRole('button', { name: 'Choose runbook' }).click();
  const firstStep = checklist.getByRole('row').first();
  await expect(firstStep).toHaveAttribute('data-step-state', 'open');
  await expect(firstStep).toContainText('Incident lead · Due');
  const stepTitle = (await firstStep.locator('td').nth(1).locator('p').first().textContent()) ?? '';
  await firstStep.getByRole('button', { name: /^Done: / }).click();
  const tick = page.getByRole('dialog', { name: /^Step done: / });
  await tick.getByRole('textbox', { name: 'Done by' }).fill('Support lead');
  await tick.getByRole('button', { name: 'Save' }).click();
  await expect(tick).toBeHidden();
  await expect(firstStep).toHaveAttribute('data-step-state', 'done');
  await expect(firstStep).toContainText('Done by Support lead');
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(`Checklist step 1 done: ${stepTitle}`);

  // The GDPR Art 33 letter, drafted from the incident, recorded as the notification.
  await gdpr.getByRole('button', { name: 'Record notification' }).click();
  const notify = page.getByRole('dialog', { name: 'Record notification: GDPR · Supervisory authority' });
  await expect(notify.getByRole('combobox', { name: 'Letter' })).toHaveValue('GDPR Art 33 notification to the supervisory authority');
  await expect(notify.getByRole('combobox', { name: 'Language of the reader' })).toHaveValue('English');
  await notify.getByRole('button', { name: 'Draft letter' }).click();
  const content = notify.getByRole('textbox', { name: 'Content sent' });
  await expect(content).toHaveValue(/Notification of a personal data breach under Article 33 GDPR/);
  await expect(content).toHaveValue(/Support desk export found on a public share/);
  await expect(content).toHaveValue(/Data protection officer or other contact point[\s\S]*Aoife Brennan/);
  const letter = await content.inputValue();
  await notify.getByRole('textbox', { name: /Reference/ }).fill('DPC BN-2026-1234');
  await notify.getByRole('button', { name: 'Record as sent' }).click();
  await expect(notify).toBeHidden();
  expect(letter).toContain('Article 33');

  await expect(gdpr).toHaveAttribute('data-state', 'sent');
  await expect(gdpr.getByText('Done', { exact: true })).toBeVisible();
  await expect(gdpr).toContainText('Reference: DPC BN-2026-1234');
  // The PIPL clocks still run.
  await expect(pipl).toHaveAttribute('data-state', 'overdue');

  // The breach register lists it with the notification.
  await page.getByRole('tab', { name: 'Breach register' }).click();
  await expect(page.getByTestId('breach-register')).toContainText('Support desk export found on a public share');
});
