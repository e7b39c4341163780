import { describe, expect, it } from 'vitest';
import { minor } from '../../../../shared/money/minor';
import {
  invoiceBalance,
  refundOwed,
  statusAfterPayment,
} from '../../../../shared/payments/invoiceSettlement';

const money = (amountDue: number, paid: number, credited: number) => ({
  amountDue: minor(amountDue),
  paid: minor(paid),
  credited: minor(credited),
});

describe('invoiceBalance', () => {
  it('is the amount due less payments and credits', () => {
    expect(invoiceBalance(money(119_00, 50_00, 19_00))).toBe(50_00);
  });

  it('goes below zero when a paid invoice is credited', () => {
    expect(invoiceBalance(money(119_00, 119_00, 19_00))).toBe(-19_00);
  });
});

describe('refundOwed', () => {
  it('is nothing while payments and credits stay within the amount due', () => {
    expect(refundOwed(money(119_00, 50_00, 69_00))).toBe(0);
    expect(refundOwed(money(119_00, 0, 119_00))).toBe(0);
  });

  it('is what payments and credits together exceed the amount due by', () => {
    expect(refundOwed(money(119_00, 119_00, 19_00))).toBe(19_00);
    expect(refundOwed(money(119_00, 60_00, 119_00))).toBe(60_00);
  });
});

describe('statusAfterPayment', () => {
  it('follows the money: partially paid, then paid', () => {
    expect(statusAfterPayment('posted', money(100, 40, 0))).toEqual({
      ok: true,
      status: 'partiallyPaid',
    });
    expect(statusAfterPayment('partiallyPaid', money(100, 60, 40))).toEqual({
      ok: true,
      status: 'paid',
    });
  });

  it('refuses a cancelled invoice with a sentence saying what to do instead', () => {
    const result = statusAfterPayment('cancelled', money(100, 0, 100));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/customer credit or refund it\.$/);
  });
});
