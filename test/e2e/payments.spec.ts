import { expect, test, type Page } from '@playwright/test';
import {
  checkbox,
  chooseCustomer,
  collectPageProblems,
  createCustomer,
  expectFieldError,
  expectFieldValid,
  postFromEditor,
  reloadApp,
  setUpCompany,
  saveDraftInvoice,
  startInvoice,
  textbox,
  typeNumber,
  writeLine,
} from './support';

// Money in on a posted invoice as a user records it: register payment (partial, below the
// minimum, above the balance), mark as paid, reverse, and customer credit kept then applied.

const YEAR = new Date().getFullYear();

/**
 * Posts an invoice for the customer with one line: 1 × 100.00 at 19 % → €119.00; with
 * `partialMinimum`, partial payments are allowed in the editor with that minimum.
 */
async function postInvoiceOf119(
  page: Page,
  customer: string,
  number: number,
  partialMinimum?: string,
): Promise<void> {
  const form = await startInvoice(page);
  await chooseCustomer(form, customer);
  await writeLine(form, { quantity: '1', price: '100.00', rate: '19' });
  await expect(form.getByTestId('total-gross')).toHaveText('€119.00');
  if (partialMinimum !== undefined) {
    await expect(textbox(form, 'Minimum partial amount')).toBeDisabled();
    await checkbox(form, 'Allow partial payments').check();
    await typeNumber(textbox(form, 'Minimum partial amount'), partialMinimum);
  }
  await postFromEditor(page);
  const heading = `Invoice INV-${YEAR}-${String(number).padStart(4, '0')}`;
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  await expect(page.getByTestId('invoice-balance')).toHaveText('€119.00');
}

function payments(page: Page) {
  return page.getByRole('region', { name: 'Payments' });
}

async function openRegisterDialog(page: Page) {
  await payments(page).getByRole('button', { name: 'Register payment' }).click();
  return page.getByRole('dialog', { name: 'Register payment' });
}

test('a partial payment then the rest: below the minimum refused, then partially paid, then paid', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  // Partial payments allowed in the editor, at least 50.00 a part.
  await postInvoiceOf119(page, 'Acme Ltd', 1, '50.00');
  // Stored as typed: the terms are still there after a reload.
  await reloadApp(page);

  // 20.00 is below the minimum partial payment of 50.00: refused next to Amount, nothing kept.
  let dialog = await openRegisterDialog(page);
  await expect(textbox(dialog, 'Amount')).toHaveValue('119.00');
  await typeNumber(textbox(dialog, 'Amount'), '20.00');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expectFieldError(textbox(dialog, 'Amount'), /below this invoice's minimum partial payment/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(payments(page)).toContainText('No payments recorded yet.');
  await expect(page.getByTestId('invoice-balance')).toHaveText('€119.00');

  // 60.00 by bank transfer: partially paid, 59.00 left.
  dialog = await openRegisterDialog(page);
  await typeNumber(textbox(dialog, 'Amount'), '60.00');
  await textbox(dialog, 'Reference').fill('Transfer 4711');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('invoice-balance')).toHaveText('€59.00');
  await expect(page.locator('[data-status="partiallyPaid"]').first()).toHaveText('Partially paid');
  await expect(payments(page).getByRole('row', { name: /Transfer 4711/ })).toContainText('€60.00');

  // The rest: the amount starts at the balance.
  dialog = await openRegisterDialog(page);
  await expect(textbox(dialog, 'Amount')).toHaveValue('59.00');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(page.getByTestId('invoice-balance')).toHaveText('€0.00');
  await expect(page.locator('[data-status="paid"]').first()).toHaveText('Paid');
  await expect(payments(page).getByRole('button', { name: 'Register payment' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('an invoice without partial payments refuses less than the balance; mark as paid, then a reversal brings the balance back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  await postInvoiceOf119(page, 'Acme Ltd', 1);

  const dialog = await openRegisterDialog(page);
  await typeNumber(textbox(dialog, 'Amount'), '50.00');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expectFieldError(textbox(dialog, 'Amount'), /does not allow partial payments/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(payments(page)).toContainText('No payments recorded yet.');

  await payments(page).getByRole('button', { name: 'Mark as paid' }).click();
  const confirm = page.getByRole('dialog', { name: 'Mark this invoice as paid?' });
  await expect(confirm).toContainText('€119.00');
  await confirm.getByRole('button', { name: 'Mark as paid' }).click();
  await expect(page.locator('[data-status="paid"]').first()).toHaveText('Paid');
  await expect(page.getByTestId('invoice-balance')).toHaveText('€0.00');

  await payments(page).getByRole('button', { name: 'Reverse' }).click();
  const reverse = page.getByRole('dialog', { name: 'Reverse this payment?' });
  await textbox(reverse, 'Reason').fill('Booked on the wrong invoice');
  await reverse.getByRole('button', { name: 'Reverse' }).click();
  await expect(page.getByTestId('invoice-balance')).toHaveText('€119.00');
  await expect(page.locator('[data-status="open"]').first()).toHaveText('Open');
  // The original stays, the reversal is listed beside it, and neither can be reversed again.
  const rows = payments(page).getByRole('row');
  await expect(rows.filter({ hasText: 'Payment' })).toContainText('€119.00');
  await expect(rows.filter({ hasText: 'Reversal' })).toContainText('-€119.00');
  await expect(payments(page).getByRole('button', { name: 'Reverse' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('an overpayment is refused unless the excess is kept as credit, which then settles part of the next invoice', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  await postInvoiceOf119(page, 'Acme Ltd', 1);

  const dialog = await openRegisterDialog(page);
  await typeNumber(textbox(dialog, 'Amount'), '150.00');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expectFieldError(textbox(dialog, 'Amount'), /above the balance of €119\.00/);
  await dialog.getByRole('checkbox', { name: 'Keep the excess as customer credit' }).check();
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-status="paid"]').first()).toHaveText('Paid');

  // The next invoice of the same customer: 31.00 of credit (150.00 − 119.00) is offered.
  await postInvoiceOf119(page, 'Acme Ltd', 2);
  await payments(page).getByRole('button', { name: 'Apply customer credit (€31.00)' }).click();
  await expect(page.getByTestId('invoice-balance')).toHaveText('€88.00');
  await expect(payments(page).getByRole('row', { name: /Customer credit applied/ })).toContainText(
    '€31.00',
  );
  await expect(payments(page).getByRole('button', { name: /Apply customer credit/ })).toHaveCount(
    0,
  );
  expect(problems).toEqual([]);
});

test('the invoice editor takes partial-payment terms only within the total and not below zero', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await writeLine(form, { quantity: '1', price: '100.00', rate: '19' });
  const minimum = textbox(form, 'Minimum partial amount');
  await checkbox(form, 'Allow partial payments').check();

  // More than the total of 119.00: no part payment could ever be enough.
  await typeNumber(minimum, '120.00');
  await form.getByRole('button', { name: 'Save draft' }).click();
  await expectFieldError(
    minimum,
    'The minimum partial amount of €120.00 is more than the invoice total of €119.00; enter at most €119.00, or 0 for no minimum.',
  );
  await expect(page.getByRole('heading', { name: 'New invoice' })).toBeVisible();

  await typeNumber(minimum, '-5.00');
  await form.getByRole('button', { name: 'Save draft' }).click();
  await expectFieldError(minimum, /minimum partial amount cannot be negative; enter 0/);

  // Within the total it is kept; switching partial payments off clears it again.
  await typeNumber(minimum, '119.00');
  await expectFieldValid(minimum);
  await saveDraftInvoice(form);
  await reloadApp(page);
  await expect(checkbox(form, 'Allow partial payments')).toBeChecked();
  await expect(minimum).toHaveValue('119.00');
  await checkbox(form, 'Allow partial payments').uncheck();
  await expect(minimum).toHaveValue('0.00');
  await expect(minimum).toBeDisabled();
  await saveDraftInvoice(form);
  await reloadApp(page);
  await expect(checkbox(form, 'Allow partial payments')).not.toBeChecked();
  expect(problems).toEqual([]);
});
