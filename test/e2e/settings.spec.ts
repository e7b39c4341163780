import { expect, test } from '@playwright/test';
import {
  checkbox,
  collectPageProblems,
  combobox,
  DEFAULT_COMPANY,
  expectNotification,
  openFromMenu,
  reloadApp,
  saveSettingsForm,
  settingsForm,
  setUpCompany,
  textbox,
  TINY_PNG,
} from './support';

test.beforeEach(async ({ page }) => {
  await setUpCompany(page);
  await openFromMenu(page, 'Settings');
});

test('the company profile, a bank account and the logo are saved and kept after a reload', async ({
  page,
}) => {
  const problems = collectPageProblems(page);
  const form = settingsForm(page);
  await textbox(form, 'VAT ID').fill('DE 123 456 789');
  await textbox(form, 'Tax number').fill('12/345/67890');
  await textbox(form, 'Registration number').fill('HRB 12345');
  await textbox(form, 'E-mail').fill('hallo@muster.example');
  await textbox(form, 'Phone').fill('+49 30 1234567');
  await textbox(form, 'Website').fill('www.muster.example');
  await form.getByLabel('Choose logo').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: TINY_PNG,
  });
  await expect(form.getByRole('img', { name: 'Company logo' })).toBeVisible();

  await form.getByRole('button', { name: 'Add bank account' }).click();
  const first = form.getByRole('group', { name: 'Bank account 1' });
  await textbox(first, 'Account label').fill('Business account');
  await textbox(first, 'IBAN').fill('de89 3704 0044 0532 0130 00');
  await textbox(first, 'BIC').fill('COBADEFFXXX');
  await expect(checkbox(first, 'Default account')).toBeChecked();
  await form.getByRole('button', { name: 'Add bank account' }).click();
  const second = form.getByRole('group', { name: 'Bank account 2' });
  await textbox(second, 'IBAN').fill('GB29 NWBK 6016 1331 9268 19');
  await checkbox(second, 'Default account').check();
  // One default only: ticking the second unticks the first.
  await expect(checkbox(first, 'Default account')).not.toBeChecked();
  await saveSettingsForm(page);
  await expectNotification(page, 'Saved.');

  await reloadApp(page);
  await expect(textbox(form, 'VAT ID')).toHaveValue('DE123456789');
  await expect(textbox(form, 'Website')).toHaveValue('www.muster.example');
  await expect(form.getByRole('img', { name: 'Company logo' })).toBeVisible();
  await expect(textbox(first, 'IBAN')).toHaveValue('DE89370400440532013000');
  await expect(checkbox(second, 'Default account')).toBeChecked();
  await expect(checkbox(first, 'Default account')).not.toBeChecked();
  expect(problems).toEqual([]);
});

test('the example of the next number follows the pattern as it is typed', async ({ page }) => {
  const year = new Date().getFullYear();
  const yy = String(year).slice(2);
  const month = String(new Date().getMonth() + 1).padStart(2, '0');
  const invoices = settingsForm(page).getByRole('group', { name: 'Invoices' });
  const example = page.getByTestId('series-example-invoice');
  await expect(example).toHaveText(`Next number: INV-${year}-0001`);

  await textbox(invoices, 'Number pattern').fill('RE-{YY}{MM}-{SEQ:3}');
  await expect(example).toHaveText(`Next number: RE-${yy}${month}-001`);
  await textbox(invoices, 'Number pattern').fill('RE-{YY}{MM}-{SEQ');
  await expect(example).toContainText('{SEQ');
  await textbox(invoices, 'Number pattern').fill('R{SEQ:5}');
  await checkbox(invoices, 'Restart at 1 every year').uncheck();
  await textbox(invoices, 'Next running number').fill('42');
  await textbox(invoices, 'Next running number').blur();
  await expect(example).toHaveText('Next number: R00042');
  await saveSettingsForm(page);
  await expectNotification(page, 'Saved.');

  await reloadApp(page);
  await expect(textbox(invoices, 'Number pattern')).toHaveValue('R{SEQ:5}');
  await expect(example).toHaveText('Next number: R00042');
});

test('an account added to the chart can take a role, and both are kept', async ({ page }) => {
  const form = settingsForm(page);
  await form.getByRole('button', { name: 'Add account' }).click();
  const accounts = form.getByRole('list', { name: 'Accounts' }).getByRole('listitem');
  const added = accounts.last();
  await textbox(added, 'Code').fill('1110');
  await textbox(added, 'Account name').fill('Second bank');
  await combobox(added, 'Type').selectOption('asset');
  await combobox(form, 'Bank').selectOption('1110');
  await saveSettingsForm(page);
  await expectNotification(page, 'Saved.');

  await reloadApp(page);
  await expect(textbox(accounts.last(), 'Account name')).toHaveValue('Second bank');
  await expect(combobox(form, 'Bank')).toHaveValue('1110');
});

test('the setup can be run again from the settings', async ({ page }) => {
  await settingsForm(page).getByRole('button', { name: 'Run the setup again' }).click();
  const setup = page.getByRole('form', { name: 'Set up Invoicer' });
  await expect(textbox(setup, 'Company name')).toHaveValue(DEFAULT_COMPANY.name);
  await expect(setup.getByRole('button', { name: 'Explore with demo data' })).toHaveCount(0);
  await textbox(setup, 'Company name').fill('Muster Design Studio');
  await setup.getByRole('button', { name: 'Save setup' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(textbox(settingsForm(page), 'Company name')).toHaveValue('Muster Design Studio');
});
