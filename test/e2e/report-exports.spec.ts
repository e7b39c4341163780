import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ensureCupsTestQueues } from '../integration/support/cups';
import { csvRows } from '../unit/shared/journal/csvRows';
import {
  chooseCustomer,
  collectPageProblems,
  combobox,
  createCustomer,
  postFromEditor,
  setUpCompany,
  startInvoice,
  writeLine,
} from './support';
import { pdfText } from './support/pdfText';

// The Journal's and the Reports' exports through the real preview server: the files land
// in its export folder (--export-dir test-results/exports-<port>) and are read back as a
// spreadsheet and a person with pdftotext would read them. The figures are worked out by
// hand: 2 × 100.00 at 19 % (net 200.00, VAT 38.00, gross 238.00) and 3 × 12.50 at 7 %
// (net 37.50, VAT 2.625 → 2.63, gross 40.13).

const PORT = Number(process.env.E2E_PORT ?? 4173);
const EXPORT_DIR = path.resolve(`test-results/exports-${PORT}`);
const YEAR = new Date().getFullYear();
const FIRST = `INV-${YEAR}-0001`;
const SECOND = `INV-${YEAR}-0002`;
const CUSTOMER = 'Müller & Söhne GmbH';

async function twoPostedInvoices(page: Page): Promise<void> {
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: CUSTOMER });
  for (const [number, quantity, price, rate] of [
    [FIRST, '2', '100.00', '19'],
    [SECOND, '3', '12.50', '7'],
  ] as const) {
    const form = await startInvoice(page);
    await chooseCustomer(form, CUSTOMER);
    await writeLine(form, { quantity, price, rate });
    await postFromEditor(page);
    await expect(page.getByRole('heading', { name: `Invoice ${number}` })).toBeVisible();
  }
}

async function openScreen(page: Page, name: 'Journal' | 'Reports'): Promise<void> {
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await menu.getByRole('link', { name }).click();
  await expect(menu.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
}

/** Waits for "<what> saved as <path>" and returns the path, checked to be in the export folder. */
async function savedPath(page: Page, what: 'CSV' | 'PDF', stem: string): Promise<string> {
  const saved = page.getByRole('status').filter({ hasText: `${what} saved as` });
  await expect(saved).toBeVisible();
  const shown = ((await saved.textContent()) ?? '')
    .replace(new RegExp(`^.*${what} saved as `), '')
    .replace(/Show in folder.*$/, '')
    .trim();
  expect(path.dirname(shown)).toBe(EXPORT_DIR);
  const extension = what === 'CSV' ? 'csv' : 'pdf';
  expect(path.basename(shown)).toMatch(new RegExp(`^${stem}( \\(\\d+\\))?\\.${extension}$`));
  return shown;
}

/** The rows of a CSV export, after checking it is UTF-8 with a byte order mark. */
async function readCsv(file: string): Promise<string[][]> {
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return csvRows(new TextDecoder('utf-8').decode(bytes));
}

test('the journal exports its entries and its trial balance as CSV with the figures on screen', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = collectPageProblems(page);
  await twoPostedInvoices(page);
  await openScreen(page, 'Journal');

  await page.getByRole('button', { name: 'Export entries as CSV' }).click();
  const entries = await readCsv(await savedPath(page, 'CSV', 'Journal'));
  expect(entries[0]).toEqual([
    'date',
    'source type',
    'reference',
    'account code',
    'account name',
    'debit',
    'credit',
    'currency',
    'description',
  ]);
  const figures = entries.slice(1).map((row) => [row[2], row[3], row[4], row[5], row[6], row[7]]);
  // Oldest first, each entry's debit line before its credit lines.
  expect(figures).toEqual([
    [FIRST, '1200', 'Receivables', '238.00', '', 'EUR'],
    [FIRST, '4000', 'Sales revenue', '', '200.00', 'EUR'],
    [FIRST, '2200', 'VAT payable 19 %', '', '38.00', 'EUR'],
    [SECOND, '1200', 'Receivables', '40.13', '', 'EUR'],
    [SECOND, '4000', 'Sales revenue', '', '37.50', 'EUR'],
    [SECOND, '2210', 'VAT payable 7 %', '', '2.63', 'EUR'],
  ]);

  // The filters apply: only the second invoice's entry.
  const filters = page.getByRole('search', { name: 'Filter the journal' });
  await filters.getByRole('textbox', { name: 'Document number' }).fill(SECOND);
  await expect(page.getByTestId('journal-entry')).toHaveCount(1);
  await page.getByRole('button', { name: 'Export entries as CSV' }).click();
  const filtered = await readCsv(await savedPath(page, 'CSV', `Journal ${SECOND}`));
  expect(new Set(filtered.slice(1).map((row) => row[2]))).toEqual(new Set([SECOND]));
  await filters.getByRole('textbox', { name: 'Document number' }).fill('');

  await page.getByRole('tab', { name: 'Trial balance' }).click();
  await expect(page.getByTestId('trial-debit-total')).toHaveText('€278.13');
  await page.getByRole('button', { name: 'Export trial balance as CSV' }).click();
  const balance = await readCsv(await savedPath(page, 'CSV', 'Trial balance'));
  expect(balance).toEqual([
    ['currency', 'account code', 'account name', 'debit', 'credit', 'balance'],
    ['EUR', '1200', 'Receivables', '278.13', '0.00', '278.13'],
    ['EUR', '2200', 'VAT payable 19 %', '0.00', '38.00', '-38.00'],
    ['EUR', '2210', 'VAT payable 7 %', '0.00', '2.63', '-2.63'],
    ['EUR', '4000', 'Sales revenue', '0.00', '237.50', '-237.50'],
    ['EUR', 'Total', '', '278.13', '278.13', '0.00'],
  ]);
  expect(problems).toEqual([]);
});

test('the VAT report exports as CSV and as a print-friendly PDF, and prints', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = collectPageProblems(page);
  const { queue } = await ensureCupsTestQueues();
  await twoPostedInvoices(page);
  await openScreen(page, 'Reports');
  const month = `${YEAR}-${String(new Date().getMonth() + 1).padStart(2, '0')}`;
  const period = page.getByTestId('report-period');
  await expect(period).toContainText(`${month}:`);
  const periodText = ((await period.textContent()) ?? '').trim();
  const vat = page.getByRole('region', { name: 'VAT report' });
  await expect(vat.getByRole('table', { name: 'VAT report' })).toBeVisible();

  await vat.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readCsv(await savedPath(page, 'CSV', `VAT report ${month}`));
  expect(csv[0]).toEqual([
    'currency',
    'VAT category',
    'rate %',
    'invoiced taxable',
    'invoiced VAT',
    'credited taxable',
    'credited VAT',
    'taxable amount',
    'VAT',
  ]);
  const byRate = csv
    .slice(1)
    .map((row) => [row[0], row[1], Number(row[2] || 'NaN'), ...row.slice(3)]);
  expect(byRate).toEqual([
    ['EUR', 'Standard rate', 19, '200.00', '38.00', '0.00', '0.00', '200.00', '38.00'],
    ['EUR', 'Standard rate', 7, '37.50', '2.63', '0.00', '0.00', '37.50', '2.63'],
    ['EUR', 'Total', Number.NaN, '237.50', '40.63', '0.00', '0.00', '237.50', '40.63'],
  ]);

  await vat.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = await savedPath(page, 'PDF', `VAT report ${month}`);
  const text = (await pdfText(pdf)).replace(/[\u00a0\u202f]/g, ' ');
  expect(text).toContain('VAT report');
  expect(text).toContain(periodText);
  expect(text).toContain('Muster Design');
  // pdftotext may join "7 %" when the figure stands close to its sign; the PDF has the space.
  expect(text).toMatch(/Standard rate\s+19 ?%\s+€200\.00\s+€38\.00/);
  expect(text).toMatch(/Standard rate\s+7 ?%\s+€37\.50\s+€2\.63/);
  expect(text).toMatch(/Total \(invoices minus credit notes\)\s+€237\.50\s+€40\.63/);
  expect(text).toContain('Page 1 of 1');

  await vat.getByRole('button', { name: 'Print…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print VAT report' });
  const printer = combobox(dialog, 'Printer');
  await expect(printer).toBeEnabled();
  await printer.selectOption({ value: queue });
  await dialog.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(`Printed on ${queue}`, {
    timeout: 60_000,
  });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(problems).toEqual([]);
});
