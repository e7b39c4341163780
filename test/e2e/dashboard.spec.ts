import { expect, test, type Page } from '@playwright/test';
import {
  addProduct,
  chooseCustomer,
  createCustomer,
  createProduct,
  openFromMenu,
  postFromEditor,
  saveDraftInvoice,
  setUpCompany,
  startInvoice,
  textbox,
} from './support';

// The dashboard follows the books: a saved draft is waiting, a posted invoice is outstanding
// and counts as revenue of its month, a late one is overdue.

async function newInvoice(page: Page, options: { issueDate?: string; quantity: string }) {
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await addProduct(form, 'Consulting', options.quantity);
  if (options.issueDate) await textbox(form, 'Issue date').fill(options.issueDate);
  await saveDraftInvoice(form);
}

async function postOpenDraft(page: Page) {
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: /^Invoice INV-/ })).toBeVisible();
}

function figure(page: Page, testId: string) {
  return page.getByTestId(`${testId}-value`);
}

test('the dashboard figures change as invoices are saved and posted', async ({ page }) => {
  test.setTimeout(120_000);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  await createProduct(page, {
    sku: 'CONS',
    name: 'Consulting',
    unitPrice: '120.00',
    vatRate: '19',
  });

  await openFromMenu(page, 'Dashboard');
  await expect(figure(page, 'outstanding-EUR')).toHaveText('€0.00');
  await expect(figure(page, 'overdue-EUR')).toHaveText('€0.00');
  await expect(figure(page, 'drafts')).toHaveText('0');
  await expect(page.getByRole('table', { name: 'Recent documents' })).toContainText('Nothing yet');

  // 2 × 120.00 = 240.00 + 19 % = 285.60
  await newInvoice(page, { quantity: '2' });
  await openFromMenu(page, 'Dashboard');
  await expect(figure(page, 'drafts')).toHaveText('1');
  await expect(page.getByTestId('drafts-detail')).toHaveText('Invoices: 1 · Quotes: 0');
  await expect(figure(page, 'outstanding-EUR')).toHaveText('€0.00');

  await page
    .getByRole('table', { name: 'Recent documents' })
    .getByRole('button', { name: 'Invoice Draft' })
    .click();
  await postOpenDraft(page);
  await openFromMenu(page, 'Dashboard');
  await expect(figure(page, 'drafts')).toHaveText('0');
  await expect(figure(page, 'outstanding-EUR')).toHaveText('€285.60');
  await expect(page.getByTestId('outstanding-EUR-detail')).toHaveText('Open invoices: 1');
  await expect(figure(page, 'overdue-EUR')).toHaveText('€0.00');
  const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(
    new Date(),
  );
  const revenue = page.getByRole('table', { name: 'Revenue by month (EUR)' });
  await page.getByText('Show the figures as a table').click();
  await expect(revenue.getByRole('row', { name: new RegExp(month) })).toContainText('€240.00');
  await expect(page.getByRole('img', { name: /Bar chart of net revenue per month/ })).toBeVisible();

  // An invoice issued two months ago with 14 days to pay is overdue: 1 × 142.80.
  const issued = new Date();
  issued.setDate(issued.getDate() - 60);
  await newInvoice(page, { quantity: '1', issueDate: issued.toISOString().slice(0, 10) });
  await postOpenDraft(page);
  await openFromMenu(page, 'Dashboard');
  await expect(figure(page, 'outstanding-EUR')).toHaveText('€428.40');
  await expect(figure(page, 'overdue-EUR')).toHaveText('€142.80');
  await expect(page.getByTestId('overdue-EUR-detail')).toHaveText('Overdue invoices: 1');
});
