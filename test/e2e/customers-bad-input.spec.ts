import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  checkbox,
  combobox,
  createCustomer,
  customerForm,
  customerTable,
  expectFieldError,
  fillCustomerForm,
  openFromMenu,
  reloadApp,
  setUpCompany,
  textbox,
} from './support';

// Bad input in the customer editor and the customer class dialog: each case is refused
// with its message on its field, keeps what was typed, and stores nothing.

test.beforeEach(async ({ page }) => {
  await setUpCompany(page);
});

type BadCustomer = {
  name: string;
  fill: (page: Page) => Promise<void>;
  field: (form: Locator) => Locator;
  message: string | RegExp;
};

const badCustomers: BadCustomer[] = [
  {
    name: 'an empty name',
    fill: (page) => fillCustomerForm(page, { name: '  ' }),
    field: (form) => textbox(form, 'Name'),
    message: "Enter the customer's name.",
  },
  {
    name: 'an e-mail address without @',
    fill: (page) => fillCustomerForm(page, { name: 'Kunde', email: 'kunde.example.com' }),
    field: (form) => textbox(form, 'E-mail'),
    message: 'Enter an e-mail address like name@example.com.',
  },
  {
    name: 'a billing address without town',
    fill: (page) => fillCustomerForm(page, { name: 'Kunde', billingAddress: { city: '' } }),
    field: (form) => textbox(form.getByRole('group', { name: 'Billing address' }), 'Town or city'),
    message: 'Enter the town or city.',
  },
  {
    name: 'a contact receiving invoices without e-mail',
    fill: (page) => fillCustomerForm(page, { name: 'Kunde', contacts: [{ name: 'Jo' }] }),
    field: (form) => textbox(form.getByRole('group', { name: 'Contact 1' }), 'Contact e-mail'),
    message: /invoices are sent to it/,
  },
  {
    name: 'a VAT ID without country prefix',
    fill: (page) => fillCustomerForm(page, { name: 'Kunde', vatId: '123456789' }),
    field: (form) => textbox(form, 'VAT ID'),
    message: /with its country prefix/,
  },
  {
    name: 'a phone number with letters',
    fill: (page) => fillCustomerForm(page, { name: 'Kunde', phone: 'call me' }),
    field: (form) => textbox(form, 'Phone'),
    message: /with digits/,
  },
  {
    name: 'payment terms of more than a year',
    fill: (page) => fillCustomerForm(page, { name: 'Kunde', paymentDays: 400 }),
    field: (form) => textbox(form, 'Days'),
    message: 'The payment period must be between 0 and 365 days.',
  },
  {
    name: 'payment terms that are not a number',
    fill: async (page) => {
      await fillCustomerForm(page, { name: 'Kunde' });
      await combobox(customerForm(page), 'Payment terms').selectOption('net');
      await textbox(customerForm(page), 'Days').fill('two weeks');
    },
    field: (form) => textbox(form, 'Days'),
    message: /“two weeks” is not a number of days/,
  },
  {
    name: 'direct debit without a mandate',
    fill: async (page) => {
      await fillCustomerForm(page, { name: 'Kunde' });
      await combobox(customerForm(page), 'Default payment method').selectOption('directDebit');
    },
    field: (form) => textbox(form, 'Direct-debit mandate reference'),
    message: /Enter the direct-debit mandate reference and date/,
  },
  {
    name: 'a mandate reference with a character SEPA does not allow',
    fill: async (page) => {
      await fillCustomerForm(page, { name: 'Kunde' });
      await textbox(customerForm(page), 'Direct-debit mandate reference').fill('M#1');
      await customerForm(page).getByLabel('Mandate signed on').fill('2025-01-31');
    },
    field: (form) => textbox(form, 'Direct-debit mandate reference'),
    message: /may use only letters, digits/,
  },
];

for (const bad of badCustomers) {
  test(`the customer editor refuses ${bad.name}, says why next to the field and saves nothing`, async ({
    page,
  }) => {
    await openFromMenu(page, 'Customers');
    await page.getByRole('button', { name: 'New customer' }).click();
    await bad.fill(page);
    const form = customerForm(page);
    await form.getByRole('button', { name: 'Save' }).first().click();

    await expectFieldError(bad.field(form), bad.message);
    await expect(form.getByRole('alert')).toContainText(bad.message);
    // Still the new customer's editor, with everything typed still there.
    await expect(page.getByRole('heading', { name: 'New customer' })).toBeVisible();
    await expect(
      textbox(form.getByRole('group', { name: 'Billing address' }), 'Street and number'),
    ).toHaveValue('Marktplatz 5');

    await reloadApp(page);
    await openFromMenu(page, 'Customers');
    await checkbox(page, 'Show archived').check();
    await expect(customerTable(page)).toContainText('No customers yet');
  });
}

test('a refused edit keeps what was typed and leaves the stored customer unchanged', async ({
  page,
}) => {
  await createCustomer(page, { name: 'Gärtnerei Grün', email: 'info@gruen.example' });
  const form = customerForm(page);
  await textbox(form, 'Name').fill('Gärtnerei Grün & Co');
  await textbox(form, 'E-mail').fill('info@@gruen');
  await form.getByRole('button', { name: 'Save' }).first().click();
  await expectFieldError(textbox(form, 'E-mail'), /Enter an e-mail address/);
  await expect(textbox(form, 'Name')).toHaveValue('Gärtnerei Grün & Co');

  await reloadApp(page);
  await expect(textbox(form, 'Name')).toHaveValue('Gärtnerei Grün');
  await expect(textbox(form, 'E-mail')).toHaveValue('info@gruen.example');
});

test('a customer class needs a name and is not stored without one', async ({ page }) => {
  await openFromMenu(page, 'Customers');
  await page.getByRole('button', { name: 'New class' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer class' });
  await combobox(dialog, 'Currency').selectOption('CHF');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expectFieldError(textbox(dialog, 'Class name'), 'Enter a name for the class.');
  await expect(combobox(dialog, 'Currency')).toHaveValue('CHF');

  await reloadApp(page);
  await openFromMenu(page, 'Customers');
  await expect(page.getByText('No customer classes yet.')).toBeVisible();
});
