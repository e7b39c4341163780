import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  documentContributions,
  moneyIn,
  paymentContributions,
  totalsKey,
  totalsKeyRange,
  TOTALS_GROUPS,
} from '../../../../shared/dashboard/dashboardTotals';
import { minor } from '../../../../shared/money/minor';
import { PAYMENT_KINDS } from '../../../../shared/schemas/payment';
import { PROPERTY_RUNS } from '../../propertyRuns';

/** A stored invoice's fields the totals read, with the given changes. */
function invoice(fields: Record<string, unknown> = {}) {
  return {
    kind: 'invoice',
    status: 'posted',
    currency: 'EUR',
    issueDate: '2026-03-02',
    dueDateKey: '2026-03-16',
    balance: 11900,
    netTotal: 10000,
    ...fields,
  };
}

const one = (group: string, date: string, amount: number, currency = 'EUR') => ({
  group,
  date,
  currency,
  count: 1,
  amount,
});

describe('documentContributions', () => {
  it('a posted invoice adds its balance by due date and its net by issue month', () => {
    expect(documentContributions(invoice())).toEqual([
      one('open', '2026-03-16', 11900),
      one('revenue', '2026-03', 10000),
    ]);
    expect(documentContributions(invoice({ status: 'partiallyPaid', balance: 5 }))).toEqual([
      one('open', '2026-03-16', 5),
      one('revenue', '2026-03', 10000),
    ]);
  });

  it('an open invoice without a due date ages from its issue date (openUndated)', () => {
    expect(documentContributions(invoice({ dueDateKey: '' }))[0]).toEqual(
      one('openUndated', '2026-03-02', 11900),
    );
  });

  it('an open invoice with nothing left to pay counts only as open (openSettled, no date)', () => {
    for (const dueDateKey of ['', '2026-03-16']) {
      for (const balance of [0, -250]) {
        expect(documentContributions(invoice({ dueDateKey, balance }))[0]).toEqual(
          one('openSettled', '', balance),
        );
      }
    }
  });

  it('paid and cancelled invoices add revenue only; drafts and quotes add nothing', () => {
    for (const status of ['paid', 'cancelled']) {
      expect(documentContributions(invoice({ status }))).toEqual([
        one('revenue', '2026-03', 10000),
      ]);
    }
    expect(documentContributions(invoice({ status: 'draft' }))).toEqual([]);
    expect(documentContributions(invoice({ kind: 'quote', status: 'sent' }))).toEqual([]);
    expect(documentContributions(invoice({ kind: 'quote', status: 'draft' }))).toEqual([]);
  });

  it('a posted credit note takes its net away from its issue month', () => {
    const credit = invoice({ kind: 'creditNote', issueDate: '2026-02-28', netTotal: 2000 });
    expect(documentContributions(credit)).toEqual([one('revenue', '2026-02', -2000)]);
    expect(documentContributions({ ...credit, netTotal: 0 })[0]!.amount).toBe(0);
    expect(Object.is(documentContributions({ ...credit, netTotal: 0 })[0]!.amount, -0)).toBe(false);
    expect(documentContributions({ ...credit, status: 'draft' })).toEqual([]);
  });

  it('a record without the fields a group reads adds nothing to that group', () => {
    expect(documentContributions(invoice({ currency: undefined }))).toEqual([]);
    expect(documentContributions(invoice({ status: 7 }))).toEqual([]);
    expect(documentContributions(invoice({ balance: '11900' }))).toEqual([
      one('revenue', '2026-03', 10000),
    ]);
    expect(documentContributions(invoice({ balance: 1.5 }))).toEqual([
      one('revenue', '2026-03', 10000),
    ]);
    expect(documentContributions(invoice({ dueDateKey: null }))).toEqual([
      one('revenue', '2026-03', 10000),
    ]);
    expect(documentContributions(invoice({ netTotal: Number.NaN }))).toEqual([
      one('open', '2026-03-16', 11900),
    ]);
    expect(documentContributions({})).toEqual([]);
  });
});

describe('paymentContributions and moneyIn', () => {
  const record = (kind: string, amount = 5000) => ({
    kind,
    amount,
    currency: 'USD',
    date: '2026-03-05',
  });

  it('payments add, reversals and refunds take back, credit movements count zero', () => {
    expect(paymentContributions(record('payment'))).toEqual([
      one('moneyIn', '2026-03-05', 5000, 'USD'),
    ]);
    expect(paymentContributions(record('reversal'))).toEqual([
      one('moneyIn', '2026-03-05', -5000, 'USD'),
    ]);
    expect(paymentContributions(record('refund'))[0]!.amount).toBe(-5000);
    // Still a row: the currency has a record this year, as the dashboard has always shown.
    expect(paymentContributions(record('creditApplication'))).toEqual([
      one('moneyIn', '2026-03-05', 0, 'USD'),
    ]);
    expect(paymentContributions(record('creditFromInvoice'))[0]!.amount).toBe(0);
  });

  it('every payment kind has its sign, and the result is a whole amount', () => {
    const signs = {
      payment: 1,
      reversal: -1,
      refund: -1,
      creditApplication: 0,
      creditFromInvoice: 0,
    };
    for (const kind of PAYMENT_KINDS) {
      expect(moneyIn(kind, minor(700))).toBe(signs[kind] * 700 || 0);
    }
  });

  it('a record of an unknown kind or without an amount adds nothing', () => {
    expect(paymentContributions(record('gift'))).toEqual([]);
    expect(paymentContributions(record('payment', Number.NaN))).toEqual([]);
    expect(paymentContributions({ ...record('payment'), date: undefined })).toEqual([]);
  });
});

describe('totalsKey', () => {
  it('no two groups, dates and currencies share a key', () => {
    const part = fc.string({ maxLength: 6, unit: fc.constantFrom('a', '"', ',', '|', '\\', '[') });
    fc.assert(
      fc.property(
        fc.tuple(fc.constantFrom(...TOTALS_GROUPS), part, part),
        fc.tuple(fc.constantFrom(...TOTALS_GROUPS), part, part),
        (a, b) => {
          const same = a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
          expect(totalsKey(...a) === totalsKey(...b)).toBe(same);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('totalsKeyRange', () => {
  it("holds exactly the keys of the group's rows with a date in the range", () => {
    const date = fc.oneof(
      fc.constantFrom('', '2026-01', '2026-11', '2026-01-01', '2026-11-21', '2026-11-30'),
      fc
        .date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
        .map((day) => day.toISOString().slice(0, 10)),
    );
    const currency = fc.constantFrom('EUR', 'CHF', 'JPY', 'USD');
    fc.assert(
      fc.property(
        fc.constantFrom(...TOTALS_GROUPS),
        fc.constantFrom(...TOTALS_GROUPS),
        date,
        currency,
        fc.option(
          fc.tuple(date, date).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]),
        ),
        (group, rowGroup, rowDate, rowCurrency, dates) => {
          const [lower, upper] = totalsKeyRange(group, dates ?? undefined);
          const key = totalsKey(rowGroup, rowDate, rowCurrency);
          const inRange = lower <= key && key <= upper;
          const wanted =
            rowGroup === group && (!dates || (dates[0] <= rowDate && rowDate <= dates[1]));
          expect(inRange).toBe(wanted);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
