import Dexie from 'dexie';
import type { InvoicerDb } from '../../renderer/data/db';
import { addMonths, endOfMonth, startOfMonth, type IsoDate } from '../../shared/dates/isoDate';
import { INVOICE_STATUSES } from '../../shared/documents/invoiceStates';

// How many records the slow paths have to read, counted on the indexes (cheap): the
// invoices per status, the open ones already past due (the overdue filter, the dashboard),
// and the invoices and credit notes of the dashboard's twelve months. Kept in results.json
// so a run's figures can be read against the shape of its database.

/** Index counts of the generated database on `day`. */
export async function databaseShape(db: InvoicerDb, day: IsoDate) {
  const count = (index: string, lo: unknown[], hi: unknown[], includeHi = true) =>
    db.documents.where(index).between(lo, hi, true, includeHi).count();
  const invoicesByStatus: Record<string, number> = {};
  for (const status of INVOICE_STATUSES) {
    invoicesByStatus[status] = await count(
      '[kind+status+issueDate]',
      ['invoice', status, Dexie.minKey],
      ['invoice', status, Dexie.maxKey],
    );
  }
  let pastDue = 0;
  for (const status of ['posted', 'partiallyPaid']) {
    pastDue += await count(
      '[kind+status+dueDate]',
      ['invoice', status, Dexie.minKey],
      ['invoice', status, day],
      false,
    );
  }
  const firstDay = addMonths(startOfMonth(day), -11);
  let lastTwelveMonths = 0;
  for (const kind of ['invoice', 'creditNote']) {
    lastTwelveMonths += await count('[kind+issueDate]', [kind, firstDay], [kind, endOfMonth(day)]);
  }
  const open = (invoicesByStatus.posted ?? 0) + (invoicesByStatus.partiallyPaid ?? 0);
  return { invoicesByStatus, open, pastDue, openNotYetDue: open - pastDue, lastTwelveMonths };
}
