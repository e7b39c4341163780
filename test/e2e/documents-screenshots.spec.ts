import { expect, test, type Page } from '@playwright/test';
import {
  addProduct,
  chooseCustomer,
  combobox,
  createCustomer,
  createProduct,
  line,
  openFromMenu,
  postFromEditor,
  saveDraftInvoice,
  setUpCompany,
  startInvoice,
  textbox,
  typeNumber,
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

async function invoice(
  page: Page,
  customer: string,
  items: [string, string][],
  options: { issueDate?: string; post: boolean },
) {
  const form = await startInvoice(page);
  await chooseCustomer(form, customer);
  for (const [search, quantity] of items) await addProduct(form, search, quantity);
  if (options.issueDate) await textbox(form, 'Issue date').fill(options.issueDate);
  if (options.post) {
    await postFromEditor(page);
    await expect(page.getByRole('heading', { name: /^Invoice INV-/ })).toBeVisible();
  } else {
    await saveDraftInvoice(form);
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
  await setUpCompany(page, { name: 'Weber Design Studio', vatId: 'DE123456789' });
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
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Handels');
  await addProduct(form, 'Design consulting', '4');
  const second = await addProduct(form, 'Brand guide', '10');
  await combobox(second, 'Discount').selectOption('percent');
  await typeNumber(textbox(second, 'Discount %'), '10');
  await form.getByRole('button', { name: 'Add written-in line' }).click();
  const third = line(form, 3);
  await textbox(third, 'Description').fill('Travel to the workshop (train, 2nd class)');
  await typeNumber(textbox(third, 'Unit price'), '89.40');
  await typeNumber(textbox(third, 'VAT rate'), '19');
  await saveDraftInvoice(form);
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/invoice-editor.png`, fullPage: true });
});
