import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { DASHBOARD_TOTALS_TABLE } from '../derived/dashboardTotalsView';
import { OPEN_INVOICES_TABLE } from '../derived/openInvoicesView';
import { recomputeDashboardTotals, recomputeOpenInvoices } from '../derived/recompute';
import { V1_STORES } from './v1';

// Schema version 5: derived tables and search indexes for 100,000 invoices (issue #7).
//
// dashboardTotals            one row per group, date and currency (shared/dashboard
//   key                      dashboardTotals): the count and sum of what the open invoices,
//                            the revenue by month and the money received contribute; key is
//                            JSON of [group, date, currency], in that order as text, so a
//                            group's rows over a range of dates are a range of keys
//                            (totalsKeyRange), read without an index. A simple key, not a
//                            compound one, because backups check and restore rows by a single
//                            key field (backup/validateBackup keyOf)
// openInvoices               one row per posted or partially paid invoice (derived/
//   key                      openInvoicesView): `${issueDate}|${id}`, the list's order, with
//                            its status, due date and balance: the overdue filter walks it
//
// documents, two covering indexes for search as typed in issue-date order (searchPlan.ts):
//   [kind+numberKey+issueDate]        a number prefix's documents with their issue dates,
//   [kind+customerNameKey+issueDate]  a name prefix's, from the keys alone (no document read),
//                                     so the page's matches are found and only they are read
// IndexedDB fills them from the stored records when the version opens. Dexie takes a table's
// index list from the latest version that names it: version 1's are repeated, and version
// 4's covering indexes, which only the dashboard read, are dropped with the payments' one
// (the totals answer it), so no write maintains them any more.
//
// Both tables are derived data, kept in the same transaction as every write to documents and
// payments by derived/derivedTablesMiddleware. The upgrade computes them from every
// document and payment once (the middleware stands aside in upgrades); no record of another
// table changes. A later version that changes documents or payments recomputes them too.

/** The tables version 5 adds and the indexes it changes, in Dexie's schema syntax. */
export const V5_STORES = {
  dashboardTotals: 'key',
  openInvoices: 'key',
  documents: [
    V1_STORES.documents,
    '[kind+numberKey+issueDate]',
    '[kind+customerNameKey+issueDate]',
  ].join(', '),
  payments: V1_STORES.payments,
} as const;

/** Declares version 5: the derived tables, computed from what is stored; search indexes. */
export function registerV5(db: Dexie): void {
  db.version(5).stores(V5_STORES).upgrade(fillDerivedTables);
}

async function fillDerivedTables(tx: Transaction): Promise<void> {
  await tx.table(DASHBOARD_TOTALS_TABLE).bulkAdd(await recomputeDashboardTotals(tx));
  await tx.table(OPEN_INVOICES_TABLE).bulkAdd(await recomputeOpenInvoices(tx));
}
