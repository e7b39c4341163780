import { expect, test, type Page } from '@playwright/test';
import {
  chooseCustomer,
  collectPageProblems,
  createCustomer,
  openFromMenu,
  postFromEditor,
  setUpCompany,
  startInvoice,
  textbox,
  writeLine,
} from './support';

// Every journal entry names where it comes from, and that name opens the document: an
// invoice or credit note itself, a payment or its reversal the invoice it was paid on.

const YEAR = new Date().getFullYear();
const INVOICE = `INV-${YEAR}-0001`;
const CREDIT_NOTE = `CN-${YEAR}-001`;

/** Opens the journal and follows the source link of the entry with that link name. */
async function followSourceLink(page: Page, name: string): Promise<void> {
  await openFromMenu(page, 'Journal');
  await expect(page.getByRole('heading', { name: 'Journal', level: 2 })).toBeVisible();
  await page.getByTestId('journal-entry').getByRole('link', { name, exact: true }).click();
}

test('journal entries of payments, reversals and credit notes link to their document', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await writeLine(form, { quantity: '2', price: '100.00', rate: '19' });
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: `Invoice ${INVOICE}` })).toBeVisible();
  const invoiceUrl = page.url();

  // A payment, its reversal, then a credit note of one of the two units.
  const payments = page.getByRole('region', { name: 'Payments' });
  await payments.getByRole('button', { name: 'Mark as paid' }).click();
  await page
    .getByRole('dialog', { name: 'Mark this invoice as paid?' })
    .getByRole('button', { name: 'Mark as paid' })
    .click();
  await payments.getByRole('button', { name: 'Reverse' }).click();
  const reverse = page.getByRole('dialog', { name: 'Reverse this payment?' });
  await textbox(reverse, 'Reason').fill('Booked twice');
  await reverse.getByRole('button', { name: 'Reverse' }).click();
  await expect(page.getByTestId('invoice-balance')).toHaveText('€238.00');
  const creditNotes = page.getByRole('region', { name: 'Credit notes' });
  await creditNotes.getByRole('button', { name: 'Create credit note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a credit note' });
  await dialog.getByRole('radio', { name: 'Chosen lines and quantities' }).check();
  await dialog.getByRole('checkbox', { name: 'Credit line 1' }).check();
  await textbox(dialog, 'Quantity to credit of line 1').fill('1');
  await dialog.getByRole('button', { name: 'Create draft credit note' }).click();
  await page.getByRole('button', { name: 'Post credit note' }).click();
  await page
    .getByRole('dialog', { name: 'Post this credit note?' })
    .getByRole('button', { name: 'Post credit note' })
    .click();
  await expect(page.getByRole('heading', { name: `Credit note ${CREDIT_NOTE}` })).toBeVisible();
  const creditNoteUrl = page.url();

  await followSourceLink(page, `Payment ${INVOICE}`);
  await expect(page.getByRole('heading', { name: `Invoice ${INVOICE}` })).toBeVisible();
  expect(page.url()).toBe(invoiceUrl);

  await followSourceLink(page, `Payment reversal ${INVOICE}`);
  await expect(page.getByRole('heading', { name: `Invoice ${INVOICE}` })).toBeVisible();
  expect(page.url()).toBe(invoiceUrl);

  await followSourceLink(page, `Credit note ${CREDIT_NOTE}`);
  await expect(page.getByRole('heading', { name: `Credit note ${CREDIT_NOTE}` })).toBeVisible();
  expect(page.url()).toBe(creditNoteUrl);

  await followSourceLink(page, `Invoice ${INVOICE}`);
  await expect(page.getByRole('heading', { name: `Invoice ${INVOICE}` })).toBeVisible();
  expect(problems).toEqual([]);
});
