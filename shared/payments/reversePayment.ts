import { applyInvoiceAction, type InvoiceStatus } from '../documents/invoiceStates';
import type { CurrencyCode } from '../money/currencies';
import { minor, type Minor } from '../money/minor';
import { err, ok, type Result } from '../result';
import { invoiceBalance, moneyText, settlementOf } from './invoiceSettlement';

/** The payment to reverse, as it was recorded (applyPayment's split). */
export type RecordedPayment = {
  applied: Minor;
  excessAsCredit: Minor;
  /** True when a reversing record for this payment already exists. */
  reversed: boolean;
};

export type ReversedPayment = {
  paidAfter: Minor;
  balanceAfter: Minor;
  statusAfter: InvoiceStatus;
  /** The customer credit the payment had created, taken away again. */
  creditRemoved: Minor;
};

export type PaymentReversalError = {
  code: 'ALREADY_REVERSED' | 'INVOICE_NOT_PAID' | 'PAYMENT_EXCEEDS_PAID' | 'CREDIT_ALREADY_USED';
  message: string;
};

/**
 * The figures after a payment recorded by mistake is reversed. The caller writes a reversing
 * record and its journal entry; the original payment is never deleted, so the history shows
 * both. Refuses a second reversal, a payment larger than what the invoice counts as paid,
 * and a payment whose excess, kept as customer credit, has since been used up.
 */
export function reversePayment(input: {
  invoice: {
    status: InvoiceStatus;
    currency: CurrencyCode;
    amountDue: Minor;
    paid: Minor;
    credited: Minor;
  };
  payment: RecordedPayment;
  /** The customer's unused credit in the invoice's currency right now. */
  availableCredit: Minor;
}): Result<ReversedPayment, PaymentReversalError> {
  const { invoice, payment, availableCredit } = input;
  const money = (value: Minor) => moneyText(value, invoice.currency);
  if (payment.reversed) {
    return err({
      code: 'ALREADY_REVERSED',
      message: 'This payment has already been reversed; there is nothing more to undo.',
    });
  }
  if (payment.applied > invoice.paid) {
    return err({
      code: 'PAYMENT_EXCEEDS_PAID',
      message: `This payment applied ${money(payment.applied)} to the invoice, but the invoice counts only ${money(invoice.paid)} as paid; check which payments were already reversed.`,
    });
  }
  if (payment.excessAsCredit > availableCredit) {
    return err({
      code: 'CREDIT_ALREADY_USED',
      message: `${money(payment.excessAsCredit)} of this payment was kept as customer credit, but only ${money(availableCredit)} of that credit is unused; reverse the credit applied to other invoices first.`,
    });
  }
  const after = { ...invoice, paid: minor(invoice.paid - payment.applied) };
  const status = applyInvoiceAction(invoice.status, {
    type: 'paymentReversal',
    settlement: settlementOf(after),
  });
  if (!status.ok) {
    return err({
      code: 'INVOICE_NOT_PAID',
      message: status.error.message,
    });
  }
  return ok({
    paidAfter: after.paid,
    balanceAfter: invoiceBalance(after),
    statusAfter: status.value,
    creditRemoved: payment.excessAsCredit,
  });
}
