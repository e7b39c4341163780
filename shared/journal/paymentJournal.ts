import type { IsoDate } from '../dates/isoDate';
import type { CurrencyCode } from '../money/currencies';
import { addMinor, type Minor } from '../money/minor';
import {
  PAYMENT_METHOD_LABELS,
  paymentMoneyAccount,
  type PaymentMethod,
} from '../payments/paymentMethod';
import type { ChartOfAccounts } from './chartOfAccounts';
import {
  buildJournalEntry,
  mirrorPostings,
  type JournalEntry,
  type JournalSourceType,
  type Posting,
} from './journalEntry';

/** The common facts of a money movement: which record, when, in what currency. */
type MovementHeader = {
  id: string;
  /** The reference people see: the payment's bank reference or the invoice number. */
  reference: string;
  date: IsoDate;
  currency: CurrencyCode;
  /** Overrides the generated description. */
  description?: string | undefined;
};

/** A recorded payment as applyPayment split it: applied to the invoice, excess kept as credit. */
export type JournalPayment = MovementHeader & {
  method: PaymentMethod;
  applied: Minor;
  excessAsCredit: Minor;
};

/** The entry of a payment: bank (cash for cash) debited, receivables and customer credit credited. */
export function journalForPayment(payment: JournalPayment, chart: ChartOfAccounts): JournalEntry {
  return paymentEntry(payment, 'payment', paymentPostings(payment, chart));
}

/** The entry that reverses a payment recorded by mistake: the payment's entry mirrored. */
export function journalForPaymentReversal(
  payment: JournalPayment,
  chart: ChartOfAccounts,
): JournalEntry {
  const postings = mirrorPostings(paymentPostings(payment, chart));
  return paymentEntry(payment, 'paymentReversal', postings);
}

/** The entry of customer credit used to settle an invoice: customer credit to receivables. */
export function journalForCreditApplication(
  application: MovementHeader & { amount: Minor },
  chart: ChartOfAccounts,
): JournalEntry {
  return buildJournalEntry(
    {
      ...header(application, 'creditApplication'),
      description: application.description ?? `Customer credit applied: ${application.reference}`,
    },
    [
      { account: chart.roles.customerCredit, side: 'debit', amount: application.amount },
      { account: chart.roles.receivables, side: 'credit', amount: application.amount },
    ],
  );
}

/**
 * The entry of money paid back to a customer, out of the bank or cash box. `from` says what
 * the trader owed: customer credit, or receivables (a credited paid invoice whose receivable
 * went below zero).
 */
export function journalForRefund(
  refund: MovementHeader & {
    method: PaymentMethod;
    amount: Minor;
    from: 'customerCredit' | 'receivables';
  },
  chart: ChartOfAccounts,
): JournalEntry {
  return buildJournalEntry(
    {
      ...header(refund, 'refund'),
      description:
        refund.description ??
        `Refund (${PAYMENT_METHOD_LABELS[refund.method].toLowerCase()}): ${refund.reference}`,
    },
    [
      { account: chart.roles[refund.from], side: 'debit', amount: refund.amount },
      { account: moneyAccount(refund.method, chart), side: 'credit', amount: refund.amount },
    ],
  );
}

/**
 * The entry of the refund owed on a credited invoice kept as customer credit instead of paid
 * out: what the trader owes moves from receivables (below zero) to the customer's credit.
 * It is booked as a refund, one settled in credit rather than in money.
 */
export function journalForRefundKeptAsCredit(
  kept: MovementHeader & { amount: Minor },
  chart: ChartOfAccounts,
): JournalEntry {
  return buildJournalEntry(
    {
      ...header(kept, 'refund'),
      description: kept.description ?? `Refund owed kept as customer credit: ${kept.reference}`,
    },
    [
      { account: chart.roles.receivables, side: 'debit', amount: kept.amount },
      { account: chart.roles.customerCredit, side: 'credit', amount: kept.amount },
    ],
  );
}

function paymentPostings(payment: JournalPayment, chart: ChartOfAccounts): Posting[] {
  if (payment.applied < 0 || payment.excessAsCredit < 0) {
    // applyPayment never yields these; a reversal is its own entry, not a negative payment.
    throw new RangeError('a payment books non-negative applied and excess amounts');
  }
  return [
    {
      account: moneyAccount(payment.method, chart),
      side: 'debit',
      amount: addMinor(payment.applied, payment.excessAsCredit),
    },
    { account: chart.roles.receivables, side: 'credit', amount: payment.applied },
    { account: chart.roles.customerCredit, side: 'credit', amount: payment.excessAsCredit },
  ];
}

function paymentEntry(
  payment: JournalPayment,
  type: 'payment' | 'paymentReversal',
  postings: Posting[],
): JournalEntry {
  const what = type === 'payment' ? 'Payment' : 'Reversal of payment';
  const method = PAYMENT_METHOD_LABELS[payment.method].toLowerCase();
  return buildJournalEntry(
    {
      ...header(payment, type),
      description: payment.description ?? `${what} (${method}): ${payment.reference}`,
    },
    postings,
  );
}

function header(movement: MovementHeader, type: JournalSourceType) {
  return {
    date: movement.date,
    source: { type, id: movement.id, reference: movement.reference },
    currency: movement.currency,
  };
}

function moneyAccount(method: PaymentMethod, chart: ChartOfAccounts): string {
  return chart.roles[paymentMoneyAccount(method)];
}
