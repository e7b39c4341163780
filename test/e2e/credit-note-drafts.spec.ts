import { expect, test, type Page } from '@playwright/test';
import {
  chooseCustomer,
  collectPageProblems,
  combobox,
  createCustomer,
  line,
  openFromMenu,
  postFromEditor,
  reloadApp,
  setUpCompany,
  startInvoice,
  textbox,
  typeNumber,
  writeLine,
} from './support';

// A draft credit note is edited in the document editor like any draft: its dates, notes and
// the invoice lines it credits with their quantities. Posting still refuses to credit more
// than is left of the invoice, and says so.

/** The local calendar date `offset` days from today, as the app's clock reads it. */
function dayFromToday(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const INVOICE_DATE = dayFromToday(-10);
const CREDIT_DATE = dayFromToday(-3);
const INVOICE = `INV-${INVOICE_DATE.slice(0, 4)}-0001`;
const CREDIT_YEAR = CREDIT_DATE.slice(0, 4);

function creditNotes(page: Page) {
  return page.getByRole('region', { name: 'Credit notes' });
}

function editor(page: Page) {
  return page.getByRole('form', { name: 'Credit note' });
}

async function createCreditNote(page: Page, chosen?: { line: number; quantity: string }) {
  await creditNotes(page).getByRole('button', { name: 'Create credit note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a credit note' });
  if (chosen) {
    await dialog.getByRole('radio', { name: 'Chosen lines and quantities' }).check();
    await dialog.getByRole('checkbox', { name: `Credit line ${chosen.line}` }).check();
    await textbox(dialog, `Quantity to credit of line ${chosen.line}`).fill(chosen.quantity);
  }
  await dialog.getByRole('button', { name: 'Create draft credit note' }).click();
  await expect(page.getByRole('heading', { name: 'Draft credit note' })).toBeVisible();
}

async function postCreditNote(page: Page) {
  await page.getByRole('button', { name: 'Post credit note' }).click();
  await page
    .getByRole('dialog', { name: 'Post this credit note?' })
    .getByRole('button', { name: 'Post credit note' })
    .click();
}

test('a draft credit note is edited in the document editor; posting refuses over-crediting with its reason', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  // 2 × 100.00 at 19 % = 238.00 and 4 × 25.00 at 7 % = 107.00: 345.00.
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await textbox(form, 'Issue date').fill(INVOICE_DATE);
  await writeLine(form, { description: 'Design', quantity: '2', price: '100.00', rate: '19' });
  await writeLine(form, { description: 'Handbook', quantity: '4', price: '25.00', rate: '7' });
  await expect(form.getByTestId('total-gross')).toHaveText('€345.00');
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: `Invoice ${INVOICE}` })).toBeVisible();

  // Draft A credits everything; then draft B, one Design, is posted first.
  await createCreditNote(page);
  await expect(page.getByTestId('total-gross')).toHaveText('€345.00');
  await page.getByRole('button', { name: 'Back to the invoice' }).click();
  await createCreditNote(page, { line: 1, quantity: '1' });
  await expect(page.getByTestId('total-gross')).toHaveText('€119.00');
  await textbox(editor(page), 'Issue date').fill(CREDIT_DATE);
  await postCreditNote(page);
  await expect(
    page.getByRole('heading', { name: `Credit note CN-${CREDIT_YEAR}-001` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back to the invoice' }).click();
  await expect(page.getByTestId('invoice-balance')).toHaveText('€226.00');

  // Draft A now asks for two Design where one is left: the editor says so at once…
  await creditNotes(page).getByRole('button', { name: 'Draft' }).click();
  const credit = editor(page);
  const overCredit = /Line 1 \(Design\): only 1 of 2 are left to credit; enter 1 or less\./;
  await expect(credit.getByTestId('credit-preview-problem')).toContainText(overCredit);
  await expect(textbox(line(credit, 1), 'Quantity to credit')).toHaveAccessibleDescription(
    'Not credited yet: 1 of 2',
  );
  // … and posting refuses it with the reason, at the top and at the lines; nothing posted.
  await postCreditNote(page);
  const summary = page.getByTestId('document-error-summary');
  await expect(summary).toContainText('Please correct these points; nothing was posted.');
  await expect(summary).toContainText(overCredit);
  await expect(credit.locator('#document-lines')).toContainText(overCredit);
  await expect(page.getByRole('heading', { name: 'Draft credit note' })).toBeVisible();

  // Edited as a user would: one Design; Handbook removed, added back, two of them; a note
  // and its own date.
  await typeNumber(textbox(line(credit, 1), 'Quantity to credit'), '1');
  await line(credit, 2).getByRole('button', { name: 'Remove line' }).click();
  await expect(credit.getByRole('group', { name: /^Line \d+$/ })).toHaveCount(1);
  await combobox(credit, 'Add a line of the invoice').selectOption({
    label: 'invoice line 2: Handbook',
  });
  await expect(textbox(line(credit, 2), 'Quantity to credit')).toHaveValue('4');
  await typeNumber(textbox(line(credit, 2), 'Quantity to credit'), '2');
  await textbox(credit, 'Issue date').fill(CREDIT_DATE);
  await textbox(credit, 'Notes').fill('One day of design and two handbooks returned.');
  await expect(credit.getByTestId('credit-preview-problem')).toHaveCount(0);
  // By hand: 1 × 100.00 + 19 % = 119.00; 2 × 25.00 + 7 % = 53.50; 172.50 in all.
  await expect(credit.getByTestId('total-gross')).toHaveText('€172.50');
  await credit.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();

  await reloadApp(page);
  await expect(page.getByRole('heading', { name: 'Draft credit note' })).toBeVisible();
  await expect(textbox(line(credit, 1), 'Quantity to credit')).toHaveValue('1');
  await expect(line(credit, 2)).toContainText('Handbook');
  await expect(textbox(line(credit, 2), 'Quantity to credit')).toHaveValue('2');
  await expect(textbox(credit, 'Issue date')).toHaveValue(CREDIT_DATE);
  await expect(textbox(credit, 'Notes')).toHaveValue(
    'One day of design and two handbooks returned.',
  );
  await expect(credit.getByTestId('total-gross')).toHaveText('€172.50');

  await postCreditNote(page);
  await expect(
    page.getByRole('heading', { name: `Credit note CN-${CREDIT_YEAR}-002` }),
  ).toBeVisible();
  await expect(page.getByTestId('total-gross')).toHaveText('€172.50');
  await page.getByRole('button', { name: 'Back to the invoice' }).click();
  // 345.00 − 119.00 − 172.50 = 53.50 still owed.
  await expect(page.getByTestId('invoice-balance')).toHaveText('€53.50');
  // Listed in the order they were made: draft A first, now CN-…-002.
  await expect(creditNotes(page).getByRole('row').nth(1)).toContainText(`CN-${CREDIT_YEAR}-002`);
  await expect(creditNotes(page).getByRole('row').nth(1)).toContainText('€172.50');

  // The dashboard's recent documents open credit notes too.
  await openFromMenu(page, 'Dashboard');
  await page
    .getByRole('table', { name: 'Recent documents' })
    .getByRole('button', { name: `Credit note CN-${CREDIT_YEAR}-002` })
    .click();
  await expect(
    page.getByRole('heading', { name: `Credit note CN-${CREDIT_YEAR}-002` }),
  ).toBeVisible();
  expect(problems).toEqual([]);
});
