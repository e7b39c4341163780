import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { collectPageProblems } from './support';
import {
  DEMO_COMPANY,
  DEMO_CUSTOMER,
  exploreDemoCompany,
  invoiceTable,
  openPostedInvoice,
  sendHistory,
} from './support/postedDocuments';
import { pdfText } from './support/pdfText';

// Preview and export of a posted invoice through the real preview server: the PDF lands in
// the server's export folder (--export-dir test-results/exports-<port>), and pdftotext reads
// the number and the customer in it.

const PORT = Number(process.env.E2E_PORT ?? 4173);
const EXPORT_DIR = path.resolve(`test-results/exports-${PORT}`);

test('the preview shows the invoice’s own PDF, page by page', async ({ page }) => {
  const problems = collectPageProblems(page);
  await exploreDemoCompany(page);
  const number = await openPostedInvoice(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  const dialog = page.getByRole('dialog', { name: `Preview of ${number}` });
  await expect(dialog.getByRole('figure', { name: 'Page 1 of 1' })).toBeVisible();
  // The page's text, as pdf.js read it from the PDF, is there for screen readers.
  const text = dialog.getByTestId('pdf-page-text');
  await expect(text).toContainText(number);
  await expect(text).toContainText(DEMO_CUSTOMER);
  await expect(text).toContainText(DEMO_COMPANY);
  const canvas = dialog.locator('canvas');
  expect(await canvas.evaluate((element: HTMLCanvasElement) => element.width)).toBeGreaterThan(500);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(problems).toEqual([]);
});

test('Export PDF writes the invoice to a file named after number and customer, and records it', async ({
  page,
}) => {
  const problems = collectPageProblems(page);
  await exploreDemoCompany(page);
  const number = await openPostedInvoice(page);
  await expect(sendHistory(page)).toContainText('Not sent yet.');

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'PDF saved as' });
  await expect(saved).toBeVisible();
  const shown = ((await saved.textContent()) ?? '')
    .replace(/^.*PDF saved as /, '')
    .replace(/Show in folder.*$/, '')
    .trim();
  expect(path.dirname(shown)).toBe(EXPORT_DIR);
  expect(path.basename(shown)).toMatch(
    new RegExp(`^${number} ${DEMO_CUSTOMER}( \\(\\d+\\))?\\.pdf$`),
  );
  expect(existsSync(shown)).toBe(true);
  const text = await pdfText(shown);
  expect(text).toContain(number);
  expect(text).toContain(DEMO_CUSTOMER);

  const history = sendHistory(page);
  await expect(history).toContainText('Last sent: PDF file');
  const row = history.getByRole('row').filter({ hasText: 'PDF file' });
  await expect(row).toContainText(shown);
  await expect(row).toContainText('Sent');

  // The browser preview has no file manager to open; it says where the file is instead.
  await page.getByRole('button', { name: 'Show in folder' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'This needs the Invoicer desktop app.' }),
  ).toContainText(shown);
  expect(problems.filter((problem) => !problem.includes('/api/files.showInFolder'))).toEqual([]);
});

test('Export PDFs on the invoice list writes every selected posted invoice and skips drafts', async ({
  page,
}) => {
  await exploreDemoCompany(page);
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Invoices' })
    .click();
  const table = invoiceTable(page);
  await expect(table.getByText(/INV-\d{4}-\d{4}/).first()).toBeVisible();
  const numbers = (await table.getByText(/^INV-\d{4}-\d{4}$/).allTextContents()).map((n) =>
    n.trim(),
  );
  const drafts = await table.getByRole('row').filter({ hasText: 'Draft' }).count();
  expect(numbers.length).toBeGreaterThan(1);
  expect(drafts).toBeGreaterThan(0);

  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByRole('button', { name: 'Export PDFs' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDFs' });
  const summary = dialog.getByTestId('batch-export-summary');
  await expect(summary).toContainText(`Saved ${numbers.length} PDF file(s) in ${EXPORT_DIR}`);
  await expect(
    dialog.getByRole('list', { name: 'Documents not exported' }).getByRole('listitem'),
  ).toHaveCount(drafts);
  await expect(dialog).toContainText('A draft has no PDF yet; post it first.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Every posted invoice's history now holds its file; the file holds the invoice.
  for (const number of numbers.slice(0, 2)) {
    await invoiceTable(page).getByText(number, { exact: true }).click();
    const row = sendHistory(page).getByRole('row').filter({ hasText: 'PDF file' });
    await expect(row).toHaveCount(1);
    const file = ((await row.getByRole('cell').nth(2).textContent()) ?? '').trim();
    expect(path.basename(file)).toMatch(new RegExp(`^${number} `));
    expect(await pdfText(file)).toContain(number);
    await page.getByRole('button', { name: 'Invoices' }).first().click();
  }
});
