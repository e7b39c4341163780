import { daysBetween, type IsoDate } from '../dates/isoDate';
import type { CurrencyCode } from '../money/currencies';
import { addMinor, ZERO, type Minor } from '../money/minor';
import { customersOf, groupByCurrency, type ReportDocument } from './reportDocument';

/** The age buckets of the aged receivables report, youngest first. */
export const AGE_BUCKETS = ['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

/** The open amount in each age bucket and their sum. */
export type AgedAmounts = Record<AgeBucket, Minor> & { total: Minor };

export type AgedCustomerRow = {
  customerId: string;
  customerName: string;
  amounts: AgedAmounts;
  /** The number of open invoices behind the row. */
  invoiceCount: number;
};

export type AgedCurrencySection = {
  currency: CurrencyCode;
  customers: AgedCustomerRow[];
  totals: AgedAmounts;
};

export type AgedReceivablesReport = { today: IsoDate; currencies: AgedCurrencySection[] };

/**
 * The bucket for an invoice this many days past its due date. Due today (0) or later is not
 * due, as in isOverdue: the customer has the whole due day; 30 is still 1–30, 31 is 31–60.
 */
export function ageBucketOf(daysPastDue: number): AgeBucket {
  if (daysPastDue <= 0) return 'notDue';
  if (daysPastDue <= 30) return 'days1to30';
  if (daysPastDue <= 60) return 'days31to60';
  if (daysPastDue <= 90) return 'days61to90';
  return 'over90';
}

/** All buckets at zero. */
export function emptyAgedAmounts(): AgedAmounts {
  return {
    notDue: ZERO,
    days1to30: ZERO,
    days31to60: ZERO,
    days61to90: ZERO,
    over90: ZERO,
    total: ZERO,
  };
}

function addToBucket(amounts: AgedAmounts, bucket: AgeBucket, amount: Minor): void {
  amounts[bucket] = addMinor(amounts[bucket], amount);
  amounts.total = addMinor(amounts.total, amount);
}

/**
 * Open balances per currency and customer, aged by days past the due date as of `today`.
 * Only invoices with a positive balance count; credit notes have already reduced the
 * balances of the invoices they correct, so they are not aged themselves.
 */
export function agedReceivables(
  documents: readonly ReportDocument[],
  today: IsoDate,
): AgedReceivablesReport {
  const open = documents.filter((doc) => doc.kind === 'invoice' && (doc.balance ?? ZERO) > 0);
  const currencies = groupByCurrency(open).map(({ currency, items }) => {
    const totals = emptyAgedAmounts();
    const customers = customersOf(items).map(({ customerId, customerName }) => {
      const amounts = emptyAgedAmounts();
      const invoices = items.filter((doc) => doc.customerId === customerId);
      for (const invoice of invoices) {
        const bucket = ageBucketOf(daysBetween(invoice.dueDate, today));
        const balance = invoice.balance ?? ZERO;
        addToBucket(amounts, bucket, balance);
        addToBucket(totals, bucket, balance);
      }
      return { customerId, customerName, amounts, invoiceCount: invoices.length };
    });
    return { currency, customers, totals };
  });
  return { today, currencies };
}
