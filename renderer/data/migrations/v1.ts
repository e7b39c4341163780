import type Dexie from 'dexie';

// Schema version 1. Every list, filter and search of the screens is a range on one of these
// indexes, so no screen loads a whole table (DESIGN §9: 100,000 invoices).
//
// documents: the compound indexes all start with `kind`, since every list shows one kind.
//   [kind+issueDate]            list newest first; date range; 12-month revenue
//   [kind+status+issueDate]     status filter; drafts waiting; open invoices
//   [kind+status+dueDate]       overdue: posted / partially paid with dueDate before today
//   [kind+customerId+issueDate] a customer's documents; "is the customer referred to"
//   [kind+numberKey]            number prefix search and sort (drafts have numberKey '')
//   [kind+customerNameKey]      customer-name prefix search and sort
//   [kind+dueDateKey]           sort by due date (dueDateKey is '' where there is none)
//   [kind+grossTotal]           sort by total
//   updatedAt                   recently changed documents (dashboard)
//   sourceQuoteId, creditedInvoiceId  links between documents (sparse: null is not indexed)
// IndexedDB leaves a record out of an index when a key part is missing or null, which is why
// the sort fields are derived and never null.

/** The tables and indexes of version 1, in Dexie's schema syntax. */
export const V1_STORES = {
  settings: 'key',
  customers: 'id, nameKey, classId',
  customerClasses: 'id, nameKey',
  products: 'id, &skuKey, nameKey',
  documents: [
    'id',
    '[kind+issueDate]',
    '[kind+status+issueDate]',
    '[kind+status+dueDate]',
    '[kind+customerId+issueDate]',
    '[kind+numberKey]',
    '[kind+customerNameKey]',
    '[kind+dueDateKey]',
    '[kind+grossTotal]',
    'updatedAt',
    'sourceQuoteId',
    'creditedInvoiceId',
  ].join(', '),
  payments: 'id, invoiceId, customerId, date',
  journal: 'id, [sourceType+sourceId], date',
} as const;

/** Declares version 1: the first schema, nothing to upgrade. */
export function registerV1(db: Dexie): void {
  db.version(1).stores(V1_STORES);
}
