import { describe, expect, it } from 'vitest';
import type { EffectiveDefaults } from '../../../../../shared/customers/customerDefaults';
import { isoDate } from '../../../../../shared/dates/isoDate';
import { currencyCode } from '../../../../../shared/money/currencies';
import { minor, ZERO } from '../../../../../shared/money/minor';
import type { DocumentLine } from '../../../../../shared/schemas/documentLine';
import {
  blankLine,
  lineDiscountOf,
  newAdjustment,
  withAdjustment,
  withCustomer,
  withIssueDate,
  withLine,
  withLineDiscount,
  withLineMoved,
  withoutLine,
  withPaymentTerms,
} from '../../../../../renderer/screens/documents/draftEditing';
import { exampleDraftInvoice, exampleLine, exampleQuote } from '../../../shared/schemas/examples';

const defaults: EffectiveDefaults = {
  currency: currencyCode('CHF'),
  paymentTerms: { kind: 'net', days: 30 },
  language: 'fr',
  paymentMethod: 'directDebit',
  vatTreatment: 'domestic',
  source: {
    currency: 'customer',
    paymentTerms: 'class',
    language: 'customer',
    paymentMethod: 'class',
    vatTreatment: 'company',
  },
};

const ids = (lines: readonly DocumentLine[]) => lines.map((line) => line.id);

describe('withCustomer', () => {
  it('fills currency, terms, payment method and language, and the due date from the terms', () => {
    const draft = exampleDraftInvoice(); // issued 5 March 2026
    const next = withCustomer(draft, 'cust-2', defaults);
    expect(next).toMatchObject({
      customerId: 'cust-2',
      currency: 'CHF',
      paymentTerms: { kind: 'net', days: 30 },
      paymentMethod: 'directDebit',
      language: 'fr',
      dueDate: '2026-04-04',
    });
    expect(next.lines).toBe(draft.lines);
    expect(draft.customerId).toBe('cust-1');
  });

  it('leaves a quote without a due date', () => {
    expect(withCustomer(exampleQuote(), 'cust-2', defaults).dueDate).toBeNull();
  });

  it('leaves the due date empty when the terms cannot give one (the save then says why)', () => {
    const broken = { ...defaults, paymentTerms: { kind: 'net' as const, days: -3 } };
    expect(withCustomer(exampleDraftInvoice(), 'cust-2', broken).dueDate).toBeNull();
  });
});

describe('withIssueDate', () => {
  it('moves a due date that followed the terms along with the issue date', () => {
    const next = withIssueDate(exampleDraftInvoice(), isoDate('2026-04-01'));
    expect([next.issueDate, next.dueDate]).toEqual(['2026-04-01', '2026-04-15']);
  });

  it('keeps a due date the user set by hand', () => {
    const typed = { ...exampleDraftInvoice(), dueDate: isoDate('2026-05-31') };
    expect(withIssueDate(typed, isoDate('2026-04-01')).dueDate).toBe('2026-05-31');
  });

  it('ignores a cleared issue date', () => {
    const draft = exampleDraftInvoice();
    expect(withIssueDate(draft, null)).toBe(draft);
  });

  it('moves a quote’s validity along while it is the usual 30 days, not when set by hand', () => {
    const quote = exampleQuote(); // issued 5 March, valid until 4 April: 30 days
    const usual = { ...quote, validUntil: isoDate('2026-04-04') };
    const moved = withIssueDate(usual, isoDate('2026-03-10'));
    expect(moved.kind === 'quote' && moved.validUntil).toBe('2026-04-09');
    const typed = { ...quote, validUntil: isoDate('2026-06-30') };
    const kept = withIssueDate(typed, isoDate('2026-03-10'));
    expect(kept.kind === 'quote' && kept.validUntil).toBe('2026-06-30');
    expect(kept.dueDate).toBeNull();
  });
});

describe('withPaymentTerms', () => {
  it('recomputes the due date from the new terms, even one set by hand', () => {
    const typed = { ...exampleDraftInvoice(), dueDate: isoDate('2026-05-31') };
    const next = withPaymentTerms(typed, { kind: 'endOfMonth', days: 10 });
    expect([next.paymentTerms, next.dueDate]).toEqual([
      { kind: 'endOfMonth', days: 10 },
      '2026-04-10',
    ]);
  });

  it('keeps the old due date while the terms typed so far give none', () => {
    const next = withPaymentTerms(exampleDraftInvoice(), { kind: 'net', days: -1 });
    expect(next.dueDate).toBe('2026-03-19');
  });

  it('ignores cleared terms and gives a quote no due date', () => {
    const draft = exampleDraftInvoice();
    expect(withPaymentTerms(draft, null)).toBe(draft);
    expect(withPaymentTerms(exampleQuote(), { kind: 'net', days: 7 }).dueDate).toBeNull();
  });
});

describe('blankLine', () => {
  it('starts the first line as one piece at standard rate with the rate to be entered', () => {
    expect(blankLine(undefined, { kind: 'normal' })).toMatchObject({
      productId: null,
      description: '',
      quantity: '1',
      unit: 'C62',
      unitPrice: '',
      vatCategory: 'standard',
      vatRate: '',
      exemptionReason: undefined,
      revenueAccount: null,
    });
  });

  it('takes the unit and VAT treatment of the line above it', () => {
    const previous = exampleDraftInvoice().lines[1]!; // exempt, by the day
    expect(blankLine(previous, { kind: 'normal' })).toMatchObject({
      unit: 'DAY',
      vatCategory: 'exempt',
      vatRate: '0',
      exemptionReason: 'Exempt under § 4 Nr. 21 UStG',
      unitPrice: '',
    });
  });

  it('starts every line exempt with the note of a small business exempt from VAT', () => {
    const mode = { kind: 'smallBusinessExempt' as const, note: 'No VAT under § 19 UStG.' };
    expect(blankLine(exampleLine(), mode)).toMatchObject({
      vatCategory: 'exempt',
      vatRate: '0',
      exemptionReason: 'No VAT under § 19 UStG.',
    });
  });

  it('gives each line an id of its own', () => {
    expect(blankLine(undefined, { kind: 'normal' }).id).not.toBe(
      blankLine(undefined, { kind: 'normal' }).id,
    );
  });
});

describe('changing, removing and moving lines', () => {
  const draft = {
    ...exampleDraftInvoice(),
    lines: ['a', 'b', 'c'].map((id) => ({ ...exampleLine(), id })),
  };

  it('changes only the line with that id', () => {
    const next = withLine(draft, 'b', (line) => ({ ...line, quantity: '7' }));
    expect(next.lines.map((line) => line.quantity)).toEqual(['2.5', '7', '2.5']);
    expect(next.lines[0]).toBe(draft.lines[0]);
  });

  it('removes the line with that id', () => {
    expect(ids(withoutLine(draft, 'b').lines)).toEqual(['a', 'c']);
    expect(ids(withoutLine(draft, 'x').lines)).toEqual(['a', 'b', 'c']);
  });

  it('moves a line up or down by one, and not past either end', () => {
    expect(ids(withLineMoved(draft, 'b', -1).lines)).toEqual(['b', 'a', 'c']);
    expect(ids(withLineMoved(draft, 'b', 1).lines)).toEqual(['a', 'c', 'b']);
    expect(withLineMoved(draft, 'a', -1)).toBe(draft);
    expect(withLineMoved(draft, 'c', 1)).toBe(draft);
    expect(withLineMoved(draft, 'x', 1)).toBe(draft);
  });
});

describe('line discount', () => {
  const plain = { ...exampleLine(), allowances: [] };

  it('reads the first allowance as the discount, or none', () => {
    expect(lineDiscountOf(plain)).toEqual({ kind: 'none' });
    expect(lineDiscountOf(exampleLine())).toEqual({ kind: 'percent', percent: '10' });
    const amount = {
      ...plain,
      allowances: [{ kind: 'amount' as const, amount: minor(500), reason: '' }],
    };
    expect(lineDiscountOf(amount)).toEqual({ kind: 'amount', amount: 500 });
  });

  it('replaces the first allowance and keeps its reason and any further ones', () => {
    const second = { kind: 'amount' as const, amount: minor(100), reason: 'Voucher' };
    const line = { ...exampleLine(), allowances: [...exampleLine().allowances, second] };
    expect(withLineDiscount(line, { kind: 'amount', amount: minor(2000) }).allowances).toEqual([
      { kind: 'amount', amount: 2000, reason: 'Loyalty' },
      second,
    ]);
    expect(withLineDiscount(line, { kind: 'percent', percent: '5' }).allowances).toEqual([
      { kind: 'percent', percent: '5', reason: 'Loyalty' },
      second,
    ]);
    expect(withLineDiscount(line, { kind: 'none' }).allowances).toEqual([second]);
  });

  it('adds a discount to a line without one', () => {
    expect(withLineDiscount(plain, { kind: 'percent', percent: '3' }).allowances).toEqual([
      { kind: 'percent', percent: '3', reason: '' },
    ]);
  });
});

describe('document discounts and charges', () => {
  it('a new one belongs to the VAT group of the first line', () => {
    const draft = exampleDraftInvoice();
    expect(newAdjustment(draft, 'allowance')).toEqual({
      kind: 'allowance',
      reason: '',
      value: { kind: 'percent', percent: '' },
      vatCategory: 'standard',
      vatRate: '19',
      exemptionReason: undefined,
    });
    const exemptFirst = { ...draft, lines: [draft.lines[1]!] };
    expect(newAdjustment(exemptFirst, 'charge')).toMatchObject({
      kind: 'charge',
      value: { kind: 'amount', amount: ZERO },
      vatCategory: 'exempt',
      vatRate: '0',
      exemptionReason: 'Exempt under § 4 Nr. 21 UStG',
    });
  });

  it('without lines a new one is standard rate with the rate to be entered', () => {
    const empty = { ...exampleDraftInvoice(), lines: [] };
    expect(newAdjustment(empty, 'allowance')).toMatchObject({
      vatCategory: 'standard',
      vatRate: '',
    });
  });

  it('replaces or removes the one at an index and leaves the others', () => {
    const draft = exampleDraftInvoice();
    const extra = newAdjustment(draft, 'allowance');
    const two = { ...draft, adjustments: [...draft.adjustments, extra] };
    const changed = withAdjustment(two, 1, { ...extra, reason: 'Loyalty discount' });
    expect(changed.adjustments.map((adjustment) => adjustment.reason)).toEqual([
      'Shipping',
      'Loyalty discount',
    ]);
    expect(withAdjustment(two, 0, null).adjustments).toEqual([extra]);
  });
});
