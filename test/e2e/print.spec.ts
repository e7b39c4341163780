import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { ensureCupsTestQueues } from '../integration/support/cups';
import { collectPageProblems, combobox, textbox } from './support';
import { exploreDemoCompany, openPostedInvoice, sendHistory } from './support/postedDocuments';

// Printing a posted invoice through the real preview server to the CUPS queue that
// test/integration/support/start-cups.sh sets up (a cups-pdf printer), and the printer that
// disappears between choosing it and printing.

const run = promisify(execFile);
const C_LOCALE = { ...process.env, LANG: 'C', LC_ALL: 'C' };

let queue = '';

test.beforeAll(async () => {
  ({ queue } = await ensureCupsTestQueues());
});

/** lpadmin as the administrator: directly as root (CI), else through sudo -n. */
async function lpadmin(args: string[]): Promise<void> {
  const root = process.getuid?.() === 0;
  await run(root ? 'lpadmin' : 'sudo', root ? args : ['-n', 'lpadmin', ...args], { env: C_LOCALE });
}

async function openPrintDialog(page: Page, number: string) {
  await page.getByRole('button', { name: 'Print…' }).click();
  const dialog = page.getByRole('dialog', { name: `Print ${number}` });
  await expect(combobox(dialog, 'Printer')).toBeEnabled();
  return dialog;
}

test('printing to the CUPS queue completes and shows in the send history', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await exploreDemoCompany(page);
  const number = await openPostedInvoice(page);
  const dialog = await openPrintDialog(page, number);
  const printer = combobox(dialog, 'Printer');
  await expect(printer.locator('option', { hasText: queue })).toHaveCount(1);
  await printer.selectOption({ value: queue });
  await expect(textbox(dialog, 'Copies')).toHaveValue('1');
  await expect(combobox(dialog, 'Paper size')).toHaveValue('A4');
  await dialog.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(`Printed on ${queue}`, {
    timeout: 60_000,
  });
  await dialog.getByRole('button', { name: 'Close' }).click();

  const row = sendHistory(page).getByRole('row').filter({ hasText: 'Printed' });
  await expect(row).toContainText(queue);
  await expect(row).toContainText('Sent');
  await expect(row).toContainText(/Job \S+-\d+, 1 × A4/);
  await expect(sendHistory(page)).toContainText('Last sent: Printed');
  expect(problems).toEqual([]);
});

test('a printer removed after it was chosen gives the printer-not-found message and a failed entry', async ({
  page,
}) => {
  const gone = `InvoicerE2EGone${randomBytes(4).toString('hex')}`;
  await lpadmin(['-p', gone, '-v', 'cups-pdf:/', '-m', 'lsb/usr/cups-pdf/CUPS-PDF_opt.ppd', '-E']);
  try {
    await exploreDemoCompany(page);
    const number = await openPostedInvoice(page);
    const dialog = await openPrintDialog(page, number);
    await combobox(dialog, 'Printer').selectOption({ value: gone });
    await lpadmin(['-x', gone]);
    await dialog.getByRole('button', { name: 'Print', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'The printer was not found. It may have been removed or renamed; choose another printer.',
    );
    // The dialog stays, so another printer can be chosen and the print tried again.
    await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const row = sendHistory(page).getByRole('row').filter({ hasText: 'Printed' });
    await expect(row).toContainText(gone);
    await expect(row).toContainText('Failed');
    await expect(row).toContainText('The printer was not found.');
    await expect(sendHistory(page)).toContainText('Not sent yet: every attempt so far failed.');
  } finally {
    await lpadmin(['-x', gone]).catch(() => undefined);
  }
});
