import type { InvoiceStatus } from '../documents/invoiceStates';
import type { CurrencyCode } from '../money/currencies';
import { minor, ZERO, type Minor } from '../money/minor';
import { err, ok, type Result } from '../result';
import { invoiceBalance, moneyText, statusAfterPayment } from './invoiceSettlement';

/** A posted invoice as a payment sees it. */
export type PayableInvoice = {
  status: InvoiceStatus;
  currency: CurrencyCode;
  amountDue: Minor;
  paid: Minor;
  credited: Minor;
  allowPartialPayment: boolean;
  /** The least a partial payment may be; a payment that settles the balance may be less. */
  minimumPartialAmount?: Minor | null | undefined;
};

/** What to do with money above the balance: refuse it, or keep the excess as customer credit. */
export type OverpaymentHandling = 'refuse' | 'keepAsCredit';

export type AppliedPayment = {
  /** The part that settles the invoice. */
  applied: Minor;
  /** The part above the balance, kept as the customer's credit (0 unless 'keepAsCredit'). */
  excessAsCredit: Minor;
  paidAfter: Minor;
  balanceAfter: Minor;
  statusAfter: InvoiceStatus;
};

export type PaymentErrorCode =
  | 'INVOICE_NOT_OPEN'
  | 'AMOUNT_NOT_POSITIVE'
  | 'NOTHING_DUE'
  | 'PARTIAL_NOT_ALLOWED'
  | 'BELOW_MINIMUM_PARTIAL'
  | 'ABOVE_BALANCE';

export type PaymentError = {
  code: PaymentErrorCode;
  message: string;
  /** The input to correct: the invoice's status or the payment amount. */
  field: 'status' | 'amount';
  balance: Minor;
};

/**
 * Splits a payment into the part that settles the invoice and any excess kept as customer
 * credit, with the balance and status after it; or refuses it: the invoice is not open, the
 * amount is not above zero, a partial payment is not allowed or below the minimum (unless it
 * settles the balance), or the amount is above the balance and overpayment is refused.
 */
export function applyPayment(input: {
  invoice: PayableInvoice;
  amount: Minor;
  overpayment: OverpaymentHandling;
}): Result<AppliedPayment, PaymentError> {
  const { invoice, amount } = input;
  const balance = invoiceBalance(invoice);
  const money = (value: Minor) => moneyText(value, invoice.currency);
  const refuse = (code: PaymentErrorCode, field: PaymentError['field'], message: string) =>
    err<PaymentError>({ code, field, message, balance });

  const open = statusAfterPayment(invoice.status, invoice);
  if (!open.ok) return refuse('INVOICE_NOT_OPEN', 'status', open.message);
  if (balance <= 0) {
    return refuse(
      'NOTHING_DUE',
      'amount',
      'Nothing is left to pay on this invoice; record the money as customer credit instead.',
    );
  }
  if (amount <= 0) {
    return refuse(
      'AMOUNT_NOT_POSITIVE',
      'amount',
      `The payment amount must be above zero; enter the amount received, at most the balance of ${money(balance)}.`,
    );
  }
  if (amount < balance && !invoice.allowPartialPayment) {
    return refuse(
      'PARTIAL_NOT_ALLOWED',
      'amount',
      `This invoice does not allow partial payments; enter the full balance of ${money(balance)}, or allow partial payments on the invoice.`,
    );
  }
  const minimum = invoice.minimumPartialAmount ?? ZERO;
  if (amount < balance && amount < minimum) {
    return refuse(
      'BELOW_MINIMUM_PARTIAL',
      'amount',
      `The payment amount ${money(amount)} is below this invoice's minimum partial payment of ${money(minimum)}; enter at least ${money(minimum)}, or the full balance of ${money(balance)}.`,
    );
  }
  if (amount > balance && input.overpayment === 'refuse') {
    const excess = minor(amount - balance);
    return refuse(
      'ABOVE_BALANCE',
      'amount',
      `The payment amount ${money(amount)} is above the balance of ${money(balance)}; enter at most ${money(balance)}, or keep the excess of ${money(excess)} as customer credit.`,
    );
  }
  const applied = amount > balance ? balance : amount;
  const paidAfter = minor(invoice.paid + applied);
  const after = { ...invoice, paid: paidAfter };
  const status = statusAfterPayment(invoice.status, after);
  // The status was accepted a moment ago with the same rules; failing now is a bug.
  if (!status.ok) throw new Error(status.message);
  return ok({
    applied,
    excessAsCredit: minor(amount - applied),
    paidAfter,
    balanceAfter: invoiceBalance(after),
    statusAfter: status.status,
  });
}
