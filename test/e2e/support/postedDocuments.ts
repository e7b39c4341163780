import { expect, type Locator, type Page } from '@playwright/test';
import { setupForm } from './company';
import { openFromMenu } from './navigation';

// The documents-out tests start from the demo company: posted invoices for customers with
// e-mail addresses, made through the app's own repositories, in one click.

/** The demo customer whose second invoice the tests send; invoices go to its address. */
export const DEMO_CUSTOMER = 'Acme Handels GmbH';
export const DEMO_CUSTOMER_EMAIL = 'rechnungen@acme-handel.example';
export const DEMO_COMPANY = 'Weber Design Studio';

/** Sets up the demo company from the first-run screen and waits for the main menu. */
export async function exploreDemoCompany(page: Page): Promise<void> {
  await page.goto('/');
  await setupForm(page).getByRole('button', { name: 'Explore with demo data' }).click();
  // The menu shows as soon as the settings are stored; the seed is done when it says so.
  await expect(
    page.getByRole('status').filter({ hasText: 'The demo company is ready to explore.' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
}

/** The invoice list's table. */
export function invoiceTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Invoices' });
}

/**
 * Opens the customer's posted invoice from the invoice list and returns its number, once
 * the invoice's read-only view shows.
 */
export async function openPostedInvoice(page: Page, customer = DEMO_CUSTOMER): Promise<string> {
  await openFromMenu(page, 'Invoices');
  const row = invoiceTable(page)
    .getByRole('row')
    .filter({ hasText: customer })
    .filter({ hasText: /INV-\d{4}-\d{4}/ })
    .first();
  const number = (await row.getByText(/INV-\d{4}-\d{4}/).textContent())?.trim() ?? '';
  expect(number).toMatch(/^INV-\d{4}-\d{4}$/);
  await row.getByText(number).click();
  await expect(page.getByRole('heading', { name: `Invoice ${number}` })).toBeVisible();
  return number;
}

/** The view's send history section. */
export function sendHistory(page: Page): Locator {
  return page.getByRole('region', { name: 'Send history' });
}
