import { getDashboardFigures } from '../../renderer/data/dashboardRepository';
import {
  dashboardTotalsDifferences,
  openInvoicesDifferences,
} from '../../renderer/data/derived/recompute';
import type { InvoicerDb } from '../../renderer/data/db';
import { addMonths, startOfMonth, type IsoDate } from '../../shared/dates/isoDate';
import type { InvoiceStatus } from '../../shared/documents/invoiceStates';
import { isOverdue } from '../../shared/documents/overdue';

// The dashboard's figures on the generated database, checked against a full recomputation
// from every document and payment: the figures that are timed must also be right. The
// running totals they are summed from (schema version 5, kept by a middleware while the
// generator wrote) are checked row by row against their own recomputation too, and so are
// the open invoices the overdue filter walks.

type Figures = {
  outstanding: number;
  outstandingCount: number;
  overdueCount: number;
  overdueAmount: number;
  paidThisMonth: number;
  paidThisYear: number;
  revenue: Record<string, number>;
};

const empty = (): Figures => ({
  outstanding: 0,
  outstandingCount: 0,
  overdueCount: 0,
  overdueAmount: 0,
  paidThisMonth: 0,
  paidThisYear: 0,
  revenue: {},
});

/** The dashboard's figures per currency by reading every record once. */
async function recompute(db: InvoicerDb, day: IsoDate): Promise<Map<string, Figures>> {
  const figures = new Map<string, Figures>();
  const of = (currency: string) =>
    figures.get(currency) ?? figures.set(currency, empty()).get(currency)!;
  const firstMonth = addMonths(startOfMonth(day), -11).slice(0, 7);
  const thisMonth = day.slice(0, 7);
  await db.documents.each((doc) => {
    if (doc.status === 'draft') return;
    const entry = of(doc.currency);
    if (doc.kind === 'invoice' && (doc.status === 'posted' || doc.status === 'partiallyPaid')) {
      entry.outstanding += doc.balance;
      entry.outstandingCount += 1;
      const status = doc.status as InvoiceStatus;
      if (
        doc.dueDate !== null &&
        isOverdue({ status, dueDate: doc.dueDate, balance: doc.balance }, day)
      ) {
        entry.overdueCount += 1;
        entry.overdueAmount += doc.balance;
      }
    }
    const month = doc.issueDate.slice(0, 7);
    if (doc.kind !== 'quote' && month >= firstMonth && month <= thisMonth) {
      const sign = doc.kind === 'invoice' ? 1 : -1;
      entry.revenue[month] = (entry.revenue[month] ?? 0) + sign * doc.netTotal;
    }
  });
  await db.payments.each((payment) => {
    if (payment.date > day || payment.date.slice(0, 4) !== day.slice(0, 4)) return;
    // Credit kept or applied moves money received earlier: it counts zero, as on the dashboard.
    const amount =
      payment.kind === 'payment'
        ? payment.amount
        : payment.kind === 'creditApplication' || payment.kind === 'creditFromInvoice'
          ? 0
          : -payment.amount;
    const entry = of(payment.currency);
    entry.paidThisYear += amount;
    if (payment.date.slice(0, 7) === thisMonth) entry.paidThisMonth += amount;
  });
  return figures;
}

/**
 * Every figure of getDashboardFigures that differs from the recomputation, and every row of
 * the dashboard totals that differs from theirs.
 */
export async function checkDashboard(db: InvoicerDb, day: IsoDate): Promise<string[]> {
  const shown = await getDashboardFigures(db, day);
  const expected = await recompute(db, day);
  const problems = [
    ...(await dashboardTotalsDifferences(db)).map((problem) => `totals ${problem}`),
    ...(await openInvoicesDifferences(db)).map((problem) => `open invoices ${problem}`),
  ];
  for (const entry of shown.currencies) {
    const want = expected.get(entry.currency) ?? empty();
    for (const key of [
      'outstanding',
      'outstandingCount',
      'overdueCount',
      'overdueAmount',
      'paidThisMonth',
      'paidThisYear',
    ] as const) {
      if (entry[key] !== want[key])
        problems.push(`${entry.currency} ${key}: ${entry[key]} ≠ ${want[key]}`);
    }
    for (const { month, net } of entry.revenueByMonth) {
      if (net !== (want.revenue[month] ?? 0))
        problems.push(`${entry.currency} revenue ${month}: ${net} ≠ ${want.revenue[month] ?? 0}`);
    }
  }
  for (const currency of expected.keys()) {
    if (!shown.currencies.some((entry) => entry.currency === currency))
      problems.push(`${currency}: missing on the dashboard`);
  }
  return problems;
}
