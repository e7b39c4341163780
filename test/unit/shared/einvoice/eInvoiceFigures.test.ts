import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEInvoice } from '../../../../shared/einvoice/buildEInvoice';
import { EINVOICE_FORMATS } from '../../../../shared/einvoice/eInvoiceFormats';
import { REMAINDER_REASON } from '../../../../shared/einvoice/eInvoiceLines';
import { eInvoiceXml } from '../../../../shared/einvoice/exportEInvoice';
import { minorUnitExponent, type CurrencyCode } from '../../../../shared/money/currencies';
import { minorToDecimalString, type Minor } from '../../../../shared/money/minor';
import type { PostedDocument } from '../../../../shared/pdf/documentPdfInput';
import {
  currencyArb,
  documentAdjustmentArb,
  minorArb,
  pricedLineArb,
} from '../arbitraries/documentArbitraries';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { eInvoiceCorpus, eInvoiceCorpusInputs } from './eInvoiceCorpus';
import { LEITWEG_ROUTING, line, posted } from './eInvoiceFixtures';
import { expectExactArithmetic, readFigures, type XmlFigures } from './xmlFigures';

function frozenFigures(doc: PostedDocument) {
  const totals = doc.posted.totals;
  const currency = totals.currency as CurrencyCode;
  const money = (amount: number) => minorToDecimalString(amount as Minor, currency);
  return { totals, money };
}

/** The XML says exactly what was frozen at posting: every total, group, line and adjustment. */
function expectFrozenFigures(figures: XmlFigures, doc: PostedDocument): void {
  const { totals, money } = frozenFigures(doc);
  expect(figures.currency).toBe(doc.currency);
  expect(figures.totals.lineNet).toBe(money(totals.lineNetTotal));
  expect(figures.totals.taxExclusive).toBe(money(totals.netTotal));
  expect(figures.totals.vat).toBe(money(totals.vatTotal));
  expect(figures.totals.taxInclusive).toBe(money(totals.grossTotal));
  expect(figures.totals.prepaid ?? money(0)).toBe(money(totals.prepaid));
  expect(figures.totals.rounding ?? money(0)).toBe(money(totals.roundingAmount));
  expect(figures.totals.payable).toBe(money(totals.amountDue));
  expect(figures.vatGroups.map((g) => [g.taxable, g.vat])).toEqual(
    totals.vatGroups.map((g) => [money(g.taxableAmount), money(g.vatAmount)]),
  );
  expect(figures.lines.map((l) => l.net)).toEqual(totals.lines.map((l) => money(l.net)));
  expect(figures.adjustments.map((a) => a.amount)).toEqual(totals.adjustmentAmounts.map(money));
}

describe('e-invoice figures', () => {
  it.each(eInvoiceCorpusInputs().map((entry) => [entry.name, entry.input] as const))(
    '%s carries the frozen figures, and they add up to the cent',
    (_name, input) => {
      const figures = readFigures(eInvoiceXml(buildEInvoice(input)));
      const doc = input.document;
      expectFrozenFigures(figures, doc);
      // A credit note may take the VAT left on the invoice rather than compute it.
      const vatFixed = doc.kind === 'creditNote';
      expectExactArithmetic(figures, minorUnitExponent(doc.currency as CurrencyCode), vatFixed);
    },
  );

  it('a completing credit note states the remainder of a line as its own allowance or charge', () => {
    const completing = eInvoiceCorpus().find((e) => e.name === 'credit-note-completing')!;
    const invoice = buildEInvoice({ ...completing, format: 'peppol' });
    const lineAmounts = completing.document.posted.totals.lines;
    const differs = lineAmounts.some(
      (amounts) =>
        amounts.net !== amounts.baseAmount - amounts.allowanceTotal + amounts.chargeTotal,
    );
    expect(differs).toBe(true);
    const adjustments = invoice.lines.flatMap((l) => [...l.allowances, ...l.charges]);
    const remainders = adjustments.filter((a) => a.reason === REMAINDER_REASON);
    expect(remainders.map((a) => a.amount)).toEqual(['0.01']);
  });

  it('every generated invoice carries its frozen figures exactly, in every format', () => {
    const documentArb = fc.record({
      currency: currencyArb.filter((c) => minorUnitExponent(c) <= 2),
      lines: fc.array(pricedLineArb, { minLength: 1, maxLength: 6 }),
      adjustments: fc.array(documentAdjustmentArb, { maxLength: 3 }),
      prepaid: minorArb(0, 100_000),
      format: fc.constantFrom(...EINVOICE_FORMATS),
    });
    fc.assert(
      fc.property(documentArb, ({ currency, lines, adjustments, prepaid, format }) => {
        const doc = posted({
          number: 'INV-2026-4242',
          currency,
          prepaid,
          lines: lines.map((priced) =>
            line({
              ...priced,
              baseQuantity: priced.baseQuantity ?? '1',
              allowances: (priced.allowances ?? []).map((a) => ({ ...a, reason: a.reason ?? '' })),
              charges: (priced.charges ?? []).map((c) => ({ ...c, reason: c.reason ?? '' })),
            }),
          ),
          adjustments,
        });
        const figures = readFigures(
          eInvoiceXml(buildEInvoice({ document: doc, format, routing: LEITWEG_ROUTING })),
        );
        expectFrozenFigures(figures, doc);
        expectExactArithmetic(figures, minorUnitExponent(currency));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
