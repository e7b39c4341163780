import { describe, expect, it } from 'vitest';
import { buildPdfModel, type PdfModel } from '../../../../shared/pdf/pdfModel';
import type { SalesDocument } from '../../../../shared/schemas/document';
import { line, pdfInput, postedDocument } from './pdfFixtures';
import { creditNote, directDebitInvoice, sentQuote, twoRateInvoice } from './pdfScenarios';
import { fakeQrEncoder } from './recordingCanvas';

function model(document: SalesDocument, locale = 'en-GB'): PdfModel {
  return buildPdfModel(pdfInput(document, locale), fakeQrEncoder());
}

describe('the payment section', () => {
  it('asks for a transfer to the bank account, with a QR code, when paid by transfer', () => {
    const payment = model(twoRateInvoice()).payment!;
    expect(payment.paragraphs).toEqual([
      'Payable within 14 days.',
      'Please transfer €332.69 by 19/03/2026 to the account below, quoting INV-2026-0042.',
    ]);
    expect(payment.rows.map((row) => `${row.label}: ${row.value}`)).toEqual([
      'Account holder: Jane Trader Consulting',
      'IBAN: DE89 3704 0044 0532 0130 00',
      'BIC: COBADEFFXXX',
      'Bank: Commerzbank',
    ]);
    expect(payment.qr?.caption).toBe('Scan to pay');
  });

  it('announces a direct debit with amount, date, mandate and creditor ID', () => {
    const payment = model(directDebitInvoice()).payment!;
    expect(payment.paragraphs[1]).toBe(
      'The amount of €296.31 will be collected from your account by SEPA direct debit on or after the due date, 19/03/2026.',
    );
    expect(payment.rows).toEqual([
      { label: 'Mandate reference', value: 'MANDATE-2026-001 of 15/01/2026' },
      { label: 'Creditor ID', value: 'DE98ZZZ09999999999' },
    ]);
    expect(payment.qr).toBeNull();
  });

  it('names the payment method when the customer pays in cash or by card', () => {
    const document = postedDocument({ lines: [line()], paymentMethod: 'cash' });
    expect(model(document).payment).toEqual({
      paragraphs: ['Payable within 14 days.', 'Payment method: Cash.'],
      rows: [],
      qr: null,
    });
  });

  it('asks for nothing when nothing is left to pay', () => {
    const document = postedDocument({ lines: [line()], prepaid: 11900 });
    const payment = model(document).payment!;
    expect(payment.paragraphs.join(' ')).not.toContain('Please transfer');
    expect(payment.qr).toBeNull();
  });

  it('is absent from a credit note and only the terms on a quote', () => {
    expect(model(creditNote()).payment).toBeNull();
    expect(model(sentQuote()).payment).toEqual({
      paragraphs: ['Payable within 14 days.'],
      rows: [],
      qr: null,
    });
  });
});
