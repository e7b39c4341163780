import { expect, test, type Page } from '@playwright/test';
import {
  chooseCustomer,
  collectPageProblems,
  createCustomer,
  postFromEditor,
  setUpCompany,
  startInvoice,
  textbox,
  writeLine,
} from './support';

// Corrections of a posted invoice as a user makes them: a credit note of everything, one of
// chosen lines and quantities, and "Cancel invoice" in one step.

const YEAR = new Date().getFullYear();

function creditNotes(page: Page) {
  return page.getByRole('region', { name: 'Credit notes' });
}

async function setUp(page: Page): Promise<void> {
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
}

/** Posts the draft credit note that is open and returns to its invoice. */
async function postCreditNoteAndGoBack(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Draft credit note' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: new RegExp(`Corrects invoice INV-${YEAR}-0001`) }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Post credit note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Post this credit note?' });
  await dialog.getByRole('button', { name: 'Post credit note' }).click();
  await expect(page.getByRole('heading', { name: `Credit note CN-${YEAR}-001` })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the invoice' }).click();
  await expect(page.getByRole('heading', { name: `Invoice INV-${YEAR}-0001` })).toBeVisible();
}

test('a credit note of everything cancels an open invoice', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await setUp(page);
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await writeLine(form, { quantity: '1', price: '100.00', rate: '19' });
  await postFromEditor(page);
  await expect(page.getByTestId('invoice-balance')).toHaveText('€119.00');

  await creditNotes(page).getByRole('button', { name: 'Create credit note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a credit note' });
  await expect(dialog.getByRole('radio', { name: 'Everything not credited yet' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create draft credit note' }).click();
  await postCreditNoteAndGoBack(page);

  await expect(page.locator('[data-status="cancelled"]').first()).toHaveText('Cancelled');
  await expect(page.getByTestId('invoice-balance')).toHaveText('€0.00');
  const row = creditNotes(page).getByRole('row').nth(1);
  await expect(row).toContainText('€119.00');
  await expect(row.getByRole('button')).toHaveText(`CN-${YEAR}-001`);
  await expect(creditNotes(page).getByRole('button', { name: 'Create credit note' })).toHaveCount(
    0,
  );
  expect(problems).toEqual([]);
});

test('a credit note of two lines with chosen quantities reduces the balance by the hand-computed amount', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await setUp(page);
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  // 2 × 100.00 at 19 % → 200.00; 4 × 25.00 at 7 % → 100.00; 1 × 50.00 at 19 % → 50.00.
  // VAT 19 % of 250.00 = 47.50, 7 % of 100.00 = 7.00; gross 404.50.
  await writeLine(form, { description: 'Design', quantity: '2', price: '100.00', rate: '19' });
  await writeLine(form, { description: 'Handbook', quantity: '4', price: '25.00', rate: '7' });
  await writeLine(form, { description: 'Travel', quantity: '1', price: '50.00', rate: '19' });
  await expect(form.getByTestId('total-gross')).toHaveText('€404.50');
  await postFromEditor(page);
  await expect(page.getByTestId('invoice-balance')).toHaveText('€404.50');

  await creditNotes(page).getByRole('button', { name: 'Create credit note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a credit note' });
  await dialog.getByRole('radio', { name: 'Chosen lines and quantities' }).check();
  await dialog.getByRole('checkbox', { name: 'Credit line 1' }).check();
  await textbox(dialog, 'Quantity to credit of line 1').fill('1');
  await dialog.getByRole('checkbox', { name: 'Credit line 2' }).check();
  await textbox(dialog, 'Quantity to credit of line 2').fill('2');
  await dialog.getByRole('button', { name: 'Create draft credit note' }).click();
  // By hand: 1 × 100.00 + 19 % = 119.00; 2 × 25.00 + 7 % = 53.50; credit 172.50.
  await expect(page.getByTestId('total-gross')).toHaveText('€172.50');
  await postCreditNoteAndGoBack(page);

  // 404.50 − 172.50 = 232.00 left; the invoice stays open and can no longer be cancelled.
  await expect(page.getByTestId('invoice-balance')).toHaveText('€232.00');
  await expect(page.locator('[data-status="open"]').first()).toHaveText('Open');
  await expect(creditNotes(page).getByRole('row').nth(1)).toContainText(`CN-${YEAR}-001`);
  await expect(creditNotes(page).getByRole('row').nth(1)).toContainText('€172.50');
  await expect(creditNotes(page).getByRole('button', { name: 'Cancel invoice' })).toHaveCount(0);

  // What is left of line 1 is offered next time: 1 of 2.
  await creditNotes(page).getByRole('button', { name: 'Create credit note' }).click();
  const again = page.getByRole('dialog', { name: 'Create a credit note' });
  await again.getByRole('radio', { name: 'Chosen lines and quantities' }).check();
  await again.getByRole('checkbox', { name: 'Credit line 1' }).check();
  await expect(textbox(again, 'Quantity to credit of line 1')).toHaveValue('1');
  await again.getByRole('button', { name: 'Cancel' }).click();
  expect(problems).toEqual([]);
});

test('"Cancel invoice" asks first, then posts a full credit note and the invoice is cancelled', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await setUp(page);
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await writeLine(form, { quantity: '1', price: '100.00', rate: '19' });
  await postFromEditor(page);

  await creditNotes(page).getByRole('button', { name: 'Cancel invoice' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this invoice?' });
  await expect(dialog).toContainText('€119.00');
  await dialog.getByRole('button', { name: 'Cancel invoice' }).click();
  await expect(page.locator('[data-status="cancelled"]').first()).toHaveText('Cancelled');
  await expect(page.getByTestId('invoice-balance')).toHaveText('€0.00');
  await expect(creditNotes(page).getByRole('row').nth(1)).toContainText('€119.00');
  await expect(page.getByRole('region', { name: 'Payments' }).getByRole('button')).toHaveCount(0);
  expect(problems).toEqual([]);
});
