import Dexie from 'dexie';
import { totalsKeyRange, type TotalsGroup } from '../../shared/dashboard/dashboardTotals';
import { addMonths, daysBetween, startOfMonth, type IsoDate } from '../../shared/dates/isoDate';
import type { CurrencyCode } from '../../shared/money/currencies';
import { addMinor, ZERO, type Minor } from '../../shared/money/minor';
import type { DocumentKind } from '../../shared/numbering/series';
import {
  ageBucketOf,
  emptyAgedAmounts,
  type AgedAmounts,
} from '../../shared/reports/agedReceivables';
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
const MONTHS = 12;

/**
 * Every figure of the dashboard for `today`, summed from the running totals of schema version
 * 5 (shared/dashboard dashboardTotals, kept with every write): the open invoices' rows, the
 * revenue rows of the last 12 months, this year's money-in rows up to today; the draft counts
 * from an index; and the ten most recently changed documents. Rows are per day (month) and
 * currency, not per record, so their number does not grow with the number of invoices.
 */
export async function getDashboardFigures(
  db: InvoicerDb,
  today: IsoDate,
): Promise<DashboardFigures> {
  return db.transaction('r', db.documents, db.dashboardTotals, db.settings, async () => {
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
    // A group's rows, of all dates or of the dates from … to (both included), by their keys.
    const rows = (group: TotalsGroup, dates?: [from: string, to: string]) =>
      db.dashboardTotals
        .where(':id')
        .between(...totalsKeyRange(group, dates), true, true)
        .toArray();

    for (const group of ['open', 'openUndated', 'openSettled'] as const) {
      for (const { date, currency, count, amount } of await rows(group)) {
        const entry = of(currency);
        entry.outstanding = addMinor(entry.outstanding, amount);
        entry.outstandingCount += count;
        if (group === 'openSettled') continue;
        // An invoice without a due date (none is posted so by the app) ages from its issue
        // date, as toReportDocument does, and is never overdue.
        if (group === 'open' && date < today) {
          entry.overdueCount += count;
          entry.overdueAmount = addMinor(entry.overdueAmount, amount);
        }
        age(entry, date as IsoDate, amount, today);
      }
    }

    // Issue months of the 12 months, up to this one (invoices add their net, credit notes
    // take theirs away; drafts add nothing).
    const monthIndex = new Map(months.map((month, index) => [month, index]));
    for (const { date, currency, amount } of await rows('revenue', [
      months[0]!,
      months[MONTHS - 1]!,
    ])) {
      const slot = of(currency).revenueByMonth[monthIndex.get(date) ?? -1];
      if (slot) slot.net = addMinor(slot.net, amount);
    }

    // This year's payment records up to today, by payment date.
    const monthStart = startOfMonth(today);
    for (const { date, currency, amount } of await rows('moneyIn', [yearStart(today), today])) {
      const entry = of(currency);
      entry.paidThisYear = addMinor(entry.paidThisYear, amount);
      if (date >= monthStart) entry.paidThisMonth = addMinor(entry.paidThisMonth, amount);
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

function yearStart(today: IsoDate): string {
  return `${today.slice(0, 4)}-01-01`;
}
