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

/** The local calendar date `offset` days from today, as the app's clock reads it. */
function dayFromToday(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Posts an invoice of `quantity` × Consulting, due `daysPastDue` days before today. */
async function postInvoiceDue(
  page: Page,
  customer: string,
  quantity: string,
  daysPastDue: number,
): Promise<void> {
  const form = await startInvoice(page);
  await chooseCustomer(form, customer);
  await addProduct(form, 'Consulting', quantity);
  await textbox(form, 'Issue date').fill(dayFromToday(-daysPastDue - 14));
  await textbox(form, 'Due date').fill(dayFromToday(-daysPastDue));
  await postOpenDraft(page);
}

test('the aged-receivables chart puts each open balance in its bucket, per currency', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  await createCustomer(page, { name: 'Yankee Inc', currency: 'USD' });
  await createProduct(page, {
    sku: 'CONS',
    name: 'Consulting',
    unitPrice: '120.00',
    vatRate: '19',
  });

  // One unit is 120.00 + 19 % = 142.80. Each invoice sits on a bucket's edge: due today is
  // not due yet, 30 days late is still 1–30, 31 is 31–60, 90 is 61–90, 91 is over 90. Oldest
  // first, as a series that resets yearly numbers a year only after the one before it.
  // Paid in full: nothing open, so in no bucket.
  await postInvoiceDue(page, 'Acme Ltd', '6', 200);
  await page
    .getByRole('region', { name: 'Payments' })
    .getByRole('button', { name: 'Mark as paid' })
    .click();
  await page
    .getByRole('dialog', { name: 'Mark this invoice as paid?' })
    .getByRole('button', { name: 'Mark as paid' })
    .click();
  await expect(page.locator('[data-status="paid"]').first()).toHaveText('Paid');
  await postInvoiceDue(page, 'Acme Ltd', '5', 91); //  over 90:  5 × 142.80 = 714.00
  await postInvoiceDue(page, 'Acme Ltd', '4', 90); //  61–90:    4 × 142.80 = 571.20
  await postInvoiceDue(page, 'Acme Ltd', '3', 31); //  31–60:    3 × 142.80 = 428.40
  await postInvoiceDue(page, 'Acme Ltd', '2', 30); //  1–30:     2 × 142.80 = 285.60
  // Dollars are aged apart from euros: 1 × 142.80 five days late.
  await postInvoiceDue(page, 'Yankee Inc', '1', 5);
  await postInvoiceDue(page, 'Acme Ltd', '1', 0); //   not due:  1 × 142.80 = 142.80

  await openFromMenu(page, 'Dashboard');
  const euros = page.getByRole('figure', { name: 'Aged receivables (EUR)' });
  const bars = euros.getByRole('list', { name: /Open balances by days past the due date/ });
  await expect(bars.getByRole('listitem')).toHaveCount(5);
  const expected = [
    ['Not due', '€142.80'],
    ['1–30 days', '€285.60'],
    ['31–60 days', '€428.40'],
    ['61–90 days', '€571.20'],
    ['Over 90 days', '€714.00'],
  ] as const;
  for (const [index, [bucket, amount]] of expected.entries()) {
    await expect(bars.getByRole('listitem').nth(index)).toHaveAccessibleName(
      `${bucket}: ${amount}`,
    );
    // The amount is written on the chart, not only read out.
    await expect(euros.locator(`[data-bucket] text`).nth(index * 2)).toHaveText(amount);
  }
  // 142.80 + 285.60 + 428.40 + 571.20 + 714.00 = 2,142.00, the outstanding figure too.
  await expect(page.getByTestId('aged-total-EUR')).toHaveText('Owed in all: €2,142.00');
  await expect(figure(page, 'outstanding-EUR')).toHaveText('€2,142.00');

  await euros.getByText('Show the ageing as a table').click();
  const table = euros.getByRole('table', { name: 'Aged receivables (EUR)' });
  await expect(table.getByRole('row', { name: /Over 90 days/ })).toContainText('€714.00');
  await expect(table.getByRole('row', { name: /Total/ })).toContainText('€2,142.00');

  const dollars = page.getByRole('figure', { name: 'Aged receivables (USD)' });
  await expect(dollars.getByRole('listitem', { name: /^1–30 days:/ })).toHaveAccessibleName(
    '1–30 days: US$142.80',
  );
  await expect(dollars.getByRole('listitem', { name: /^Not due:/ })).toHaveAccessibleName(
    'Not due: US$0.00',
  );
  await expect(page.getByTestId('aged-total-USD')).toHaveText('Owed in all: US$142.80');
});
