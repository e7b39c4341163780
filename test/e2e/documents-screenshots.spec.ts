import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  combobox,
  createCustomer,
  createProduct,
  openFromMenu,
  setUpCompany,
  textbox,
} from './support';

// Screenshots of the dashboard, the invoice list and the invoice editor for the README's
// "Using Invoicer", taken from a small realistic book of invoices built through the UI.

const SHOTS = 'docs/screenshots';

// Dates in the browser's own date inputs follow the browser's locale: the app's, here.
test.use({ locale: 'en-GB' });

/** Closes the "Saved." message and moves the pointer away, so neither is in the picture. */
async function settle(page: Page) {
  const message = page.locator('.MuiSnackbar-root');
  if (await message.count()) {
    await message.getByRole('button', { name: 'Close' }).click();
    await expect(message).toHaveCount(0);
  }
  await page.mouse.move(1430, 890);
  // Let the ripple of the last click fade out.
  await page.waitForTimeout(600);
}

async function chooseCustomer(page: Page, form: Locator, name: string) {
  await form.getByRole('combobox', { name: 'Customer', exact: true }).fill(name.slice(0, 3));
  await page.getByRole('option', { name: new RegExp(name) }).click();
}

async function addProduct(page: Page, form: Locator, search: string, quantity: string) {
  await form.getByRole('combobox', { name: 'Add product from catalogue' }).fill(search);
  await page.getByRole('option', { name: new RegExp(search) }).click();
  const count = await form.getByRole('group', { name: /^Line \d+$/ }).count();
  const field = textbox(form.getByRole('group', { name: `Line ${count}` }), 'Quantity');
  await field.fill(quantity);
  await field.press('Tab');
}

async function invoice(
  page: Page,
  customer: string,
  items: [string, string][],
  options: { issueDate?: string; post: boolean },
) {
  await openFromMenu(page, 'Invoices');
  await page.getByRole('button', { name: 'New invoice' }).click();
  const form = page.getByRole('form', { name: 'Invoice' });
  await chooseCustomer(page, form, customer);
  for (const [search, quantity] of items) await addProduct(page, form, search, quantity);
  if (options.issueDate) await textbox(form, 'Issue date').fill(options.issueDate);
  if (options.post) {
    await page.getByRole('button', { name: 'Post…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Post invoice' }).click();
    await expect(page.getByRole('heading', { name: /^Invoice INV-/ })).toBeVisible();
  } else {
    await form.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('heading', { name: 'Draft invoice' })).toBeVisible();
  }
}

function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return date.toISOString().slice(0, 10);
}

test('screenshots of the dashboard, the invoice list and the invoice editor', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await setUpCompany(page, { name: 'Weber Design Studio' });
  await openFromMenu(page, 'Settings');
  await textbox(page, 'VAT ID').fill('DE123456789');
  await page.getByRole('button', { name: 'Save settings' }).first().click();
  await createCustomer(page, { name: 'Acme Handels GmbH', vatId: 'DE811128135' });
  await createCustomer(page, {
    name: 'Boulangerie Martin',
    billingAddress: {
      city: 'Lyon',
      country: 'FR',
      postalCode: '69002',
      street: '12 Rue de la République',
    },
  });
  await createCustomer(page, { name: 'Nordlicht Werbeagentur GmbH' });
  await createProduct(page, {
    sku: 'CONS-H',
    name: 'Design consulting',
    unitPrice: '95.00',
    unit: 'HUR',
  });
  await createProduct(page, {
    sku: 'WS-DAY',
    name: 'Brand workshop',
    unitPrice: '850.00',
    unit: 'DAY',
  });
  await createProduct(page, {
    sku: 'BOOK',
    name: 'Brand guide (printed book)',
    unitPrice: '39.00',
    vatRate: '7',
  });

  await invoice(
    page,
    'Acme Handels',
    [
      ['Brand workshop', '2'],
      ['Design consulting', '6'],
    ],
    { issueDate: daysAgo(150), post: true },
  );
  await invoice(page, 'Boulangerie', [['Design consulting', '12']], {
    issueDate: daysAgo(95),
    post: true,
  });
  await invoice(
    page,
    'Nordlicht',
    [
      ['Brand workshop', '1'],
      ['Brand guide', '20'],
    ],
    { issueDate: daysAgo(40), post: true },
  );
  await invoice(page, 'Acme Handels', [['Design consulting', '8']], {
    issueDate: daysAgo(10),
    post: true,
  });
  await invoice(page, 'Nordlicht', [['Design consulting', '3']], {
    issueDate: daysAgo(2),
    post: true,
  });
  await invoice(page, 'Boulangerie', [['Brand guide', '50']], { post: false });

  await openFromMenu(page, 'Dashboard');
  await expect(page.getByTestId('outstanding-EUR-value')).not.toHaveText('€0.00');
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true });

  await openFromMenu(page, 'Invoices');
  await expect(page.getByRole('table', { name: 'Invoices' }).locator('tbody tr')).toHaveCount(6);
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/invoice-list.png`, fullPage: true });

  await page.getByRole('button', { name: /INV-\d{4}-0003/ }).click();
  await expect(page.getByRole('heading', { name: /^Invoice INV-\d{4}-0003$/ })).toBeVisible();
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/invoice-view.png`, fullPage: true });
  await openFromMenu(page, 'Invoices');

  // The editor: three lines, one written in, one with a discount, two VAT rates.
  await page.getByRole('button', { name: 'New invoice' }).click();
  const form = page.getByRole('form', { name: 'Invoice' });
  await chooseCustomer(page, form, 'Acme Handels');
  await addProduct(page, form, 'Design consulting', '4');
  await addProduct(page, form, 'Brand guide', '10');
  const second = form.getByRole('group', { name: 'Line 2' });
  await combobox(second, 'Discount').selectOption('percent');
  const percent = textbox(second, 'Discount %');
  await percent.fill('10');
  await percent.press('Tab');
  await form.getByRole('button', { name: 'Add written-in line' }).click();
  const third = form.getByRole('group', { name: 'Line 3' });
  await textbox(third, 'Description').fill('Travel to the workshop (train, 2nd class)');
  const price = textbox(third, 'Unit price');
  await price.fill('89.40');
  await price.press('Tab');
  const rate = textbox(third, 'VAT rate');
  await rate.fill('19');
  await rate.press('Tab');
  await form.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { name: 'Draft invoice' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/invoice-editor.png`, fullPage: true });
});
