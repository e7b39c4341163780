import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  chooseCustomer,
  collectPageProblems,
  createCustomer,
  expectNotification,
  openFromMenu,
  postFromEditor,
  setUpCompany,
  startInvoice,
  textbox,
  writeLine,
} from './support';

// Issue 6 as a person does it in Settings → Backups: back up, erase all data (typed
// confirmation), restore the backup from the first-run screen and from the automatic
// backups, and find the same invoices; a tampered or foreign file is refused with a message
// and changes nothing, also one whose checksum was computed again after an edit.

const YEAR = new Date().getFullYear();
const FIRST = `INV-${YEAR}-0001`;
const SECOND = `INV-${YEAR}-0002`;

async function postInvoice(page: Page, customer: string, price: string, number: string) {
  const form = await startInvoice(page);
  await chooseCustomer(form, customer);
  await writeLine(form, { quantity: '1', price, rate: '19' });
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: `Invoice ${number}` })).toBeVisible();
}

function backups(page: Page) {
  return page.getByRole('region', { name: 'Backups' });
}

async function expectInvoices(page: Page) {
  await openFromMenu(page, 'Invoices');
  const list = page.getByRole('table', { name: 'Invoices' });
  await expect(list.getByRole('row', { name: new RegExp(FIRST) })).toContainText('€119.00');
  await expect(list.getByRole('row', { name: new RegExp(SECOND) })).toContainText('€238.00');
}

/** Settings → Backups → Back up now; the text of the file written (the preview's export folder). */
async function backUpNow(page: Page): Promise<string> {
  await openFromMenu(page, 'Settings');
  await backups(page).getByRole('button', { name: 'Back up now' }).click();
  const saved = backups(page).getByTestId('backup-saved-path');
  await expect(saved).toContainText('.invoicer-backup');
  const path = /^Backup saved to (.*)\.$/.exec((await saved.textContent()) ?? '')?.[1] ?? '';
  return readFile(path, 'utf8');
}

async function restoreFile(page: Page, name: string, text: string) {
  await page.getByTestId('restore-backup-file').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(text, 'utf8'),
  });
}

/**
 * The backup with the first line of invoice `number` edited and its checksum computed again,
 * as anyone editing the file could: only the audit chain can tell.
 */
function withEditedLine(backup: string, number: string): string {
  const end = backup.indexOf('\n');
  const header = JSON.parse(backup.slice(0, end)) as { checksum: { value: string } };
  const data = JSON.parse(backup.slice(end + 1)) as {
    data: {
      data: { tableName: string; rows: { number?: string; lines?: { description: string }[] }[] }[];
    };
  };
  const documents = data.data.data.find((table) => table.tableName === 'documents')!;
  const invoice = documents.rows.find((row) => row.number === number)!;
  invoice.lines![0]!.description += ' (and a second visit)';
  const part = JSON.stringify(data);
  header.checksum.value = createHash('sha256').update(part, 'utf8').digest('hex');
  return `${JSON.stringify(header)}\n${part}`;
}

async function company(page: Page) {
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  await postInvoice(page, 'Acme Ltd', '100.00', FIRST);
  await postInvoice(page, 'Acme Ltd', '200.00', SECOND);
}

test('back up, erase all data, restore: the same invoices are back', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = collectPageProblems(page);
  await company(page);
  const backup = await backUpNow(page);
  expect(backup.split('\n')[0]).toContain('"format":"invoicer-backup"');

  // Erase all data: refused until the word is typed, then everything is gone.
  await backups(page).getByRole('button', { name: 'Erase all data' }).click();
  const erase = page.getByRole('dialog', { name: 'Erase all data?' });
  await textbox(erase, 'Type ERASE to confirm').fill('erase');
  await erase.getByRole('button', { name: 'Erase all data' }).click();
  await expect(erase).toContainText('Type ERASE in capitals');
  await textbox(erase, 'Type ERASE to confirm').fill('ERASE');
  await erase.getByRole('button', { name: 'Erase all data' }).click();
  await expect(page.getByRole('heading', { name: 'Set up Invoicer' })).toBeVisible();

  // The first-run screen restores the backup file.
  await restoreFile(page, 'my backup.invoicer-backup', backup);
  const confirm = page.getByRole('dialog', { name: /Restore the backup of/ });
  await expect(confirm).toContainText('documents: 2, customers: 1');
  await confirm.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await expectInvoices(page);

  // The automatic backup made before the erase is listed, with its size, and restores too.
  await openFromMenu(page, 'Settings');
  const beforeErase = backups(page)
    .getByRole('table', { name: 'Automatic backups' })
    .getByRole('row', { name: /Before erasing all data/ })
    .first();
  await expect(beforeErase).toContainText(/kB|MB/);
  await beforeErase.getByRole('button', { name: /Restore the backup of/ }).click();
  const again = page.getByRole('dialog', { name: /Restore the backup of/ });
  await expect(again).toContainText('documents: 2');
  await again.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expectNotification(page, /was restored/);
  await expectInvoices(page);
  expect(problems).toEqual([]);
});

test('a tampered or foreign backup file is refused with a message and the data stays', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = collectPageProblems(page);
  await company(page);
  const backup = await backUpNow(page);

  const tampered = backup.replace('"Acme Ltd"', '"Acme Lte"');
  expect(tampered).not.toBe(backup);
  await restoreFile(page, 'tampered.invoicer-backup', tampered);
  const alert = backups(page).getByRole('alert');
  await expect(alert).toContainText('Backup not restored');
  await expect(alert).toContainText('checksum does not match');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await restoreFile(page, 'edited.invoicer-backup', withEditedLine(backup, FIRST));
  await expect(alert).toContainText(`its audit chain does not match: the invoice ${FIRST}`);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await restoreFile(page, 'other.invoicer-backup', '{"name":"something else"}\n{}');
  await expect(alert).toContainText('not an Invoicer backup');

  await restoreFile(page, 'cut.invoicer-backup', backup.slice(0, backup.length / 2));
  await expect(alert).toContainText('checksum does not match');

  await expectInvoices(page);
  await openFromMenu(page, 'Customers');
  await expect(page.getByText('Acme Ltd')).toBeVisible();
  expect(problems).toEqual([]);
});
