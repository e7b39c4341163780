import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  chooseCustomer,
  createCustomer,
  postFromEditor,
  reloadApp,
  setUpCompany,
  startInvoice,
  textbox,
  typeNumber,
  writeLine,
} from './support';
import {
  BAD_TEXT_ENTRIES,
  expectRefusedInDialog,
  type BadMoneyEntry,
} from './support/moneyDialogs';

// Bad input in the "Register refund" dialog: each case is refused with its message on its
// field, the dialog stays open with what was typed, and nothing is recorded: once cancelled
// the invoice has no refund and the whole €119.00 is still owed back, and after a reload at
// the end of the table that is still so. The amount starts at the full refund owed, so an
// unreadable amount must not fall back to it and pay it back.
//
// The invoice is made once per worker and all cases use it on one page (its IndexedDB keeps
// what any case might have recorded, which is what the last test reloads to look at). The
// cases run in order but are not serial: after a failed case Playwright starts a new worker,
// which makes the invoice again, so the remaining cases still run and report on their own.
test.describe.configure({ mode: 'default' });

const YEAR = new Date().getFullYear();

let page: Page;

/** A paid invoice of €119.00, then cancelled: €119.00 is owed back to the customer. */
test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  page = await browser.newPage();
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await writeLine(form, { quantity: '1', price: '100.00', rate: '19' });
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: `Invoice INV-${YEAR}-0001` })).toBeVisible();
  await payments(page).getByRole('button', { name: 'Mark as paid' }).click();
  const paid = page.getByRole('dialog', { name: 'Mark this invoice as paid?' });
  await paid.getByRole('button', { name: 'Mark as paid' }).click();
  await expect(page.getByTestId('invoice-balance')).toHaveText('€0.00');
  const notes = page.getByRole('region', { name: 'Credit notes' });
  await notes.getByRole('button', { name: 'Cancel invoice' }).click();
  const cancel = page.getByRole('dialog', { name: 'Cancel this invoice?' });
  await cancel.getByRole('button', { name: 'Cancel invoice' }).click();
  await expectNothingRefunded(page);
});

test.afterAll(async () => {
  await page.close();
});

function payments(page: Page) {
  return page.getByRole('region', { name: 'Payments' });
}

function refundOwed(page: Page) {
  return page.getByRole('region', { name: 'Refund owed' });
}

async function expectNothingRefunded(page: Page): Promise<void> {
  await expect(page.locator('[data-status="cancelled"]').first()).toHaveText('Cancelled');
  await expect(page.getByTestId('invoice-balance')).toHaveText('-€119.00');
  await expect(refundOwed(page).getByTestId('refund-owed')).toHaveText('Refund owed: €119.00');
  await expect(payments(page).getByRole('row', { name: /Refund/ })).toHaveCount(0);
}

const amount = (dialog: Locator) => textbox(dialog, 'Refund amount');
const date = (dialog: Locator) => textbox(dialog, 'Refund date');
const typeAmount = (text: string) => (dialog: Locator) => typeNumber(amount(dialog), text);

const badRefunds: BadMoneyEntry[] = [
  {
    // Typed and then straight to "Record refund": the click's blur is what reads the text.
    name: "the unreadable amount '20,00x', with the full refund owed read before it",
    fill: (dialog) => amount(dialog).fill('20,00x'),
    field: amount,
    message: /'20,00x' is not a number\. Type digits with the separators of en-GB/,
  },
  {
    name: 'an amount in letters',
    fill: typeAmount('ten euros'),
    field: amount,
    message: /'ten euros' is not a number\. Type digits with the separators of en-GB/,
  },
  {
    name: 'a negative amount',
    fill: typeAmount('-5'),
    field: amount,
    message: /'-5' is negative\./,
  },
  {
    name: 'an empty amount',
    fill: typeAmount(''),
    field: amount,
    message: 'Enter the amount paid back to the customer.',
  },
  {
    name: 'an amount of zero',
    fill: typeAmount('0.00'),
    field: amount,
    message: 'The refund amount must be above zero; enter an amount of at most €119.00.',
  },
  {
    name: 'more than is owed back',
    fill: typeAmount('150.00'),
    field: amount,
    message:
      'The refund amount €150.00 is above the refund owed of €119.00; enter at most €119.00.',
  },
  {
    name: 'no refund date',
    fill: (dialog) => date(dialog).fill(''),
    field: date,
    message: 'Enter the date the money was paid back.',
  },
  ...BAD_TEXT_ENTRIES,
];

for (const bad of badRefunds) {
  test(`the refund dialog refuses ${bad.name}, says why next to the field and records nothing`, async () => {
    await refundOwed(page).getByRole('button', { name: 'Register refund' }).click();
    const dialog = page.getByRole('dialog', { name: 'Register refund' });
    // A new dialog, not the last case's: the amount starts at the full refund owed again.
    await expect(amount(dialog)).toHaveValue('119.00');
    await expectRefusedInDialog(dialog, bad, { submit: 'Record refund', reference: 'RF-4711' });

    await expectNothingRefunded(page);
  });
}

test('after every refused refund, a reload shows the whole €119.00 still owed back', async () => {
  await reloadApp(page);
  await expectNothingRefunded(page);
});
