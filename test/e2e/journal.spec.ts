import { expect, test, type Page } from '@playwright/test';
import {
  chooseCustomer,
  collectPageProblems,
  createCustomer,
  postFromEditor,
  setUpCompany,
  startInvoice,
  writeLine,
} from './support';

// The books as a user reads them: a posted invoice's entry in the journal, linked to the
// invoice and balanced, and a trial balance whose debit and credit totals are equal.

const YEAR = new Date().getFullYear();
const NUMBER = `INV-${YEAR}-0001`;

async function openJournal(page: Page) {
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await menu.getByRole('link', { name: 'Journal' }).click();
  await expect(menu.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Journal', level: 2 })).toBeVisible();
}

test('posting an invoice writes a balanced journal entry linked to it; the trial balance totals are equal', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  // 2 × 100.00 at 19 %: receivables 238.00 = revenue 200.00 + VAT 38.00.
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await writeLine(form, { quantity: '2', price: '100.00', rate: '19' });
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: `Invoice ${NUMBER}` })).toBeVisible();
  const invoiceUrl = page.url();

  await openJournal(page);
  const entry = page.getByTestId('journal-entry').filter({ hasText: NUMBER });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole('row', { name: /1200 Receivables/ })).toContainText('€238.00');
  await expect(entry.getByRole('row', { name: /4000 Sales revenue/ })).toContainText('€200.00');
  await expect(entry.getByRole('row', { name: /2200 VAT payable 19 %/ })).toContainText('€38.00');
  await expect(entry.getByTestId('entry-debit-total')).toHaveText('€238.00');
  await expect(entry.getByTestId('entry-credit-total')).toHaveText('€238.00');

  // Filters: an account the entry does not touch hides it; its number finds it.
  const filters = page.getByRole('search', { name: 'Filter the journal' });
  await filters.getByRole('textbox', { name: 'Document number' }).fill('INV-1999');
  await expect(page.getByText('No journal entries match.')).toBeVisible();
  await filters.getByRole('textbox', { name: 'Document number' }).fill(NUMBER);
  await expect(entry).toHaveCount(1);
  await filters.getByRole('combobox', { name: 'Account' }).click();
  await page.getByRole('option', { name: '1000 Cash' }).click();
  await expect(page.getByText('No journal entries match.')).toBeVisible();
  await filters.getByRole('combobox', { name: 'Account' }).click();
  await page.getByRole('option', { name: '1200 Receivables' }).click();
  await expect(entry).toHaveCount(1);

  // The trial balance: debits equal credits.
  await page.getByRole('tab', { name: 'Trial balance' }).click();
  await expect(page.getByTestId('trial-debit-total')).toHaveText('€238.00');
  await expect(page.getByTestId('trial-credit-total')).toHaveText('€238.00');
  await expect(page.getByTestId('trial-balance-total')).toHaveText('€0.00');

  // The source link opens the invoice.
  await page.getByRole('tab', { name: 'Entries' }).click();
  await entry.getByRole('link', { name: `Invoice ${NUMBER}` }).click();
  await expect(page.getByRole('heading', { name: `Invoice ${NUMBER}` })).toBeVisible();
  expect(page.url()).toBe(invoiceUrl);
  expect(problems).toEqual([]);
});
