import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedInvoiceActions,
  applyInvoiceAction,
  INVOICE_ACTION_TYPES,
  INVOICE_STATUS_LABELS,
  INVOICE_STATUSES,
  settlementStatus,
  type InvoiceAction,
  type InvoiceActionType,
  type InvoiceStatus,
  type Settlement,
} from '../../../../shared/documents/invoiceStates';
import { minor } from '../../../../shared/money/minor';
import { PROPERTY_RUNS } from '../../propertyRuns';

function settlement(gross: number, paid: number, credited: number): Settlement {
  return { gross: minor(gross), paid: minor(paid), credited: minor(credited) };
}

// One representative action per type; the settlement (40 of 100 paid) gives partiallyPaid.
const partly = settlement(10_000, 4_000, 0);
function actionOf(type: InvoiceActionType): InvoiceAction {
  switch (type) {
    case 'post':
    case 'edit':
    case 'delete':
      return { type };
    case 'payment':
    case 'paymentReversal':
    case 'creditNote':
      return { type, settlement: partly };
  }
}

// The whole machine written out by hand: status → action → next status. Absent = refused.
const LEGAL: Record<InvoiceStatus, Partial<Record<InvoiceActionType, InvoiceStatus>>> = {
  draft: { post: 'posted', edit: 'draft', delete: 'draft' },
  posted: { payment: 'partiallyPaid', creditNote: 'partiallyPaid' },
  partiallyPaid: {
    payment: 'partiallyPaid',
    paymentReversal: 'partiallyPaid',
    creditNote: 'partiallyPaid',
  },
  paid: { paymentReversal: 'partiallyPaid', creditNote: 'partiallyPaid' },
  cancelled: {},
};

const pairs = INVOICE_STATUSES.flatMap((status) =>
  INVOICE_ACTION_TYPES.map((type) => [status, type] as const),
);
const legal = pairs.filter(([status, type]) => LEGAL[status][type] !== undefined);
const illegal = pairs.filter(([status, type]) => LEGAL[status][type] === undefined);

describe('invoice transitions', () => {
  it('covers every status and action pair: 10 legal, 20 refused', () => {
    expect(pairs).toHaveLength(30);
    expect(legal).toHaveLength(10);
    expect(illegal).toHaveLength(20);
  });

  it.each(legal)('a %s invoice allows %s', (status, type) => {
    expect(applyInvoiceAction(status, actionOf(type))).toEqual({
      ok: true,
      value: LEGAL[status][type],
    });
  });

  it.each(illegal)('a %s invoice refuses %s', (status, type) => {
    const result = applyInvoiceAction(status, actionOf(type));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: status, action: type });
    expect(result.error.message).toMatch(/^[A-Z].{30,}\.$/);
  });

  it.each(INVOICE_STATUSES)('lists exactly the legal actions for a %s invoice', (status) => {
    expect(allowedInvoiceActions(status)).toEqual(Object.keys(LEGAL[status]));
  });

  it.each(['posted', 'partiallyPaid', 'paid'] as const)(
    'tells the user to correct a %s invoice with a credit note instead of editing it',
    (status) => {
      for (const type of ['edit', 'delete'] as const) {
        const result = applyInvoiceAction(status, { type });
        expect(!result.ok && result.error.message).toBe(
          `A posted invoice cannot be ${type === 'edit' ? 'changed' : 'deleted'}; correct it with a credit note.`,
        );
      }
    },
  );

  it('says a cancelled invoice stays on record', () => {
    const result = applyInvoiceAction('cancelled', { type: 'edit' });
    expect(!result.ok && result.error.message).toBe(
      'A cancelled invoice cannot be changed; it stays on record as it was posted.',
    );
  });

  it('refuses to post an invoice twice', () => {
    const result = applyInvoiceAction('posted', { type: 'post' });
    expect(!result.ok && result.error.message).toBe(
      'Only a draft invoice can be posted; this invoice is open.',
    );
  });

  it('nothing leaves cancelled, whatever the settlement says', () => {
    const unpaid = settlement(10_000, 0, 0);
    for (const type of INVOICE_ACTION_TYPES) {
      const action =
        type === 'payment' || type === 'paymentReversal' || type === 'creditNote'
          ? { type, settlement: unpaid }
          : { type };
      expect(applyInvoiceAction('cancelled', action).ok).toBe(false);
    }
  });
});

describe('payments, reversals and credit notes move the status with the money', () => {
  it.each<[InvoiceStatus, InvoiceAction, InvoiceStatus]>([
    ['posted', { type: 'payment', settlement: settlement(10_000, 10_000, 0) }, 'paid'],
    ['posted', { type: 'payment', settlement: settlement(10_000, 1, 0) }, 'partiallyPaid'],
    ['posted', { type: 'payment', settlement: settlement(10_000, 12_000, 0) }, 'paid'],
    ['partiallyPaid', { type: 'payment', settlement: settlement(10_000, 10_000, 0) }, 'paid'],
    ['partiallyPaid', { type: 'payment', settlement: settlement(10_000, 6_000, 4_000) }, 'paid'],
    ['paid', { type: 'paymentReversal', settlement: settlement(10_000, 0, 0) }, 'posted'],
    [
      'paid',
      { type: 'paymentReversal', settlement: settlement(10_000, 5_000, 0) },
      'partiallyPaid',
    ],
    ['partiallyPaid', { type: 'paymentReversal', settlement: settlement(10_000, 0, 0) }, 'posted'],
    ['posted', { type: 'creditNote', settlement: settlement(10_000, 0, 10_000) }, 'cancelled'],
    ['posted', { type: 'creditNote', settlement: settlement(10_000, 0, 3_000) }, 'posted'],
    ['partiallyPaid', { type: 'creditNote', settlement: settlement(10_000, 7_000, 3_000) }, 'paid'],
    ['paid', { type: 'creditNote', settlement: settlement(10_000, 10_000, 10_000) }, 'cancelled'],
    ['paid', { type: 'creditNote', settlement: settlement(10_000, 10_000, 2_000) }, 'paid'],
  ])('a %s invoice after %o is %s', (status, action, next) => {
    expect(applyInvoiceAction(status, action)).toEqual({ ok: true, value: next });
  });

  it('a payment never cancels an invoice, even when credits already cover it', () => {
    const action: InvoiceAction = { type: 'payment', settlement: settlement(10_000, 500, 10_000) };
    expect(applyInvoiceAction('posted', action)).toEqual({ ok: true, value: 'paid' });
  });
});

describe('the status that follows from the money', () => {
  it.each([
    [10_000, 0, 0, 'posted'],
    [10_000, 1, 0, 'partiallyPaid'],
    [10_000, 9_999, 0, 'partiallyPaid'],
    [10_000, 10_000, 0, 'paid'],
    [10_000, 10_001, 0, 'paid'],
    [10_000, 0, 9_999, 'posted'],
    [10_000, 0, 10_000, 'cancelled'],
    [10_000, 0, 10_001, 'cancelled'],
    [10_000, 2_000, 10_000, 'cancelled'],
    [10_000, 6_000, 4_000, 'paid'],
    [10_000, 1_000, 4_000, 'partiallyPaid'],
    [10_000, 0, 4_000, 'posted'],
    [1, 0, 1, 'cancelled'],
    [0, 0, 0, 'paid'],
    [-500, 0, 0, 'paid'],
  ])('gross %i, paid %i, credited %i → %s', (gross, paid, credited, expected) => {
    expect(settlementStatus(settlement(gross, paid, credited))).toBe(expected);
  });

  it('refuses negative payments or credits', () => {
    expect(() => settlementStatus(settlement(100, -1, 0))).toThrow(RangeError);
    expect(() => settlementStatus(settlement(100, 0, -1))).toThrow(RangeError);
  });

  it('agrees with the balance for any amounts', () => {
    const amount = fc.integer({ min: 0, max: 1_000_000_000 });
    fc.assert(
      fc.property(amount, amount, amount, (gross, paid, credited) => {
        const status = settlementStatus(settlement(gross, paid, credited));
        const balance = gross - paid - credited;
        expect(status === 'cancelled').toBe(gross > 0 && credited >= gross);
        if (status === 'paid') expect(balance).toBeLessThanOrEqual(0);
        if (status === 'posted' || status === 'partiallyPaid') expect(balance).toBeGreaterThan(0);
        if (status === 'partiallyPaid') expect(paid).toBeGreaterThan(0);
        if (status === 'posted') expect(paid).toBe(0);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('invoice status labels', () => {
  it('shows a posted invoice as Open', () => {
    expect(INVOICE_STATUS_LABELS).toEqual({
      draft: 'Draft',
      posted: 'Open',
      partiallyPaid: 'Partially paid',
      paid: 'Paid',
      cancelled: 'Cancelled',
    });
  });
});
