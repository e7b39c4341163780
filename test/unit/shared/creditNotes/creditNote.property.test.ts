import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { remainingQuantities, toPriorCredit } from '../../../../shared/creditNotes/creditedSoFar';
import type { CreditableInvoice, PriorCredit } from '../../../../shared/creditNotes/creditTypes';
import { deriveCreditNote } from '../../../../shared/creditNotes/deriveCreditNote';
import { dec } from '../../../../shared/money/decimal';
import { minor, sumMinor } from '../../../../shared/money/minor';
import { computeDocumentTotals } from '../../../../shared/totals/documentTotals';
import type { VatCategory } from '../../../../shared/tax/vatCategories';
import { vatGroupKey } from '../../../../shared/totals/vatBreakdown';
import { PROPERTY_RUNS } from '../../propertyRuns';
import {
  currencyArb,
  documentAdjustmentArb,
  minorArb,
  pricedLineArb,
} from '../arbitraries/documentArbitraries';

const invoiceArb: fc.Arbitrary<CreditableInvoice> = fc
  .record({
    currency: currencyArb,
    lines: fc.array(pricedLineArb, { minLength: 1, maxLength: 8 }),
    adjustments: fc.array(documentAdjustmentArb, { maxLength: 3 }),
    prepaid: minorArb(0, 5_000),
    cashRoundingIncrement: fc.constantFrom(minor(1), minor(5)),
  })
  .map((input) => {
    const lines = input.lines.map((line, index) => ({ ...line, id: `line-${index}` }));
    return {
      currency: input.currency,
      lines,
      adjustments: input.adjustments,
      totals: computeDocumentTotals({ ...input, lines }),
    };
  });

/** Per-mille shares of what is left of each line, for a few partial credit notes. */
const partialPlanArb = fc.array(
  fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 8, maxLength: 8 }),
  {
    maxLength: 3,
  },
);

type Group = { category: VatCategory; rate: string; taxableAmount: number; vatAmount: number };

/** Taxable amount and VAT per group, summed over documents; groups of all zeros left out. */
function byGroup(groups: readonly Group[]) {
  const map = new Map<string, [number, number]>();
  for (const g of groups) {
    const key = vatGroupKey(g.category, g.rate);
    const [taxable, vat] = map.get(key) ?? [0, 0];
    map.set(key, [taxable + g.taxableAmount, vat + g.vatAmount]);
  }
  return new Map([...map].filter(([, [taxable, vat]]) => taxable !== 0 || vat !== 0));
}

describe('credit note properties', () => {
  it('crediting every line of an invoice at once brings its amount due to exactly zero', () => {
    fc.assert(
      fc.property(invoiceArb, (invoice) => {
        fc.pre(invoice.totals.grossTotal >= 0);
        const result = deriveCreditNote(invoice, [], { kind: 'all' });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const note = result.value.totals;
        expect(note.grossTotal).toBe(invoice.totals.grossTotal);
        expect(byGroup(note.vatGroups)).toEqual(byGroup(invoice.totals.vatGroups));
        // What the customer still owes: the invoice's amount due, less what the note credits,
        // plus the prepaid part the customer has already paid and now gets back.
        expect(invoice.totals.amountDue - note.amountDue + invoice.totals.prepaid).toBe(0);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('partial credit notes never credit more than invoiced, and the rest completes it to the cent', () => {
    fc.assert(
      fc.property(invoiceArb, partialPlanArb, (invoice, plan) => {
        fc.pre(invoice.totals.grossTotal >= 0);
        const prior: PriorCredit[] = [];
        for (const shares of plan) {
          const remaining = remainingQuantities(invoice, prior);
          const lines = invoice.lines.map((line, index) => ({
            lineId: line.id,
            quantity: dec(remaining.get(line.id)!).times(shares[index]!).dividedBy(1000).toFixed(),
          }));
          const result = deriveCreditNote(invoice, prior, { kind: 'lines', lines });
          if (!result.ok) {
            expect(['NOTHING_TO_CREDIT', 'OVER_CREDIT', 'NEGATIVE_CREDIT']).toContain(
              result.error.code,
            );
            continue;
          }
          prior.push(toPriorCredit(result.value));
          const creditedGross = sumMinor(prior.map((p) => p.grossTotal));
          expect(creditedGross).toBeLessThanOrEqual(invoice.totals.grossTotal);
          const invoicedGroups = byGroup(invoice.totals.vatGroups);
          for (const [key, [, vat]] of byGroup(prior.flatMap((p) => p.vatGroups))) {
            const [, invoiced] = invoicedGroups.get(key) ?? [0, 0];
            expect(Math.abs(vat)).toBeLessThanOrEqual(Math.abs(invoiced));
          }
        }
        const rest = deriveCreditNote(invoice, prior, { kind: 'all' });
        if (!rest.ok) {
          // Only possible when the partial notes already credited every line in full.
          expect(rest.error.code).toBe('NOTHING_TO_CREDIT');
        } else {
          expect(rest.value.completesInvoice).toBe(true);
          prior.push(toPriorCredit(rest.value));
        }
        expect(sumMinor(prior.map((p) => p.grossTotal))).toBe(invoice.totals.grossTotal);
        const creditedGroups = byGroup(prior.flatMap((p) => p.vatGroups));
        expect(creditedGroups).toEqual(byGroup(invoice.totals.vatGroups));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
