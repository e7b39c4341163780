import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  checkbox,
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

// Bad input in the "Register payment" dialog: each case is refused with its message on its
// field, the dialog stays open with what was typed, and nothing is recorded: once cancelled
// the invoice has no payments and its whole balance is still owed, and after a reload at the
// end of the table that is still so.
//
// The invoice is made once per worker and all cases use it on one page (its IndexedDB keeps
// what any case might have recorded, which is what the last test reloads to look at). The
// cases run in order but are not serial: after a failed case Playwright starts a new worker,
// which makes the invoice again, so the remaining cases still run and report on their own.
test.describe.configure({ mode: 'default' });

const YEAR = new Date().getFullYear();

let page: Page;

/** An open invoice of €119.00 that takes partial payments of at least €50.00. */
test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  page = await browser.newPage();
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Acme Ltd');
  await writeLine(form, { quantity: '1', price: '100.00', rate: '19' });
  await checkbox(form, 'Allow partial payments').check();
  await typeNumber(textbox(form, 'Minimum partial amount'), '50.00');
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: `Invoice INV-${YEAR}-0001` })).toBeVisible();
  await expectNothingRecorded(page);
});

test.afterAll(async () => {
  await page.close();
});

function payments(page: Page) {
  return page.getByRole('region', { name: 'Payments' });
}

/** The invoice as the beforeAll left it: open, no payments, €119.00 owed. */
async function expectNothingRecorded(page: Page): Promise<void> {
  await expect(payments(page)).toContainText('No payments recorded yet.');
  await expect(page.getByTestId('invoice-balance')).toHaveText('€119.00');
  await expect(page.locator('[data-status="open"]').first()).toHaveText('Open');
}

const amount = (dialog: Locator) => textbox(dialog, 'Amount');
const date = (dialog: Locator) => textbox(dialog, 'Payment date');
const typeAmount = (text: string) => (dialog: Locator) => typeNumber(amount(dialog), text);

const badPayments: BadMoneyEntry[] = [
  {
    name: 'an empty amount',
    fill: typeAmount(''),
    field: amount,
    message: 'Enter the amount received.',
  },
  {
    name: 'an amount in letters',
    fill: typeAmount('ten euros'),
    field: amount,
    message: /'ten euros' is not a number\. Type digits with the separators of en-GB/,
  },
  {
    name: "the ambiguous amount '1,234.5,6'",
    fill: typeAmount('1,234.5,6'),
    field: amount,
    message: /'1,234\.5,6' has a thousands separator among the decimals/,
  },
  {
    name: 'an amount with three decimals',
    fill: typeAmount('12.345'),
    field: amount,
    message: /EUR amounts have at most 2 decimals, but '12\.345' has 3/,
  },
  {
    name: 'a negative amount',
    fill: typeAmount('-20.00'),
    field: amount,
    message: 'Enter an amount above zero.',
  },
  {
    name: 'an amount of zero',
    fill: typeAmount('0.00'),
    field: amount,
    message: 'Enter an amount above zero.',
  },
  {
    name: 'more than the balance while the excess is not kept as credit',
    fill: typeAmount('150.00'),
    field: amount,
    message:
      'The payment amount €150.00 is above the balance of €119.00; enter at most €119.00, or keep the excess of €31.00 as customer credit.',
  },
  {
    name: 'less than the minimum partial amount',
    fill: typeAmount('20.00'),
    field: amount,
    message:
      "The payment amount €20.00 is below this invoice's minimum partial payment of €50.00; enter at least €50.00, or the full balance of €119.00.",
  },
  {
    name: 'no payment date',
    fill: (dialog) => date(dialog).fill(''),
    field: date,
    message: 'Enter the date the payment was received.',
  },
  {
    name: 'a date that does not exist, typed (30 February)',
    fill: async (dialog) => {
      // The browser's date input takes the parts in its own order (en-US: month, day, year)
      // and hands over nothing for a date that does not exist.
      await date(dialog).fill('');
      await date(dialog).click();
      await date(dialog).pressSequentially('02302025');
      await expect(date(dialog)).toHaveValue('');
    },
    field: date,
    message: 'Enter the date the payment was received.',
  },
  ...BAD_TEXT_ENTRIES,
];

for (const bad of badPayments) {
  test(`the payment dialog refuses ${bad.name}, says why next to the field and records nothing`, async () => {
    await payments(page).getByRole('button', { name: 'Register payment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Register payment' });
    // A new dialog, not the last case's: the amount starts at the balance again.
    await expect(amount(dialog)).toHaveValue('119.00');
    await expectRefusedInDialog(dialog, bad, {
      submit: 'Record payment',
      reference: 'Transfer 4711',
    });

    await expectNothingRecorded(page);
  });
}

test('after every refused payment, a reload shows the invoice still open with no payments', async () => {
  await reloadApp(page);
  await expectNothingRecorded(page);
});
