// Credit notes, quotes, direct debits, reverse charge and yen, read back with poppler and
// zbar: each prints what its kind must print, and only EUR transfers carry a QR code.
import { describe, expect, it } from 'vitest';
import {
  creditNote,
  directDebitInvoice,
  jpyInvoice,
  reverseChargeInvoice,
  sentQuote,
} from '../../unit/shared/pdf/pdfScenarios';
import {
  flowingText,
  layoutText,
  pdfInfo,
  readQrCodes,
  renderTestPdf,
  totalFigures,
} from './pdfTools';

describe('a credit note', () => {
  const document = creditNote();
  const path = renderTestPdf('credit-note', document);
  const text = layoutText(path);

  it('says it is a credit note and names the invoice it corrects with its date', () => {
    expect(text).toContain('Credit note');
    expect(text).toContain('CN-2026-0003');
    expect(text).toContain('Corrects invoice INV-2026-0007 of 10/02/2026');
    expect(pdfInfo(path).Title).toBe('Credit note CN-2026-0003');
  });

  it('shows the amount credited, asks for no payment and has no QR code', () => {
    expect(text).toContain('Amount credited');
    expect(text).toContain('€952.00'); // 800.00 + 19 % VAT
    expect(text).not.toContain('Amount due');
    expect(text).not.toContain('Please transfer');
    expect(readQrCodes(path)).toEqual([]);
  });
});

describe('a quote', () => {
  const path = renderTestPdf('quote', sentQuote());
  const text = layoutText(path);

  it('is titled Quote, gives its validity and asks for no payment', () => {
    expect(text).toContain('Quote');
    expect(text).toContain('QUO-2026-0005');
    expect(text).toMatch(/Valid until\s+04\/04\/2026/);
    expect(text).toContain('€5,712.00');
    expect(text).not.toContain('Amount due');
    expect(readQrCodes(path)).toEqual([]);
  });
});

describe('an invoice paid by direct debit', () => {
  const path = renderTestPdf('direct-debit', directDebitInvoice());

  it('names mandate and creditor ID and says when the amount will be collected', () => {
    const sentences = flowingText(path);
    const text = layoutText(path);
    expect(text).toMatch(/Mandate reference\s+MANDATE-2026-001 of 15\/01\/2026/);
    expect(text).toMatch(/Creditor ID\s+DE98ZZZ09999999999/);
    expect(sentences).toContain(
      'The amount of €296.31 will be collected from your account by SEPA direct debit on or after the due date, 19/03/2026.',
    );
    expect(sentences).not.toContain('Please transfer');
    expect(readQrCodes(path)).toEqual([]);
  });
});

describe('a reverse-charge invoice', () => {
  const path = renderTestPdf('reverse-charge', reverseChargeInvoice());
  const text = layoutText(path);

  it('prints the reverse-charge note, the buyer VAT ID and no VAT', () => {
    expect(flowingText(path)).toContain(
      'Reverse charge: the recipient is liable for the VAT (Article 196 of Council Directive 2006/112/EC).',
    );
    expect(text).toContain('VAT ID ATU12345678');
    expect(text).toMatch(/Reverse charge\s+3,800\.00\s+0\.00/);
    expect(text).toMatch(/Amount due\s+€3,800\.00/);
  });
});

describe('a yen invoice', () => {
  const document = jpyInvoice();
  const path = renderTestPdf('jpy', document);
  const text = layoutText(path);

  it('prints yen amounts without decimals', () => {
    // 12 × 4,500 = 54,000; 12,345; net 66,345; VAT 10 % = 6,634.5 → 6,635; gross 72,980
    for (const expected of ['54,000', '12,345', 'JP¥66,345', 'JP¥6,635', 'JP¥72,980']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('Amounts in JPY');
    for (const figure of totalFigures(document, 'en-GB')) expect(text).toContain(figure);
  });

  it('has no EPC QR code, which is for euro only', () => {
    expect(readQrCodes(path)).toEqual([]);
  });
});
