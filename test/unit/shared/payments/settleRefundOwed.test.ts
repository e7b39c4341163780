import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InvoiceStatus } from '../../../../shared/documents/invoiceStates';
import { settlementStatus } from '../../../../shared/documents/invoiceStates';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import { invoiceBalance, refundOwed } from '../../../../shared/payments/invoiceSettlement';
import {
  refundableAmount,
  refundOwedSplit,
  settleRefundOwed,
  type RefundSettlement,
} from '../../../../shared/payments/settleRefundOwed';
import { PROPERTY_RUNS } from '../../propertyRuns';

const EUR = currencyCode('EUR');

// 119.00 due, paid in full, then credited: `credited` says how much.
function invoice(credited: number, paid = 119_00, status: InvoiceStatus = 'cancelled') {
  return {
    status,
    currency: EUR,
    amountDue: minor(119_00),
    paid: minor(paid),
    credited: minor(credited),
  };
}

function settle(
  credited: number,
  amount: number,
  how: RefundSettlement = 'refund',
  paid = 119_00,
  status: InvoiceStatus = 'cancelled',
) {
  return settleRefundOwed({ invoice: invoice(credited, paid, status), amount: minor(amount), how });
}

describe('settleRefundOwed', () => {
  it('refunding all that a fully credited paid invoice owes back brings the balance to zero', () => {
    expect(settle(119_00, 119_00)).toEqual({
      ok: true,
      value: {
        amount: 119_00,
        paidAfter: 0,
        balanceAfter: 0,
        refundOwedAfter: 0,
        statusAfter: 'cancelled',
      },
    });
  });

  it('a partial refund leaves the rest owed and the status as it was', () => {
    const result = settle(30_00, 10_00, 'refund', 119_00, 'paid');
    expect(result.ok && result.value).toEqual({
      amount: 10_00,
      paidAfter: 109_00,
      balanceAfter: -20_00,
      refundOwedAfter: 20_00,
      statusAfter: 'paid',
    });
  });

  it('refuses an amount above the refund owed, naming the refund owed, on the amount', () => {
    const result = settle(30_00, 30_01);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'ABOVE_REFUND_OWED', field: 'amount' });
    expect(result.error.message).toContain('above the refund owed of €30.00');
  });

  it('refuses an amount of zero or below on the amount', () => {
    for (const amount of [0, -5_00]) {
      const result = settle(119_00, amount, 'keepAsCredit');
      expect(!result.ok && result.error).toMatchObject({
        code: 'AMOUNT_NOT_POSITIVE',
        field: 'amount',
      });
      expect(!result.ok && result.error.message).toContain('amount kept as credit');
    }
  });

  it('refuses when nothing is owed back: paid but not credited, or credited but not paid', () => {
    expect(!settle(0, 1_00, 'refund', 119_00, 'paid').ok && 'refused').toBe('refused');
    const unpaid = settle(119_00, 1_00, 'refund', 0);
    expect(!unpaid.ok && unpaid.error).toMatchObject({ code: 'NOTHING_OWED', field: 'status' });
  });

  it('refuses a draft', () => {
    const result = settle(0, 1_00, 'refund', 0, 'draft');
    expect(!result.ok && result.error.code).toBe('INVOICE_NOT_POSTED');
  });

  it('refuses more than the invoice counts as paid when a prepaid amount made the refund owed larger', () => {
    // Gross 150.00, 31.00 prepaid before the invoice: 119.00 due, 50.00 paid here, credited in full.
    const prepaid = { ...invoice(150_00, 50_00), amountDue: minor(119_00) };
    expect(refundOwed(prepaid)).toBe(81_00);
    expect(refundableAmount(prepaid)).toBe(50_00);
    const result = settleRefundOwed({ invoice: prepaid, amount: minor(50_01), how: 'refund' });
    expect(!result.ok && result.error).toMatchObject({ code: 'ABOVE_PAID', field: 'amount' });
    expect(settleRefundOwed({ invoice: prepaid, amount: minor(50_00), how: 'refund' }).ok).toBe(
      true,
    );
  });
});

describe('refundOwedSplit', () => {
  it('offers all of the refund owed when it was all paid here', () => {
    expect(refundOwedSplit(invoice(30_00))).toEqual({ owed: 30_00, settleable: 30_00, outside: 0 });
    expect(refundOwedSplit(invoice(0, 119_00, 'paid'))).toEqual({
      owed: 0,
      settleable: 0,
      outside: 0,
    });
  });

  it('offers only what was paid here of a prepaid invoice, and names the rest as settled outside', () => {
    // Gross 100.00, 40.00 prepaid: 60.00 due and paid here, credited in full.
    const prepaid = { ...invoice(100_00, 60_00), amountDue: minor(60_00) };
    expect(refundOwedSplit(prepaid)).toEqual({ owed: 100_00, settleable: 60_00, outside: 40_00 });
    // Settling what is offered leaves nothing to offer: the screen shows no actions that fail.
    const settled = settleRefundOwed({
      invoice: prepaid,
      amount: minor(60_00),
      how: 'keepAsCredit',
    });
    expect(settled.ok).toBe(true);
    const after = { ...prepaid, paid: minor(0) };
    expect(refundOwedSplit(after)).toEqual({ owed: 40_00, settleable: 0, outside: 40_00 });
    const again = settleRefundOwed({ invoice: after, amount: minor(1_00), how: 'refund' });
    expect(!again.ok && again.error).toMatchObject({ code: 'NOTHING_PAID_HERE', field: 'status' });
    expect(!again.ok && again.error.message).toContain('None of the refund owed of €40.00');
  });

  it('for any figures, what is offered is what can be settled, and offered plus outside is what is owed', () => {
    const money = fc.record({
      amountDue: fc.integer({ min: 0, max: 10_000_000 }),
      paid: fc.integer({ min: 0, max: 10_000_000 }),
      credited: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(money, ({ amountDue, paid, credited }) => {
        const figures = { ...invoice(credited, paid), amountDue: minor(amountDue) };
        const split = refundOwedSplit(figures);
        expect(split.owed).toBe(refundOwed(figures));
        expect(split.settleable + split.outside).toBe(split.owed);
        expect(split.settleable).toBeLessThanOrEqual(paid);
        expect(split.outside).toBeGreaterThanOrEqual(0);
        // Exactly the amount offered is accepted, and a cent more is not.
        if (split.settleable > 0) {
          const at = settleRefundOwed({
            invoice: figures,
            amount: split.settleable,
            how: 'refund',
          });
          expect(at.ok).toBe(true);
          const above = minor(split.settleable + 1);
          expect(settleRefundOwed({ invoice: figures, amount: above, how: 'refund' }).ok).toBe(
            false,
          );
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('settleRefundOwed, for any paid and credited invoice', () => {
  const figures = fc
    .record({
      amountDue: fc.integer({ min: 1, max: 10_000_000 }),
      paidShare: fc.integer({ min: 0, max: 1000 }),
      creditedShare: fc.integer({ min: 0, max: 1000 }),
      amount: fc.integer({ min: -1_000, max: 11_000_000 }),
    })
    .map(({ amountDue, paidShare, creditedShare, amount }) => {
      const paid = Math.floor((amountDue * paidShare) / 1000);
      const credited = Math.floor((amountDue * creditedShare) / 1000);
      const money = {
        currency: EUR,
        amountDue: minor(amountDue),
        paid: minor(paid),
        credited: minor(credited),
      };
      const status = settlementStatus({
        gross: money.amountDue,
        paid: money.paid,
        credited: money.credited,
      });
      return { invoice: { ...money, status }, amount: minor(amount) };
    });

  it('settles exactly the amounts from 1 to the refund owed, never leaves paid below zero, and keeps the status', () => {
    fc.assert(
      fc.property(
        figures,
        fc.constantFrom<RefundSettlement>('refund', 'keepAsCredit'),
        (input, how) => {
          const owed = refundOwed(input.invoice);
          const result = settleRefundOwed({ ...input, how });
          expect(result.ok).toBe(input.amount > 0 && input.amount <= owed);
          if (!result.ok) return;
          const { paidAfter, balanceAfter, refundOwedAfter, statusAfter } = result.value;
          expect(paidAfter).toBe(input.invoice.paid - input.amount);
          expect(paidAfter).toBeGreaterThanOrEqual(0);
          expect(balanceAfter).toBe(invoiceBalance({ ...input.invoice, paid: paidAfter }));
          expect(balanceAfter).toBeLessThanOrEqual(0);
          expect(refundOwedAfter).toBe(owed - input.amount);
          expect(statusAfter).toBe(input.invoice.status);
          // The state machine agrees: settling the refund neither reopens nor closes the invoice.
          expect(
            settlementStatus({
              gross: input.invoice.amountDue,
              paid: paidAfter,
              credited: input.invoice.credited,
            }),
          ).toBe(input.invoice.status);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
