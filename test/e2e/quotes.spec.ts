import { expect, test, type Page } from '@playwright/test';
import {
  addProduct,
  chooseCustomer,
  createCustomer,
  createProduct,
  line,
  openFromMenu,
  postFromEditor,
  setUpCompany,
  startDocument,
  textbox,
} from './support';

// A quote from draft to invoice: sent (numbered QUO-…), accepted, converted into a draft
// invoice that keeps its lines and prices, which is then posted. And the other endings.

const YEAR = new Date().getFullYear();

async function setUpTrader(page: Page): Promise<void> {
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  await createProduct(page, {
    sku: 'WS-DAY',
    name: 'Brand workshop',
    unitPrice: '850.00',
    unit: 'DAY',
    vatRate: '19',
  });
}

async function sendNewQuote(page: Page, days: string): Promise<void> {
  const form = await startDocument(page, 'quote');
  await chooseCustomer(form, 'Acme Ltd');
  await addProduct(form, 'Brand workshop', days);
  await expect(textbox(form, 'Valid until')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Send…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send this quote?' });
  await expect(dialog).toContainText('can no longer be changed');
  await dialog.getByRole('button', { name: 'Send quote' }).click();
}

test('an accepted quote converts into a draft invoice with its lines, which posts', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await setUpTrader(page);
  await sendNewQuote(page, '2');
  await expect(page.getByRole('heading', { name: `Quote QUO-${YEAR}-0001` })).toBeVisible();
  await expect(page.locator('[data-status="sent"]')).toHaveText('Sent');
  // 2 days × 850.00 = 1,700.00 + 19 % VAT 323.00 = 2,023.00
  await expect(page.getByTestId('total-gross')).toHaveText('€2,023.00');
  await expect(page.getByRole('button', { name: 'Convert to invoice' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page.locator('[data-status="accepted"]')).toHaveText('Accepted');
  await page.getByRole('button', { name: 'Convert to invoice' }).click();

  await expect(page.getByRole('heading', { name: 'Draft invoice' })).toBeVisible();
  const invoice = page.getByRole('form', { name: 'Invoice' });
  await expect(textbox(line(invoice, 1), 'Description')).toHaveValue('Brand workshop');
  await expect(invoice.getByTestId('total-gross')).toHaveText('€2,023.00');
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: `Invoice INV-${YEAR}-0001` })).toBeVisible();

  await page.getByRole('button', { name: /open the quote/ }).click();
  await expect(page.getByRole('heading', { name: `Quote QUO-${YEAR}-0001` })).toBeVisible();
  await expect(page.locator('[data-status="invoiced"]')).toHaveText('Invoiced');
  await expect(page.getByRole('button', { name: 'Convert to invoice' })).toHaveCount(0);

  await openFromMenu(page, 'Quotes');
  await expect(
    page.getByRole('table', { name: 'Quotes' }).getByRole('row', { name: /QUO-/ }),
  ).toContainText('Invoiced');
});

test('a sent quote can be declined or marked expired, and then not converted', async ({ page }) => {
  test.setTimeout(90_000);
  await setUpTrader(page);
  await sendNewQuote(page, '1');
  await page.getByRole('button', { name: 'Decline' }).click();
  await expect(page.locator('[data-status="declined"]')).toHaveText('Declined');
  await expect(page.getByRole('button', { name: 'Convert to invoice' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Accept' })).toHaveCount(0);

  await sendNewQuote(page, '1');
  await expect(page.getByRole('heading', { name: `Quote QUO-${YEAR}-0002` })).toBeVisible();
  await page.getByRole('button', { name: 'Mark expired' }).click();
  await expect(page.locator('[data-status="expired"]')).toHaveText('Expired');
  await expect(page.getByRole('button', { name: 'Convert to invoice' })).toHaveCount(0);
});

test('deleting the draft invoice of a converted quote makes the quote accepted again', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await setUpTrader(page);
  await sendNewQuote(page, '1');
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page.locator('[data-status="accepted"]')).toHaveText('Accepted');
  await page.getByRole('button', { name: 'Convert to invoice' }).click();
  await expect(page.getByRole('heading', { name: 'Draft invoice' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete draft' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this draft?' })
    .getByRole('button', { name: 'Delete draft' })
    .click();
  await expect(page.getByRole('heading', { name: 'Invoices', exact: true })).toBeVisible();

  await openFromMenu(page, 'Quotes');
  const row = page.getByRole('table', { name: 'Quotes' }).getByRole('row', { name: /QUO-/ });
  await expect(row).toContainText('Accepted');
  await row.getByRole('button', { name: `QUO-${YEAR}-0001` }).click();
  await expect(page.getByRole('heading', { name: `Quote QUO-${YEAR}-0001` })).toBeVisible();
  await expect(page.locator('[data-status="accepted"]')).toHaveText('Accepted');
  await expect(page.getByRole('button', { name: /open the invoice/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Convert to invoice' }).click();
  await expect(page.getByRole('heading', { name: 'Draft invoice' })).toBeVisible();
});
