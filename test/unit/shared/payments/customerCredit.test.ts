import { describe, expect, it } from 'vitest';
import type { InvoiceStatus } from '../../../../shared/documents/invoiceStates';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import { applyCustomerCredit } from '../../../../shared/payments/customerCredit';

const EUR = currencyCode('EUR');

function apply(available: number, paid = 0, status: InvoiceStatus = 'posted', currency = 'EUR') {
  return applyCustomerCredit({
    available: minor(available),
    creditCurrency: currencyCode(currency),
    invoice: {
      status,
      currency: EUR,
      amountDue: minor(100_00),
      paid: minor(paid),
      credited: minor(0),
    },
  });
}

describe('applyCustomerCredit', () => {
  it('applies all of the credit when it is less than the balance', () => {
    expect(apply(30_00)).toEqual({
      ok: true,
      value: {
        amount: 30_00,
        creditAfter: 0,
        paidAfter: 30_00,
        balanceAfter: 70_00,
        statusAfter: 'partiallyPaid',
      },
    });
  });

  it('applies only the balance when the credit is larger, keeping the rest', () => {
    const result = apply(150_00, 40_00, 'partiallyPaid');
    expect(result.ok && result.value).toMatchObject({
      amount: 60_00,
      creditAfter: 90_00,
      balanceAfter: 0,
      statusAfter: 'paid',
    });
  });

  it('refuses credit in another currency', () => {
    const result = apply(50_00, 0, 'posted', 'USD');
    expect(!result.ok && result.error.code).toBe('CURRENCY_MISMATCH');
    expect(!result.ok && result.error.message).toContain('in USD but the invoice is in EUR');
  });

  it('refuses when there is no credit', () => {
    const result = apply(0);
    expect(!result.ok && result.error.code).toBe('NO_CREDIT');
  });

  it.each(['draft', 'paid', 'cancelled'] as const)('refuses a %s invoice', (status) => {
    const result = apply(10_00, 0, status);
    expect(!result.ok && result.error.code).toBe('INVOICE_NOT_OPEN');
  });

  it('refuses an open invoice with nothing left to pay', () => {
    const result = apply(10_00, 100_00, 'partiallyPaid');
    expect(!result.ok && result.error.code).toBe('NOTHING_DUE');
  });
});
