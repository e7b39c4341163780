import {
  applyInvoiceAction,
  type InvoiceStatus,
  type Settlement,
} from '../documents/invoiceStates';
import type { CurrencyCode } from '../money/currencies';
import { formatMoney } from '../money/format';
import { maxMinor, minor, ZERO, type Minor } from '../money/minor';

/**
 * The money of a posted invoice. `amountDue` is the frozen BT-115 (gross − prepaid +
 * rounding); `paid` counts payments and applied customer credit, `credited` the gross of the
 * posted credit notes, each net of reversals.
 */
export type InvoiceMoney = { amountDue: Minor; paid: Minor; credited: Minor };

/** What is still to be paid: amount due − payments − credits. Below zero the trader owes. */
export function invoiceBalance({ amountDue, paid, credited }: InvoiceMoney): Minor {
  return minor(amountDue - paid - credited);
}

/**
 * What the trader owes back after crediting an invoice that was (partly) paid:
 * max(0, paid + credited − amount due). It is paid out as a refund or kept as customer credit.
 */
export function refundOwed({ amountDue, paid, credited }: InvoiceMoney): Minor {
  return maxMinor(ZERO, minor(paid + credited - amountDue));
}

/**
 * The invoice status after money came in (payment or customer credit), or the sentence that
 * refuses it. The state machine decides; this adds what the user can do instead.
 */
export function statusAfterPayment(
  status: InvoiceStatus,
  money: InvoiceMoney,
): { ok: true; status: InvoiceStatus } | { ok: false; message: string } {
  const next = applyInvoiceAction(status, { type: 'payment', settlement: settlementOf(money) });
  if (next.ok) return { ok: true, status: next.value };
  return { ok: false, message: `${next.error.message} ${NOT_OPEN_HINTS[status]}`.trim() };
}

/** The state machine's view of the money: the balance is measured against the amount due. */
export function settlementOf(money: InvoiceMoney): Settlement {
  return { gross: money.amountDue, paid: money.paid, credited: money.credited };
}

/** An amount as messages show it ("€120.00"); messages are English, so the locale is too. */
export function moneyText(amount: Minor, currency: CurrencyCode): string {
  return formatMoney(amount, currency, 'en');
}

const NOT_OPEN_HINTS: Record<InvoiceStatus, string> = {
  draft: 'Post the invoice first, then record the payment.',
  posted: '',
  partiallyPaid: '',
  paid: 'If the customer paid twice, record the money as customer credit instead.',
  cancelled:
    'A cancelled invoice is owed no more; record the money as customer credit or refund it.',
};
