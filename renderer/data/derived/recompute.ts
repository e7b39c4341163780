import type Dexie from 'dexie';
import type { Table } from 'dexie';
import {
  documentContributions,
  paymentContributions,
  type DashboardTotalsRow,
} from '../../../shared/dashboard/dashboardTotals';
import {
  addContributions,
  sortedRows,
  type TotalsDelta,
} from '../../../shared/dashboard/totalsDelta';
import { DASHBOARD_TOTALS_TABLE } from './dashboardTotalsView';
import { OPEN_INVOICES_TABLE, openInvoiceRowOf, type OpenInvoiceRow } from './openInvoicesView';

// The derived tables computed from scratch: from every document and payment record, one pass
// over each table. What the middleware maintains must always equal this; version 5's upgrade
// fills the tables with it, and the tests and the bench check hold the two together.

/** A database or a transaction (an upgrade's): anything that hands out tables by name. */
export type TableSource = { table(name: string): Table };

/** The rows dashboardTotals must hold for the documents and payments of `source`, by key. */
export async function recomputeDashboardTotals(source: TableSource): Promise<DashboardTotalsRow[]> {
  const delta: TotalsDelta = new Map();
  await source
    .table('documents')
    .each((doc: Record<string, unknown>) => addContributions(delta, documentContributions(doc), 1));
  await source
    .table('payments')
    .each((payment: Record<string, unknown>) =>
      addContributions(delta, paymentContributions(payment), 1),
    );
  return sortedRows(delta);
}

/** The rows dashboardTotals holds, by key. */
export async function storedDashboardTotals(source: TableSource): Promise<DashboardTotalsRow[]> {
  return (await source.table(DASHBOARD_TOTALS_TABLE).toArray()) as DashboardTotalsRow[];
}

/**
 * Every difference between the stored rows and the recomputed ones, one sentence each (none
 * when they agree), read in one transaction so no write falls between the two.
 */
export async function dashboardTotalsDifferences(db: Dexie): Promise<string[]> {
  return db.transaction('r', ['documents', 'payments', DASHBOARD_TOTALS_TABLE], async () => {
    const stored = new Map((await storedDashboardTotals(db)).map((row) => [row.key, row]));
    const expected = await recomputeDashboardTotals(db);
    const problems: string[] = [];
    for (const row of expected) {
      const found = stored.get(row.key);
      stored.delete(row.key);
      if (!found) problems.push(`${row.key}: missing (expected ${row.count} × ${row.amount})`);
      else if (found.count !== row.count || found.amount !== row.amount)
        problems.push(
          `${row.key}: ${found.count} × ${found.amount}, expected ${row.count} × ${row.amount}`,
        );
    }
    for (const row of stored.values()) problems.push(`${row.key}: stored but no record adds to it`);
    return problems;
  });
}

/** The rows openInvoices must hold for the documents of `source`, by key. */
export async function recomputeOpenInvoices(source: TableSource): Promise<OpenInvoiceRow[]> {
  const rows: OpenInvoiceRow[] = [];
  await source.table('documents').each((doc: Record<string, unknown>) => {
    const row = openInvoiceRowOf(doc);
    if (row) rows.push(row);
  });
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Every difference between the stored open invoices and the recomputed ones (none: []). */
export async function openInvoicesDifferences(db: Dexie): Promise<string[]> {
  return db.transaction('r', ['documents', OPEN_INVOICES_TABLE], async () => {
    const stored = (await db.table(OPEN_INVOICES_TABLE).toArray()) as OpenInvoiceRow[];
    const expected = await recomputeOpenInvoices(db);
    const text = (row: OpenInvoiceRow) => JSON.stringify(row);
    const storedText = new Set(stored.map(text));
    const expectedText = new Set(expected.map(text));
    return [
      ...expected.filter((row) => !storedText.has(text(row))).map((row) => `missing ${text(row)}`),
      ...stored.filter((row) => !expectedText.has(text(row))).map((row) => `stale ${text(row)}`),
    ];
  });
}
