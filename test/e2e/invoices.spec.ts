import { expect, test, type Page } from '@playwright/test';
import {
  addProduct,
  chooseCustomer,
  collectPageProblems,
  combobox,
  createCustomer,
  createProduct,
  line,
  openFromMenu,
  postFromEditor,
  reloadApp,
  saveDraftInvoice,
  setUpCompany,
  startInvoice,
  textbox,
  typeNumber,
} from './support';

// The invoice cycle as a user works through it: set up, customer and products, an invoice
// with three lines whose totals are checked against figures worked out by hand below, save,
// post, numbering, reload, the read-only view, the list's filters and the batch post.

const YEAR = new Date().getFullYear();

/** Posting needs the trader's VAT ID (or tax number) on the invoice; the setup takes it. */
async function setUpTrader(page: Page): Promise<void> {
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd', vatId: 'DE811128135' });
  await createCustomer(page, { name: 'Zeta Bakery' });
  await createProduct(page, {
    sku: 'CONS-01',
    name: 'Consulting',
    unitPrice: '120.00',
    unit: 'HUR',
    vatRate: '19',
  });
  await createProduct(page, { sku: 'BOOK-01', name: 'Handbook', unitPrice: '25.00', vatRate: '7' });
}

test('an invoice with three lines shows the hand-computed totals, posts as the first number and stays as posted', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await setUpTrader(page);

  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  // Line 1: 3 hours of consulting at 120.00, 19 % → 360.00
  await addProduct(form, 'Consulting');
  await typeNumber(textbox(line(form, 1), 'Quantity'), '3');
  // Line 2: 4 handbooks at 25.00 less 10 %, 7 % → 100.00 − 10.00 = 90.00
  await addProduct(form, 'Handbook');
  await typeNumber(textbox(line(form, 2), 'Quantity'), '4');
  await combobox(line(form, 2), 'Discount').selectOption('percent');
  await typeNumber(textbox(line(form, 2), 'Discount %'), '10');
  // Line 3, written in: travel 45.50 at 19 % (takes the VAT of the line above: 7 %, changed)
  await form.getByRole('button', { name: 'Add written-in line' }).click();
  await textbox(line(form, 3), 'Description').fill('Travel expenses Munich');
  await typeNumber(textbox(line(form, 3), 'Unit price'), '45.50');
  await typeNumber(textbox(line(form, 3), 'VAT rate'), '19');

  // By hand: nets 360.00 + 90.00 + 45.50 = 495.50; VAT 19 % of 405.50 = 77.045 → 77.05,
  // 7 % of 90.00 = 6.30; VAT 83.35; total 578.85.
  await expect(line(form, 1).getByTestId('line-net')).toHaveText('Net: €360.00');
  await expect(line(form, 2).getByTestId('line-net')).toHaveText('Net: €90.00');
  await expect(line(form, 3).getByTestId('line-net')).toHaveText('Net: €45.50');
  const breakdown = form.getByRole('table', { name: 'VAT breakdown' });
  await expect(breakdown.getByRole('row', { name: /19 %/ })).toContainText('€405.50');
  await expect(breakdown.getByRole('row', { name: /19 %/ })).toContainText('€77.05');
  await expect(breakdown.getByRole('row', { name: /7 %/ })).toContainText('€90.00');
  await expect(breakdown.getByRole('row', { name: /7 %/ })).toContainText('€6.30');
  await expect(form.getByTestId('total-net')).toHaveText('€495.50');
  await expect(form.getByTestId('total-vat')).toHaveText('€83.35');
  await expect(form.getByTestId('total-gross')).toHaveText('€578.85');

  await saveDraftInvoice(form);
  await expect(page).toHaveURL(/#\/invoices\/[0-9a-f-]{36}$/);
  const firstUrl = page.url();

  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: `Invoice INV-${YEAR}-0001` })).toBeVisible();
  await expect(page.locator('[data-status="open"]').first()).toHaveText('Open');
  await expect(page.getByTestId('invoice-balance')).toHaveText('€578.85');

  // A posted invoice offers no editing: no inputs, no save, no delete.
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete draft' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Post…' })).toHaveCount(0);
  for (const section of ['Payments', 'Credit notes', 'Journal', 'Send history']) {
    await expect(page.getByRole('region', { name: section })).toBeVisible();
  }

  // The second invoice takes the next number.
  const second = await startInvoice(page);
  await chooseCustomer(second, 'Zeta Bakery');
  await addProduct(second, 'Handbook');
  await expect(second.getByTestId('total-gross')).toHaveText('€26.75');
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: `Invoice INV-${YEAR}-0002` })).toBeVisible();

  // After a reload both are as they were posted.
  await reloadApp(page);
  await expect(page.getByRole('heading', { name: `Invoice INV-${YEAR}-0002` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Totals' })).toContainText('€26.75');
  await page.goto(firstUrl);
  await expect(page.getByRole('heading', { name: `Invoice INV-${YEAR}-0001` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'To', exact: true })).toContainText('Acme Ltd');
  await expect(page.getByRole('region', { name: 'To', exact: true })).toContainText('DE811128135');
  await expect(page.getByRole('table', { name: 'Lines' })).toContainText('Travel expenses Munich');
  await expect(page.getByTestId('total-gross')).toHaveText('€578.85');

  await openFromMenu(page, 'Invoices');
  const list = page.getByRole('table', { name: 'Invoices' });
  await expect(list.getByRole('row', { name: new RegExp(`INV-${YEAR}-0001`) })).toContainText(
    '€578.85',
  );
  await expect(list.getByRole('row', { name: new RegExp(`INV-${YEAR}-0002`) })).toContainText(
    'Open',
  );
  expect(problems).toEqual([]);
});

test('the list filters by status and finds invoices by customer name as typed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await setUpTrader(page);
  // One posted invoice for Acme, one draft for Zeta.
  let form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await addProduct(form, 'Consulting');
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: `Invoice INV-${YEAR}-0001` })).toBeVisible();
  form = await startInvoice(page);
  await chooseCustomer(form, 'Zeta Bakery');
  await addProduct(form, 'Handbook');
  await saveDraftInvoice(form);

  await openFromMenu(page, 'Invoices');
  const list = page.getByRole('table', { name: 'Invoices' });
  const rows = list.locator('tbody tr');
  await expect(rows).toHaveCount(2);

  await combobox(page, 'Status').selectOption({ label: 'Draft' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Zeta Bakery');
  await combobox(page, 'Status').selectOption({ label: 'Open' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`INV-${YEAR}-0001`);
  await combobox(page, 'Status').selectOption({ label: 'Paid' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('No invoices match.');
  await combobox(page, 'Status').selectOption({ label: 'Any status' });
  await expect(rows).toHaveCount(2);

  const search = textbox(page, 'Search number or customer');
  await search.pressSequentially('zet');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Zeta Bakery');
  await search.fill(`INV-${YEAR}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Acme Ltd');

  await search.fill('');
  await expect(rows).toHaveCount(2);

  // By customer, and by issue dates (none issued after today).
  const filters = page.getByRole('search', { name: 'Filters' });
  await filters.getByRole('combobox', { name: 'Customer' }).fill('Zet');
  await page.getByRole('option', { name: /Zeta Bakery/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Zeta Bakery');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(2);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await textbox(filters, 'Issued from').fill(tomorrow);
  await expect(rows.first()).toContainText('No invoices match.');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(2);

  // Sorting by customer puts Acme first, then (flipped) Zeta first.
  await list.getByRole('button', { name: 'Customer' }).click();
  await expect(rows.first()).toContainText('Acme Ltd');
  await list.getByRole('button', { name: 'Customer' }).click();
  await expect(rows.first()).toContainText('Zeta Bakery');
});

test('posting selected drafts posts them in issue-date order and lists numbers and refusals', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await setUpTrader(page);
  const dates = ['2024-03-10', '2024-03-01'];
  for (const [index, date] of dates.entries()) {
    const form = await startInvoice(page);
    await chooseCustomer(form, index === 0 ? 'Acme Ltd' : 'Zeta Bakery');
    await addProduct(form, 'Consulting');
    await textbox(form, 'Issue date').fill(date);
    await saveDraftInvoice(form);
  }
  // A third draft that cannot be posted: its only line has no price.
  const bad = await startInvoice(page);
  await chooseCustomer(bad, 'Acme Ltd');
  await bad.getByRole('button', { name: 'Add written-in line' }).click();
  await textbox(line(bad, 1), 'Description').fill('Free sample');
  await typeNumber(textbox(line(bad, 1), 'Unit price'), '0');
  await combobox(line(bad, 1), 'VAT category').selectOption('standard');
  await typeNumber(textbox(line(bad, 1), 'VAT rate'), '0');
  // Saving refuses the 0 % standard rate, so this draft is stored without lines instead.
  await line(bad, 1).getByRole('button', { name: 'Remove line' }).click();
  await saveDraftInvoice(bad);

  await openFromMenu(page, 'Invoices');
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByRole('button', { name: 'Post selected' }).click();
  await page
    .getByRole('dialog', { name: 'Post the selected drafts?' })
    .getByRole('button', { name: 'Post selected' })
    .click();
  const summary = page.getByRole('dialog', { name: 'Posting finished' });
  const posted = summary.getByRole('list', { name: 'Posted invoices' });
  // 1 March (Zeta) before 10 March (Acme), whatever order they were created in.
  await expect(posted.getByRole('listitem').nth(0)).toContainText(`INV-2024-0001`);
  await expect(posted.getByRole('listitem').nth(0)).toContainText('Zeta Bakery');
  await expect(posted.getByRole('listitem').nth(1)).toContainText(`INV-2024-0002`);
  await expect(summary.getByRole('list', { name: 'Invoices not posted' })).toContainText(
    'Add at least one line',
  );
  await summary.getByRole('button', { name: 'Close' }).click();
  await combobox(page, 'Status').selectOption({ label: 'Draft' });
  await expect(page.getByRole('table', { name: 'Invoices' }).locator('tbody tr')).toHaveCount(1);
});

test('a draft keeps its prices until "Use current prices", and can be duplicated and deleted', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await setUpTrader(page);
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await addProduct(form, 'Handbook');
  await saveDraftInvoice(form);
  const draftUrl = page.url();

  // The catalogue price rises from 25.00 to 30.00; the draft keeps the price it was given.
  await openFromMenu(page, 'Products');
  await page.getByRole('link', { name: 'Handbook' }).click();
  const product = page.getByRole('form', { name: 'Product' });
  await typeNumber(textbox(product, 'Unit price'), '30.00');
  await product.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.goto(draftUrl);
  const editor = page.getByRole('form', { name: 'Invoice' });
  await expect(textbox(line(editor, 1), 'Unit price')).toHaveValue('25.00');
  await expect(editor.getByTestId('total-gross')).toHaveText('€26.75');

  await editor.getByRole('button', { name: 'Use current prices' }).click();
  await expect(textbox(line(editor, 1), 'Unit price')).toHaveValue('30.00');
  // 30.00 + 7 % = 32.10
  await expect(editor.getByTestId('total-gross')).toHaveText('€32.10');

  await editor.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page).not.toHaveURL(draftUrl);
  await expect(page.getByRole('heading', { name: 'Draft invoice' })).toBeVisible();
  const copy = page.getByRole('form', { name: 'Invoice' });
  await expect(textbox(line(copy, 1), 'Unit price')).toHaveValue('30.00');

  await copy.getByRole('button', { name: 'Delete draft' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this draft?' });
  await dialog.getByRole('button', { name: 'Delete draft' }).click();
  await expect(page.getByRole('heading', { name: 'Invoices', exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Invoices' }).locator('tbody tr')).toHaveCount(1);
});
