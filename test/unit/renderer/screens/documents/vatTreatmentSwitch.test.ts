import { describe, expect, it } from 'vitest';
import type { EffectiveDefaults } from '../../../../../shared/customers/customerDefaults';
import { currencyCode } from '../../../../../shared/money/currencies';
import type { DocumentLine } from '../../../../../shared/schemas/documentLine';
import {
  lineTreatmentFor,
  switchedLine,
  withVatTreatmentSwitched,
} from '../../../../../renderer/screens/documents/vatTreatmentSwitch';
import { exampleDraftInvoice, exampleLine, exampleProduct } from '../../../shared/schemas/examples';

const vatOf = (line: { vatCategory: string; vatRate: string; exemptionReason?: string }) => [
  line.vatCategory,
  line.vatRate,
  line.exemptionReason,
];

function defaults(vatTreatment: EffectiveDefaults['vatTreatment']): EffectiveDefaults {
  return {
    currency: currencyCode('EUR'),
    paymentTerms: { kind: 'net', days: 14 },
    language: 'en',
    paymentMethod: 'bankTransfer',
    vatTreatment,
    source: {
      currency: 'company',
      paymentTerms: 'company',
      language: 'company',
      paymentMethod: 'company',
      vatTreatment: 'class',
    },
  };
}

// A catalogue line at the product's 19 % and a written-in one at 7 %.
const product = exampleProduct(); // prod-1, standard 19 %
const catalogueLine: DocumentLine = { ...exampleLine(), id: 'cat', productId: product.id };
const writtenLine: DocumentLine = { ...exampleLine(), id: 'own', productId: null, vatRate: '7' };
const products = new Map([[product.id, product]]);

describe('lineTreatmentFor', () => {
  it('is the customer’s treatment, domestic without a customer', () => {
    expect(lineTreatmentFor(defaults('reverseCharge'), { kind: 'normal' })).toBe('reverseCharge');
    expect(lineTreatmentFor(null, { kind: 'normal' })).toBe('domestic');
  });

  it('is domestic for a small business exempt from VAT', () => {
    const mode = { kind: 'smallBusinessExempt' as const, note: 'No VAT: § 19 UStG.' };
    expect(lineTreatmentFor(defaults('export'), mode)).toBe('domestic');
  });
});

describe('switchedLine', () => {
  it('puts every line in a non-domestic treatment’s category at 0 %', () => {
    expect(vatOf(switchedLine(writtenLine, 'domestic', 'reverseCharge', undefined))).toEqual([
      'reverseCharge',
      '0',
      undefined,
    ]);
    const exported = switchedLine(
      { ...catalogueLine, vatCategory: 'reverseCharge', vatRate: '0' },
      'reverseCharge',
      'export',
      product,
    );
    expect(vatOf(exported)).toEqual(['export', '0', undefined]);
  });

  it('back to domestic, a catalogue line takes its product’s VAT again', () => {
    const charged = { ...catalogueLine, vatCategory: 'reverseCharge' as const, vatRate: '0' };
    const back = switchedLine(charged, 'reverseCharge', 'domestic', product);
    expect(vatOf(back)).toEqual(['standard', '19', undefined]);
    expect(back.unitPrice).toBe(catalogueLine.unitPrice);
  });

  it('back to domestic, a written-in line becomes standard rate with the rate to enter', () => {
    const charged = { ...writtenLine, vatCategory: 'reverseCharge' as const, vatRate: '0' };
    expect(vatOf(switchedLine(charged, 'reverseCharge', 'domestic', undefined))).toEqual([
      'standard',
      '',
      undefined,
    ]);
  });

  it('back to domestic, a line the old treatment did not set stays as it is', () => {
    const exempt = { ...writtenLine, vatCategory: 'exempt' as const, vatRate: '0' };
    expect(switchedLine(exempt, 'reverseCharge', 'domestic', undefined)).toBe(exempt);
    expect(switchedLine(writtenLine, 'domestic', 'domestic', undefined)).toBe(writtenLine);
  });
});

describe('withVatTreatmentSwitched', () => {
  const draft = {
    ...exampleDraftInvoice(),
    lines: [catalogueLine, writtenLine],
  };

  it('moves the lines and the document discounts and charges to reverse charge', () => {
    const next = withVatTreatmentSwitched(draft, 'domestic', 'reverseCharge', products);
    expect(next.lines.map(vatOf)).toEqual([
      ['reverseCharge', '0', undefined],
      ['reverseCharge', '0', undefined],
    ]);
    expect(next.adjustments.map(vatOf)).toEqual([['reverseCharge', '0', undefined]]);
    expect(next.lines.map((line) => line.id)).toEqual(['cat', 'own']);
  });

  it('and back to domestic: products’ VAT, written-in lines to enter, charges as the first line', () => {
    const charged = withVatTreatmentSwitched(draft, 'domestic', 'reverseCharge', products);
    const back = withVatTreatmentSwitched(charged, 'reverseCharge', 'domestic', products);
    expect(back.lines.map(vatOf)).toEqual([
      ['standard', '19', undefined],
      ['standard', '', undefined],
    ]);
    expect(back.adjustments.map(vatOf)).toEqual([['standard', '19', undefined]]);
  });

  it('changes nothing between two domestic customers', () => {
    expect(withVatTreatmentSwitched(draft, 'domestic', 'domestic', products)).toBe(draft);
  });
});
