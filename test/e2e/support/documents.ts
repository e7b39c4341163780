import { expect, type Locator, type Page } from '@playwright/test';
import { textbox } from './forms';
import { openFromMenu } from './navigation';

// Steps in the invoice and quote editor, as a user takes them: open a new document, pick the
// customer, add lines from the catalogue or written in, and post.

/** Opens a new invoice (or quote) from its list and returns the editor's form. */
export async function startDocument(
  page: Page,
  kind: 'invoice' | 'quote' = 'invoice',
): Promise<Locator> {
  const menu = kind === 'invoice' ? 'Invoices' : 'Quotes';
  const noun = kind === 'invoice' ? 'invoice' : 'quote';
  await openFromMenu(page, menu);
  await page.getByRole('button', { name: `New ${noun}` }).click();
  await expect(page.getByRole('heading', { name: `New ${noun}` })).toBeVisible();
  return page.getByRole('form', { name: kind === 'invoice' ? 'Invoice' : 'Quote' });
}

/** Opens a new invoice from the invoice list and returns the editor's form. */
export function startInvoice(page: Page): Promise<Locator> {
  return startDocument(page, 'invoice');
}

/** Picks the customer by typing the beginning of its name; waits for its address. */
export async function chooseCustomer(form: Locator, name: string): Promise<void> {
  await form.getByRole('combobox', { name: 'Customer', exact: true }).fill(name.slice(0, 3));
  await form
    .page()
    .getByRole('option', { name: new RegExp(name) })
    .click();
  await expect(form.getByText('Billing address')).toBeVisible();
}

/** Types a number and leaves the field, which is when the app reads it. */
export async function typeNumber(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Tab');
}

/** The line with this number (from 1) of the editor. */
export function line(form: Locator, number: number): Locator {
  return form.getByRole('group', { name: `Line ${number}` });
}

/** How many lines the editor has. */
export function lineCount(form: Locator): Promise<number> {
  return form.getByRole('group', { name: /^Line \d+$/ }).count();
}

/**
 * Adds the product found by `search` (name or item ID) from the catalogue; with a quantity,
 * types it into the new line. Returns the new line.
 */
export async function addProduct(
  form: Locator,
  search: string,
  quantity?: string,
): Promise<Locator> {
  await form.getByRole('combobox', { name: 'Add product from catalogue' }).fill(search);
  await form
    .page()
    .getByRole('option', { name: new RegExp(search) })
    .click();
  const added = line(form, await lineCount(form));
  if (quantity !== undefined) await typeNumber(textbox(added, 'Quantity'), quantity);
  return added;
}

/** A written-in line; every part can be left out (as '') to make it wrong. */
export async function writeLine(
  form: Locator,
  { description = 'Design work', quantity = '2', price = '100.00', rate = '19' } = {},
): Promise<Locator> {
  await form.getByRole('button', { name: 'Add written-in line' }).click();
  const added = line(form, await lineCount(form));
  await textbox(added, 'Description').fill(description);
  await typeNumber(textbox(added, 'Quantity'), quantity);
  await typeNumber(textbox(added, 'Unit price'), price);
  await typeNumber(textbox(added, 'VAT rate'), rate);
  return added;
}

/** Saves the draft and waits for the editor of the saved draft invoice. */
export async function saveDraftInvoice(form: Locator): Promise<void> {
  await form.getByRole('button', { name: 'Save draft' }).click();
  await expect(form.page().getByRole('heading', { name: 'Draft invoice' })).toBeVisible();
}

/** Posts the open draft invoice through its confirmation, which says it becomes final. */
export async function postFromEditor(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Post…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Post this invoice?' });
  await expect(dialog).toContainText('can never be changed or deleted');
  await dialog.getByRole('button', { name: 'Post invoice' }).click();
}
