import { describe, expect, it } from 'vitest';
import { checkEInvoice } from '../../../../shared/einvoice/eInvoiceChecks';
import type { EInvoiceInput } from '../../../../shared/einvoice/eInvoiceModel';
import { exportEInvoice } from '../../../../shared/einvoice/exportEInvoice';
import { eInvoiceCorpusInputs } from './eInvoiceCorpus';
import {
  AUSTRIAN_BUYER,
  GERMAN_BUYER,
  LEITWEG_ROUTING,
  line,
  MANDATE,
  posted,
  SELLER,
  vatRouting,
} from './eInvoiceFixtures';

function standardInvoice(overrides: Partial<Parameters<typeof posted>[0]> = {}) {
  return posted({ number: 'INV-2026-0500', lines: [line()], ...overrides });
}

function fields(input: EInvoiceInput): string[] {
  return checkEInvoice(input).map((problem) => problem.field);
}

describe('checks before an e-invoice is exported', () => {
  it('finds nothing to fix on any document of the corpus', () => {
    for (const { name, input } of eInvoiceCorpusInputs()) {
      expect(checkEInvoice(input), name).toEqual([]);
    }
  });

  it("asks for the customer's Peppol ID and reference for Peppol, linking the customer fields", () => {
    const input: EInvoiceInput = {
      document: standardInvoice({ buyer: AUSTRIAN_BUYER }),
      format: 'peppol',
      routing: { ...vatRouting(AUSTRIAN_BUYER), buyerEndpoint: null, buyerReference: '' },
    };
    const problems = checkEInvoice(input);
    expect(problems.map((p) => p.field)).toEqual([
      'customer.eInvoice.endpointId',
      'customer.eInvoice.buyerReference',
    ]);
    expect(problems[0]!.message).toMatch(/Peppol ID/);
  });

  it('refuses an e-mail address as a Peppol address, but takes it for CII', () => {
    const routing = {
      ...vatRouting(AUSTRIAN_BUYER),
      buyerEndpoint: { scheme: 'EM', id: 'a@b.example' },
    };
    const document = standardInvoice({ buyer: AUSTRIAN_BUYER });
    expect(fields({ document, format: 'peppol', routing })).toEqual([
      'customer.eInvoice.endpointId',
    ]);
    expect(fields({ document, format: 'cii', routing })).toEqual([]);
  });

  it('needs a VAT ID for the seller address on Peppol', () => {
    const routing = { ...LEITWEG_ROUTING, sellerEndpoint: null };
    expect(fields({ document: standardInvoice(), format: 'peppol', routing })).toContain(
      'company.vatId',
    );
  });

  it('lists the German rules XRechnung adds: reference, phone, postal codes, debited IBAN', () => {
    const document = standardInvoice({
      seller: { ...SELLER, phone: '' },
      buyer: { ...GERMAN_BUYER, address: { ...GERMAN_BUYER.address, postalCode: '' } },
      paymentMethod: 'directDebit',
      directDebit: MANDATE,
    });
    const routing = { ...LEITWEG_ROUTING, buyerReference: '' };
    expect(fields({ document, format: 'xrechnung', routing })).toEqual([
      'customer.eInvoice.buyerReference',
      'company.phone',
      'customer.billingAddress.postalCode',
      'customer.directDebit.iban',
    ]);
    // The same document for CII: none of these are EN 16931 rules.
    expect(fields({ document, format: 'cii', routing })).toEqual([]);
  });

  it('applies the German rules to Peppol only when seller and buyer are both in Germany', () => {
    const domestic = standardInvoice({ seller: { ...SELLER, phone: '' } });
    const abroad = standardInvoice({ seller: { ...SELLER, phone: '' }, buyer: AUSTRIAN_BUYER });
    expect(fields({ document: domestic, format: 'peppol', routing: LEITWEG_ROUTING })).toEqual([
      'company.phone',
    ]);
    expect(
      fields({ document: abroad, format: 'peppol', routing: vatRouting(AUSTRIAN_BUYER) }),
    ).toEqual([]);
  });

  it('explains that a posted document keeps what it was posted with', () => {
    const document = standardInvoice({ seller: { ...SELLER, phone: '' } });
    const [problem] = checkEInvoice({ document, format: 'xrechnung', routing: LEITWEG_ROUTING });
    expect(problem!.message).toMatch(/posted without it/);
    expect(problem!.message).toMatch(/cancel it with a credit note and issue it again/);
  });

  it('refuses lines outside the scope of VAT next to taxed lines', () => {
    const document = standardInvoice({
      lines: [line(), line({ vatCategory: 'outsideScope', vatRate: '0' })],
    });
    expect(fields({ document, format: 'cii', routing: LEITWEG_ROUTING })).toEqual(['document']);
  });

  it('needs a seller identifier when no VAT ID can be shown', () => {
    const document = standardInvoice({
      seller: { ...SELLER, vatId: '', taxId: '', registrationNumber: '' },
      lines: [line({ vatCategory: 'exempt', vatRate: '0', exemptionReason: 'Small business.' })],
    });
    const routing = { ...LEITWEG_ROUTING, sellerEndpoint: { scheme: 'EM', id: 'a@b.example' } };
    expect(fields({ document, format: 'cii', routing })).toEqual([
      'company.vatId',
      'company.registrationNumber',
    ]);
  });

  it('refuses currencies with three decimals and yen lines Peppol cannot confirm', () => {
    const kwd = standardInvoice({ currency: 'KWD', buyer: AUSTRIAN_BUYER });
    expect(
      checkEInvoice({ document: kwd, format: 'cii', routing: vatRouting(AUSTRIAN_BUYER) })[0]!
        .message,
    ).toMatch(/two decimals/);
    const yen = standardInvoice({
      currency: 'JPY',
      buyer: AUSTRIAN_BUYER,
      lines: [line({ quantity: '3', unitPrice: '333.5' })],
    });
    const routing = vatRouting(AUSTRIAN_BUYER);
    expect(checkEInvoice({ document: yen, format: 'peppol', routing })[0]!.message).toMatch(
      /^Line 1: .*CII or XRechnung/,
    );
    expect(checkEInvoice({ document: yen, format: 'cii', routing })).toEqual([]);
  });

  it('writes nothing when something is missing, and names the file after the PDF otherwise', () => {
    const input: EInvoiceInput = {
      document: standardInvoice(),
      format: 'peppol',
      routing: { ...LEITWEG_ROUTING, buyerReference: '' },
    };
    const refused = exportEInvoice(input, 'INV-2026-0500 Musterstadt.pdf');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('EINVOICE_INCOMPLETE');
      expect(refused.error.problems.length).toBeGreaterThan(0);
    }
    const written = exportEInvoice(
      { ...input, routing: LEITWEG_ROUTING },
      'INV-2026-0500 Musterstadt.pdf',
    );
    expect(written.ok && written.value.fileName).toBe('INV-2026-0500 Musterstadt.peppol.xml');
    expect(written.ok && written.value.xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<Invoice /,
    );
  });
});
