import { expect, test, type Page } from '@playwright/test';
import {
  chooseCustomer,
  collectPageProblems,
  combobox,
  createCustomer,
  expectFieldError,
  postFromEditor,
  setUpCompany,
  startInvoice,
  textbox,
  typeNumber,
  writeLine,
} from './support';

// The refund owed on a paid invoice that is then credited, as a user settles it: paid back
// (a refund, refused above what is owed) and seen in the journal, or kept as the customer's
// credit and used on their next invoice.

const YEAR = new Date().getFullYear();
const FIRST = `INV-${YEAR}-0001`;

/** Posts an invoice for the customer with one line: 1 × 100.00 at 19 % → €119.00. */
async function postInvoiceOf119(page: Page, customer: string, number: number): Promise<void> {
  const form = await startInvoice(page);
  await chooseCustomer(form, customer);
  await writeLine(form, { quantity: '1', price: '100.00', rate: '19' });
  await expect(form.getByTestId('total-gross')).toHaveText('€119.00');
  await postFromEditor(page);
  const heading = `Invoice INV-${YEAR}-${String(number).padStart(4, '0')}`;
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  await expect(page.getByTestId('invoice-balance')).toHaveText('€119.00');
}

function payments(page: Page) {
  return page.getByRole('region', { name: 'Payments' });
}

function refundOwed(page: Page) {
  return page.getByRole('region', { name: 'Refund owed' });
}

async function markAsPaid(page: Page): Promise<void> {
  await payments(page).getByRole('button', { name: 'Mark as paid' }).click();
  const confirm = page.getByRole('dialog', { name: 'Mark this invoice as paid?' });
  await confirm.getByRole('button', { name: 'Mark as paid' }).click();
  await expect(page.locator('[data-status="paid"]').first()).toHaveText('Paid');
  await expect(page.getByTestId('invoice-balance')).toHaveText('€0.00');
  await expect(refundOwed(page)).toHaveCount(0);
}

/** Credits everything with a credit note posted through its own screen, back on the invoice. */
async function creditEverything(page: Page): Promise<void> {
  const notes = page.getByRole('region', { name: 'Credit notes' });
  await notes.getByRole('button', { name: 'Create credit note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a credit note' });
  await expect(dialog.getByRole('radio', { name: 'Everything not credited yet' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create draft credit note' }).click();
  await expect(page.getByRole('heading', { name: 'Draft credit note' })).toBeVisible();
  await page.getByRole('button', { name: 'Post credit note' }).click();
  const post = page.getByRole('dialog', { name: 'Post this credit note?' });
  await post.getByRole('button', { name: 'Post credit note' }).click();
  await expect(page.getByRole('heading', { name: `Credit note CN-${YEAR}-001` })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the invoice' }).click();
  await expect(page.getByRole('heading', { name: `Invoice ${FIRST}` })).toBeVisible();
}

async function openJournal(page: Page): Promise<void> {
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await menu.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { name: 'Journal', level: 2 })).toBeVisible();
}

test('a paid invoice credited in full owes €119.00 back; a refund above it is refused at the field, the refund brings the balance to 0 and is booked balanced', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  await postInvoiceOf119(page, 'Acme Ltd', 1);
  await markAsPaid(page);
  await creditEverything(page);

  await expect(page.locator('[data-status="cancelled"]').first()).toHaveText('Cancelled');
  await expect(page.getByTestId('invoice-balance')).toHaveText('-€119.00');
  await expect(refundOwed(page).getByTestId('refund-owed')).toHaveText('Refund owed: €119.00');

  // 150.00 is more than is owed back: the message is at the amount, nothing is recorded.
  await refundOwed(page).getByRole('button', { name: 'Register refund' }).click();
  let dialog = page.getByRole('dialog', { name: 'Register refund' });
  await expect(textbox(dialog, 'Refund amount')).toHaveValue('119.00');
  await typeNumber(textbox(dialog, 'Refund amount'), '150.00');
  await dialog.getByRole('button', { name: 'Record refund' }).click();
  await expectFieldError(textbox(dialog, 'Refund amount'), /above the refund owed of €119\.00/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(payments(page).getByRole('row', { name: /Refund/ })).toHaveCount(0);
  await expect(refundOwed(page).getByTestId('refund-owed')).toHaveText('Refund owed: €119.00');

  // The whole refund owed, paid back by bank transfer.
  await refundOwed(page).getByRole('button', { name: 'Register refund' }).click();
  dialog = page.getByRole('dialog', { name: 'Register refund' });
  await expect(textbox(dialog, 'Refund amount')).toHaveValue('119.00');
  await combobox(dialog, 'Paid back by').selectOption({ label: 'Bank transfer' });
  await textbox(dialog, 'Reference').fill('RF-4711');
  await dialog.getByRole('button', { name: 'Record refund' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('invoice-balance')).toHaveText('€0.00');
  await expect(refundOwed(page)).toHaveCount(0);
  await expect(page.locator('[data-status="cancelled"]').first()).toHaveText('Cancelled');
  const row = payments(page).getByRole('row', { name: /RF-4711/ });
  await expect(row).toContainText('Refund');
  await expect(row).toContainText('-€119.00');
  // A cancelled invoice's payment is settled by the refund, not reversed.
  await expect(payments(page).getByRole('button', { name: 'Reverse' })).toHaveCount(0);

  // The journal: receivables debited, bank credited, debits equal credits; the books balance.
  await openJournal(page);
  const entry = page.getByRole('region', { name: new RegExp(`Refund ${FIRST} RF-4711`) });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole('row', { name: /1200 Receivables/ })).toContainText('€119.00');
  await expect(entry.getByRole('row', { name: /1100 Bank/ })).toContainText('€119.00');
  await expect(entry.getByTestId('entry-debit-total')).toHaveText('€119.00');
  await expect(entry.getByTestId('entry-credit-total')).toHaveText('€119.00');
  await page.getByRole('tab', { name: 'Trial balance' }).click();
  await expect(page.getByTestId('trial-balance-total')).toHaveText('€0.00');
  expect(problems).toEqual([]);
});

test('the refund owed on a cancelled paid invoice kept as customer credit settles the next invoice of the customer', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  await postInvoiceOf119(page, 'Acme Ltd', 1);
  await markAsPaid(page);

  const notes = page.getByRole('region', { name: 'Credit notes' });
  await notes.getByRole('button', { name: 'Cancel invoice' }).click();
  const cancel = page.getByRole('dialog', { name: 'Cancel this invoice?' });
  await cancel.getByRole('button', { name: 'Cancel invoice' }).click();
  await expect(page.locator('[data-status="cancelled"]').first()).toHaveText('Cancelled');
  await expect(refundOwed(page).getByTestId('refund-owed')).toHaveText('Refund owed: €119.00');

  await refundOwed(page).getByRole('button', { name: 'Keep as customer credit' }).click();
  const keep = page.getByRole('dialog', { name: 'Keep the refund owed as customer credit?' });
  await expect(keep).toContainText('€119.00');
  await keep.getByRole('button', { name: 'Keep as customer credit' }).click();
  await expect(keep).toBeHidden();
  await expect(page.getByTestId('invoice-balance')).toHaveText('€0.00');
  await expect(refundOwed(page)).toHaveCount(0);
  await expect(payments(page).getByRole('row', { name: /Kept as customer credit/ })).toContainText(
    '-€119.00',
  );

  // The next invoice of the same customer is offered the €119.00 and is paid with it.
  await postInvoiceOf119(page, 'Acme Ltd', 2);
  await payments(page).getByRole('button', { name: 'Apply customer credit (€119.00)' }).click();
  await expect(page.getByTestId('invoice-balance')).toHaveText('€0.00');
  await expect(page.locator('[data-status="paid"]').first()).toHaveText('Paid');
  await expect(payments(page).getByRole('row', { name: /Customer credit applied/ })).toContainText(
    '€119.00',
  );

  // In the journal the credit came from receivables and went back to them: 2300 nets to 0.
  await openJournal(page);
  const kept = page.getByRole('region', { name: new RegExp(`Refund ${FIRST}`) });
  await expect(kept.getByRole('row', { name: /1200 Receivables/ })).toContainText('€119.00');
  await expect(kept.getByRole('row', { name: /2300 Customer credit/ })).toContainText('€119.00');
  await expect(kept.getByTestId('entry-debit-total')).toHaveText('€119.00');
  await expect(kept.getByTestId('entry-credit-total')).toHaveText('€119.00');
  expect(problems).toEqual([]);
});
