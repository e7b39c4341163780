import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  chooseCustomer,
  combobox,
  createCustomer,
  expectFieldError,
  line,
  lineCount,
  openFromMenu,
  reloadApp,
  setUpCompany,
  startInvoice,
  textbox,
  typeNumber,
  writeLine,
} from './support';

// Bad input in the invoice editor, table-driven: for each field of the document (header)
// and of a line, a new invoice with a customer and one good line gets one bad value; Save
// draft is refused with the message next to that field and in the summary at the top, what
// was typed stays, and once the editor is left there is still no invoice, nor after a reload
// at the end of the table.
//
// The company and the customer are set up once per worker and all cases use them on one page
// (its IndexedDB keeps any invoice a case might have saved, which is what the last test
// reloads to look for). The cases run in order but are not serial: after a failed case
// Playwright starts a new worker, which sets up again, so the remaining cases still run and
// report on their own.
test.describe.configure({ mode: 'default' });

type BadInput = {
  name: string;
  /** Types the bad value into the editor (a customer is chosen, line 1 is a good line). */
  enter: (form: Locator) => Promise<void>;
  /** The field that must show the message. */
  field: (form: Locator) => Locator;
  message: string | RegExp;
  /** The case is about the customer: none is chosen. */
  withoutCustomer?: boolean;
};

const firstLine = (form: Locator) => line(form, 1);
const lineField = (label: string) => (form: Locator) => textbox(firstLine(form), label);
const daysField = (form: Locator) => textbox(form, 'Days');

/** Adds a discount on the whole document, as a percentage with its reason. */
async function addDocumentDiscount(form: Locator, reason: string, percent: string) {
  await form.getByRole('button', { name: 'Add discount' }).click();
  const discount = form.getByRole('group', { name: 'Discount 1' });
  await textbox(discount, 'Reason').fill(reason);
  await typeNumber(textbox(discount, 'Percentage'), percent);
}

const badHeaders: BadInput[] = [
  {
    name: 'no customer',
    withoutCustomer: true,
    enter: async () => undefined,
    field: (form) => form.getByRole('combobox', { name: 'Customer', exact: true }),
    message: 'Choose a customer.',
  },
  {
    name: 'a due date before the issue date',
    enter: async (form) => {
      await textbox(form, 'Issue date').fill('2026-03-10');
      await textbox(form, 'Due date').fill('2026-03-01');
    },
    field: (form) => textbox(form, 'Due date'),
    message: 'The due date cannot be before the issue date.',
  },
  {
    name: 'payment days that are not a number',
    enter: (form) => typeNumber(daysField(form), 'two weeks'),
    field: daysField,
    message: /“two weeks” is not a number of days/,
  },
  {
    name: 'no payment days',
    enter: (form) => typeNumber(daysField(form), ''),
    field: daysField,
    message: 'Enter the number of days, such as 14 or 30.',
  },
  {
    name: 'payment days beyond a year',
    enter: (form) => typeNumber(daysField(form), '400'),
    field: daysField,
    message: /between 0 and 365 days/,
  },
  {
    name: 'a customer reference of more than 200 characters',
    enter: (form) => textbox(form, 'Customer reference').fill('R'.repeat(201)),
    field: (form) => textbox(form, 'Customer reference'),
    message: /at most 200 characters/,
  },
  {
    name: 'notes of more than 5,000 characters',
    enter: (form) => textbox(form, 'Notes').fill('n'.repeat(5001)),
    field: (form) => textbox(form, 'Notes'),
    message: /at most 5000 characters/,
  },
  {
    name: 'a footer of more than 2,000 characters',
    enter: (form) => textbox(form, 'Footer').fill('f'.repeat(2001)),
    field: (form) => textbox(form, 'Footer'),
    message: /at most 2000 characters/,
  },
  {
    name: 'a document discount without a reason',
    enter: (form) => addDocumentDiscount(form, '', '5'),
    field: (form) => textbox(form.getByRole('group', { name: 'Discount 1' }), 'Reason'),
    message: /Enter the reason for the discount or charge/,
  },
  {
    name: 'a document charge without a reason',
    enter: async (form) => {
      await form.getByRole('button', { name: 'Add charge' }).click();
      // A charge starts as an amount (a discount as a percentage).
      await typeNumber(textbox(form.getByRole('group', { name: 'Charge 1' }), 'Amount'), '5.00');
    },
    field: (form) => textbox(form.getByRole('group', { name: 'Charge 1' }), 'Reason'),
    message: /Enter the reason for the discount or charge/,
  },
  {
    name: 'a document discount of more than 100 %',
    enter: (form) => addDocumentDiscount(form, 'Loyalty', '150'),
    field: (form) => textbox(form.getByRole('group', { name: 'Discount 1' }), 'Percentage'),
    message: /between 0 and 100/,
  },
];

const badLines: BadInput[] = [
  {
    name: 'a line without a description',
    enter: (form) => lineField('Description')(form).fill(''),
    field: lineField('Description'),
    message: 'Enter a description of what the line is for.',
  },
  {
    name: 'a description of more than 2,000 characters',
    enter: (form) => lineField('Description')(form).fill('d'.repeat(2001)),
    field: lineField('Description'),
    message: /at most 2000 characters/,
  },
  {
    name: 'a quantity that is not a number',
    enter: (form) => typeNumber(lineField('Quantity')(form), 'two'),
    field: lineField('Quantity'),
    message: /'two' is not a number/,
  },
  {
    name: 'a quantity with more than 6 decimals',
    enter: (form) => typeNumber(lineField('Quantity')(form), '1.1234567'),
    field: lineField('Quantity'),
    message: /at most 6 are allowed/,
  },
  {
    name: 'a unit price that is not a number',
    enter: (form) => typeNumber(lineField('Unit price')(form), 'ten'),
    field: lineField('Unit price'),
    message: /'ten' is not a number/,
  },
  {
    name: 'a negative unit price',
    enter: (form) => typeNumber(lineField('Unit price')(form), '-5'),
    field: lineField('Unit price'),
    message: /'-5' is negative/,
  },
  {
    name: 'a line that comes to more than the app can hold',
    enter: async (form) => {
      await typeNumber(lineField('Quantity')(form), '999999999');
      await typeNumber(lineField('Unit price')(form), '999999999');
    },
    field: lineField('Quantity'),
    message: /comes to more than Invoicer can handle/,
  },
  {
    name: 'a standard-rate line at 0 %',
    enter: (form) => typeNumber(lineField('VAT rate')(form), '0'),
    field: lineField('VAT rate'),
    message: /Standard-rated lines need a VAT rate above 0 %/,
  },
  {
    name: 'a VAT rate of 100 % or more',
    enter: (form) => typeNumber(lineField('VAT rate')(form), '120'),
    field: lineField('VAT rate'),
    message: /between 0 and 99.99 %/,
  },
  {
    name: 'an exempt line without the reason',
    enter: async (form) => {
      await combobox(firstLine(form), 'VAT category').selectOption('exempt');
    },
    field: lineField('Exemption reason'),
    message: /reason for the exemption/,
  },
  {
    name: 'a line discount of more than 100 %',
    enter: async (form) => {
      await combobox(firstLine(form), 'Discount').selectOption('percent');
      await typeNumber(lineField('Discount %')(form), '150');
    },
    field: lineField('Discount %'),
    message: /between 0 and 100/,
  },
];

async function expectNoInvoices(page: Page): Promise<void> {
  await openFromMenu(page, 'Invoices');
  await expect(page.getByRole('table', { name: 'Invoices' })).toContainText('No invoices match.');
}

let page: Page;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  page = await browser.newPage();
  await setUpCompany(page);
  await createCustomer(page, { name: 'Acme Ltd' });
});

test.afterAll(async () => {
  await page.close();
});

for (const [part, cases] of [
  ['header', badHeaders],
  ['line', badLines],
] as const) {
  for (const bad of cases) {
    test(`the invoice editor (${part}) refuses ${bad.name} at its field and saves nothing`, async () => {
      const form = await startInvoice(page);
      // A new editor, not the last case's: no customer and no lines yet.
      await expect(form.getByRole('combobox', { name: 'Customer', exact: true })).toHaveValue('');
      expect(await lineCount(form)).toBe(0);
      if (!bad.withoutCustomer) await chooseCustomer(form, 'Acme Ltd');
      await writeLine(form);
      await bad.enter(form);
      await form.getByRole('button', { name: 'Save draft' }).click();

      await expectFieldError(bad.field(form), bad.message);
      await expect(page.getByTestId('document-error-summary')).toContainText(bad.message);
      await expect(page).toHaveURL(/#\/invoices\/new$/);
      // What was typed elsewhere is still there.
      await expect(textbox(firstLine(form), 'Unit price')).not.toHaveValue('');

      // Leaving the unsaved editor keeps nothing.
      await page.getByRole('button', { name: '← Invoices' }).click();
      await expectNoInvoices(page);
    });
  }
}

test('after every refused draft, a reload shows that no invoice was saved', async () => {
  await reloadApp(page);
  await expectNoInvoices(page);
});
