import { expect, test, type Page } from '@playwright/test';
import {
  checkbox,
  collectPageProblems,
  combobox,
  createCustomer,
  createCustomerClass,
  customerForm,
  customerTable,
  expectNotification,
  openFromMenu,
  reloadApp,
  setUpCompany,
  textbox,
} from './support';

test.beforeEach(async ({ page }) => {
  await setUpCompany(page);
});

test('a customer created with a contact is listed and still there after a reload', async ({
  page,
}) => {
  const problems = collectPageProblems(page);
  await createCustomer(page, {
    name: 'Bäckerei Schmidt GmbH',
    email: 'buchhaltung@schmidt.example',
    vatId: 'DE 123 456 789',
    billingAddress: { street: 'Lindenweg 3', postalCode: '50667', city: 'Köln', country: 'DE' },
    contacts: [{ name: 'Anna Schmidt', email: 'anna@schmidt.example', reminders: true }],
    paymentDays: 30,
  });
  await expectNotification(page, 'Saved.');

  await reloadApp(page);
  const form = customerForm(page);
  await expect(textbox(form, 'Name')).toHaveValue('Bäckerei Schmidt GmbH');
  // The VAT ID is stored in its compact form.
  await expect(textbox(form, 'VAT ID')).toHaveValue('DE123456789');
  await expect(
    textbox(form.getByRole('group', { name: 'Billing address' }), 'Town or city'),
  ).toHaveValue('Köln');
  const contact = form.getByRole('group', { name: 'Contact 1' });
  await expect(textbox(contact, 'Contact name')).toHaveValue('Anna Schmidt');
  await expect(checkbox(contact, 'Receives invoices')).toBeChecked();
  await expect(checkbox(contact, 'Receives reminders')).toBeChecked();
  await expect(textbox(form, 'Days')).toHaveValue('30');

  await openFromMenu(page, 'Customers');
  await expect(
    customerTable(page).getByRole('row', { name: /Bäckerei Schmidt GmbH/ }),
  ).toContainText('Köln');
  expect(problems).toEqual([]);
});

test('an edited customer keeps its changes after a reload', async ({ page }) => {
  await createCustomer(page, { name: 'Kaffeerösterei Nord' });
  const form = customerForm(page);
  await textbox(form, 'Name').fill('Kaffeerösterei Nord KG');
  await textbox(form, 'Phone').fill('+49 40 123456');
  await checkbox(form, 'Deliver to a different address').check();
  await textbox(form.getByRole('group', { name: 'Delivery address' }), 'Street and number').fill(
    'Hafenstraße 9',
  );
  await textbox(form.getByRole('group', { name: 'Delivery address' }), 'Town or city').fill(
    'Hamburg',
  );
  await textbox(form, 'Direct-debit mandate reference').fill('MANDATE-0001');
  await form.getByLabel('Mandate signed on').fill('2025-12-01');
  await combobox(form, 'Default payment method').selectOption('directDebit');
  await form.getByRole('button', { name: 'Save' }).first().click();
  await expectNotification(page, 'Saved.');

  await reloadApp(page);
  await expect(textbox(form, 'Name')).toHaveValue('Kaffeerösterei Nord KG');
  await expect(textbox(form, 'Phone')).toHaveValue('+49 40 123456');
  await expect(
    textbox(form.getByRole('group', { name: 'Delivery address' }), 'Town or city'),
  ).toHaveValue('Hamburg');
  await expect(textbox(form, 'Direct-debit mandate reference')).toHaveValue('MANDATE-0001');
  await expect(form.getByLabel('Mandate signed on')).toHaveValue('2025-12-01');
  await expect(combobox(form, 'Default payment method')).toHaveValue('directDebit');
});

test('searching finds customers by the beginning of their name, accents ignored', async ({
  page,
}) => {
  await createCustomer(page, { name: 'Müller Bau' });
  await createCustomer(page, { name: 'Meier Elektro' });
  await createCustomer(page, { name: 'Mueller & Sohn' });
  await openFromMenu(page, 'Customers');
  const table = customerTable(page);
  await expect(table.getByRole('link')).toHaveCount(3);

  await page.getByRole('searchbox', { name: 'Search customers' }).fill('mul');
  await expect(table.getByRole('link')).toHaveText(['Müller Bau']);
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('me');
  await expect(table.getByRole('link')).toHaveText(['Meier Elektro']);
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('xyz');
  await expect(table).toContainText('Nothing matches “xyz”.');
});

test('a customer without documents is deleted when removed', async ({ page }) => {
  await createCustomer(page, { name: 'Einmalkunde' });
  await customerForm(page).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove customer' }).click();
  await expectNotification(page, 'Einmalkunde was deleted.');

  await reloadApp(page);
  await openFromMenu(page, 'Customers');
  await checkbox(page, 'Show archived').check();
  await expect(customerTable(page)).toContainText('No customers yet');
});

test('a customer that documents refer to is archived instead, and shown on request', async ({
  page,
}) => {
  const id = await createCustomer(page, { name: 'Stammkunde AG' });
  await referToCustomerFromADocument(page, id);

  await customerForm(page).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove customer' }).click();
  await expectNotification(page, /archived instead of deleted/);

  await reloadApp(page);
  await openFromMenu(page, 'Customers');
  await expect(customerTable(page).getByRole('link', { name: 'Stammkunde AG' })).toHaveCount(0);
  await checkbox(page, 'Show archived').check();
  await expect(customerTable(page).getByRole('row', { name: /Stammkunde AG/ })).toContainText(
    'Archived',
  );

  await customerTable(page).getByRole('link', { name: 'Stammkunde AG' }).click();
  await customerForm(page).getByRole('button', { name: 'Restore' }).click();
  await expectNotification(page, 'The customer is active again.');
  await openFromMenu(page, 'Customers');
  await expect(customerTable(page).getByRole('link', { name: 'Stammkunde AG' })).toBeVisible();
});

test('a customer inherits payment terms from its class and says so', async ({ page }) => {
  await openFromMenu(page, 'Customers');
  await page.getByRole('button', { name: 'New class' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer class' });
  await textbox(dialog, 'Class name').fill('Wholesale');
  await combobox(dialog, 'Payment terms').selectOption('endOfMonth');
  await textbox(dialog, 'Days').fill('30');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('table', { name: 'Customer classes' })).toContainText(
    '30 days after end of month',
  );

  await createCustomer(page, { name: 'Großhandel Ost', className: 'Wholesale' });
  const terms = combobox(customerForm(page), 'Payment terms');
  await expect(terms).toHaveValue('');
  await expect(terms.locator('option:checked')).toHaveText(
    'From class Wholesale: 30 days after end of month',
  );
  await expect(combobox(customerForm(page), 'Currency').locator('option:checked')).toHaveText(
    'Company default: EUR',
  );
});

test('a customer inherits the VAT treatment of its class and can set its own', async ({ page }) => {
  await createCustomerClass(page, { name: 'EU business', vatTreatment: 'reverseCharge' });
  await expect(page.getByRole('table', { name: 'Customer classes' })).toContainText(
    'Reverse charge',
  );
  await createCustomer(page, { name: 'Studio Rossi', className: 'EU business' });
  const treatment = combobox(customerForm(page), 'VAT treatment');
  await expect(treatment).toHaveValue('');
  await expect(treatment.locator('option:checked')).toHaveText(
    'From class EU business: Reverse charge',
  );

  await treatment.selectOption('export');
  await customerForm(page).getByRole('button', { name: 'Save' }).first().click();
  await expectNotification(page, 'Saved.');
  await reloadApp(page);
  await expect(combobox(customerForm(page), 'VAT treatment')).toHaveValue('export');

  // Without a class, a customer sells domestically: the company default.
  await createCustomer(page, { name: 'Acme Ltd' });
  await expect(combobox(customerForm(page), 'VAT treatment').locator('option:checked')).toHaveText(
    'Company default: Domestic (VAT of each line)',
  );
});

/**
 * Stands in for an invoice of the customer (the invoice screens have their own tests): a
 * draft document row in the app's IndexedDB that names the customer, which is all the
 * repository looks at when it decides between deleting and archiving.
 */
async function referToCustomerFromADocument(page: Page, customerId: string): Promise<void> {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('invoicer');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('documents', 'readwrite');
          tx.objectStore('documents').put({
            id: 'test-document',
            kind: 'invoice',
            status: 'draft',
            customerId: id,
            issueDate: '2026-01-15',
            numberKey: '',
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    customerId,
  );
}
