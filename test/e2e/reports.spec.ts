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

// The VAT due for a period as a user reads it: two posted invoices at 19 % and 7 %, figures
// worked out by hand below, shown per rate in the VAT report of the current month.

const YEAR = new Date().getFullYear();

async function postInvoice(
  page: Page,
  number: number,
  quantity: string,
  price: string,
  rate: string,
) {
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await writeLine(form, { quantity, price, rate });
  await postFromEditor(page);
  const heading = `Invoice INV-${YEAR}-${String(number).padStart(4, '0')}`;
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
}

test('the VAT report of the current month shows the taxable amount and VAT per rate of the posted invoices', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  // 2 × 100.00 at 19 %: taxable 200.00, VAT 38.00, gross 238.00.
  await postInvoice(page, 1, '2', '100.00', '19');
  // 3 × 12.50 at 7 %: taxable 37.50, VAT 2.625 → 2.63 (half away from zero), gross 40.13.
  await postInvoice(page, 2, '3', '12.50', '7');

  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await menu.getByRole('link', { name: 'Reports' }).click();
  await expect(menu.getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');

  // The app's today is the computer's local date, so the month is read the same way.
  const month = `${YEAR}-${String(new Date().getMonth() + 1).padStart(2, '0')}`;
  const period = page.getByTestId('report-period');
  await expect(period).toContainText(`${month}:`);
  const vat = page.getByRole('table', { name: 'VAT report' });
  await expect(vat.getByRole('row', { name: /Standard rate 19 %/ })).toHaveText(
    /Standard rate19 %€200\.00€38\.00/,
  );
  await expect(vat.getByRole('row', { name: /Standard rate 7 %/ })).toHaveText(
    /Standard rate7 %€37\.50€2\.63/,
  );
  await expect(vat.getByRole('row', { name: /Total/ })).toHaveText(/€237\.50€40\.63/);

  // Sales by customer, sales by month and the open invoices agree with the same figures.
  const byCustomer = page.getByRole('table', { name: 'Sales by customer' });
  await expect(byCustomer.getByRole('row', { name: /Acme Ltd/ })).toHaveText(
    /Acme Ltd€237\.50€278\.13/,
  );
  const byMonth = page.getByRole('table', { name: 'Sales by month' });
  await expect(byMonth.getByRole('row', { name: new RegExp(month) })).toHaveText(
    /€237\.50€278\.13/,
  );
  const aged = page.getByRole('table', { name: /Aged receivables/ });
  await expect(aged.getByRole('row', { name: /Acme Ltd/ })).toContainText('€278.13');

  // The previous month had nothing; a quarter and a year include this month's figures.
  await page.getByRole('button', { name: /Previous period/ }).click();
  await expect(page.getByRole('table', { name: 'VAT report' })).toHaveCount(0);
  await page.getByRole('button', { name: /Next period/ }).click();
  await expect(vat.getByRole('row', { name: /Total/ })).toHaveText(/€237\.50€40\.63/);
  await page.getByRole('button', { name: 'Quarter' }).click();
  await expect(period).toContainText(`${YEAR}-Q`);
  await expect(vat.getByRole('row', { name: /Total/ })).toHaveText(/€237\.50€40\.63/);
  await page.getByRole('button', { name: 'Year' }).click();
  await expect(period).toContainText(`${YEAR}:`);
  await expect(vat.getByRole('row', { name: /Total/ })).toHaveText(/€237\.50€40\.63/);
  expect(problems).toEqual([]);
});
