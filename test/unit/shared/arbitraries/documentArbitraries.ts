import fc from 'fast-check';
import { currencyCode, type CurrencyCode } from '../../../../shared/money/currencies';
import { Decimal } from '../../../../shared/money/decimal';
import { minor, type Minor } from '../../../../shared/money/minor';
import type { DocumentAdjustment } from '../../../../shared/totals/documentTotals';
import type { LineAdjustment, PricedLine } from '../../../../shared/totals/lineAmounts';

// Generators shared by the property tests of totals, payments, credit notes and journal.
// Decimal strings are built from integers, so no float ever reaches the domain.

/** A decimal string of `integer` / 10^scale, e.g. (12345, 2) → "123.45". */
export function scaled(integer: number, scale: number): string {
  return new Decimal(integer).dividedBy(new Decimal(10).pow(scale)).toFixed();
}

export const currencyArb: fc.Arbitrary<CurrencyCode> = fc
  .constantFrom('EUR', 'JPY', 'KWD', 'CHF')
  .map(currencyCode);

/** VAT treatments with a rate that belongs to them. */
export const vatTreatmentArb = fc.oneof(
  fc.constantFrom('19', '7', '20', '5.5', '8.1', '25').map((vatRate) => ({
    vatCategory: 'standard' as const,
    vatRate,
  })),
  fc
    .constantFrom('zeroRated', 'reverseCharge', 'intraCommunity', 'export', 'outsideScope' as const)
    .map((vatCategory) => ({ vatCategory, vatRate: '0' })),
  fc.constant({ vatCategory: 'exempt' as const, vatRate: '0', exemptionReason: 'Exempt' }),
);

const lineAdjustmentArb: fc.Arbitrary<LineAdjustment> = fc.oneof(
  fc
    .integer({ min: 0, max: 10000 })
    .map((p) => ({ kind: 'percent' as const, percent: scaled(p, 2) })),
  fc.integer({ min: 0, max: 50000 }).map((a) => ({ kind: 'amount' as const, amount: minor(a) })),
);

/** Positive-quantity lines with up to 3 quantity and 4 price decimals. */
export const pricedLineArb: fc.Arbitrary<PricedLine> = fc
  .record({
    quantity: fc.integer({ min: 1, max: 1_000_000 }).map((q) => scaled(q, 3)),
    unitPrice: fc.integer({ min: -1_000_000, max: 100_000_000 }).map((p) => scaled(p, 4)),
    baseQuantity: fc.constantFrom(undefined, '1', '10', '100'),
    allowances: fc.array(lineAdjustmentArb, { maxLength: 2 }),
    charges: fc.array(lineAdjustmentArb, { maxLength: 1 }),
    treatment: vatTreatmentArb,
  })
  .map(({ treatment, ...rest }) => ({ ...rest, ...treatment }));

/** Document allowances and charges whose VAT treatment is drawn like a line's. */
export const documentAdjustmentArb: fc.Arbitrary<DocumentAdjustment> = fc
  .record({
    kind: fc.constantFrom('allowance' as const, 'charge' as const),
    value: fc.oneof(
      fc
        .integer({ min: 0, max: 2000 })
        .map((p) => ({ kind: 'percent' as const, percent: scaled(p, 2) })),
      fc
        .integer({ min: 0, max: 100_000 })
        .map((a) => ({ kind: 'amount' as const, amount: minor(a) })),
    ),
    treatment: vatTreatmentArb,
  })
  .map(({ treatment, ...rest }) => ({ ...rest, ...treatment, reason: 'Adjustment' }));

/** An amount in minor units within a range. */
export function minorArb(min: number, max: number): fc.Arbitrary<Minor> {
  return fc.integer({ min, max }).map(minor);
}
