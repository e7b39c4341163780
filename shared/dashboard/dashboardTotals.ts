import type { CurrencyCode } from '../money/currencies';
import { minor, ZERO, type Minor } from '../money/minor';
import { PAYMENT_KINDS, type PaymentKind } from '../schemas/payment';

// The dashboard's figures as running totals (issue #7): every document and payment record
// adds a few counted amounts to rows keyed by group, date and currency, and the dashboard
// sums a handful of rows instead of reading every open invoice and payment of the year.
//
//   open         posted / partially paid invoice with a balance above zero and a due date:
//                by due date (outstanding, overdue when before today, aged by due date)
//   openUndated  the same without a due date: by issue date (outstanding, aged from the issue
//                date as the aged receivables report does, never overdue)
//   openSettled  posted / partially paid invoice with a balance of zero or less: date ''
//                (counts only in outstanding and the number of open invoices)
//   revenue      invoice or credit note that is not a draft: by issue month 'YYYY-MM', net
//                of invoices less net of credit notes
//   moneyIn      every payment record: by payment date, money received (payments add,
//                reversals and refunds take back, credit movements count zero)
//
// A record the app never writes (a field missing or not of its type) adds nothing to a
// group that reads that field, as IndexedDB left it out of the version 4 index the
// dashboard read before these totals.

export const TOTALS_GROUPS = ['open', 'openUndated', 'openSettled', 'revenue', 'moneyIn'] as const;
export type TotalsGroup = (typeof TOTALS_GROUPS)[number];

/** The groups fed by documents, and the one fed by payment records. */
export const DOCUMENT_GROUPS: readonly TotalsGroup[] = [
  'open',
  'openUndated',
  'openSettled',
  'revenue',
];
export const PAYMENT_GROUPS: readonly TotalsGroup[] = ['moneyIn'];

/** What one record adds to one row: always a count of 1 and its amount. */
export type TotalsContribution = {
  group: TotalsGroup;
  /** A due or issue date 'YYYY-MM-DD', an issue month 'YYYY-MM', or '' (openSettled). */
  date: string;
  currency: CurrencyCode;
  count: number;
  amount: Minor;
};

/** A stored row: the records of one group, date and currency, counted and summed. */
export type DashboardTotalsRow = TotalsContribution & { key: string };

const OPEN_STATUSES: readonly unknown[] = ['posted', 'partiallyPaid'];

/** The primary key of a row: its group, date and currency (JSON, so no two rows share one). */
export function totalsKey(group: TotalsGroup, date: string, currency: string): string {
  return JSON.stringify([group, date, currency]);
}

/**
 * The bounds of the keys of a group's rows, of every date or of the dates from … to (both
 * included), for a range on the primary key: a table read by its key costs about a fifth of
 * one read through an index in Chromium. Dates and currencies never hold a quote or a
 * backslash, so each key is its group, date and currency in plain text order.
 */
export function totalsKeyRange(
  group: TotalsGroup,
  dates?: [from: string, to: string],
): [lower: string, upper: string] {
  const prefix = `${JSON.stringify([group]).slice(0, -1)},`;
  if (!dates) return [prefix, `${prefix}\uffff`];
  const [from, to] = dates;
  return [`${prefix}${JSON.stringify(from)}`, `${prefix}${JSON.stringify(to)}\uffff`];
}

/** Money received by a payment record: reversals and refunds take it back. */
export function moneyIn(kind: PaymentKind, amount: Minor): Minor {
  switch (kind) {
    case 'payment':
      return amount;
    case 'reversal':
    case 'refund':
      return minor(-amount);
    case 'creditApplication':
    case 'creditFromInvoice':
      // Moves money received earlier between an invoice and the customer's credit; counting
      // it would count it twice.
      return ZERO;
  }
}

type Fields = Readonly<Record<string, unknown>>;

const isText = (value: unknown): value is string => typeof value === 'string';
const isAmount = (value: unknown): value is Minor =>
  typeof value === 'number' && Number.isSafeInteger(value);

function contribution(
  group: TotalsGroup,
  date: string,
  currency: string,
  amount: Minor,
): TotalsContribution {
  return { group, date, currency: currency as CurrencyCode, count: 1, amount: minor(amount) };
}

/** What a stored document adds to the dashboard totals: its open balance and its revenue. */
export function documentContributions(doc: Fields): TotalsContribution[] {
  const { kind, status, currency, dueDateKey, issueDate, balance, netTotal } = doc;
  const result: TotalsContribution[] = [];
  if (!isText(currency) || !isText(status)) return result;
  if (kind === 'invoice' && OPEN_STATUSES.includes(status) && isAmount(balance)) {
    if (isText(dueDateKey)) {
      if (balance <= 0) result.push(contribution('openSettled', '', currency, balance));
      else if (dueDateKey !== '') result.push(contribution('open', dueDateKey, currency, balance));
      else if (isText(issueDate))
        result.push(contribution('openUndated', issueDate, currency, balance));
    }
  }
  if ((kind === 'invoice' || kind === 'creditNote') && status !== 'draft') {
    if (isText(issueDate) && isAmount(netTotal)) {
      const net = kind === 'invoice' ? netTotal : minor(-netTotal);
      result.push(contribution('revenue', issueDate.slice(0, 7), currency, net));
    }
  }
  return result;
}

/** What a payment record adds to the dashboard totals: money in on its date. */
export function paymentContributions(payment: Fields): TotalsContribution[] {
  const { date, currency, kind, amount } = payment;
  if (!isText(date) || !isText(currency) || !isAmount(amount)) return [];
  if (!(PAYMENT_KINDS as readonly unknown[]).includes(kind)) return [];
  return [contribution('moneyIn', date, currency, moneyIn(kind as PaymentKind, amount))];
}
