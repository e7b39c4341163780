import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import {
  chooseCustomer,
  collectPageProblems,
  createCustomer,
  postFromEditor,
  setUpCompany,
  startInvoice,
  writeLine,
} from './support';
import { pdfText } from './support/pdfText';
import {
  DEMO_CUSTOMER,
  exploreDemoCompany,
  openPostedInvoice,
  sendHistory,
} from './support/postedDocuments';

// "Export Factur-X PDF" on a posted invoice, through the real preview server: the file lands
// in the export folder (--export-dir test-results/exports-<port>), and poppler reads it as a
// receiver would: the invoice's text for a person, factur-x.xml and the XMP for software.

const PORT = Number(process.env.E2E_PORT ?? 4173);
const EXPORT_DIR = path.resolve(`test-results/exports-${PORT}`);
const run = promisify(execFile);

function facturXSection(page: Page) {
  return page.getByRole('region', { name: 'Factur-X' });
}

/** The path the success message names. */
async function savedPath(page: Page): Promise<string> {
  const saved = page.getByRole('status').filter({ hasText: 'Saved the Factur-X PDF as' });
  await expect(saved).toBeVisible({ timeout: 30_000 });
  return ((await saved.textContent()) ?? '')
    .replace(/^.*Saved the Factur-X PDF as /, '')
    .replace(/Show in folder.*$/, '')
    .trim();
}

test('Export Factur-X PDF writes the invoice’s PDF with its CII e-invoice inside', async ({
  page,
}) => {
  const problems = collectPageProblems(page);
  await exploreDemoCompany(page);
  const number = await openPostedInvoice(page);
  await facturXSection(page).getByRole('button', { name: 'Export Factur-X PDF' }).click();
  const file = await savedPath(page);
  expect(path.dirname(file)).toBe(EXPORT_DIR);
  expect(path.basename(file)).toMatch(
    new RegExp(`^${number} ${DEMO_CUSTOMER}( \\(\\d+\\))?\\.factur-x\\.pdf$`),
  );
  expect(existsSync(file)).toBe(true);

  // For a person: the invoice as its PDF shows it.
  const text = await pdfText(file);
  expect(text).toContain(number);
  expect(text).toContain(DEMO_CUSTOMER);

  // For software: factur-x.xml, the CII e-invoice of this invoice at the EN 16931 profile.
  const { stdout: list } = await run('pdfdetach', ['-list', file]);
  expect(list).toContain('1: factur-x.xml');
  const xmlFile = path.join(mkdtempSync(path.join(tmpdir(), 'facturx-e2e-')), 'factur-x.xml');
  await run('pdfdetach', ['-savefile', 'factur-x.xml', '-o', xmlFile, file]);
  const xml = readFileSync(xmlFile, 'utf8');
  expect(xml).toContain('<rsm:CrossIndustryInvoice');
  expect(xml).toMatch(/<ram:ID>urn:cen\.eu:en16931:2017<\/ram:ID>/);
  expect(xml).toContain(`<ram:ID>${number}</ram:ID>`);
  expect(xml).toContain(DEMO_CUSTOMER);

  const { stdout: xmp } = await run('pdfinfo', ['-meta', file]);
  expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
  expect(xmp).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>');
  const { stdout: fonts } = await run('pdffonts', [file]);
  const rows = fonts.trim().split('\n').slice(2);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);

  // The export is in the send history like any PDF export.
  const exported = sendHistory(page).getByRole('row').filter({ hasText: file });
  await expect(exported).toContainText('PDF file');
  await expect(exported).toContainText('Sent');
  expect(problems).toEqual([]);
});

test('Export Factur-X PDF refuses a document the e-invoice checks refuse, and says why', async ({
  page,
}) => {
  await setUpCompany(page, { vatId: 'DE123456789' });
  // Kuwaiti dinars have three decimals; an e-invoice carries two at most.
  await createCustomer(page, { name: 'Gulf Trading Co', currency: 'KWD' });
  const form = await startInvoice(page);
  await chooseCustomer(form, 'Gulf Trading Co');
  await writeLine(form, { description: 'Design work', quantity: '1', price: '100.125' });
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: /^Invoice INV-/ })).toBeVisible();

  await facturXSection(page).getByRole('button', { name: 'Export Factur-X PDF' }).click();
  const refusal = page.getByTestId('facturx-problems');
  await expect(refusal).toContainText('The Factur-X PDF cannot be made yet: one thing is missing.');
  const items = refusal
    .getByRole('list', { name: 'What to fix for Factur-X' })
    .getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText(/at most two decimals.*KWD/);
  // Nothing was written, and nothing is in the send history.
  await expect(sendHistory(page)).toContainText('Not sent yet.');
});
