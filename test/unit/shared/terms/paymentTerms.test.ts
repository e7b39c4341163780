import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  endOfMonth,
  epochDayOf,
  isoDate,
  isoDateFromEpochDay,
} from '../../../../shared/dates/isoDate';
import {
  describePaymentTerms,
  dueDateFor,
  MAX_PAYMENT_TERM_DAYS,
  validatePaymentTerms,
  type PaymentTerms,
} from '../../../../shared/terms/paymentTerms';
import { PROPERTY_RUNS } from '../../propertyRuns';

const d = isoDate;

describe('due dates from net terms', () => {
  it.each([
    ['2026-03-10', 14, '2026-03-24'],
    ['2026-03-10', 0, '2026-03-10'],
    ['2026-01-20', 14, '2026-02-03'],
    ['2026-02-20', 10, '2026-03-02'],
    ['2028-02-20', 10, '2028-03-01'], // leap year: 29 Feb counts
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-20', 30, '2027-01-19'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2026-06-15', 365, '2027-06-15'],
    ['2027-06-15', 365, '2028-06-14'], // crosses 29 Feb 2028
  ])('issued %s, net %i days, is due %s', (issued, days, due) => {
    expect(dueDateFor(d(issued), { kind: 'net', days })).toBe(due);
  });
});

describe('due dates from end-of-month terms', () => {
  it.each([
    ['2026-03-10', 30, '2026-04-30'],
    ['2026-03-31', 30, '2026-04-30'],
    ['2026-03-01', 0, '2026-03-31'],
    ['2026-02-05', 0, '2026-02-28'],
    ['2028-02-05', 0, '2028-02-29'], // leap year month end
    ['2028-02-05', 1, '2028-03-01'],
    ['2026-02-05', 1, '2026-03-01'],
    ['2026-01-15', 30, '2026-03-02'], // 31 Jan + 30 days runs past February
    ['2026-12-01', 15, '2027-01-15'],
    ['2026-12-31', 31, '2027-01-31'],
  ])('issued %s, %i days after month end, is due %s', (issued, days, due) => {
    expect(dueDateFor(d(issued), { kind: 'endOfMonth', days })).toBe(due);
  });

  it('gives the same due date for every issue date of a month', () => {
    const terms: PaymentTerms = { kind: 'endOfMonth', days: 30 };
    const dues = new Set(
      Array.from({ length: 29 }, (_, i) => dueDateFor(addDays(d('2028-02-01'), i), terms)),
    );
    expect([...dues]).toEqual(['2028-03-30']);
  });

  it('is never before the net due date of the same number of days', () => {
    const day = fc.integer({ min: epochDayOf(d('1990-01-01')), max: epochDayOf(d('2090-12-31')) });
    const days = fc.integer({ min: 0, max: MAX_PAYMENT_TERM_DAYS });
    fc.assert(
      fc.property(day, days, (epochDay, n) => {
        const issued = isoDateFromEpochDay(epochDay);
        const net = dueDateFor(issued, { kind: 'net', days: n });
        const eom = dueDateFor(issued, { kind: 'endOfMonth', days: n });
        expect(daysBetween(issued, net)).toBe(n);
        expect(daysBetween(endOfMonth(issued), eom)).toBe(n);
        expect(compareIsoDates(eom, net)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('refuses to compute a due date from invalid terms', () => {
    expect(() => dueDateFor(d('2026-01-01'), { kind: 'net', days: -1 })).toThrow(RangeError);
    expect(() => dueDateFor(d('2026-01-01'), { kind: 'endOfMonth', days: 2.5 })).toThrow(
      RangeError,
    );
  });
});

describe('describing payment terms', () => {
  it.each<[PaymentTerms, string]>([
    [{ kind: 'net', days: 0 }, 'Due on receipt'],
    [{ kind: 'net', days: 1 }, 'Payable within 1 day'],
    [{ kind: 'net', days: 14 }, 'Payable within 14 days'],
    [{ kind: 'endOfMonth', days: 0 }, 'Payable by the end of the month'],
    [{ kind: 'endOfMonth', days: 1 }, 'Payable 1 day after the end of the month'],
    [{ kind: 'endOfMonth', days: 30 }, 'Payable 30 days after the end of the month'],
  ])('describes %o as "%s"', (terms, text) => {
    expect(describePaymentTerms(terms)).toBe(text);
  });
});

describe('validating payment terms', () => {
  it.each([0, 1, 30, 365])('accepts %i days for both kinds', (days) => {
    expect(validatePaymentTerms({ kind: 'net', days })).toEqual({
      ok: true,
      value: { kind: 'net', days },
    });
    expect(validatePaymentTerms({ kind: 'endOfMonth', days }).ok).toBe(true);
  });

  it.each([
    [-1, 'between 0 and 365 days'],
    [366, 'between 0 and 365 days'],
    [1.5, 'whole number of days'],
    [Number.NaN, 'whole number of days'],
    [Number.POSITIVE_INFINITY, 'whole number of days'],
  ])('refuses %d days, saying "%s"', (days, why) => {
    const result = validatePaymentTerms({ kind: 'net', days });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'INVALID_PAYMENT_TERMS', field: 'days' });
    expect(result.error.message).toContain(why);
  });

  it('refuses an unknown kind of terms, naming it', () => {
    const result = validatePaymentTerms({ kind: 'cashOnDelivery', days: 0 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'INVALID_PAYMENT_TERMS', field: 'kind' });
    expect(result.error.message).toContain('"cashOnDelivery"');
  });

  it('returns only the fields of the terms', () => {
    const typed = { kind: 'net', days: 7, note: 'extra' };
    expect(validatePaymentTerms(typed)).toEqual({ ok: true, value: { kind: 'net', days: 7 } });
  });
});
