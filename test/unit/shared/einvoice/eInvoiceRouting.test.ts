import { describe, expect, it } from 'vitest';
import { eInvoiceRouting } from '../../../../shared/einvoice/eInvoiceRouting';
import { isoDate } from '../../../../shared/dates/isoDate';
import { line, MANDATE, posted } from './eInvoiceFixtures';

const company = { vatId: 'DE123456789', email: 'jane@trader.example' };
const customer = {
  eInvoice: {
    format: null,
    buyerReference: '991-33333TEST-33',
    endpointScheme: '0204',
    endpointId: '991-33333TEST-33',
  },
  directDebit: {
    mandateId: MANDATE.mandateId,
    mandateDate: isoDate('2026-01-15'),
    iban: 'DE02120300000000202051',
  },
};

describe('e-invoice routing', () => {
  it('addresses the seller by VAT ID on Peppol and by e-mail elsewhere, the buyer by its own address', () => {
    const doc = posted({ number: 'INV-1', lines: [line()] });
    const peppol = eInvoiceRouting(doc, 'peppol', customer, company);
    expect(peppol.sellerEndpoint).toEqual({ scheme: '9930', id: 'DE123456789' });
    expect(peppol.buyerEndpoint).toEqual({ scheme: '0204', id: '991-33333TEST-33' });
    const cii = eInvoiceRouting(doc, 'cii', customer, company);
    expect(cii.sellerEndpoint).toEqual({ scheme: 'EM', id: 'jane@trader.example' });
  });

  it('reaches a buyer with no address of their own by e-mail, except on Peppol', () => {
    const doc = posted({ number: 'INV-1', lines: [line()] });
    const plain = { directDebit: null };
    expect(eInvoiceRouting(doc, 'xrechnung', plain, company).buyerEndpoint).toEqual({
      scheme: 'EM',
      id: doc.posted.buyer.email,
    });
    expect(eInvoiceRouting(doc, 'peppol', plain, company).buyerEndpoint).toBeNull();
  });

  it("prefers the document's own reference to the customer's", () => {
    const own = posted({ number: 'INV-1', lines: [line()], buyerReference: 'PO-77' });
    const none = posted({ number: 'INV-2', lines: [line()] });
    expect(eInvoiceRouting(own, 'peppol', customer, company).buyerReference).toBe('PO-77');
    expect(eInvoiceRouting(none, 'peppol', customer, company).buyerReference).toBe(
      '991-33333TEST-33',
    );
  });

  it('takes the debited IBAN only from the mandate the document was posted with', () => {
    const doc = posted({
      number: 'INV-1',
      lines: [line()],
      paymentMethod: 'directDebit',
      directDebit: MANDATE,
    });
    expect(eInvoiceRouting(doc, 'xrechnung', customer, company).debitedAccount).toBe(
      'DE02120300000000202051',
    );
    const newer = {
      ...customer,
      directDebit: { ...customer.directDebit, mandateId: 'MANDATE-2027' },
    };
    expect(eInvoiceRouting(doc, 'xrechnung', newer, company).debitedAccount).toBe('');
  });
});
