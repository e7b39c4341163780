import { expect, test } from '@playwright/test';
import {
  addProduct,
  chooseCustomer,
  collectPageProblems,
  combobox,
  createCustomer,
  createCustomerClass,
  createProduct,
  customerForm,
  customerTable,
  expectNotification,
  line,
  openFromMenu,
  postFromEditor,
  setUpCompany,
  startInvoice,
  textbox,
  typeNumber,
} from './support';

// A customer's VAT treatment comes from the customer or its class: a business in another EU
// country is invoiced under the reverse charge, every line at 0 % with the legal note, and
// such an invoice is only posted once the customer's VAT ID is known.

const YEAR = new Date().getFullYear();
const REVERSE_CHARGE_NOTE = 'Reverse charge: the recipient is liable for the VAT';

test('an invoice for a customer of a reverse-charge class has reverse-charge lines and posts once the customer has a VAT ID', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomerClass(page, { name: 'EU business', vatTreatment: 'reverseCharge' });
  await expect(page.getByRole('table', { name: 'Customer classes' })).toContainText(
    'Reverse charge',
  );
  await createCustomer(page, {
    name: 'Boulangerie Martin',
    className: 'EU business',
    billingAddress: { street: '8 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'FR' },
  });
  await expect(combobox(customerForm(page), 'VAT treatment').locator('option:checked')).toHaveText(
    'From class EU business: Reverse charge',
  );
  await createProduct(page, {
    sku: 'CONS',
    name: 'Consulting',
    unitPrice: '120.00',
    unit: 'HUR',
    vatRate: '19',
  });

  const form = await startInvoice(page);
  await chooseCustomer(form, 'Boulangerie Martin');
  await expect(form.getByTestId('customer-vat-treatment')).toHaveText(
    'VAT: reverse charge (from class EU business)',
  );
  // A catalogue line: the product's 19 % gives way to the reverse charge.
  const consulting = await addProduct(form, 'Consulting', '3');
  await expect(combobox(consulting, 'VAT category')).toHaveValue('reverseCharge');
  await expect(textbox(consulting, 'VAT rate')).toHaveValue('0');
  // A written-in line: reverse charge from the start.
  await form.getByRole('button', { name: 'Add written-in line' }).click();
  const travel = line(form, 2);
  await textbox(travel, 'Description').fill('Travel to Lyon');
  await typeNumber(textbox(travel, 'Unit price'), '80.00');
  await expect(combobox(travel, 'VAT category')).toHaveValue('reverseCharge');
  await expect(textbox(travel, 'VAT rate')).toHaveValue('0');

  // 3 × 120.00 + 80.00 = 440.00 without VAT; the customer accounts for the VAT.
  await expect(form.getByTestId('total-net')).toHaveText('€440.00');
  await expect(form.getByTestId('total-vat')).toHaveText('€0.00');
  await expect(form.getByTestId('total-gross')).toHaveText('€440.00');
  const breakdown = form.getByRole('table', { name: 'VAT breakdown' });
  await expect(breakdown.getByRole('row', { name: /Reverse charge/ })).toContainText('€440.00');
  const totalsArea = form.getByRole('region', { name: 'Totals', exact: true });
  await expect(totalsArea.getByRole('region', { name: 'Notes on VAT' })).toContainText(
    REVERSE_CHARGE_NOTE,
  );

  // The customer has no VAT ID yet: posting is refused, with the message at the customer.
  await postFromEditor(page);
  await expect(page.getByTestId('document-error-summary')).toContainText(
    'Please correct these points; nothing was posted.',
  );
  await expect(page.getByRole('region', { name: 'Customer', exact: true })).toContainText(
    "Reverse charge needs the customer's VAT ID; add it to the customer.",
  );
  await expect(page.getByRole('heading', { name: 'Draft invoice' })).toBeVisible();

  await openFromMenu(page, 'Customers');
  await customerTable(page).getByRole('link', { name: 'Boulangerie Martin' }).click();
  await textbox(customerForm(page), 'VAT ID').fill('FR40303265045');
  await customerForm(page).getByRole('button', { name: 'Save' }).first().click();
  await expectNotification(page, 'Saved.');

  await openFromMenu(page, 'Invoices');
  await page
    .getByRole('table', { name: 'Invoices' })
    .getByRole('button', { name: 'Draft', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Draft invoice' })).toBeVisible();
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: `Invoice INV-${YEAR}-0001` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'To', exact: true })).toContainText(
    'FR40303265045',
  );
  await expect(page.getByTestId('total-gross')).toHaveText('€440.00');
  await expect(page.getByRole('region', { name: 'Notes on VAT' })).toContainText(
    REVERSE_CHARGE_NOTE,
  );
  expect(problems).toEqual([]);
});

test('changing the customer moves the lines between reverse charge and the products’ own VAT', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, {
    name: 'Studio Rossi',
    vatId: 'IT12345678901',
    vatTreatment: 'reverseCharge',
    billingAddress: { street: 'Via Roma 10', postalCode: '20121', city: 'Milano', country: 'IT' },
  });
  await createCustomer(page, { name: 'Acme Ltd' });
  await createProduct(page, { sku: 'BOOK', name: 'Handbook', unitPrice: '25.00', vatRate: '7' });

  const form = await startInvoice(page);
  const book = await addProduct(form, 'Handbook', '2');
  await expect(textbox(book, 'VAT rate')).toHaveValue('7');

  await chooseCustomer(form, 'Studio Rossi');
  await expect(form.getByTestId('customer-vat-treatment')).toHaveText(
    'VAT: reverse charge (from the customer)',
  );
  await expect(combobox(book, 'VAT category')).toHaveValue('reverseCharge');
  await expect(textbox(book, 'VAT rate')).toHaveValue('0');
  await expect(form.getByTestId('total-gross')).toHaveText('€50.00');

  await chooseCustomer(form, 'Acme Ltd');
  await expect(form.getByTestId('customer-vat-treatment')).toHaveText(
    'VAT: domestic, as each line says (default)',
  );
  await expect(combobox(book, 'VAT category')).toHaveValue('standard');
  await expect(textbox(book, 'VAT rate')).toHaveValue('7');
  // 2 × 25.00 = 50.00 + 7 % = 53.50
  await expect(form.getByTestId('total-gross')).toHaveText('€53.50');
  await expect(form.getByRole('region', { name: 'Notes on VAT' })).toHaveCount(0);
});
