import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import {
  collectPageProblems,
  combobox,
  customerForm,
  customerTable,
  expectNotification,
  openFromMenu,
  textbox,
} from './support';
import { pdfBytesText } from './support/pdfText';
import { startPlainSmtpServer, type PlainSmtpServer } from './support/plainSmtpServer';
import {
  DEMO_CUSTOMER,
  DEMO_CUSTOMER_EMAIL,
  exploreDemoCompany,
  openPostedInvoice,
  sendHistory,
} from './support/postedDocuments';

// The mailing setting "Attach" through the real preview server and an SMTP server on
// 127.0.0.1: a customer who wants the PDF and the e-invoice gets both in one mail, the XML
// being the very file "Export e-invoice" writes; an e-invoice the checks refuse stops the
// mail before anything is sent, with links to the fields that fix it.

const USER = 'invoicer';
const PASSWORD = 'right-password';
const LEITWEG_ID = '04011000-1234512345-06';
const XRECHNUNG = 'XRechnung 3.0 (UBL)';
const PEPPOL = 'Peppol BIS Billing 3.0 (UBL)';
const ATTACH = 'Attach to invoices and credit notes';
const run = promisify(execFile);

let server: PlainSmtpServer;

test.beforeAll(async () => {
  server = await startPlainSmtpServer({ [USER]: PASSWORD });
});

test.afterAll(async () => {
  await server.close();
});

/** Accounts live in the preview server's settings, shared by every test: each makes its own. */
async function addAccount(page: Page): Promise<string> {
  const label = `E2E e-invoice mail ${randomBytes(4).toString('hex')}`;
  await openFromMenu(page, 'Settings');
  const section = page.getByRole('region', { name: 'E-mail accounts' });
  await section.getByRole('button', { name: 'Add account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add e-mail account' });
  await textbox(dialog, 'Account name').fill(label);
  await textbox(dialog, 'Mail server').fill('127.0.0.1');
  await combobox(dialog, 'Security').selectOption({ label: 'None' });
  await textbox(dialog, 'Port').fill(String(server.port));
  await textbox(dialog, 'User name').fill(USER);
  await dialog.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Save account' }).click();
  await expect(dialog).toBeHidden();
  return label;
}

async function deleteAccount(page: Page, label: string) {
  await openFromMenu(page, 'Settings');
  const section = page.getByRole('region', { name: 'E-mail accounts' });
  await section
    .getByRole('listitem', { name: label })
    .getByRole('button', { name: 'Delete' })
    .click();
  await page
    .getByRole('dialog', { name: 'Delete this e-mail account?' })
    .getByRole('button', { name: 'Delete account' })
    .click();
  await expect(section.getByRole('listitem', { name: label })).toHaveCount(0);
}

async function openMailDialog(page: Page, number: string, label: string) {
  await page.getByRole('button', { name: 'Send by e-mail…' }).click();
  const dialog = page.getByRole('dialog', { name: `Send ${number} by e-mail` });
  const account = combobox(dialog, 'Send with account');
  await expect(account).toBeVisible();
  await account.selectOption({ label: `${label} <hello@weber-design.example>` });
  return dialog;
}

/** Exports the open invoice's e-invoice in a format and returns the file's text. */
async function exportedXml(page: Page, format: string): Promise<string> {
  const section = page.getByRole('region', { name: 'E-invoice' });
  await combobox(section, 'Format').selectOption({ label: format });
  await section.getByRole('button', { name: 'Export e-invoice' }).click();
  const saved = section.getByRole('status').filter({ hasText: 'E-invoice saved as' });
  await expect(saved).toBeVisible();
  const file = ((await saved.textContent()) ?? '')
    .replace(/^.*E-invoice saved as /, '')
    .replace(/Show in folder.*$/, '')
    .trim();
  return readFileSync(file, 'utf8');
}

/** The invoice number and amount due an XML e-invoice carries, read by the browser's parser. */
function readUbl(page: Page, xml: string) {
  return page.evaluate((text) => {
    const parsed = new DOMParser().parseFromString(text, 'application/xml');
    const cbc = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';
    const first = (name: string) => parsed.getElementsByTagNameNS(cbc, name)[0];
    return {
      wellFormed: parsed.getElementsByTagName('parsererror').length === 0,
      root: parsed.documentElement.localName,
      number: first('ID')?.textContent ?? null,
      payable: first('PayableAmount')?.textContent ?? null,
      currency: first('PayableAmount')?.getAttribute('currencyID') ?? null,
    };
  }, xml);
}

test('a customer set to "PDF and e-invoice" gets both in one mail, the XML as Export e-invoice writes it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = collectPageProblems(page);
  await exploreDemoCompany(page);
  const label = await addAccount(page);

  // The customer: its Leitweg-ID, XRechnung preferred, and the PDF with the e-invoice.
  await openFromMenu(page, 'Customers');
  await customerTable(page).getByRole('link', { name: DEMO_CUSTOMER }).click();
  const form = customerForm(page);
  await expect(combobox(form, ATTACH).locator('option:checked')).toHaveText(
    'Company default: PDF only',
  );
  await combobox(form, 'Electronic address scheme').selectOption('0204');
  await textbox(form, 'Electronic address (Peppol ID)').fill(LEITWEG_ID);
  await textbox(form, 'Buyer reference (e.g. Leitweg-ID)').fill(LEITWEG_ID);
  await combobox(form, 'Preferred e-invoice format').selectOption({ label: XRECHNUNG });
  await combobox(form, ATTACH).selectOption({ label: 'PDF and e-invoice (XML)' });
  await form.getByRole('button', { name: 'Save' }).first().click();
  await expectNotification(page, 'Saved.');

  const number = await openPostedInvoice(page);
  const pdfName = `${number} ${DEMO_CUSTOMER}.pdf`;
  const xmlName = `${number} ${DEMO_CUSTOMER}.xrechnung.xml`;
  const dialog = await openMailDialog(page, number, label);
  await expect(combobox(dialog, 'Attach')).toHaveValue('pdfAndEInvoice');
  await expect(dialog).toContainText(
    `The e-invoice is in ${XRECHNUNG}, the format the customer prefers.`,
  );
  await expect(dialog.getByTestId('mail-attachment')).toHaveText(
    `Attached: ${pdfName}, ${xmlName}`,
  );
  const before = server.received.length;
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog).toBeHidden();
  await expectNotification(page, `Sent to ${DEMO_CUSTOMER_EMAIL}.`);

  expect(server.received).toHaveLength(before + 1);
  const mail = server.received.at(-1)!;
  expect(mail.envelopeTo).toEqual([DEMO_CUSTOMER_EMAIL]);
  expect(mail.parsed.attachments.map((file) => [file.filename, file.contentType])).toEqual([
    [pdfName, 'application/pdf'],
    [xmlName, 'application/xml'],
  ]);
  const [pdf, xml] = mail.parsed.attachments;
  expect(await pdfBytesText(pdf!.content)).toContain(number);
  const attachedXml = xml!.content.toString('utf8');

  // The XML is the file "Export e-invoice" writes for that format, and reads as the invoice.
  expect(attachedXml).toBe(await exportedXml(page, XRECHNUNG));
  const read = await readUbl(page, attachedXml);
  expect(read).toMatchObject({ wellFormed: true, root: 'Invoice', number, currency: 'EUR' });
  expect(read.payable).toMatch(/^\d+\.\d{2}$/);
  expect(attachedXml).toContain(LEITWEG_ID);

  // The send history says what was attached.
  const sent = sendHistory(page).getByRole('row').filter({ hasText: 'Sent' });
  await expect(sent).toContainText(DEMO_CUSTOMER_EMAIL);
  await expect(sent).toContainText(`Attached: ${pdfName}, ${xmlName}`);

  await deleteAccount(page, label);
  expect(problems).toEqual([]);
});

test('an e-invoice the checks refuse stops the mail: the problems are listed with links, nothing is sent', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = collectPageProblems(page);
  await exploreDemoCompany(page);
  const label = await addAccount(page);

  // The company default: the e-invoice only. The customer prefers no format: Peppol BIS.
  const mailing = page.getByRole('region', { name: 'Mailing defaults' });
  await combobox(mailing, ATTACH).selectOption({ label: 'E-invoice only (XML)' });
  await expect(mailing).toContainText(
    'or Peppol BIS Billing 3.0 (UBL) for a customer who has none',
  );
  await mailing.getByRole('button', { name: 'Save mailing defaults' }).click();
  await expectNotification(page, 'Saved.');

  const number = await openPostedInvoice(page);
  const dialog = await openMailDialog(page, number, label);
  await expect(combobox(dialog, 'Attach')).toHaveValue('eInvoice');
  const refused = dialog.getByTestId('mail-einvoice-problems');
  await expect(refused).toContainText(`Nothing is sent until the ${PEPPOL} e-invoice can be made`);
  await expect(refused).toContainText("Enter the customer's Peppol ID");
  await expect(dialog.getByTestId('mail-attachment')).toHaveCount(0);
  const send = dialog.getByRole('button', { name: 'Send' });
  await expect(send).toBeDisabled();
  const before = server.received.length;
  expect(server.received).toHaveLength(before);

  // The link opens the customer with the field that fixes it focused.
  await refused.getByRole('button', { name: /Peppol ID/ }).click();
  await expect(dialog).toBeHidden();
  await expect(textbox(customerForm(page), 'Electronic address (Peppol ID)')).toBeFocused();

  // Still nothing went out, and the invoice's history has no e-mail.
  await openPostedInvoice(page);
  await expect(sendHistory(page)).toContainText('Not sent yet.');
  await expect(sendHistory(page).getByRole('row').filter({ hasText: 'E-mail' })).toHaveCount(0);
  expect(server.received).toHaveLength(before);

  await deleteAccount(page, label);
  expect(problems).toEqual([]);
});

test('a class set to Factur-X sends its customers one PDF with the CII e-invoice inside', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = collectPageProblems(page);
  await exploreDemoCompany(page);
  const label = await addAccount(page);

  const className = `Factur-X ${randomBytes(4).toString('hex')}`;
  await openFromMenu(page, 'Customers');
  await page.getByRole('button', { name: 'New class' }).click();
  const classDialog = page.getByRole('dialog', { name: 'New customer class' });
  await textbox(classDialog, 'Class name').fill(className);
  await combobox(classDialog, ATTACH).selectOption({
    label: 'Factur-X PDF (the PDF with the e-invoice inside)',
  });
  await classDialog.getByRole('button', { name: 'Save' }).click();
  await expect(classDialog).toBeHidden();

  await customerTable(page).getByRole('link', { name: DEMO_CUSTOMER }).click();
  const form = customerForm(page);
  await combobox(form, 'Customer class').selectOption({ label: className });
  await expect(combobox(form, ATTACH).locator('option:checked')).toHaveText(
    `From class ${className}: Factur-X PDF (the PDF with the e-invoice inside)`,
  );
  await form.getByRole('button', { name: 'Save' }).first().click();
  await expectNotification(page, 'Saved.');

  const number = await openPostedInvoice(page);
  const name = `${number} ${DEMO_CUSTOMER}.factur-x.pdf`;
  const dialog = await openMailDialog(page, number, label);
  await expect(combobox(dialog, 'Attach')).toHaveValue('facturX');
  await expect(dialog.getByTestId('mail-attachment')).toHaveText(`Attached: ${name}`);
  const before = server.received.length;
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });

  expect(server.received).toHaveLength(before + 1);
  const attachments = server.received.at(-1)!.parsed.attachments;
  expect(attachments.map((file) => [file.filename, file.contentType])).toEqual([
    [name, 'application/pdf'],
  ]);
  const work = mkdtempSync(path.join(tmpdir(), 'mail-facturx-e2e-'));
  try {
    const file = path.join(work, name);
    writeFileSync(file, attachments[0]!.content);
    expect(await pdfBytesText(attachments[0]!.content)).toContain(number);
    const { stdout: list } = await run('pdfdetach', ['-list', file]);
    expect(list).toContain('1: factur-x.xml');
    const xmlFile = path.join(work, 'factur-x.xml');
    await run('pdfdetach', ['-savefile', 'factur-x.xml', '-o', xmlFile, file]);
    const xml = readFileSync(xmlFile, 'utf8');
    expect(xml).toContain('<rsm:CrossIndustryInvoice');
    expect(xml).toContain(`<ram:ID>${number}</ram:ID>`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  await deleteAccount(page, label);
  expect(problems).toEqual([]);
});
