import { expect, test, type Locator } from '@playwright/test';
import {
  DEFAULT_COMPANY,
  expectFieldError,
  openFromMenu,
  reloadApp,
  saveSettingsForm,
  settingsForm,
  setUpCompany,
  textbox,
  TINY_PNG,
} from './support';

// Bad input in the settings: each case is refused with its message on its field, keeps
// what was typed, and stores nothing (not even the valid changes made alongside).

test.beforeEach(async ({ page }) => {
  await setUpCompany(page);
  await openFromMenu(page, 'Settings');
});

type BadSettings = {
  name: string;
  change: (form: Locator) => Promise<void>;
  field: (form: Locator) => Locator;
  message: string | RegExp;
};

const bank = (form: Locator) => form.getByRole('group', { name: 'Bank account 1' });
const invoiceSeries = (form: Locator) => form.getByRole('group', { name: 'Invoices' });
const addBankAccount = async (form: Locator, iban: string, bic = '') => {
  await form.getByRole('button', { name: 'Add bank account' }).click();
  await textbox(bank(form), 'IBAN').fill(iban);
  await textbox(bank(form), 'BIC').fill(bic);
};

const badSettings: BadSettings[] = [
  {
    name: 'an empty company name',
    change: (form) => textbox(form, 'Company name').fill(''),
    field: (form) => textbox(form, 'Company name'),
    message: "Enter your company's name.",
  },
  {
    name: 'an IBAN with wrong check digits',
    change: (form) => addBankAccount(form, 'DE88 3704 0044 0532 0130 00'),
    field: (form) => textbox(bank(form), 'IBAN'),
    message: "This IBAN's check digits are wrong; check for a typing error.",
  },
  {
    name: 'a BIC of the wrong length',
    change: (form) => addBankAccount(form, 'DE89 3704 0044 0532 0130 00', 'COBADE'),
    field: (form) => textbox(bank(form), 'BIC'),
    message: /A BIC has 8 or 11 letters and digits/,
  },
  {
    name: 'a number pattern with an unclosed brace',
    change: (form) => textbox(invoiceSeries(form), 'Number pattern').fill('INV-{SEQ'),
    field: (form) => textbox(invoiceSeries(form), 'Number pattern'),
    message: /\{SEQ/,
  },
  {
    name: 'a number pattern without running number',
    change: (form) => textbox(invoiceSeries(form), 'Number pattern').fill('INV-{YYYY}'),
    field: (form) => textbox(invoiceSeries(form), 'Number pattern'),
    message: /\{SEQ/,
  },
  {
    name: 'a next running number of 0',
    change: (form) => textbox(invoiceSeries(form), 'Next running number').fill('0'),
    field: (form) => textbox(invoiceSeries(form), 'Next running number'),
    message: 'The next counter must be a whole number, 1 or more.',
  },
  {
    name: 'a website that is no web address',
    change: (form) => textbox(form, 'Website').fill('my site'),
    field: (form) => textbox(form, 'Website'),
    message: /as a web address like www.example.com/,
  },
  {
    name: 'a company e-mail address without domain',
    change: (form) => textbox(form, 'E-mail').fill('hallo@'),
    field: (form) => textbox(form, 'E-mail'),
    message: 'Enter an e-mail address like name@example.com.',
  },
  {
    name: 'default payment terms of more than a year',
    change: (form) => textbox(form, 'Days').fill('400'),
    field: (form) => textbox(form, 'Days'),
    message: 'The payment period must be between 0 and 365 days.',
  },
  {
    name: 'two accounts with the same code',
    change: async (form) => {
      await form.getByRole('button', { name: 'Add account' }).click();
      const added = form.getByRole('list', { name: 'Accounts' }).getByRole('listitem').last();
      await textbox(added, 'Code').fill('1000');
      await textbox(added, 'Account name').fill('Petty cash');
    },
    field: (form) =>
      textbox(form.getByRole('list', { name: 'Accounts' }).getByRole('listitem').last(), 'Code'),
    message: /1000/,
  },
];

for (const bad of badSettings) {
  test(`the settings refuse ${bad.name}, say why next to the field and save nothing`, async ({
    page,
  }) => {
    const form = settingsForm(page);
    // A valid change alongside the bad one: it must not be saved either.
    await textbox(form, 'Registration number').fill('HRB 999');
    await bad.change(form);
    await saveSettingsForm(page);

    await expectFieldError(bad.field(form), bad.message);
    await expect(form.getByRole('alert')).toContainText(bad.message);
    await expect(textbox(form, 'Registration number')).toHaveValue('HRB 999');

    await reloadApp(page);
    await expect(textbox(form, 'Registration number')).toHaveValue('');
    await expect(textbox(form, 'Company name')).toHaveValue(DEFAULT_COMPANY.name);
    await expect(textbox(invoiceSeries(form), 'Number pattern')).toHaveValue('INV-{YYYY}-{SEQ:4}');
    await expect(form.getByRole('group', { name: /^Bank account/ })).toHaveCount(0);
  });
}

test('a logo larger than 1 MB is refused with a message and not kept', async ({ page }) => {
  const form = settingsForm(page);
  const big = Buffer.concat([TINY_PNG.subarray(0, 8), Buffer.alloc(1024 * 1024 + 10)]);
  await form.getByLabel('Choose logo').setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: big,
  });
  await expectFieldError(form.getByLabel('Choose logo'), /larger than 1 MB/);
  await expect(form.getByRole('img', { name: 'Company logo' })).toHaveCount(0);

  await form.getByLabel('Choose logo').setInputFiles({
    name: 'fake.png',
    mimeType: 'image/png',
    buffer: Buffer.from('GIF89a not a png at all'),
  });
  await expectFieldError(form.getByLabel('Choose logo'), /not a PNG image/);
  await expect(form.getByRole('img', { name: 'Company logo' })).toHaveCount(0);
});

test('a VAT rate listed twice in the account roles is refused and nothing is saved', async ({
  page,
}) => {
  const form = settingsForm(page);
  await form.getByRole('button', { name: 'Add VAT rate' }).click();
  const added = form.getByRole('group', { name: 'VAT rate 3' });
  await textbox(added, 'VAT rate').fill('7');
  await textbox(added, 'VAT rate').blur();
  await saveSettingsForm(page);
  await expectFieldError(
    textbox(added, 'VAT rate'),
    'The rate 7 % is listed twice; keep one row per rate.',
  );

  await reloadApp(page);
  await expect(form.getByRole('group', { name: /^VAT rate \d/ })).toHaveCount(2);
});
