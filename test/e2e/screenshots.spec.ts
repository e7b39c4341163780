import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import {
  createCustomer,
  createProduct,
  customerForm,
  openFromMenu,
  setUpCompany,
  textbox,
} from './support';

// Pictures of the screens for the README ("Using Invoicer"), taken from the real app in
// Chromium so they never drift from what a user sees. Each is one test; run this file
// alone to refresh them.

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

test.use({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });

test.beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

/** Waits for the notification to go, so it is not in the picture, then saves the page. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  // The pointer rests off every button, so no hover or click ripple shows.
  await page.mouse.move(1270, 890);
  await page.waitForTimeout(700);
  await expect(page.getByRole('status')).toHaveCount(0, { timeout: 10_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

test('screenshot: first-run setup', async ({ page }) => {
  await page.goto('/');
  await textbox(page, 'Company name').fill('Muster Design');
  await shoot(page, 'setup');
});

test('screenshot: customer editor and customer list', async ({ page }) => {
  await setUpCompany(page);
  await createCustomer(page, {
    name: 'Bäckerei Schmidt GmbH',
    email: 'buchhaltung@schmidt.example',
    phone: '+49 221 987654',
    vatId: 'DE123456789',
    billingAddress: { street: 'Lindenweg 3', postalCode: '50667', city: 'Köln', country: 'DE' },
    contacts: [
      { name: 'Anna Schmidt', email: 'anna@schmidt.example', reminders: true },
      { name: 'Ben Weber', email: 'ben@schmidt.example', invoices: false, reminders: true },
    ],
    paymentDays: 30,
    notes: 'Delivery to the back entrance before 7 am.',
  });
  await createCustomer(page, {
    name: 'Café Morgenrot',
    billingAddress: { street: 'Am Markt 2', postalCode: '04109', city: 'Leipzig' },
  });
  await createCustomer(page, {
    name: 'Ελληνικά Γλυκά Α.Ε.',
    billingAddress: { street: 'Οδός Αθηνάς 12', postalCode: '10551', city: 'Αθήνα', country: 'GR' },
  });
  await openFromMenu(page, 'Customers');
  await shoot(page, 'customer-list');

  await page.getByRole('link', { name: 'Bäckerei Schmidt GmbH' }).click();
  await expect(textbox(customerForm(page), 'Name')).toHaveValue('Bäckerei Schmidt GmbH');
  await shoot(page, 'customer-editor');
});

test('screenshot: product editor', async ({ page }) => {
  await setUpCompany(page);
  await createProduct(page, {
    sku: 'CONS-01',
    name: 'Consulting',
    unit: 'HUR',
    unitPrice: '95',
    vatRate: '19',
    description: 'Senior consultant, per hour',
  });
  await shoot(page, 'product-editor');
});

test('screenshot: settings', async ({ page }) => {
  await setUpCompany(page);
  await openFromMenu(page, 'Settings');
  const form = page.getByRole('form', { name: 'Settings' });
  await textbox(form, 'VAT ID').fill('DE987654321');
  await textbox(form, 'E-mail').fill('hallo@muster.example');
  await textbox(form, 'Website').fill('www.muster.example');
  await form.getByRole('button', { name: 'Add bank account' }).click();
  const account = form.getByRole('group', { name: 'Bank account 1' });
  await textbox(account, 'Account label').fill('Business account');
  await textbox(account, 'Bank name').fill('Commerzbank');
  await textbox(account, 'IBAN').fill('DE89 3704 0044 0532 0130 00');
  await textbox(account, 'BIC').fill('COBADEFFXXX');
  await form.getByRole('button', { name: 'Save settings' }).first().click();
  await shoot(page, 'settings');
});
