import { expect, test } from '@playwright/test';
import {
  checkbox,
  collectPageProblems,
  combobox,
  createProduct,
  expectNotification,
  openFromMenu,
  productForm,
  productTable,
  reloadApp,
  setUpCompany,
  textbox,
} from './support';

test.beforeEach(async ({ page }) => {
  await setUpCompany(page);
});

test('two products created by typing are listed with their prices and kept after a reload', async ({
  page,
}) => {
  const problems = collectPageProblems(page);
  await createProduct(page, {
    sku: 'CONS-01',
    name: 'Consulting',
    unit: 'HUR',
    unitPrice: '1,234.5',
    vatRate: '19',
    description: 'Senior consultant, per hour',
  });
  await expectNotification(page, 'Saved.');
  await createProduct(page, { sku: 'BOOK-7', name: 'Handbook', unitPrice: '24.90', vatRate: '7' });

  await reloadApp(page);
  await openFromMenu(page, 'Products');
  const table = productTable(page);
  await expect(table.getByRole('row', { name: /Consulting/ })).toContainText('€1,234.50');
  await expect(table.getByRole('row', { name: /Consulting/ })).toContainText('hour');
  await expect(table.getByRole('row', { name: /Consulting/ })).toContainText('19 %');
  await expect(table.getByRole('row', { name: /Handbook/ })).toContainText('€24.90');
  await expect(table.getByRole('row', { name: /Handbook/ })).toContainText('7 %');

  await table.getByRole('link', { name: 'Consulting' }).click();
  const form = productForm(page);
  await expect(textbox(form, 'Unit price')).toHaveValue('1,234.50');
  await expect(textbox(form, 'Description')).toHaveValue('Senior consultant, per hour');
  await expect(combobox(form, 'Unit')).toHaveValue('HUR');
  expect(problems).toEqual([]);
});

test('a unit price is typed and shown in the locale of the settings', async ({ page }) => {
  await openFromMenu(page, 'Settings');
  await combobox(page, 'Language and region').selectOption('de-DE');
  await page.getByRole('button', { name: 'Save settings' }).first().click();
  await expectNotification(page, 'Saved.');

  await createProduct(page, { sku: 'W-1', name: 'Wartung', unitPrice: '1.234,5', vatRate: '19' });
  await expect(textbox(productForm(page), 'Unit price')).toHaveValue('1.234,50');
  await openFromMenu(page, 'Products');
  await expect(productTable(page).getByRole('row', { name: /Wartung/ })).toContainText(
    '1.234,50 €',
  );
});

test('an edited product keeps its changes after a reload', async ({ page }) => {
  await createProduct(page, { sku: 'SUP-1', name: 'Support', unitPrice: '80', vatRate: '19' });
  const form = productForm(page);
  await textbox(form, 'Product name').fill('Support package');
  await textbox(form, 'Unit price').fill('95.5');
  await combobox(form, 'VAT category').selectOption('exempt');
  await textbox(form, 'Exemption reason').fill('Exempt under Article 132 VAT Directive');
  await combobox(form, 'Revenue account').selectOption('4100');
  await form.getByRole('button', { name: 'Save' }).first().click();
  await expectNotification(page, 'Saved.');

  await reloadApp(page);
  await expect(textbox(form, 'Product name')).toHaveValue('Support package');
  await expect(textbox(form, 'Unit price')).toHaveValue('95.50');
  await expect(combobox(form, 'VAT category')).toHaveValue('exempt');
  await expect(textbox(form, 'VAT rate')).toHaveValue('0');
  await expect(combobox(form, 'Revenue account')).toHaveValue('4100');
});

test('products are found by the beginning of their name or item ID', async ({ page }) => {
  await createProduct(page, { sku: 'WEB-100', name: 'Website design', unitPrice: '900' });
  await createProduct(page, { sku: 'LOGO-2', name: 'Logo design', unitPrice: '400' });
  await openFromMenu(page, 'Products');
  const search = page.getByRole('searchbox', { name: 'Search products' });
  await search.fill('web');
  await expect(productTable(page).getByRole('link')).toHaveText(['Website design']);
  await search.fill('logo-');
  await expect(productTable(page).getByRole('link')).toHaveText(['Logo design']);
});

test('an archived product leaves the list and comes back with "Show archived"', async ({
  page,
}) => {
  await createProduct(page, { sku: 'OLD-1', name: 'Old service', unitPrice: '10' });
  await productForm(page).getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Archive product' }).click();
  await expectNotification(page, /Old service was archived/);

  await reloadApp(page);
  await openFromMenu(page, 'Products');
  await expect(productTable(page)).toContainText('No products yet');
  await checkbox(page, 'Show archived').check();
  await expect(productTable(page).getByRole('row', { name: /Old service/ })).toContainText(
    'Archived',
  );
  await productTable(page).getByRole('link', { name: 'Old service' }).click();
  await productForm(page).getByRole('button', { name: 'Restore' }).click();
  await expectNotification(page, 'The product is active again.');
});
