import { describe, expect, it } from 'vitest';
import { buildPdfModel, type PdfModel } from '../../../../shared/pdf/pdfModel';
import type { SalesDocument } from '../../../../shared/schemas/document';
import { line, pdfInput, postedDocument } from './pdfFixtures';
import { creditNote, sentQuote, twoRateInvoice } from './pdfScenarios';
import { fakeQrEncoder } from './recordingCanvas';

function model(document: SalesDocument, locale = 'en-GB'): PdfModel {
  return buildPdfModel(pdfInput(document, locale), fakeQrEncoder());
}

const totals = (built: PdfModel) => built.totals.map((row) => `${row.label}: ${row.value}`);

describe('the VAT breakdown and totals', () => {
  it('name each VAT group with its rate and give taxable amount and VAT', () => {
    expect(model(twoRateInvoice()).vatRows).toEqual([
      { label: 'Standard rate 19%', taxable: '212.40', vat: '40.36' },
      { label: 'Standard rate 7%', taxable: '74.70', vat: '5.23' },
    ]);
  });

  it('list lines, charges, net, VAT, total and the amount due', () => {
    expect(totals(model(twoRateInvoice()))).toEqual([
      'Total of lines: €277.20',
      'Charge: Shipping: €9.90',
      'Net total: €287.10',
      'VAT: €45.59',
      'Total: €332.69',
      'Amount due: €332.69',
    ]);
  });

  it('subtract a document discount and what was prepaid', () => {
    const document = postedDocument({
      lines: [line({ unitPrice: '200.00' })],
      adjustments: [
        {
          kind: 'allowance',
          reason: 'Early booking',
          value: { kind: 'percent', percent: '10' },
          vatCategory: 'standard',
          vatRate: '19',
        },
      ],
      prepaid: 10000,
    });
    expect(totals(model(document))).toEqual([
      'Total of lines: €200.00',
      'Discount: Early booking: -€20.00',
      'Net total: €180.00',
      'VAT: €34.20',
      'Total: €214.20',
      'Prepaid: -€100.00',
      'Amount due: €114.20',
    ]);
  });

  it('end a credit note with the amount credited and a quote with its total', () => {
    expect(model(creditNote()).totals.at(-1)).toEqual({
      label: 'Amount credited',
      value: '€952.00',
      strong: true,
    });
    expect(model(sentQuote()).totals.at(-1)).toEqual({
      label: 'Total',
      value: '€5,712.00',
      strong: true,
    });
  });
});
