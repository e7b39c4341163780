import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  describeAssert,
  fatalAssertsIn,
  missingTools,
  runSchematron,
  SCHEMAS,
  STYLESHEETS,
  validateWithSchema,
} from '../integration/einvoice/officialValidation';
import {
  collectPageProblems,
  combobox,
  customerForm,
  expectFieldError,
  expectNotification,
  textbox,
} from './support';
import { DEMO_CUSTOMER, exploreDemoCompany, openPostedInvoice } from './support/postedDocuments';

// E-invoices of a posted invoice through the real preview server: the checks list what is
// missing with links to the fields, the customer gets its Leitweg-ID, and the invoice is
// exported as XRechnung, Peppol BIS and CII into the server's export folder
// (test-results/exports-<port>), where each file passes its XML Schema and the official
// rules.

const PORT = Number(process.env.E2E_PORT ?? 4173);
const EXPORT_DIR = path.resolve(`test-results/exports-${PORT}`);
const LEITWEG_ID = '04011000-1234512345-06';

function eInvoiceSection(page: Page) {
  return page.getByRole('region', { name: 'E-invoice' });
}

/** Exports the open invoice in a format and returns the path the app reports. */
async function exportAs(page: Page, format: string): Promise<string> {
  const section = eInvoiceSection(page);
  await combobox(section, 'Format').selectOption({ label: format });
  await expect(section.getByTestId('einvoice-problems')).toBeHidden();
  await section.getByRole('button', { name: 'Export e-invoice' }).click();
  const saved = section.getByRole('status').filter({ hasText: 'E-invoice saved as' });
  await expect(saved).toBeVisible();
  const shown = ((await saved.textContent()) ?? '')
    .replace(/^.*E-invoice saved as /, '')
    .replace(/Show in folder.*$/, '')
    .trim();
  expect(path.dirname(shown)).toBe(EXPORT_DIR);
  expect(existsSync(shown)).toBe(true);
  return shown;
}

test('a posted invoice is exported as XRechnung, Peppol BIS and CII, each valid', async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(missingTools()).toBeNull();
  const problems = collectPageProblems(page);
  await exploreDemoCompany(page);
  const number = await openPostedInvoice(page);

  // Peppol needs the customer's Peppol ID and reference: listed, nothing exported.
  const section = eInvoiceSection(page);
  await combobox(section, 'Format').selectOption({ label: 'Peppol BIS Billing 3.0 (UBL)' });
  const missing = section.getByTestId('einvoice-problems');
  await expect(missing).toContainText("Enter the customer's Peppol ID");
  await expect(missing).toContainText('buyer reference');
  await expect(section.getByRole('button', { name: 'Export e-invoice' })).toBeDisabled();

  // The link opens the customer with the field to fix focused.
  await missing.getByRole('button', { name: /Peppol ID/ }).click();
  const form = customerForm(page);
  const address = textbox(form, 'Electronic address (Peppol ID)');
  await expect(address).toBeFocused();

  // A Leitweg-ID with wrong check digits is refused at its field.
  await combobox(form, 'Electronic address scheme').selectOption('0204');
  await address.fill('04011000-1234512345-07');
  await form.getByRole('button', { name: 'Save' }).first().click();
  await expectFieldError(address, /Leitweg-ID with valid check digits/);

  await address.fill(LEITWEG_ID);
  await textbox(form, 'Buyer reference (e.g. Leitweg-ID)').fill(LEITWEG_ID);
  await combobox(form, 'Preferred e-invoice format').selectOption({ label: 'XRechnung 3.0 (UBL)' });
  await form.getByRole('button', { name: 'Save' }).first().click();
  await expectNotification(page, 'Saved.');

  await openPostedInvoice(page, DEMO_CUSTOMER);
  await expect(combobox(eInvoiceSection(page), 'Format')).toHaveValue('xrechnung');
  const files = {
    xrechnung: await exportAs(page, 'XRechnung 3.0 (UBL)'),
    peppol: await exportAs(page, 'Peppol BIS Billing 3.0 (UBL)'),
    cii: await exportAs(page, 'UN/CEFACT CII D16B (EN 16931)'),
  };
  // A file of that name from an earlier run is kept; the new one gets " (2)".
  expect(path.basename(files.xrechnung)).toMatch(
    new RegExp(`^${number} ${DEMO_CUSTOMER}( \\(\\d+\\))?\\.xrechnung\\.xml$`),
  );
  for (const file of Object.values(files)) {
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain(number);
    expect(xml).toContain(LEITWEG_ID);
  }
  await validate(files);
  expect(problems).toEqual([]);
});

/** The three files against their XML Schemas and the CEN (and Peppol) rules. */
async function validate(files: { xrechnung: string; peppol: string; cii: string }) {
  const work = mkdtempSync(path.join(tmpdir(), 'einvoice-e2e-'));
  try {
    const dirs = Object.fromEntries(
      ['ubl', 'peppol', 'cii', 'out-ubl', 'out-peppol', 'out-cii'].map((name) => {
        const dir = path.join(work, name);
        mkdirSync(dir);
        return [name, dir];
      }),
    ) as Record<string, string>;
    const copy = (file: string, dir: string, name: string) =>
      writeFileSync(path.join(dir, name), readFileSync(file));
    copy(files.xrechnung, dirs.ubl!, 'xrechnung.xml');
    copy(files.peppol, dirs.ubl!, 'peppol.xml');
    copy(files.peppol, dirs.peppol!, 'peppol.xml');
    copy(files.cii, dirs.cii!, 'cii.xml');

    const ubl = [path.join(dirs.ubl!, 'xrechnung.xml'), path.join(dirs.ubl!, 'peppol.xml')];
    for (const errors of validateWithSchema(SCHEMAS.ublInvoice, ubl).values()) {
      expect(errors).toEqual([]);
    }
    const cii = validateWithSchema(SCHEMAS.cii, [path.join(dirs.cii!, 'cii.xml')]);
    expect([...cii.values()][0]).toEqual([]);

    await Promise.all([
      runSchematron(STYLESHEETS.cenUbl, dirs.ubl!, dirs['out-ubl']!),
      runSchematron(STYLESHEETS.cenCii, dirs.cii!, dirs['out-cii']!),
    ]);
    await runSchematron(STYLESHEETS.peppol2026, dirs.peppol!, dirs['out-peppol']!);
    for (const out of [dirs['out-ubl']!, dirs['out-cii']!, dirs['out-peppol']!]) {
      const reports = fatalAssertsIn(out);
      expect(reports.size).toBeGreaterThan(0);
      for (const [name, asserts] of reports) {
        expect(asserts.map(describeAssert), `${path.basename(out)}/${name}`).toEqual([]);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
