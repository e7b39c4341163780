import type Dexie from 'dexie';
import { V1_STORES } from './v1';

// Schema version 4: covering indexes for the dashboard and the overdue filter (issue #7,
// 100,000 invoices). Each index holds, in its key, every field its reader needs, so the reader
// takes the keys alone (Dexie keys() / eachKey) and never reads or deserialises a document
// with its lines or a payment record.
//
// documents
//   [kind+status+dueDateKey+currency+balance]  open invoices (posted, partially paid): the
//                          outstanding and overdue figures and the aged buckets of the
//                          dashboard, and the overdue filter's candidates (dueDateKey before
//                          today, balance above zero) of the invoice list
//   [kind+issueDate+status+currency+netTotal]  invoices and credit notes of the last 12
//                          months: the dashboard's revenue by month (drafts skipped by status)
// payments
//   [date+currency+kind+amount]               this year's payments: money in this month and
//                          this year (kind decides whether an amount adds, takes back or moves)
//
// Every part is a field every stored row has and that is always a valid key: kind, status,
// currency, issueDate and date are strings; dueDateKey is the due date or '' (never null,
// DocumentIndexFields); balance, netTotal and amount are Minor integers. So IndexedDB leaves
// no row out of these indexes.
//
// Only new indexes on existing tables: IndexedDB fills them from the records already stored
// when the version opens, so there is no upgrade function and no record changes. Dexie takes a
// table's index list from the latest version that names it, so the version 1 indexes of both
// tables are repeated here.

/** The tables whose indexes version 4 extends, in Dexie's schema syntax. */
export const V4_STORES = {
  documents: [
    V1_STORES.documents,
    '[kind+status+dueDateKey+currency+balance]',
    '[kind+issueDate+status+currency+netTotal]',
  ].join(', '),
  payments: [V1_STORES.payments, '[date+currency+kind+amount]'].join(', '),
} as const;

/** Declares version 4: covering indexes read key-only by the dashboard and the overdue filter. */
export function registerV4(db: Dexie): void {
  db.version(4).stores(V4_STORES);
}
