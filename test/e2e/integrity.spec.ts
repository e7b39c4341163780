import { expect, test, type Page } from '@playwright/test';
import {
  chooseCustomer,
  collectPageProblems,
  createCustomer,
  openFromMenu,
  postFromEditor,
  setUpCompany,
  startInvoice,
  writeLine,
} from './support';

// Settings → Verify integrity: the audit chain over what was posted through the app matches;
// a posted invoice changed directly in IndexedDB (bypassing the app) is named.

const YEAR = new Date().getFullYear();
const number = (n: number) => `INV-${YEAR}-${String(n).padStart(4, '0')}`;

async function postInvoice(page: Page, customer: string, n: number): Promise<void> {
  const form = await startInvoice(page);
  await chooseCustomer(form, customer);
  await writeLine(form, { quantity: '1', price: '100.00', rate: '19' });
  await postFromEditor(page);
  await expect(page.getByRole('heading', { name: `Invoice ${number(n)}` })).toBeVisible();
}

function integrity(page: Page) {
  return page.getByRole('region', { name: 'Integrity' });
}

async function verify(page: Page) {
  await openFromMenu(page, 'Settings');
  await integrity(page).getByRole('button', { name: 'Verify integrity' }).click();
}

/** Changes the first line's unit price of the posted invoice straight in IndexedDB. */
async function tamperWithInvoice(page: Page, invoiceNumber: string): Promise<void> {
  const changed = await page.evaluate(
    (wanted) =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('invoicer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('documents', 'readwrite');
          const store = tx.objectStore('documents');
          let found = false;
          store.openCursor().onsuccess = (event) => {
            const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
            if (!cursor) return;
            const doc = cursor.value as { number: string | null; lines: { unitPrice: string }[] };
            if (doc.number === wanted) {
              doc.lines[0]!.unitPrice = '1';
              cursor.update(doc);
              found = true;
              return;
            }
            cursor.continue();
          };
          tx.oncomplete = () => {
            db.close();
            resolve(found);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    invoiceNumber,
  );
  expect(changed).toBe(true);
}

test('verify integrity: all records match, then names the invoice edited behind the app’s back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = collectPageProblems(page);
  await setUpCompany(page, { vatId: 'DE123456789' });
  await createCustomer(page, { name: 'Acme Ltd' });
  await postInvoice(page, 'Acme Ltd', 1);
  await postInvoice(page, 'Acme Ltd', 2);
  const payments = page.getByRole('region', { name: 'Payments' });
  await payments.getByRole('button', { name: 'Mark as paid' }).click();
  const confirm = page.getByRole('dialog', { name: 'Mark this invoice as paid?' });
  await confirm.getByRole('button', { name: 'Mark as paid' }).click();
  await expect(page.locator('[data-status="paid"]').first()).toHaveText('Paid');

  await verify(page);
  await expect(integrity(page)).toContainText('All 3 records match.');

  await tamperWithInvoice(page, number(1));
  await integrity(page).getByRole('button', { name: 'Verify integrity' }).click();
  await expect(integrity(page)).toContainText(
    new RegExp(
      `Record 1 \\(Invoice ${number(1)}, posted .+\\) does not match: it was changed after it was posted`,
    ),
  );
  await expect(integrity(page)).not.toContainText('records match');
  expect(problems).toEqual([]);
});
