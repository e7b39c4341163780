import path from 'node:path';
import { expect, test } from '@playwright/test';
import { collectPageProblems, openFromMenu } from './support';
import { pdfText } from './support/pdfText';
import { exploreDemoCompany, sendHistory } from './support/postedDocuments';

// A sent quote goes out like an invoice: the same preview, export and history, here for a
// customer whose name is written in Greek, which the file name and the PDF keep as written.

const GREEK_CUSTOMER = 'Κωνσταντίνος Παπαδόπουλος';

test('a sent quote for a customer with a Greek name previews and exports with the name intact', async ({
  page,
}) => {
  const problems = collectPageProblems(page);
  await exploreDemoCompany(page);
  await openFromMenu(page, 'Quotes');
  const row = page
    .getByRole('table', { name: 'Quotes' })
    .getByRole('row')
    .filter({ hasText: GREEK_CUSTOMER })
    .filter({ hasText: /QUO-/ });
  const number = ((await row.getByText(/^QUO-\S+$/).textContent()) ?? '').trim();
  await row.getByText(number).click();
  await expect(page.getByRole('heading', { name: `Quote ${number}` })).toBeVisible();

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('dialog', { name: `Preview of ${number}` });
  await expect(preview.getByTestId('pdf-page-text').first()).toContainText(GREEK_CUSTOMER);
  await preview.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'PDF saved as' });
  await expect(saved).toBeVisible();
  const file = ((await saved.textContent()) ?? '')
    .replace(/^.*PDF saved as /, '')
    .replace(/Show in folder.*$/, '')
    .trim();
  expect(path.basename(file)).toMatch(
    new RegExp(`^${number} ${GREEK_CUSTOMER}( \\(\\d+\\))?\\.pdf$`),
  );
  const text = await pdfText(file);
  expect(text).toContain(number);
  expect(text).toContain(GREEK_CUSTOMER);
  await expect(sendHistory(page).getByRole('row').filter({ hasText: 'PDF file' })).toContainText(
    file,
  );
  expect(problems).toEqual([]);
});
