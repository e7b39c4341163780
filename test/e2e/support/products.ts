import { expect, type Page } from '@playwright/test';
import { combobox, textbox } from './forms';
import { openFromMenu } from './navigation';

/** A product as createProduct types it. */
export type ProductInput = {
  sku: string;
  name: string;
  /** The unit price as typed in the app's locale, e.g. '120.00' (en-GB) or '120,00' (de-DE). */
  unitPrice: string;
  /** A unit code, e.g. 'HUR' for hour; a piece unless given. */
  unit?: string;
  /** The VAT rate as typed, e.g. '19' or '7'; '19' unless given. */
  vatRate?: string;
  /** A VAT category value, e.g. 'standard', 'exempt', 'reverseCharge'. */
  vatCategory?: string;
  exemptionReason?: string;
  description?: string;
};

/** The product editor's form. */
export function productForm(page: Page) {
  return page.getByRole('form', { name: 'Product' });
}

/** Fills the open product editor without saving. */
export async function fillProductForm(page: Page, product: ProductInput): Promise<void> {
  const form = productForm(page);
  await textbox(form, 'Item ID (SKU)').fill(product.sku);
  await textbox(form, 'Product name').fill(product.name);
  if (product.description !== undefined) {
    await textbox(form, 'Description').fill(product.description);
  }
  await textbox(form, 'Unit price').fill(product.unitPrice);
  await combobox(form, 'Unit').selectOption(product.unit ?? 'C62');
  await combobox(form, 'VAT category').selectOption(product.vatCategory ?? 'standard');
  if ((product.vatCategory ?? 'standard') === 'standard') {
    await textbox(form, 'VAT rate').fill(product.vatRate ?? '19');
  }
  if (product.exemptionReason !== undefined) {
    await textbox(form, 'Exemption reason').fill(product.exemptionReason);
  }
}

/**
 * Creates a product through the Products screen as a user would and returns its id once
 * the editor shows the saved product. The company must be set up.
 */
export async function createProduct(page: Page, product: ProductInput): Promise<string> {
  await openFromMenu(page, 'Products');
  await page.getByRole('button', { name: 'New product' }).click();
  await expect(page.getByRole('heading', { name: 'New product' })).toBeVisible();
  await fillProductForm(page, product);
  await productForm(page).getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('heading', { name: product.name, exact: true })).toBeVisible();
  const id = /#\/products\/([^/]+)$/.exec(page.url())?.[1];
  expect(id, 'the editor moved to the saved product').toBeTruthy();
  return decodeURIComponent(id ?? '');
}

/** The table of the product list. */
export function productTable(page: Page) {
  return page.getByRole('table', { name: 'Products' });
}
