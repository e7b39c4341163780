// Real PDFs rendered with jsPDF in Node, then read with poppler and zbar as a person would:
// is every figure and name there, how many pages, is the font embedded, does a banking app
// read the QR code. See pdfTools.ts for the tools.
import { describe, expect, it } from 'vitest';
import { renderDocumentPdf } from '../../../renderer/pdf/renderInvoicePdf';
import { currencyCode } from '../../../shared/money/currencies';
import { epcQrPayload } from '../../../shared/pdf/epcQrPayload';
import { pdfInput } from '../../unit/shared/pdf/pdfFixtures';
import { twoRateInvoice } from '../../unit/shared/pdf/pdfScenarios';
import {
  flowingText,
  layoutText,
  pdfFonts,
  pdfInfo,
  readQrCodes,
  renderTestPdf,
  totalFigures,
} from './pdfTools';
import { testLogo } from './testLogo';

describe('an EUR invoice with two VAT rates, a discount and a QR code', () => {
  const document = twoRateInvoice();
  const path = renderTestPdf('two-rate', document, 'en-GB', true);
  const text = layoutText(path);

  it('prints the number, the parties and every line and total figure', () => {
    for (const expected of [
      'Invoice',
      'INV-2026-0042',
      'Jane Trader Consulting',
      'Acme Handels GmbH',
      'Mariahilfer Straße 1',
      'VAT ID ATU12345678',
      '05/03/2026',
      '28/02/2026',
      '19/03/2026',
      // lines: 2.5 h × 90.00 − 10 % = 202.50; 3 × 24.90 = 74.70
      '2.5',
      '90.00',
      '10%',
      '202.50',
      '24.90',
      '74.70',
      'Loyalty 10%: −22.50',
      // VAT: 19 % of 202.50 + 9.90 shipping = 212.40 → 40.36; 7 % of 74.70 → 5.23
      'Standard rate 19%',
      '212.40',
      '40.36',
      'Standard rate 7%',
      '5.23',
      'Charge: Shipping',
      '€9.90',
      '€287.10',
      '€45.59',
      '€332.69',
      'Amount due',
    ]) {
      expect(text).toContain(expected);
    }
    for (const figure of totalFigures(document, 'en-GB')) expect(text).toContain(figure);
  });

  it('asks for a transfer with the bank details grouped for reading', () => {
    const sentences = flowingText(path);
    expect(sentences).toContain(
      'Please transfer €332.69 by 19/03/2026 to the account below, quoting INV-2026-0042.',
    );
    expect(text).toContain('DE89 3704 0044 0532 0130 00');
    expect(text).toContain('COBADEFFXXX');
    expect(sentences).toContain('Payable within 14 days.');
  });

  it('is one A4 page with the title, author and creator set', () => {
    const info = pdfInfo(path);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toContain('595.28 x 841.89');
    expect(info.Title).toBe('Invoice INV-2026-0042');
    expect(info.Author).toBe('Jane Trader Consulting');
    expect(info.Creator).toBe('Invoicer');
    expect(text).toContain('Page 1 of 1');
  });

  it('embeds both faces of the Unicode font as subsets with a Unicode map', () => {
    const fonts = pdfFonts(path);
    expect(fonts.map((font) => font.name).sort()).toEqual([
      'DJVBLD+DejaVuSans-Bold',
      'DJVREG+DejaVuSans',
    ]);
    for (const font of fonts) {
      expect(font).toMatchObject({ type: 'CID TrueType', encoding: 'Identity-H', embedded: true });
      expect(font.unicode).toBe(true);
    }
  });

  it('carries an EPC QR code that a reader decodes to the transfer, field by field', () => {
    const [payload, ...others] = readQrCodes(path);
    expect(others).toEqual([]);
    const fields = payload?.split('\n');
    expect(fields).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'COBADEFFXXX',
      'Jane Trader Consulting',
      'DE89370400440532013000',
      'EUR332.69',
      '',
      '',
      'INV-2026-0042',
    ]);
  });

  it('gives the same bytes for the same document, so preview, export and mail agree', () => {
    const input = pdfInput(document, 'en-GB', testLogo());
    expect(renderDocumentPdf(input)).toEqual(renderDocumentPdf(input));
  });
});

describe('the EPC payload in the PDF', () => {
  it('is the payload shared/pdf builds for the same transfer', () => {
    const document = twoRateInvoice();
    const snapshot = document.posted!;
    const expected = epcQrPayload({
      beneficiaryName: snapshot.seller.name,
      iban: snapshot.bankAccount!.iban,
      bic: snapshot.bankAccount!.bic,
      amount: snapshot.totals.amountDue,
      currency: currencyCode('EUR'),
      remittance: document.number!,
    });
    expect(expected.ok && readQrCodes(renderTestPdf('epc', document))).toEqual([
      expected.ok ? expected.value : '',
    ]);
  });
});
