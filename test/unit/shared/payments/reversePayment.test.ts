import { describe, expect, it } from 'vitest';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import { reversePayment, type RecordedPayment } from '../../../../shared/payments/reversePayment';
import type { InvoiceStatus } from '../../../../shared/documents/invoiceStates';

const EUR = currencyCode('EUR');

function reverse(
  status: InvoiceStatus,
  paid: number,
  payment: Partial<RecordedPayment>,
  availableCredit = 0,
  credited = 0,
) {
  return reversePayment({
    invoice: {
      status,
      currency: EUR,
      amountDue: minor(100_00),
      paid: minor(paid),
      credited: minor(credited),
    },
    payment: { applied: minor(0), excessAsCredit: minor(0), reversed: false, ...payment },
    availableCredit: minor(availableCredit),
  });
}

describe('reversePayment', () => {
  it('reopens a paid invoice as partially paid when one of two payments is reversed', () => {
    expect(reverse('paid', 100_00, { applied: minor(40_00) })).toEqual({
      ok: true,
      value: {
        paidAfter: 60_00,
        balanceAfter: 40_00,
        statusAfter: 'partiallyPaid',
        creditRemoved: 0,
      },
    });
  });

  it('reopens the invoice as posted when its only payment is reversed', () => {
    const result = reverse('paid', 100_00, { applied: minor(100_00) });
    expect(result.ok && result.value).toMatchObject({
      balanceAfter: 100_00,
      statusAfter: 'posted',
    });
  });

  it('takes back the customer credit the payment created', () => {
    const result = reverse(
      'paid',
      100_00,
      { applied: minor(100_00), excessAsCredit: minor(20_00) },
      20_00,
    );
    expect(result.ok && result.value.creditRemoved).toBe(20_00);
  });

  it('refuses when the credit the payment created has since been used', () => {
    const result = reverse(
      'paid',
      100_00,
      { applied: minor(100_00), excessAsCredit: minor(20_00) },
      5_00,
    );
    expect(!result.ok && result.error.code).toBe('CREDIT_ALREADY_USED');
    expect(!result.ok && result.error.message).toContain('only €5.00 of that credit is unused');
  });

  it('refuses a payment that was already reversed', () => {
    const result = reverse('paid', 100_00, { applied: minor(100_00), reversed: true });
    expect(!result.ok && result.error.code).toBe('ALREADY_REVERSED');
  });

  it('refuses a payment larger than what the invoice counts as paid', () => {
    const result = reverse('partiallyPaid', 30_00, { applied: minor(40_00) });
    expect(!result.ok && result.error.code).toBe('PAYMENT_EXCEEDS_PAID');
  });

  it.each(['draft', 'posted', 'cancelled'] as const)('refuses on a %s invoice', (status) => {
    const result = reverse(status, 0, { applied: minor(0) });
    expect(!result.ok && result.error.code).toBe('INVOICE_NOT_PAID');
  });
});
