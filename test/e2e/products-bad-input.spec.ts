import { expect, test, type Locator } from '@playwright/test';
import {
  checkbox,
  createProduct,
  expectFieldError,
  fillProductForm,
  openFromMenu,
  productForm,
  productTable,
  reloadApp,
  setUpCompany,
  textbox,
  type ProductInput,
} from './support';

// Bad input in the product editor: each case is refused with its message on its field,
// keeps what was typed, and stores nothing.

test.beforeEach(async ({ page }) => {
  await setUpCompany(page);
});

type BadProduct = {
  name: string;
  product: Partial<ProductInput>;
  /** Extra typing after the form is filled. */
  then?: (form: Locator) => Promise<void>;
  field: (form: Locator) => Locator;
  message: string | RegExp;
};

const good: ProductInput = { sku: 'P-1', name: 'Product', unitPrice: '10', vatRate: '19' };

const badProducts: BadProduct[] = [
  {
    name: 'an empty item ID',
    product: { sku: ' ' },
    field: (form) => textbox(form, 'Item ID (SKU)'),
    message: /Enter an item ID \(SKU\)/,
  },
  {
    name: 'an empty name',
    product: { name: '' },
    field: (form) => textbox(form, 'Product name'),
    message: "Enter the product's name.",
  },
  {
    name: 'a unit price that is not a number',
    product: { unitPrice: 'ten euros' },
    field: (form) => textbox(form, 'Unit price'),
    message: /'ten euros'/,
  },
  {
    name: 'a negative unit price',
    product: { unitPrice: '-5' },
    field: (form) => textbox(form, 'Unit price'),
    message: /is negative/,
  },
  {
    name: 'a unit price with more than 6 decimals',
    product: { unitPrice: '0.1234567' },
    field: (form) => textbox(form, 'Unit price'),
    message: /at most 6 are allowed/,
  },
  {
    name: 'an ambiguous unit price',
    product: { unitPrice: '1,23' },
    field: (form) => textbox(form, 'Unit price'),
    message: /1,23/,
  },
  {
    name: 'a VAT rate with three decimals',
    product: { vatRate: '19.999' },
    field: (form) => textbox(form, 'VAT rate'),
    message: /at most 2 are allowed/,
  },
  {
    name: 'a standard rate of 0 %',
    product: { vatRate: '0' },
    field: (form) => textbox(form, 'VAT rate'),
    message: /need a VAT rate above 0 %/,
  },
  {
    name: 'a VAT rate of 100 % or more',
    product: { vatRate: '120' },
    field: (form) => textbox(form, 'VAT rate'),
    message: /between 0 and 99.99 %/,
  },
  {
    name: 'an exempt product without a reason',
    product: { vatCategory: 'exempt' },
    field: (form) => textbox(form, 'Exemption reason'),
    message: /need the reason for the exemption/,
  },
];

for (const bad of badProducts) {
  test(`the product editor refuses ${bad.name}, says why next to the field and saves nothing`, async ({
    page,
  }) => {
    await openFromMenu(page, 'Products');
    await page.getByRole('button', { name: 'New product' }).click();
    await fillProductForm(page, { ...good, ...bad.product });
    const form = productForm(page);
    await bad.then?.(form);
    await form.getByRole('button', { name: 'Save' }).first().click();

    await expectFieldError(bad.field(form), bad.message);
    await expect(form.getByRole('alert')).toContainText(bad.message);
    await expect(page.getByRole('heading', { name: 'New product' })).toBeVisible();
    await expect(textbox(form, 'Unit price')).toHaveValue(bad.product.unitPrice ?? '10.00');

    await reloadApp(page);
    await openFromMenu(page, 'Products');
    await checkbox(page, 'Show archived').check();
    await expect(productTable(page)).toContainText('No products yet');
  });
}

test('an item ID another product has is refused, and only the first product is stored', async ({
  page,
}) => {
  await createProduct(page, { sku: 'DUP-1', name: 'First', unitPrice: '1' });
  await openFromMenu(page, 'Products');
  await page.getByRole('button', { name: 'New product' }).click();
  await fillProductForm(page, { sku: 'dup-1', name: 'Second', unitPrice: '2' });
  await productForm(page).getByRole('button', { name: 'Save' }).first().click();
  await expectFieldError(textbox(productForm(page), 'Item ID (SKU)'), /already used by First/);

  await reloadApp(page);
  await openFromMenu(page, 'Products');
  await expect(productTable(page).getByRole('link')).toHaveText(['First']);
});

test('pressing Enter on an unreadable price refuses the save and keeps the stored price', async ({
  page,
}) => {
  await createProduct(page, { sku: 'SUP-2', name: 'Hosting', unitPrice: '80', vatRate: '19' });
  const form = productForm(page);
  await textbox(form, 'Product name').fill('Hosting plus');
  await textbox(form, 'Unit price').fill('8O');
  await textbox(form, 'Unit price').press('Enter');
  await expectFieldError(textbox(form, 'Unit price'), /'8O'/);
  await expect(textbox(form, 'Unit price')).toHaveValue('8O');
  await expect(textbox(form, 'Product name')).toHaveValue('Hosting plus');

  await reloadApp(page);
  await expect(textbox(form, 'Product name')).toHaveValue('Hosting');
  await expect(textbox(form, 'Unit price')).toHaveValue('80.00');
});
