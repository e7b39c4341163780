import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  getDocument,
  lineFromProduct,
  useCurrentPrices,
} from '../../../../renderer/data/documentsRepository';
import { postDocument } from '../../../../renderer/data/postDocument';
import { saveProduct } from '../../../../renderer/data/productsRepository';
import {
  acceptQuote,
  convertQuoteToInvoice,
  declineQuote,
  markQuoteExpired,
} from '../../../../renderer/data/quotesRepository';
import {
  addCustomer,
  addDraft,
  failure,
  freshDb,
  line,
  setUpCompany,
  TODAY,
  value,
} from './testDatabase';

async function sentQuote() {
  const db = freshDb();
  await setUpCompany(db);
  const customer = await addCustomer(db, 'Acme SARL');
  const product = value(
    await saveProduct(db, {
      sku: 'WS',
      name: 'Workshop',
      unit: 'DAY',
      unitPrice: '800',
      vatCategory: 'standard',
      vatRate: '19',
      revenueAccount: null,
    }),
  );
  const draft = await addDraft(db, customer.id, {
    kind: 'quote',
    lines: [lineFromProduct(product, '2'), line('1', '50', { description: 'Travel' })],
  });
  const quote = value(await postDocument(db, draft.id, { today: TODAY }));
  return { db, quote, product };
}

describe('quote states', () => {
  it('accepts, declines or expires a sent quote and changes nothing else', async () => {
    for (const [move, status] of [
      [acceptQuote, 'accepted'],
      [declineQuote, 'declined'],
      [markQuoteExpired, 'expired'],
    ] as const) {
      const { db, quote } = await sentQuote();
      const moved = value(await move(db, quote.id));
      expect(moved.status).toBe(status);
      const { status: _s, updatedAt: _u, ...rest } = moved;
      const { status: _s2, updatedAt: _u2, ...before } = quote;
      expect(rest).toEqual(before);
    }
  });

  it('refuses moves its state machine does not allow', async () => {
    const { db, quote } = await sentQuote();
    value(await declineQuote(db, quote.id));
    const refused = failure(await acceptQuote(db, quote.id));
    expect(refused).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      message: expect.stringContaining('declined'),
    });
    expect(failure(await convertQuoteToInvoice(db, quote.id)).code).toBe('ILLEGAL_TRANSITION');
  });
});

describe('convertQuoteToInvoice', () => {
  it('makes a draft invoice with the quoted lines and prices and links both ways', async () => {
    const { db, quote, product } = await sentQuote();
    value(await acceptQuote(db, quote.id));
    value(await saveProduct(db, { ...product, unitPrice: '900' }));
    const { invoice, quote: invoiced } = value(await convertQuoteToInvoice(db, quote.id));
    expect(invoice).toMatchObject({
      kind: 'invoice',
      status: 'draft',
      number: null,
      sourceQuoteId: quote.id,
      customerId: quote.customerId,
      issueDate: TODAY,
      dueDate: '2026-03-30',
      grossTotal: quote.grossTotal,
    });
    expect(invoice.lines.map((entry) => [entry.description, entry.unitPrice])).toEqual([
      ['Workshop', '800'],
      ['Travel', '50'],
    ]);
    expect(invoiced).toMatchObject({
      status: 'invoiced',
      convertedInvoiceId: invoice.id,
      posted: quote.posted,
    });
    expect(await getDocument(db, quote.id)).toEqual(invoiced);
    // The quoted price holds until the user asks for current prices.
    const refreshed = value(await useCurrentPrices(db, invoice.id));
    expect(refreshed.document.lines[0]?.unitPrice).toBe('900');
    expect(failure(await convertQuoteToInvoice(db, quote.id)).code).toBe('ILLEGAL_TRANSITION');
  });
});
