import { expect, test, type Page } from '@playwright/test';
import {
  chooseCustomer,
  collectPageProblems,
  combobox,
  createCustomer,
  openFromMenu,
  reloadApp,
  saveDraftInvoice,
  setUpCompany,
  startInvoice,
  textbox,
  writeLine,
} from './support';

// Releasing (posting) several drafts at once from the invoice list: they are numbered in
// the order of their issue dates, whatever order they were made in; a draft that cannot be
// posted is reported with its reason, stays a draft and takes no number, so the numbers
// of the others follow each other without a gap.

type DraftSpec = { customer: string; issueDate: string; withLine: boolean };

// Made in this order; posted in issue-date order. The one without lines is third by date.
const DRAFTS: DraftSpec[] = [
  { customer: 'Bravo GmbH', issueDate: '2025-02-10', withLine: true },
  { customer: 'Delta AG', issueDate: '2025-04-01', withLine: true },
  { customer: 'Charlie KG', issueDate: '2025-02-28', withLine: false },
  { customer: 'Alpha Ltd', issueDate: '2025-01-20', withLine: true },
  { customer: 'Echo SARL', issueDate: '2025-03-05', withLine: true },
];

async function saveDraft(page: Page, draft: DraftSpec): Promise<void> {
  const form = await startInvoice(page);
  await chooseCustomer(form, draft.customer);
  await textbox(form, 'Issue date').fill(draft.issueDate);
  if (draft.withLine) await writeLine(form, { quantity: '1', price: '100.00', rate: '19' });
  await saveDraftInvoice(form);
}

function invoiceRows(page: Page) {
  return page.getByRole('table', { name: 'Invoices' }).locator('tbody tr');
}

test('batch release of five drafts where one is invalid', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  for (const draft of DRAFTS) await createCustomer(page, { name: draft.customer });
  for (const draft of DRAFTS) await saveDraft(page, draft);

  await openFromMenu(page, 'Invoices');
  await expect(invoiceRows(page)).toHaveCount(5);
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  const bar = page.getByRole('region', { name: 'Selected invoices' });
  await expect(bar).toContainText('Selected: 5');
  await bar.getByRole('button', { name: 'Post selected' }).click();
  await page
    .getByRole('dialog', { name: 'Post the selected drafts?' })
    .getByRole('button', { name: 'Post selected' })
    .click();

  const summary = page.getByRole('dialog', { name: 'Posting finished' });
  await expect(summary).toContainText('Posted: 4');
  const posted = summary.getByRole('list', { name: 'Posted invoices' }).getByRole('listitem');
  await expect(posted).toHaveCount(4);
  // Issue-date order: 20 Jan, 10 Feb, 5 Mar, 1 Apr; numbers one after another.
  const expected = [
    ['INV-2025-0001', 'Alpha Ltd', '20/01/2025'],
    ['INV-2025-0002', 'Bravo GmbH', '10/02/2025'],
    ['INV-2025-0003', 'Echo SARL', '05/03/2025'],
    ['INV-2025-0004', 'Delta AG', '01/04/2025'],
  ] as const;
  for (const [index, [number, customer, date]] of expected.entries()) {
    await expect(posted.nth(index)).toContainText(number);
    await expect(posted.nth(index)).toContainText(customer);
    await expect(posted.nth(index)).toContainText(date);
  }
  await expect(summary).toContainText('Not posted: 1');
  const refused = summary.getByRole('list', { name: 'Invoices not posted' }).getByRole('listitem');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText('Charlie KG');
  await expect(refused).toContainText('28/02/2025');
  await expect(refused).toContainText('Add at least one line before posting.');
  await summary.getByRole('button', { name: 'Close' }).click();

  // After a reload: the refused one is still a draft, without a number; the others hold
  // 0001–0004 in issue-date order, and no number is missing.
  await reloadApp(page);
  await openFromMenu(page, 'Invoices');
  const list = page.getByRole('table', { name: 'Invoices' });
  await list.getByRole('button', { name: 'Issue date' }).click();
  await expect(invoiceRows(page)).toHaveCount(5);
  const byDate = [
    ['20/01/2025', 'INV-2025-0001'],
    ['10/02/2025', 'INV-2025-0002'],
    ['28/02/2025', 'Draft'],
    ['05/03/2025', 'INV-2025-0003'],
    ['01/04/2025', 'INV-2025-0004'],
  ] as const;
  for (const [index, [date, number]] of byDate.entries()) {
    await expect(invoiceRows(page).nth(index)).toContainText(date);
    await expect(invoiceRows(page).nth(index)).toContainText(number);
  }
  await combobox(page, 'Status').selectOption({ label: 'Draft' });
  await expect(invoiceRows(page)).toHaveCount(1);
  await expect(invoiceRows(page).first()).toContainText('Charlie KG');
  await invoiceRows(page).first().getByRole('button', { name: 'Draft' }).click();
  await expect(page.getByRole('heading', { name: 'Draft invoice' })).toBeVisible();
  expect(problems).toEqual([]);
});
