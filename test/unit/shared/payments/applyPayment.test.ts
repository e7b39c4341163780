import { describe, expect, it } from 'vitest';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import { applyPayment, type PayableInvoice } from '../../../../shared/payments/applyPayment';

const EUR = currencyCode('EUR');

function invoice(overrides: Partial<PayableInvoice> = {}): PayableInvoice {
  return {
    status: 'posted',
    currency: EUR,
    amountDue: minor(100_00),
    paid: minor(0),
    credited: minor(0),
    allowPartialPayment: true,
    minimumPartialAmount: minor(20_00),
    ...overrides,
  };
}

function pay(amount: number, overrides: Partial<PayableInvoice> = {}, keep = false) {
  return applyPayment({
    invoice: invoice(overrides),
    amount: minor(amount),
    overpayment: keep ? 'keepAsCredit' : 'refuse',
  });
}

describe('applyPayment', () => {
  it('a payment of the full balance settles the invoice', () => {
    expect(pay(100_00)).toEqual({
      ok: true,
      value: {
        applied: 100_00,
        excessAsCredit: 0,
        paidAfter: 100_00,
        balanceAfter: 0,
        statusAfter: 'paid',
      },
    });
  });

  it('a partial payment leaves the rest open and makes the invoice partially paid', () => {
    const result = pay(30_00);
    expect(result.ok && result.value).toMatchObject({
      applied: 30_00,
      balanceAfter: 70_00,
      statusAfter: 'partiallyPaid',
    });
  });

  it('the balance counts earlier payments and credit notes', () => {
    const result = pay(25_00, {
      status: 'partiallyPaid',
      paid: minor(50_00),
      credited: minor(25_00),
    });
    expect(result.ok && result.value).toMatchObject({ balanceAfter: 0, statusAfter: 'paid' });
  });

  it.each(['draft', 'paid', 'cancelled'] as const)(
    'refuses a payment on a %s invoice',
    (status) => {
      const result = pay(10_00, { status });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({ code: 'INVOICE_NOT_OPEN', field: 'status' });
      expect(result.error.message).toMatch(/open or partially paid/);
    },
  );

  it('tells the user to post a draft first', () => {
    const result = pay(10_00, { status: 'draft' });
    expect(!result.ok && result.error.message).toMatch(/Post the invoice first/);
  });

  it.each([0, -5_00])('refuses an amount of %i', (amount) => {
    const result = pay(amount);
    expect(!result.ok && result.error).toMatchObject({
      code: 'AMOUNT_NOT_POSITIVE',
      field: 'amount',
    });
    expect(!result.ok && result.error.message).toMatch(/amount must be above zero/);
  });

  it('refuses a partial payment when the invoice does not allow them, naming the balance', () => {
    const result = pay(99_99, { allowPartialPayment: false });
    expect(!result.ok && result.error.code).toBe('PARTIAL_NOT_ALLOWED');
    expect(!result.ok && result.error.message).toContain('full balance of €100.00');
  });

  it('accepts the full balance when partial payments are not allowed', () => {
    expect(pay(100_00, { allowPartialPayment: false }).ok).toBe(true);
  });

  it('refuses a partial payment below the minimum, naming the minimum and the balance', () => {
    const result = pay(19_99);
    expect(!result.ok && result.error).toMatchObject({
      code: 'BELOW_MINIMUM_PARTIAL',
      field: 'amount',
      balance: 100_00,
    });
    expect(!result.ok && result.error.message).toBe(
      "The payment amount €19.99 is below this invoice's minimum partial payment of €20.00; enter at least €20.00, or the full balance of €100.00.",
    );
  });

  it('accepts a partial payment of exactly the minimum', () => {
    expect(pay(20_00).ok).toBe(true);
  });

  it('accepts an amount below the minimum when it settles the balance', () => {
    const result = pay(15_00, { status: 'partiallyPaid', paid: minor(85_00) });
    expect(result.ok && result.value).toMatchObject({ balanceAfter: 0, statusAfter: 'paid' });
  });

  it('refuses an amount above the balance and offers to keep the excess as credit', () => {
    const result = pay(120_00);
    expect(!result.ok && result.error.code).toBe('ABOVE_BALANCE');
    expect(!result.ok && result.error.message).toBe(
      'The payment amount €120.00 is above the balance of €100.00; enter at most €100.00, or keep the excess of €20.00 as customer credit.',
    );
  });

  it('keeps the excess as customer credit when the user chooses so', () => {
    const result = pay(120_00, {}, true);
    expect(result).toEqual({
      ok: true,
      value: {
        applied: 100_00,
        excessAsCredit: 20_00,
        paidAfter: 100_00,
        balanceAfter: 0,
        statusAfter: 'paid',
      },
    });
  });

  it('refuses any payment when nothing is due, even with keepAsCredit', () => {
    const result = pay(10_00, { amountDue: minor(0) }, true);
    expect(!result.ok && result.error.code).toBe('NOTHING_DUE');
  });

  it('formats amounts in messages with the currency decimals (JPY has none)', () => {
    const result = pay(100, { currency: currencyCode('JPY'), amountDue: minor(1000) });
    expect(!result.ok && result.error.message).toContain('¥1,000');
  });
});
