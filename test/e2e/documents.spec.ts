import { expect, test, type Page } from '@playwright/test';
import {
  chooseCustomer,
  combobox,
  createCustomer,
  expectFieldError,
  line,
  openFromMenu,
  reloadApp,
  saveDraftInvoice,
  setUpCompany,
  startInvoice,
  textbox,
  writeLine,
} from './support';

// Bad input in the document editor: each case shows its message next to the field (and in
// the summary at the top), and nothing is saved or posted. Also: a draft posted in another
// window cannot be saved over, and the text typed here is kept.

async function expectNoInvoices(page: Page): Promise<void> {
  await openFromMenu(page, 'Invoices');
  await expect(page.getByRole('table', { name: 'Invoices' })).toContainText('No invoices match.');
}

async function expectSummary(page: Page, message: string | RegExp): Promise<void> {
  await expect(page.getByTestId('document-error-summary')).toContainText(message);
}

test.describe('bad input in the invoice editor', () => {
  test.beforeEach(async ({ page }) => {
    await setUpCompany(page);
    await createCustomer(page, { name: 'Acme Ltd' });
  });

  test('an invoice without a customer is refused at the customer field and not saved', async ({
    page,
  }) => {
    const form = await startInvoice(page);
    await writeLine(form);
    await form.getByRole('button', { name: 'Save draft' }).click();
    await expectFieldError(
      form.getByRole('combobox', { name: 'Customer', exact: true }),
      /Choose a customer\./,
    );
    await expectSummary(page, 'Choose a customer.');
    await expect(page).toHaveURL(/#\/invoices\/new$/);
    // What was typed is still there.
    await expect(textbox(line(form, 1), 'Description')).toHaveValue('Design work');
    await expectNoInvoices(page);
  });

  test('a line without a description is refused at that line and nothing is posted', async ({
    page,
  }) => {
    const form = await startInvoice(page);
    await chooseCustomer(form, 'Acme Ltd');
    await writeLine(form);
    await writeLine(form, { description: '' });
    await page.getByRole('button', { name: 'Post…' }).click();
    await expectFieldError(
      textbox(line(form, 2), 'Description'),
      'Enter a description of what the line is for.',
    );
    await expect(textbox(line(form, 1), 'Description')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expectNoInvoices(page);
  });

  test('a quantity that is not a number is refused at the field and not saved', async ({
    page,
  }) => {
    const form = await startInvoice(page);
    await chooseCustomer(form, 'Acme Ltd');
    const added = await writeLine(form, { quantity: 'two' });
    await expectFieldError(textbox(added, 'Quantity'), /'two' is not a number/);
    await form.getByRole('button', { name: 'Save draft' }).click();
    await expectSummary(page, /'two' is not a number/);
    await expect(page).toHaveURL(/#\/invoices\/new$/);
    await expect(textbox(added, 'Quantity')).toHaveValue('two');
    await expectNoInvoices(page);
  });

  test('a standard-rate line at 0 % is refused at its VAT rate and not saved', async ({ page }) => {
    const form = await startInvoice(page);
    await chooseCustomer(form, 'Acme Ltd');
    const added = await writeLine(form, { rate: '0' });
    await form.getByRole('button', { name: 'Save draft' }).click();
    await expectFieldError(
      textbox(added, 'VAT rate'),
      'Standard-rated lines need a VAT rate above 0 %; choose "Zero rated" for 0 %.',
    );
    await expectNoInvoices(page);
  });

  test('a due date before the issue date is refused and the saved draft keeps its dates', async ({
    page,
  }) => {
    const form = await startInvoice(page);
    await chooseCustomer(form, 'Acme Ltd');
    await writeLine(form);
    await textbox(form, 'Issue date').fill('2026-03-10');
    await expect(textbox(form, 'Due date')).toHaveValue('2026-03-24');
    await saveDraftInvoice(form);

    const editor = page.getByRole('form', { name: 'Invoice' });
    await textbox(editor, 'Due date').fill('2026-03-01');
    await editor.getByRole('button', { name: 'Save draft' }).click();
    await expectFieldError(
      textbox(editor, 'Due date'),
      'The due date cannot be before the issue date.',
    );
    await reloadApp(page);
    await expect(textbox(page.getByRole('form', { name: 'Invoice' }), 'Due date')).toHaveValue(
      '2026-03-24',
    );
  });

  test('changing a refused field clears its message', async ({ page }) => {
    const form = await startInvoice(page);
    await chooseCustomer(form, 'Acme Ltd');
    const added = await writeLine(form, { rate: '0' });
    await form.getByRole('button', { name: 'Save draft' }).click();
    await expect(textbox(added, 'VAT rate')).toHaveAttribute('aria-invalid', 'true');
    await combobox(added, 'VAT category').selectOption('zeroRated');
    await expect(textbox(added, 'VAT rate')).not.toHaveAttribute('aria-invalid', 'true');
    await saveDraftInvoice(form);
  });
});

test('a draft posted in another window cannot be saved over, and what was typed stays', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await writeLine(form);
  await saveDraftInvoice(form);

  const other = await page.context().newPage();
  await other.goto(page.url());
  await other.getByRole('button', { name: 'Post…' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Post invoice' }).click();
  const year = new Date().getFullYear();
  await expect(other.getByRole('heading', { name: `Invoice INV-${year}-0001` })).toBeVisible();

  const editor = page.getByRole('form', { name: 'Invoice' });
  await textbox(line(editor, 1), 'Description').fill('Design work, revised');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expectSummary(page, 'A posted invoice cannot be changed; correct it with a credit note.');
  await expect(textbox(line(editor, 1), 'Description')).toHaveValue('Design work, revised');

  await reloadApp(page);
  await expect(page.getByRole('heading', { name: `Invoice INV-${year}-0001` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Lines' })).toContainText('Design work');
  await expect(page.getByRole('table', { name: 'Lines' })).not.toContainText('revised');
});

test('a refused post names each problem at its place and posts nothing', async ({ page }) => {
  test.setTimeout(90_000);
  // No VAT ID of our own, and a customer without one: reverse charge needs both.
  await setUpCompany(page);
  await createCustomer(page, { name: 'Acme Ltd' });
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  const added = await writeLine(form, { rate: '0' });
  await combobox(added, 'VAT category').selectOption('reverseCharge');
  await page.getByRole('button', { name: 'Post…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Post invoice' }).click();

  await expect(page.getByTestId('document-error-summary')).toContainText(
    'Please correct these points; nothing was posted.',
  );
  await expect(page.getByRole('region', { name: 'Customer', exact: true })).toContainText(
    "Reverse charge needs the customer's VAT ID; add it to the customer.",
  );
  await expectSummary(page, 'Reverse charge needs your own VAT ID; add it in Settings.');
  await expect(page.getByRole('button', { name: 'Open Settings' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Draft invoice' })).toBeVisible();

  await openFromMenu(page, 'Invoices');
  const rows = page.getByRole('table', { name: 'Invoices' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Draft');
  await expect(rows.first()).not.toContainText('INV-');
});
