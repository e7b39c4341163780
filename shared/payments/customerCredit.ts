import { INVOICE_STATUS_LABELS, type InvoiceStatus } from '../documents/invoiceStates';
import type { CurrencyCode } from '../money/currencies';
import { minMinor, minor, type Minor } from '../money/minor';
import { err, ok, type Result } from '../result';
import { invoiceBalance, statusAfterPayment } from './invoiceSettlement';

export type CreditApplication = {
  /** How much of the credit to apply: the smaller of the credit and the balance. */
  amount: Minor;
  creditAfter: Minor;
  /** The invoice's paid amount after it; applied credit counts as paid. */
  paidAfter: Minor;
  balanceAfter: Minor;
  statusAfter: InvoiceStatus;
};

export type CustomerCreditError = {
  code: 'CURRENCY_MISMATCH' | 'NO_CREDIT' | 'INVOICE_NOT_OPEN' | 'NOTHING_DUE';
  message: string;
};

/**
 * How much of a customer's credit settles an invoice: all of the balance if the credit
 * covers it, else all of the credit. The credit is money already received, so it counts as
 * paid and may settle part of an invoice even where partial payments are not allowed. Refuses
 * credit in another currency (converting would invent an exchange rate), no credit, an
 * invoice that is not open, and an invoice with nothing left to pay.
 */
export function applyCustomerCredit(input: {
  available: Minor;
  creditCurrency: CurrencyCode;
  invoice: {
    status: InvoiceStatus;
    currency: CurrencyCode;
    amountDue: Minor;
    paid: Minor;
    credited: Minor;
  };
}): Result<CreditApplication, CustomerCreditError> {
  const { available, creditCurrency, invoice } = input;
  if (creditCurrency !== invoice.currency) {
    return err({
      code: 'CURRENCY_MISMATCH',
      message: `The customer's credit is in ${creditCurrency} but the invoice is in ${invoice.currency}; credit can only settle an invoice in its own currency.`,
    });
  }
  if (available <= 0) {
    return err({
      code: 'NO_CREDIT',
      message: 'This customer has no credit left to apply.',
    });
  }
  const open = statusAfterPayment(invoice.status, invoice);
  if (!open.ok) {
    const now = INVOICE_STATUS_LABELS[invoice.status].toLowerCase();
    return err({
      code: 'INVOICE_NOT_OPEN',
      message: `Customer credit can settle only an open or partially paid invoice, and this one is ${now}; choose an open invoice of the customer.`,
    });
  }
  const balance = invoiceBalance(invoice);
  if (balance <= 0) {
    return err({
      code: 'NOTHING_DUE',
      message: 'Nothing is left to pay on this invoice; keep the credit for another invoice.',
    });
  }
  const amount = minMinor(available, balance);
  const after = { ...invoice, paid: minor(invoice.paid + amount) };
  const status = statusAfterPayment(invoice.status, after);
  if (!status.ok) throw new Error(status.message); // accepted above with the same status
  return ok({
    amount,
    creditAfter: minor(available - amount),
    paidAfter: after.paid,
    balanceAfter: invoiceBalance(after),
    statusAfter: status.status,
  });
}
