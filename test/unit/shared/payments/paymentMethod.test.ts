import { describe, expect, it } from 'vitest';
import {
  isPaymentMethod,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  paymentMoneyAccount,
} from '../../../../shared/payments/paymentMethod';

describe('payment methods', () => {
  it('are the five of the design, each with an English label', () => {
    expect(PAYMENT_METHODS).toEqual(['bankTransfer', 'directDebit', 'cash', 'card', 'other']);
    expect(PAYMENT_METHOD_LABELS.bankTransfer).toBe('Bank transfer');
    expect(PAYMENT_METHOD_LABELS.directDebit).toBe('Direct debit');
  });

  it('recognises only known method names', () => {
    expect(isPaymentMethod('card')).toBe(true);
    expect(isPaymentMethod('cheque')).toBe(false);
    expect(isPaymentMethod(3)).toBe(false);
  });

  it('only cash goes to the cash box; everything else settles into the bank', () => {
    expect(PAYMENT_METHODS.map(paymentMoneyAccount)).toEqual([
      'bank',
      'bank',
      'cash',
      'bank',
      'bank',
    ]);
  });
});
