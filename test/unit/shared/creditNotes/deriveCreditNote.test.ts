import { describe, expect, it } from 'vitest';
import { toPriorCredit } from '../../../../shared/creditNotes/creditedSoFar';
import type { CreditableInvoice, PriorCredit } from '../../../../shared/creditNotes/creditTypes';
import { deriveCreditNote } from '../../../../shared/creditNotes/deriveCreditNote';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import {
  computeDocumentTotals,
  type DocumentAdjustment,
} from '../../../../shared/totals/documentTotals';
import type { PricedLine } from '../../../../shared/totals/lineAmounts';

function invoiceOf(
  lines: (PricedLine & { description?: string })[],
  adjustments: DocumentAdjustment[] = [],
  extra: { prepaid?: number; cashRoundingIncrement?: number; currency?: string } = {},
): CreditableInvoice {
  const currency = currencyCode(extra.currency ?? 'EUR');
  const withIds = lines.map((line, index) => ({ ...line, id: `line-${index + 1}` }));
  const totals = computeDocumentTotals({
    currency,
    lines: withIds,
    adjustments,
    prepaid: minor(extra.prepaid ?? 0),
    cashRoundingIncrement: minor(extra.cashRoundingIncrement ?? 1),
  });
  return { currency, lines: withIds, adjustments, totals };
}

function credit(invoice: CreditableInvoice, prior: PriorCredit[], lines?: [string, string][]) {
  const result = deriveCreditNote(
    invoice,
    prior,
    lines
      ? { kind: 'lines', lines: lines.map(([lineId, quantity]) => ({ lineId, quantity })) }
      : { kind: 'all' },
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const std = (
  quantity: string,
  unitPrice: string,
  vatRate = '19',
  description = 'Item',
): PricedLine & {
  description: string;
} => ({ quantity, unitPrice, vatCategory: 'standard', vatRate, description });

describe('deriving a credit note', () => {
  it('a credit note for all lines reproduces the invoice figures exactly', () => {
    const invoice = invoiceOf(
      [std('3', '19.99'), std('2', '4.50', '7')],
      [
        {
          kind: 'allowance',
          reason: 'Discount',
          value: { kind: 'percent', percent: '5' },
          vatCategory: 'standard',
          vatRate: '19',
        },
      ],
    );
    const note = credit(invoice, []);
    expect(note.completesInvoice).toBe(true);
    expect(note.totals.grossTotal).toBe(invoice.totals.grossTotal);
    expect(note.totals.vatGroups).toEqual(invoice.totals.vatGroups);
    expect(note.lines.map((l) => [l.creditedLineId, l.quantity])).toEqual([
      ['line-1', '3'],
      ['line-2', '2'],
    ]);
    expect(note.adjustments).toHaveLength(1);
    expect(note.adjustments[0]!.value).toEqual({
      kind: 'amount',
      amount: invoice.totals.adjustmentAmounts[0],
    });
  });

  it('credits chosen lines and quantities, then the rest cancels the invoice to the cent', () => {
    // Three lines of 1 × 2.50 at 19 %: group VAT 1.43 (per line 0.475 each).
    const invoice = invoiceOf([std('1', '2.50'), std('1', '2.50'), std('1', '2.50')]);
    const first = credit(invoice, [], [['line-1', '1']]);
    expect(first.totals.netTotal).toBe(250);
    expect(first.totals.vatTotal).toBe(48); // 0.475 → 0.48
    const second = credit(invoice, [toPriorCredit(first)], [['line-2', '1']]);
    expect(second.totals.vatTotal).toBe(48);
    const last = credit(invoice, [toPriorCredit(first), toPriorCredit(second)]);
    expect(last.completesInvoice).toBe(true);
    expect(last.totals.vatTotal).toBe(143 - 96); // the remainder, not 0.48
    expect(first.totals.grossTotal + second.totals.grossTotal + last.totals.grossTotal).toBe(
      invoice.totals.grossTotal,
    );
  });

  it('credits part of a line quantity and scales fixed line discounts', () => {
    const invoice = invoiceOf([
      { ...std('10', '10.00'), allowances: [{ kind: 'amount', amount: minor(500) }] },
    ]);
    const note = credit(invoice, [], [['line-1', '4']]);
    expect(note.lines[0]!.allowances).toEqual([{ kind: 'amount', amount: 200 }]);
    expect(note.totals.netTotal).toBe(3800); // 40.00 − 2.00
  });

  it('refuses to credit more than is left of a line, naming the line and the limit', () => {
    const invoice = invoiceOf([std('5', '100.00', '19', 'Consulting')]);
    const first = credit(invoice, [], [['line-1', '3']]);
    const result = deriveCreditNote(invoice, [toPriorCredit(first)], {
      kind: 'lines',
      lines: [{ lineId: 'line-1', quantity: '3' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('QUANTITY_EXCEEDS_REMAINING');
      expect(result.error.message).toBe(
        'Line 1 (Consulting): only 2 of 5 are left to credit; enter 2 or less.',
      );
    }
  });

  it('refuses a fully credited invoice, unknown and repeated lines, and wrong-signed quantities', () => {
    const invoice = invoiceOf([std('2', '10.00')]);
    const all = credit(invoice, []);
    const again = deriveCreditNote(invoice, [toPriorCredit(all)], { kind: 'all' });
    expect(again.ok || again.error.code).toBe('NOTHING_TO_CREDIT');
    const codes = [
      [{ lineId: 'nope', quantity: '1' }],
      [
        { lineId: 'line-1', quantity: '1' },
        { lineId: 'line-1', quantity: '1' },
      ],
      [{ lineId: 'line-1', quantity: '-1' }],
      [{ lineId: 'line-1', quantity: 'one' }],
      [{ lineId: 'line-1', quantity: '0' }],
    ].map((lines) => {
      const result = deriveCreditNote(invoice, [], { kind: 'lines', lines });
      return result.ok ? 'ok' : result.error.code;
    });
    expect(codes).toEqual([
      'UNKNOWN_LINE',
      'DUPLICATE_LINE',
      'QUANTITY_INVALID',
      'QUANTITY_INVALID',
      'NOTHING_TO_CREDIT',
    ]);
  });

  it('refuses crediting the full-price line without its discount line when that passes the invoice total', () => {
    const invoice = invoiceOf([std('1', '200.00'), std('1', '-25.00', '19', 'Loyalty discount')]);
    const result = deriveCreditNote(invoice, [], {
      kind: 'lines',
      lines: [{ lineId: 'line-1', quantity: '1' }],
    });
    expect(result.ok || result.error.code).toBe('OVER_CREDIT');
    const discountOnly = deriveCreditNote(invoice, [], {
      kind: 'lines',
      lines: [{ lineId: 'line-2', quantity: '1' }],
    });
    expect(discountOnly.ok || discountOnly.error.code).toBe('NEGATIVE_CREDIT');
  });

  it('credits a document charge in proportion and the remainder with the last credit note', () => {
    const invoice = invoiceOf(
      [std('1', '100.00'), std('1', '100.00')],
      [
        {
          kind: 'charge',
          reason: 'Shipping',
          value: { kind: 'amount', amount: minor(999) },
          vatCategory: 'standard',
          vatRate: '19',
        },
      ],
    );
    const first = credit(invoice, [], [['line-1', '1']]);
    expect(first.adjustments[0]!.value).toEqual({ kind: 'amount', amount: 500 }); // 9.99 / 2 → 5.00 (4.995 away from zero)
    const rest = credit(invoice, [toPriorCredit(first)]);
    expect(rest.adjustments[0]!.value).toEqual({ kind: 'amount', amount: 499 });
    expect(first.totals.grossTotal + rest.totals.grossTotal).toBe(invoice.totals.grossTotal);
  });

  it('the completing credit note takes the remaining cash rounding, so a CHF invoice cancels exactly', () => {
    const invoice = invoiceOf([std('1', '10.02', '8.1')], [], {
      currency: 'CHF',
      cashRoundingIncrement: 5,
    });
    expect(invoice.totals.roundingAmount).toBe(2);
    const note = credit(invoice, []);
    expect(note.totals.amountDue).toBe(invoice.totals.amountDue);
  });

  it("a partial note that credits the last of a charge-only VAT group takes that group's VAT remainder", () => {
    // 1000 × 1.00 at 19 % with a 314.52 charge at 8.1 % (VAT 25.4761 → 25.48) and no 8.1 % line.
    const invoice = invoiceOf(
      [std('1000', '1.00')],
      [
        {
          kind: 'charge',
          reason: 'Freight',
          value: { kind: 'amount', amount: minor(31452) },
          vatCategory: 'standard',
          vatRate: '8.1',
        },
      ],
    );
    const vatAt81 = (note: ReturnType<typeof credit>) =>
      note.totals.vatGroups.find((g) => g.rate === '8.1')?.vatAmount;
    // 999.94 of 1000 credits 314.50 of the charge: VAT 25.4745 → 25.47.
    const first = credit(invoice, [], [['line-1', '999.94']]);
    expect(first.adjustments[0]!.value).toEqual({ kind: 'amount', amount: 31450 });
    expect(vatAt81(first)).toBe(2547);
    // 0.05 more credits the last 0.02 of the charge; its VAT (0.00162) would round to 0,
    // but the group is now fully credited, so the note takes the remaining 0.01.
    const second = credit(invoice, [toPriorCredit(first)], [['line-1', '0.05']]);
    expect(second.adjustments[0]!.value).toEqual({ kind: 'amount', amount: 2 });
    expect(vatAt81(second)).toBe(1);
    const rest = credit(invoice, [toPriorCredit(first), toPriorCredit(second)]);
    expect(first.totals.grossTotal + second.totals.grossTotal + rest.totals.grossTotal).toBe(
      invoice.totals.grossTotal,
    );
  });
});
