import { describe, expect, it } from 'vitest';
import { requiredVatNotes } from '../../../../shared/tax/vatNotes';
import { computeDocumentTotals } from '../../../../shared/totals/documentTotals';
import { worked } from './workedInvoiceTable';

describe('worked invoices checked by hand', () => {
  it.each(worked)('$name', ({ input, expected }) => {
    const totals = computeDocumentTotals(input);
    if (expected.lineNets) expect(totals.lines.map((l) => l.net)).toEqual(expected.lineNets);
    expect(totals.vatGroups.map((g) => [g.category, g.rate, g.taxableAmount, g.vatAmount])).toEqual(
      expected.groups,
    );
    expect(totals.netTotal).toBe(expected.net);
    expect(totals.vatTotal).toBe(expected.vat);
    expect(totals.grossTotal).toBe(expected.gross);
    expect(totals.amountDue).toBe(expected.due);
    if (expected.allowances !== undefined) expect(totals.allowanceTotal).toBe(expected.allowances);
    if (expected.charges !== undefined) expect(totals.chargeTotal).toBe(expected.charges);
  });

  it('has at least twelve worked invoices', () => {
    expect(worked.length).toBeGreaterThanOrEqual(12);
  });

  it('the exempt small-business invoice carries the exemption note', () => {
    const totals = computeDocumentTotals(
      worked.find((w) => w.name === 'exempt small business')!.input,
    );
    expect(requiredVatNotes(totals.vatGroups)).toEqual(['Exempt under §19 UStG.']);
  });

  it('reverse charge, intra-community, exempt and outside-scope invoices carry their notes', () => {
    const reverse = computeDocumentTotals(worked.find((w) => w.name === 'reverse charge')!.input);
    expect(requiredVatNotes(reverse.vatGroups)).toEqual([
      'Reverse charge: the recipient is liable for the VAT (Article 196 of Council Directive 2006/112/EC).',
    ]);
    const mixed = computeDocumentTotals(worked.at(-1)!.input);
    expect(requiredVatNotes(mixed.vatGroups)).toEqual([
      'Art. 132(1)(i)',
      'Intra-community supply, exempt from VAT (Article 138 of Council Directive 2006/112/EC).',
      'Not subject to VAT.',
    ]);
  });
});
