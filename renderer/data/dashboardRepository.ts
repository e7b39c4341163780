import Dexie, { type Collection } from 'dexie';
import {
  addMonths,
  daysBetween,
  endOfMonth,
  startOfMonth,
  type IsoDate,
} from '../../shared/dates/isoDate';
import type { InvoiceStatus } from '../../shared/documents/invoiceStates';
import { isOverdue } from '../../shared/documents/overdue';
import type { CurrencyCode } from '../../shared/money/currencies';
import { addMinor, minor, ZERO, type Minor } from '../../shared/money/minor';
import type { DocumentKind } from '../../shared/numbering/series';
import {
  ageBucketOf,
  emptyAgedAmounts,
  type AgedAmounts,
} from '../../shared/reports/agedReceivables';
import type { PaymentKind } from '../../shared/schemas/payment';
import { BUSINESS_SETTINGS_KEY, type InvoicerDb, type StoredDocument } from './db';

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

// The covering indexes of schema version 4 (migrations/v4.ts): every figure below is read
// from their keys alone, so no document (with its lines) or payment is deserialised.
const OPEN_INDEX = '[kind+status+dueDateKey+currency+balance]';
const REVENUE_INDEX = '[kind+issueDate+status+currency+netTotal]';
const PAYMENTS_INDEX = '[date+currency+kind+amount]';
type OpenInvoiceKey = [DocumentKind, InvoiceStatus, IsoDate | '', CurrencyCode, Minor];
type RevenueKey = [DocumentKind, IsoDate, string, CurrencyCode, Minor];
type PaymentKey = [IsoDate, CurrencyCode, PaymentKind, Minor];

/**
 * Every figure of the dashboard for `today`, each read from the keys of an index range: open
 * invoices, the last 12 months of invoices and credit notes (issued up to the end of this
 * month), this year's payments, draft counts; and the ten most recently changed documents.
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

    for (const status of OPEN_STATUSES) {
      // Key-only: [kind, status, dueDateKey, currency, balance] of each open invoice.
      const keys = await keysOf<OpenInvoiceKey>(
        db.documents
          .where(OPEN_INDEX)
          .between(
            ['invoice', status, Dexie.minKey],
            ['invoice', status, Dexie.maxKey],
            true,
            true,
          ),
      );
      let undated = false;
      for (const [, , dueDateKey, currency, balance] of keys) {
        const entry = of(currency);
        entry.outstanding = minor(entry.outstanding + balance);
        entry.outstandingCount += 1;
        if (dueDateKey === '') {
          undated = true;
          continue;
        }
        if (isOverdue({ status, dueDate: dueDateKey, balance }, today)) {
          entry.overdueCount += 1;
          entry.overdueAmount = minor(entry.overdueAmount + balance);
        }
        age(entry, dueDateKey, balance, today);
      }
      if (undated) {
        // An invoice without a due date (none is posted so by the app) ages from its issue
        // date, as toReportDocument does; only these few rows are read whole.
        await db.documents
          .where(OPEN_INDEX)
          .between(['invoice', status, ''], ['invoice', status, '', Dexie.maxKey], true, true)
          .each((doc) => age(of(doc.currency), doc.issueDate, doc.balance, today));
      }
    }

    const monthIndex = new Map(months.map((month, index) => [month, index]));
    for (const kind of ['invoice', 'creditNote'] as const) {
      const sign = kind === 'invoice' ? 1 : -1;
      // Key-only: [kind, issueDate, status, currency, netTotal] issued in the 12 months.
      const keys = await keysOf<RevenueKey>(
        db.documents
          .where(REVENUE_INDEX)
          .between([kind, firstMonth], [kind, endOfMonth(today), Dexie.maxKey], true, true),
      );
      for (const [, issueDate, status, currency, netTotal] of keys) {
        if (status === 'draft') continue;
        const slot = of(currency).revenueByMonth[monthIndex.get(issueDate.slice(0, 7)) ?? -1];
        if (slot) slot.net = minor(slot.net + sign * netTotal);
      }
    }

    const yearStart = `${today.slice(0, 4)}-01-01`;
    const monthStart = startOfMonth(today);
    // Key-only: [date, currency, kind, amount] of this year's payment records up to today.
    const payments = await keysOf<PaymentKey>(
      db.payments.where(PAYMENTS_INDEX).between([yearStart], [today, Dexie.maxKey], true, true),
    );
    for (const [date, currency, kind, amount] of payments) {
      const entry = of(currency);
      const received = moneyIn(kind, amount);
      entry.paidThisYear = minor(entry.paidThisYear + received);
      if (date >= monthStart) entry.paidThisMonth = minor(entry.paidThisMonth + received);
    }

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

/** The index keys of a range, as the tuple its index declares (Dexie types them loosely). */
async function keysOf<K>(range: Collection): Promise<K[]> {
  return (await range.keys()) as unknown as K[];
}

/**
 * Adds an open balance to its age bucket as the aged receivables report does (shared/reports
 * ageBucketOf; only a balance above zero is aged there).
 */
function age(entry: CurrencyFigures, dueDate: IsoDate, balance: Minor, today: IsoDate): void {
  if (balance <= 0) return;
  const bucket = ageBucketOf(daysBetween(dueDate, today));
  entry.aged[bucket] = addMinor(entry.aged[bucket], balance);
  entry.aged.total = addMinor(entry.aged.total, balance);
}

/** What a payment record adds to the money received: reversals and refunds take it back. */
function moneyIn(kind: PaymentKind, amount: Minor): number {
  switch (kind) {
    case 'payment':
      return amount;
    case 'reversal':
    case 'refund':
      return -amount;
    case 'creditApplication':
    case 'creditFromInvoice':
      // Moves money received earlier between an invoice and the customer's credit; counting
      // it would count it twice.
      return 0;
  }
}
