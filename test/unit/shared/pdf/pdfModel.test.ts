import { describe, expect, it } from 'vitest';
import { minor } from '../../../../shared/money/minor';
import { buildPdfModel, type PdfModel } from '../../../../shared/pdf/pdfModel';
import type { SalesDocument } from '../../../../shared/schemas/document';
import { pdfLabelsFor } from '../../../../shared/pdf/pdfLabels';
import { BUYER, line, pdfInput, postedDocument, SELLER } from './pdfFixtures';
import { sentQuote, twoRateInvoice } from './pdfScenarios';
import { fakeQrEncoder } from './recordingCanvas';

function model(document: SalesDocument, locale = 'en-GB'): PdfModel {
  return buildPdfModel(pdfInput(document, locale), fakeQrEncoder());
}

const facts = (built: PdfModel) => built.facts.map((fact) => `${fact.label}: ${fact.value}`);

describe('the facts beside the address', () => {
  it('of an invoice: number, invoice, supply and due dates', () => {
    expect(facts(model(twoRateInvoice()))).toEqual([
      'Invoice no.: INV-2026-0042',
      'Invoice date: 05/03/2026',
      'Supply date: 28/02/2026',
      'Due date: 19/03/2026',
    ]);
  });

  it('of a quote: its validity instead of a due date', () => {
    expect(facts(model(sentQuote()))).toEqual([
      'Quote no.: QUO-2026-0005',
      'Quote date: 05/03/2026',
      'Supply date: 28/02/2026',
      'Valid until: 04/04/2026',
    ]);
  });

  it("add the buyer's reference when there is one", () => {
    const document = postedDocument({ lines: [line()], buyerReference: 'PO 4711' });
    expect(facts(model(document))).toContain('Your reference: PO 4711');
  });

  it('are written in the locale of the settings', () => {
    expect(facts(model(twoRateInvoice(), 'de-DE'))).toContain('Invoice date: 05.03.2026');
  });
});

describe('seller and buyer', () => {
  const built = model(twoRateInvoice());

  it('print the buyer with the country when it differs from the seller’s, and the VAT ID', () => {
    expect(built.buyer).toEqual({
      name: 'Acme Handels GmbH',
      lines: [
        'Mariahilfer Straße 1',
        'Stiege 2, Top 7',
        '1060 Wien',
        'Austria',
        'VAT ID ATU12345678',
      ],
    });
  });

  it('leave out the country of a buyer in the seller’s own country', () => {
    const document = postedDocument({
      lines: [line()],
      buyer: { ...BUYER, address: { ...SELLER.address, line1: 'Torstraße 1' }, vatId: '' },
    });
    expect(model(document).buyer.lines).toEqual(['Torstraße 1', '10115 Berlin']);
  });

  it('give the return address in one line for the envelope window', () => {
    expect(built.senderLine).toBe(
      'Jane Trader Consulting · Hauptstraße 12 · 10115 Berlin · Germany',
    );
  });

  it("put the seller's registration and bank account in every page's footer", () => {
    expect(built.footerLines).toEqual([
      'Jane Trader Consulting · Hauptstraße 12 · 10115 Berlin · Germany',
      'VAT ID DE123456789 · Tax number 27/123/45678 · Registration HRB 123456 B · jane@trader.example · +49 30 1234567',
      'Commerzbank · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX',
    ]);
  });
});

describe('the lines table', () => {
  it('shows a single percentage discount as the percentage, with its amount under the line', () => {
    const [first] = model(twoRateInvoice()).rows;
    expect(first).toMatchObject({
      position: '1',
      quantity: '2.5',
      unit: 'hour',
      unitPrice: '90.00',
      discount: '10%',
      vatRate: '19%',
      net: '202.50',
      details: ['Loyalty 10%: −22.50'],
    });
  });

  it('shows amount discounts and surcharges as amounts, and a price per 100 units', () => {
    const document = postedDocument({
      lines: [
        line({
          quantity: '250',
          unit: 'C62',
          unitPrice: '12.5',
          baseQuantity: '100',
          allowances: [
            { kind: 'amount', amount: minor(200), reason: 'Damaged box' },
            { kind: 'percent', percent: '5', reason: '' },
          ],
          charges: [{ kind: 'amount', amount: minor(450), reason: 'Express' }],
        }),
      ],
    });
    // 250 × 12.50 / 100 = 31.25; − 2.00; − 5 % (1.56); + 4.50 = 32.19
    expect(model(document).rows[0]).toMatchObject({
      unitPrice: '12.50',
      discount: '3.56',
      net: '32.19',
      details: [
        'Damaged box: −2.00',
        'Discount 5%: −1.56',
        'Express: +4.50',
        'Unit price per 100 piece',
      ],
    });
  });

  it('keeps every decimal of a unit price finer than a cent', () => {
    const document = postedDocument({ lines: [line({ quantity: '1000', unitPrice: '0.0125' })] });
    expect(model(document).rows[0]!.unitPrice).toBe('0.0125');
  });
});

describe('the labels', () => {
  it('are English for English and for any language without a catalogue', () => {
    expect(pdfLabelsFor('en-GB').title.invoice).toBe('Invoice');
    expect(pdfLabelsFor('de-DE')).toBe(pdfLabelsFor('en'));
  });

  it('describe the payment terms as shared/terms does', () => {
    const labels = pdfLabelsFor('en');
    expect(labels.paymentTerms({ kind: 'endOfMonth', days: 30 })).toBe(
      'Payable 30 days after the end of the month',
    );
    expect(labels.page(2, 5)).toBe('Page 2 of 5');
  });
});
