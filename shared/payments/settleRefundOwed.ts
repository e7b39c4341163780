import type { InvoiceStatus } from '../documents/invoiceStates';
import type { CurrencyCode } from '../money/currencies';
import { minMinor, minor, type Minor } from '../money/minor';
import { err, ok, type Result } from '../result';
import { invoiceBalance, moneyText, refundOwed, type InvoiceMoney } from './invoiceSettlement';

/** A posted invoice as the settling of its refund owed sees it. */
export type RefundingInvoice = {
  status: InvoiceStatus;
  currency: CurrencyCode;
  amountDue: Minor;
  paid: Minor;
  credited: Minor;
};

/** How the refund owed is settled: money paid back, or kept as the customer's credit. */
export type RefundSettlement = 'refund' | 'keepAsCredit';

export type SettledRefund = {
  amount: Minor;
  /** The invoice's paid amount after it: what was paid back no longer counts as paid. */
  paidAfter: Minor;
  balanceAfter: Minor;
  refundOwedAfter: Minor;
  /** Unchanged: a refund settles money, it neither reopens nor closes the invoice. */
  statusAfter: InvoiceStatus;
};

export type RefundErrorCode =
  | 'INVOICE_NOT_POSTED'
  | 'NOTHING_OWED'
  | 'NOTHING_PAID_HERE'
  | 'AMOUNT_NOT_POSITIVE'
  | 'ABOVE_REFUND_OWED'
  | 'ABOVE_PAID';

export type RefundError = {
  code: RefundErrorCode;
  message: string;
  /** The input to correct: the invoice itself, or the amount. */
  field: 'status' | 'amount';
  refundOwed: Minor;
};

/**
 * The most that can be settled of an invoice's refund owed here: the refund owed, but no more
 * than the invoice counts as paid. An amount prepaid before the invoice (or a cash rounding)
 * is not among its payments, and settling it here would leave a negative paid amount.
 */
export function refundableAmount(invoice: InvoiceMoney): Minor {
  return minMinor(refundOwed(invoice), invoice.paid);
}

/** The refund owed, split into what can be settled here and what was never paid here. */
export type RefundOwedSplit = {
  owed: Minor;
  /** What a refund or keeping it as credit can settle: refundableAmount. */
  settleable: Minor;
  /** The rest, prepaid before the invoice (or a rounding): settled outside Invoicer. */
  outside: Minor;
};

/**
 * The refund owed as a screen offers it: only `settleable` may be refunded or kept as credit,
 * so that is the amount to show and book; nothing is offered when it is zero.
 */
export function refundOwedSplit(invoice: InvoiceMoney): RefundOwedSplit {
  const owed = refundOwed(invoice);
  const settleable = refundableAmount(invoice);
  return { owed, settleable, outside: minor(owed - settleable) };
}

/**
 * The invoice's figures after settling (part of) its refund owed, paid back or kept as
 * customer credit: paid goes down by the amount, so the negative balance goes back towards
 * zero; the status stays. Refuses a draft, an invoice that owes nothing back or none of whose
 * refund owed was paid here, an amount not above zero, above the refund owed, or above what
 * the invoice counts as paid.
 */
export function settleRefundOwed(input: {
  invoice: RefundingInvoice;
  amount: Minor;
  how: RefundSettlement;
}): Result<SettledRefund, RefundError> {
  const { invoice, amount, how } = input;
  const owed = refundOwed(invoice);
  const money = (value: Minor) => moneyText(value, invoice.currency);
  const what = how === 'refund' ? 'refund amount' : 'amount kept as credit';
  const refuse = (code: RefundErrorCode, field: RefundError['field'], message: string) =>
    err<RefundError>({ code, field, message, refundOwed: owed });

  if (invoice.status === 'draft') {
    return refuse(
      'INVOICE_NOT_POSTED',
      'status',
      'A draft invoice has been paid nothing and owes nothing back; post it first.',
    );
  }
  if (owed <= 0) {
    return refuse(
      'NOTHING_OWED',
      'status',
      'Nothing is owed back on this invoice: what was paid is not more than what is still due after its credit notes.',
    );
  }
  const limit = refundableAmount(invoice);
  if (limit <= 0) {
    return refuse(
      'NOTHING_PAID_HERE',
      'status',
      `None of the refund owed of ${money(owed)} was paid through Invoicer (it was prepaid before the invoice, or is a rounding difference); it is settled outside Invoicer.`,
    );
  }
  if (amount <= 0) {
    return refuse(
      'AMOUNT_NOT_POSITIVE',
      'amount',
      `The ${what} must be above zero; enter an amount of at most ${money(limit)}.`,
    );
  }
  if (amount > owed) {
    return refuse(
      'ABOVE_REFUND_OWED',
      'amount',
      `The ${what} ${money(amount)} is above the refund owed of ${money(owed)}; enter at most ${money(owed)}.`,
    );
  }
  if (amount > limit) {
    return refuse(
      'ABOVE_PAID',
      'amount',
      `Only ${money(limit)} was recorded as paid on this invoice; enter at most ${money(limit)}. The rest of the refund owed was not paid through Invoicer (prepaid before the invoice, or a rounding difference) and is settled outside it.`,
    );
  }
  const after = { ...invoice, paid: minor(invoice.paid - amount) };
  return ok({
    amount,
    paidAfter: after.paid,
    balanceAfter: invoiceBalance(after),
    refundOwedAfter: refundOwed(after),
    statusAfter: invoice.status,
  });
}
