import { expect, test, type Locator, type Page } from '@playwright/test';
import { createCustomer, createProduct, openFromMenu, setUpCompany, textbox } from './support';

// A quote from draft to invoice: sent (numbered QUO-…), accepted, converted into a draft
// invoice that keeps its lines and prices, which is then posted. And the other endings.

const YEAR = new Date().getFullYear();

async function setUpTrader(page: Page): Promise<void> {
  await setUpCompany(page);
  await openFromMenu(page, 'Settings');
  await textbox(page, 'VAT ID').fill('DE123456789');
  await page.getByRole('button', { name: 'Save settings' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
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
  await openFromMenu(page, 'Quotes');
  await page.getByRole('button', { name: 'New quote' }).click();
  await expect(page.getByRole('heading', { name: 'New quote' })).toBeVisible();
  const form: Locator = page.getByRole('form', { name: 'Quote' });
  await form.getByRole('combobox', { name: 'Customer', exact: true }).fill('Acm');
  await page.getByRole('option', { name: /Acme Ltd/ }).click();
  await form.getByRole('combobox', { name: 'Add product from catalogue' }).fill('Brand');
  await page.getByRole('option', { name: /Brand workshop/ }).click();
  const quantity = textbox(form.getByRole('group', { name: 'Line 1' }), 'Quantity');
  await quantity.fill(days);
  await quantity.press('Tab');
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
  await expect(textbox(invoice.getByRole('group', { name: 'Line 1' }), 'Description')).toHaveValue(
    'Brand workshop',
  );
  await expect(invoice.getByTestId('total-gross')).toHaveText('€2,023.00');
  await page.getByRole('button', { name: 'Post…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Post invoice' }).click();
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
