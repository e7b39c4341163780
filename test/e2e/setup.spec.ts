import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  collectPageProblems,
  expectNotification,
  openFromMenu,
  expectFieldError,
  fillSetupForm,
  reloadApp,
  setUpCompany,
  setupForm,
  textbox,
} from './support';

test('a new user sets up the company on the first-run screen and it stays set up after a reload', async ({
  page,
}) => {
  const problems = collectPageProblems(page);
  await setUpCompany(page, { name: 'Atelier Blau', locale: 'de-DE', currency: 'EUR' });
  await expect(page.getByRole('heading', { name: 'Set up Invoicer' })).toHaveCount(0);

  await reloadApp(page);
  await openFromMenu(page, 'Settings');
  await expect(textbox(page, 'Company name')).toHaveValue('Atelier Blau');
  expect(problems).toEqual([]);
});

test('the VAT ID and tax number given in the setup are the company’s in Settings', async ({
  page,
}) => {
  await setUpCompany(page, { vatId: 'de 123 456 789', taxId: '30/123/45678' });
  await openFromMenu(page, 'Settings');
  await expect(textbox(page, 'VAT ID')).toHaveValue('DE123456789');
  await expect(textbox(page, 'Tax number')).toHaveValue('30/123/45678');
  // Redoing the setup shows them again.
  await page.getByRole('button', { name: 'Run the setup again' }).click();
  await expect(textbox(setupForm(page), 'VAT ID')).toHaveValue('DE123456789');
  await expect(textbox(setupForm(page), 'Tax number')).toHaveValue('30/123/45678');
});

test('the first invoice number shows the number the first invoice will get', async ({ page }) => {
  await page.goto('/');
  const form = setupForm(page);
  const year = new Date().getFullYear();
  await expect(
    form.getByText(`Your first invoice will be numbered INV-${year}-0001.`),
  ).toBeVisible();
  await textbox(form, 'First invoice number').fill('57');
  await textbox(form, 'First invoice number').blur();
  await expect(
    form.getByText(`Your first invoice will be numbered INV-${year}-0057.`),
  ).toBeVisible();
});

test('a small business exempt from VAT gives its exemption note', async ({ page }) => {
  await setUpCompany(page, {
    smallBusinessExempt: { note: 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.' },
  });
  await openFromMenu(page, 'Settings');
  await expect(
    page.getByRole('radio', { name: 'I am a small business exempt from VAT' }),
  ).toBeChecked();
  await expect(textbox(page, 'Exemption note')).toHaveValue(
    'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.',
  );
});

test('exploring with demo data opens the app on a sample company', async ({ page }) => {
  const problems = collectPageProblems(page);
  await page.goto('/');
  await setupForm(page).getByRole('button', { name: 'Explore with demo data' }).click();
  await expectNotification(page, 'The demo company is ready to explore.');
  await openFromMenu(page, 'Customers');
  await expect(page.getByRole('table', { name: 'Customers' }).getByRole('link')).not.toHaveCount(0);
  await openFromMenu(page, 'Products');
  await expect(page.getByRole('table', { name: 'Products' }).getByRole('link')).not.toHaveCount(0);
  expect(problems).toEqual([]);
});

type BadSetup = {
  name: string;
  change: (page: Page) => Promise<void>;
  field: (page: Page) => Locator;
  message: RegExp;
};

const badSetups: BadSetup[] = [
  {
    name: 'an empty company name',
    change: (page) => textbox(setupForm(page), 'Company name').fill('   '),
    field: (page) => textbox(setupForm(page), 'Company name'),
    message: /Enter your company's name/,
  },
  {
    name: 'an address without street',
    change: (page) =>
      textbox(
        setupForm(page).getByRole('group', { name: 'Company address' }),
        'Street and number',
      ).fill(''),
    field: (page) =>
      textbox(setupForm(page).getByRole('group', { name: 'Company address' }), 'Street and number'),
    message: /Enter the street and house number/,
  },
  {
    name: 'an address without town',
    change: (page) =>
      textbox(setupForm(page).getByRole('group', { name: 'Company address' }), 'Town or city').fill(
        '',
      ),
    field: (page) =>
      textbox(setupForm(page).getByRole('group', { name: 'Company address' }), 'Town or city'),
    message: /Enter the town or city/,
  },
  {
    name: 'a first invoice number with decimals',
    change: (page) => textbox(setupForm(page), 'First invoice number').fill('1.5'),
    field: (page) => textbox(setupForm(page), 'First invoice number'),
    message: /only whole numbers are allowed/,
  },
  {
    name: 'a first invoice number of zero',
    change: (page) => textbox(setupForm(page), 'First invoice number').fill('0'),
    field: (page) => textbox(setupForm(page), 'First invoice number'),
    message: /must be a whole number, 1 or more/,
  },
  {
    name: 'a first invoice number that is not a number',
    change: (page) => textbox(setupForm(page), 'First invoice number').fill('one'),
    field: (page) => textbox(setupForm(page), 'First invoice number'),
    message: /'one'/,
  },
  {
    name: 'an empty exemption note',
    change: async (page) => {
      await setupForm(page)
        .getByRole('radio', { name: 'I am a small business exempt from VAT' })
        .check();
      await textbox(setupForm(page), 'Exemption note').fill('');
    },
    field: (page) => textbox(setupForm(page), 'Exemption note'),
    message: /Enter the exemption note/,
  },
  {
    name: 'a VAT ID without country prefix',
    change: (page) => textbox(setupForm(page), 'VAT ID').fill('123456789'),
    field: (page) => textbox(setupForm(page), 'VAT ID'),
    message: /Enter the VAT ID with its country prefix/,
  },
  {
    name: 'an empty first invoice number',
    change: (page) => textbox(setupForm(page), 'First invoice number').fill(''),
    field: (page) => textbox(setupForm(page), 'First invoice number'),
    message: /must be a whole number, 1 or more/,
  },
];

for (const bad of badSetups) {
  test(`setup refuses ${bad.name}, says why next to the field and saves nothing`, async ({
    page,
  }) => {
    await page.goto('/');
    await fillSetupForm(page);
    await bad.change(page);
    await setupForm(page).getByRole('button', { name: 'Start using Invoicer' }).click();

    await expectFieldError(bad.field(page), bad.message);
    await expect(page.getByRole('alert').filter({ hasText: bad.message })).toBeVisible();
    // What was typed is still there.
    await expect(textbox(setupForm(page), 'Company name')).not.toHaveValue('');

    // Nothing was stored: after a reload the app still asks for the setup.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Set up Invoicer' })).toBeVisible();
    await expect(textbox(setupForm(page), 'Company name')).toHaveValue('');
  });
}
