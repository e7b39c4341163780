/** How a customer paid (DESIGN §4). */
export const PAYMENT_METHODS = ['bankTransfer', 'directDebit', 'cash', 'card', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** English labels of the payment methods, for screens, PDFs and the journal. */
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  bankTransfer: 'Bank transfer',
  directDebit: 'Direct debit',
  cash: 'Cash',
  card: 'Card',
  other: 'Other',
};

/** True for one of the known payment methods (stored data and IPC payloads are strings). */
export function isPaymentMethod(value: unknown): value is PaymentMethod {
  return typeof value === 'string' && (PAYMENT_METHODS as readonly string[]).includes(value);
}

/**
 * Whether money of this method moves through the cash box or the bank account. Cards and
 * direct debits settle into the bank account, so only cash goes to the cash box.
 */
export function paymentMoneyAccount(method: PaymentMethod): 'cash' | 'bank' {
  return method === 'cash' ? 'cash' : 'bank';
}
