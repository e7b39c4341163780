import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorUnitExponent } from '../../../../shared/money/currencies';
import { dec, Decimal } from '../../../../shared/money/decimal';
import { minor, sumMinor } from '../../../../shared/money/minor';
import {
  computeDocumentTotals,
  type DocumentAdjustment,
} from '../../../../shared/totals/documentTotals';
import type { PricedLine } from '../../../../shared/totals/lineAmounts';
import {
  currencyArb,
  documentAdjustmentArb,
  minorArb,
  pricedLineArb,
} from '../arbitraries/documentArbitraries';
import { PROPERTY_RUNS } from '../../propertyRuns';

const documentArb = fc.record({
  currency: currencyArb,
  lines: fc.array(pricedLineArb, { minLength: 1, maxLength: 12 }),
  adjustments: fc.array(documentAdjustmentArb, { maxLength: 3 }),
  prepaid: minorArb(0, 100_000),
});

function negateLine(line: PricedLine): PricedLine {
  return {
    ...line,
    quantity: dec(line.quantity).negated().toFixed(),
    allowances: line.allowances?.map((a) =>
      a.kind === 'amount' ? { ...a, amount: minor(-a.amount) } : a,
    ),
    charges: line.charges?.map((c) =>
      c.kind === 'amount' ? { ...c, amount: minor(-c.amount) } : c,
    ),
  };
}

function negateAdjustment(adjustment: DocumentAdjustment): DocumentAdjustment {
  return adjustment.value.kind === 'amount'
    ? { ...adjustment, value: { kind: 'amount', amount: minor(-adjustment.value.amount) } }
    : adjustment;
}

describe('document totals properties', () => {
  it('gross = net + VAT, and net = line nets − allowances + charges, for any document', () => {
    fc.assert(
      fc.property(documentArb, (input) => {
        const totals = computeDocumentTotals(input);
        expect(totals.grossTotal).toBe(totals.netTotal + totals.vatTotal);
        expect(totals.netTotal).toBe(
          totals.lineNetTotal - totals.allowanceTotal + totals.chargeTotal,
        );
        expect(totals.lineNetTotal).toBe(sumMinor(totals.lines.map((l) => l.net)));
        expect(totals.amountDue).toBe(totals.grossTotal - totals.prepaid + totals.roundingAmount);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('the VAT groups add up to the VAT total and the taxable amounts to the net total', () => {
    fc.assert(
      fc.property(documentArb, (input) => {
        const totals = computeDocumentTotals(input);
        expect(sumMinor(totals.vatGroups.map((g) => g.vatAmount))).toBe(totals.vatTotal);
        expect(sumMinor(totals.vatGroups.map((g) => g.taxableAmount))).toBe(totals.netTotal);
        for (const group of totals.vatGroups) {
          // VAT is the group's taxable amount × rate, rounded once: within half a minor unit.
          const exact = dec(group.taxableAmount).times(dec(group.rate)).dividedBy(100);
          expect(exact.minus(group.vatAmount).abs().lessThanOrEqualTo(0.5)).toBe(true);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('each line net is quantity × price rounded once, less allowances, plus charges', () => {
    fc.assert(
      fc.property(documentArb, (input) => {
        const totals = computeDocumentTotals(input);
        totals.lines.forEach((amounts, index) => {
          const line = input.lines[index]!;
          const exact = dec(line.quantity)
            .times(dec(line.unitPrice))
            .dividedBy(dec(line.baseQuantity ?? '1'));
          const exactMinor = exact.times(new Decimal(10).pow(minorUnitExponent(input.currency)));
          expect(exactMinor.minus(amounts.baseAmount).abs().lessThanOrEqualTo(0.5)).toBe(true);
          expect(amounts.net).toBe(
            amounts.baseAmount - amounts.allowanceTotal + amounts.chargeTotal,
          );
        });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('negating every quantity and fixed amount negates every figure (rounding is symmetric)', () => {
    fc.assert(
      fc.property(documentArb, (input) => {
        const totals = computeDocumentTotals({ ...input, prepaid: minor(0) });
        const negated = computeDocumentTotals({
          currency: input.currency,
          lines: input.lines.map(negateLine),
          adjustments: input.adjustments.map(negateAdjustment),
        });
        expect(negated.grossTotal).toBe(minor(-totals.grossTotal));
        expect(negated.vatTotal).toBe(minor(-totals.vatTotal));
        expect(negated.netTotal).toBe(minor(-totals.netTotal));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('the order of the lines does not change any total', () => {
    fc.assert(
      fc.property(documentArb, (input) => {
        const forward = computeDocumentTotals(input);
        const reversed = computeDocumentTotals({ ...input, lines: [...input.lines].reverse() });
        expect(reversed.vatGroups).toEqual(forward.vatGroups);
        expect(reversed.grossTotal).toBe(forward.grossTotal);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
