import Dexie from 'dexie';
import { addMonths, endOfMonth, startOfMonth, type IsoDate } from '../../shared/dates/isoDate';
import type { InvoiceStatus } from '../../shared/documents/invoiceStates';
import { isOverdue } from '../../shared/documents/overdue';
import type { CurrencyCode } from '../../shared/money/currencies';
import { minor, ZERO, type Minor } from '../../shared/money/minor';
import type { DocumentKind } from '../../shared/numbering/series';
import {
  agedReceivables,
  emptyAgedAmounts,
  type AgedAmounts,
} from '../../shared/reports/agedReceivables';
import type { Payment } from '../../shared/schemas/payment';
import { BUSINESS_SETTINGS_KEY, type InvoicerDb, type StoredDocument } from './db';
import { toReportDocument } from './reportsRepository';

/** The dashboard's money figures in one currency (amounts are never added across currencies). */
export type CurrencyFigures = {
  currency: CurrencyCode;
  /** Balance of open and partially paid invoices. */
  outstanding: Minor;
  outstandingCount: number;
  overdueCount: number;
  overdueAmount: Minor;
  /** Money received (payments less reversals and refunds) by payment date. */
  paidThisMonth: Minor;
  paidThisYear: Minor;
  /** Net of posted invoices less posted credit notes, by issue month, oldest first, 12 months. */
  revenueByMonth: { month: string; net: Minor }[];
  /** Open balances by days past due (shared/reports' aged receivables), as of today. */
  aged: AgedAmounts;
};

export type DashboardFigures = {
  currencies: CurrencyFigures[];
  draftsWaiting: number;
  draftsByKind: Record<DocumentKind, number>;
  /** The 10 documents changed last, of any kind. */
  recentDocuments: StoredDocument[];
};

const KINDS: DocumentKind[] = ['invoice', 'quote', 'creditNote'];
const OPEN_STATUSES: InvoiceStatus[] = ['posted', 'partiallyPaid'];
const MONTHS = 12;

/**
 * Every figure of the dashboard for `today`, each read from an index range: open invoices,
 * the last 12 months of invoices and credit notes, this year's payments, draft counts and
 * the most recently changed documents.
 */
export async function getDashboardFigures(
  db: InvoicerDb,
  today: IsoDate,
): Promise<DashboardFigures> {
  return db.transaction('r', db.documents, db.payments, db.settings, async () => {
    const settings = (await db.settings.get(BUSINESS_SETTINGS_KEY))?.value;
    const firstMonth = addMonths(startOfMonth(today), -(MONTHS - 1));
    const months = Array.from({ length: MONTHS }, (_, i) => addMonths(firstMonth, i).slice(0, 7));
    const figures = new Map<string, CurrencyFigures>();
    const of = (currency: CurrencyCode): CurrencyFigures => {
      let entry = figures.get(currency);
      if (!entry) {
        entry = {
          currency,
          outstanding: ZERO,
          outstandingCount: 0,
          overdueCount: 0,
          overdueAmount: ZERO,
          paidThisMonth: ZERO,
          paidThisYear: ZERO,
          revenueByMonth: months.map((month) => ({ month, net: ZERO })),
          aged: emptyAgedAmounts(),
        };
        figures.set(currency, entry);
      }
      return entry;
    };
    if (settings) of(settings.defaultCurrency);

    const openInvoices: StoredDocument[] = [];
    for (const status of OPEN_STATUSES) {
      const open = await db.documents
        .where('[kind+status+issueDate]')
        .between(['invoice', status, Dexie.minKey], ['invoice', status, Dexie.maxKey])
        .toArray();
      openInvoices.push(...open);
      for (const invoice of open) {
        const entry = of(invoice.currency);
        entry.outstanding = minor(entry.outstanding + invoice.balance);
        entry.outstandingCount += 1;
        const { dueDate, balance } = invoice;
        if (dueDate !== null && isOverdue({ status, dueDate, balance }, today)) {
          entry.overdueCount += 1;
          entry.overdueAmount = minor(entry.overdueAmount + invoice.balance);
        }
      }
    }
    // The same ageing as the reports screen, over the open invoices just read.
    const aged = agedReceivables(
      openInvoices.flatMap((doc) => toReportDocument(doc) ?? []),
      today,
    );
    for (const section of aged.currencies) of(section.currency).aged = section.totals;

    for (const kind of ['invoice', 'creditNote'] as const) {
      const sign = kind === 'invoice' ? 1 : -1;
      await db.documents
        .where('[kind+issueDate]')
        .between([kind, firstMonth], [kind, endOfMonth(today)])
        .filter((doc) => doc.status !== 'draft')
        .each((doc) => {
          const slot = of(doc.currency).revenueByMonth.find(
            (m) => m.month === doc.issueDate.slice(0, 7),
          );
          if (slot) slot.net = minor(slot.net + sign * doc.netTotal);
        });
    }

    const yearStart = `${today.slice(0, 4)}-01-01`;
    const monthStart = startOfMonth(today);
    await db.payments
      .where('date')
      .between(yearStart, today, true, true)
      .each((payment) => {
        const entry = of(payment.currency);
        const amount = moneyIn(payment);
        entry.paidThisYear = minor(entry.paidThisYear + amount);
        if (payment.date >= monthStart) entry.paidThisMonth = minor(entry.paidThisMonth + amount);
      });

    const draftsByKind = { invoice: 0, quote: 0, creditNote: 0 };
    for (const kind of KINDS) {
      draftsByKind[kind] = await db.documents
        .where('[kind+status+issueDate]')
        .between([kind, 'draft', Dexie.minKey], [kind, 'draft', Dexie.maxKey])
        .count();
    }
    const recentDocuments = await db.documents.orderBy('updatedAt').reverse().limit(10).toArray();
    const main = settings?.defaultCurrency;
    const currencies = [...figures.values()].sort((a, b) =>
      a.currency === main ? -1 : b.currency === main ? 1 : a.currency.localeCompare(b.currency),
    );
    return {
      currencies,
      draftsWaiting: draftsByKind.invoice + draftsByKind.quote + draftsByKind.creditNote,
      draftsByKind,
      recentDocuments,
    };
  });
}

/** What a payment record adds to the money received: reversals and refunds take it back. */
function moneyIn(payment: Payment): number {
  switch (payment.kind) {
    case 'payment':
      return payment.amount;
    case 'reversal':
    case 'refund':
      return -payment.amount;
    case 'creditApplication':
    case 'creditFromInvoice':
      // Moves money received earlier between an invoice and the customer's credit; counting
      // it would count it twice.
      return 0;
  }
}
