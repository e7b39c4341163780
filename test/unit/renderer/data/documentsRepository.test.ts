import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { saveCustomer, saveCustomerClass } from '../../../../renderer/data/customersRepository';
import {
  deleteDraft,
  duplicateDocument,
  getDocument,
  lineFromProduct,
  newDraft,
  saveDraft,
  useCurrentPrices,
} from '../../../../renderer/data/documentsRepository';
import { postDocument } from '../../../../renderer/data/postDocument';
import { saveProduct } from '../../../../renderer/data/productsRepository';
import { acceptQuote, convertQuoteToInvoice } from '../../../../renderer/data/quotesRepository';
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

async function company() {
  const db = freshDb();
  await setUpCompany(db);
  return db;
}

const consulting = {
  sku: 'CONS',
  name: 'Consulting',
  unit: 'HUR',
  unitPrice: '80',
  vatCategory: 'standard',
  vatRate: '19',
  revenueAccount: null,
} as const;

describe('newDraft', () => {
  it('fills currency, terms, due date, method and language from the customer, its class and the company', async () => {
    const db = await company();
    const agencies = value(
      await saveCustomerClass(db, {
        name: 'Agencies',
        paymentTerms: { kind: 'endOfMonth', days: 10 },
        currency: 'CHF',
        language: null,
        defaultPaymentMethod: null,
      }),
    );
    const customer = await addCustomer(db, 'Agence Lumière', {
      classId: agencies.id,
      language: 'fr',
    });
    const draft = value(await newDraft(db, 'invoice', { customerId: customer.id }));
    expect(draft).toMatchObject({
      kind: 'invoice',
      status: 'draft',
      number: null,
      seriesId: 'invoice',
      customerId: customer.id,
      currency: 'CHF',
      language: 'fr',
      paymentMethod: 'bankTransfer',
      issueDate: '2026-03-16',
      dueDate: '2026-04-10',
      paymentTerms: { kind: 'endOfMonth', days: 10 },
    });
    expect(await getDocument(db, draft.id)).toBeNull();
  });

  it('takes the company defaults without a customer and asks for the setup before it', async () => {
    const db = freshDb();
    expect(failure(await newDraft(db, 'quote')).code).toBe('SETUP_REQUIRED');
    await setUpCompany(db);
    const quote = value(await newDraft(db, 'quote'));
    expect(quote).toMatchObject({
      currency: 'EUR',
      dueDate: null,
      validUntil: '2026-04-15',
      customerId: '',
    });
  });
});

describe('saveDraft', () => {
  it('stores the draft with its live totals and customer name', async () => {
    const db = await company();
    const customer = await addCustomer(db, 'Acme SARL');
    const saved = await addDraft(db, customer.id, {
      lines: [line('1.5', '100'), line('1', '10', { vatRate: '7' })],
    });
    expect(saved).toMatchObject({
      numberKey: '',
      customerName: 'Acme SARL',
      customerNameKey: 'acme sarl',
      netTotal: 16000,
      grossTotal: 16000 + 2850 + 70,
      balance: 18920,
      paid: 0,
    });
  });

  it('refuses invalid input with a message per field and stores nothing', async () => {
    const db = await company();
    const draft = value(await newDraft(db, 'invoice'));
    const refused = failure(await saveDraft(db, { ...draft, lines: [line('two', '100')] }));
    expect(refused.code).toBe('INVALID');
    const paths = refused.issues?.map((issue) => issue.path);
    expect(paths).toContain('customerId');
    expect(paths).toContain('lines.0.quantity');
    expect(await getDocument(db, draft.id)).toBeNull();
  });

  it('refuses a customer that does not exist on customerId', async () => {
    const db = await company();
    const draft = value(await newDraft(db, 'invoice'));
    const refused = failure(await saveDraft(db, { ...draft, customerId: 'gone' }));
    expect(refused.issues).toEqual([
      { path: 'customerId', message: expect.stringContaining('no longer exists') },
    ]);
  });

  it('refuses a stale copy with CONFLICT and accepts the copy it returned', async () => {
    const db = await company();
    const customer = await addCustomer(db, 'Acme SARL');
    const saved = await addDraft(db, customer.id);
    const again = value(await saveDraft(db, { ...saved, notes: 'first edit' }));
    expect(failure(await saveDraft(db, { ...saved, notes: 'stale edit' })).code).toBe('CONFLICT');
    expect(value(await saveDraft(db, { ...again, notes: 'second edit' })).notes).toBe(
      'second edit',
    );
  });

  it('lists a draft under its customer’s new name after a rename', async () => {
    const db = await company();
    const customer = await addCustomer(db, 'Acme SARL');
    const saved = await addDraft(db, customer.id);
    value(await saveCustomer(db, { ...customer, name: 'Zenith SAS' }));
    expect(await getDocument(db, saved.id)).toMatchObject({
      customerName: 'Zenith SAS',
      customerNameKey: 'zenith sas',
    });
  });
});

describe('deleteDraft and duplicateDocument', () => {
  it('deletes a draft', async () => {
    const db = await company();
    const customer = await addCustomer(db, 'Acme SARL');
    const saved = await addDraft(db, customer.id);
    value(await deleteDraft(db, saved.id));
    expect(await getDocument(db, saved.id)).toBeNull();
    expect(failure(await deleteDraft(db, saved.id)).code).toBe('NOT_FOUND');
  });

  it('duplicates into a new draft issued today with new line ids and the same prices', async () => {
    const db = await company();
    const customer = await addCustomer(db, 'Acme SARL');
    const saved = await addDraft(db, customer.id, { issueDate: '2026-01-05' as never });
    const copy = value(await duplicateDocument(db, saved.id));
    expect(copy.id).not.toBe(saved.id);
    expect(copy).toMatchObject({
      issueDate: '2026-03-16',
      dueDate: '2026-03-30',
      grossTotal: saved.grossTotal,
    });
    expect(copy.lines[0]?.id).not.toBe(saved.lines[0]?.id);
    expect(copy.lines[0]?.unitPrice).toBe(saved.lines[0]?.unitPrice);
  });
});

describe('deleting a draft invoice converted from a quote', () => {
  async function convertedQuote() {
    const db = await company();
    const customer = await addCustomer(db, 'Acme SARL');
    const draft = await addDraft(db, customer.id, { kind: 'quote' });
    const quote = value(await postDocument(db, draft.id, { today: TODAY }));
    value(await acceptQuote(db, quote.id));
    const { invoice } = value(await convertQuoteToInvoice(db, quote.id));
    return { db, quote, invoice };
  }

  it('puts the quote back to accepted without the invoice, so it converts again', async () => {
    const { db, quote, invoice } = await convertedQuote();
    value(await deleteDraft(db, invoice.id));
    expect(await getDocument(db, invoice.id)).toBeNull();
    const reopened = await getDocument(db, quote.id);
    expect(reopened).toMatchObject({
      status: 'accepted',
      convertedInvoiceId: null,
      number: quote.number,
      posted: quote.posted,
      lines: quote.lines,
    });
    const again = value(await convertQuoteToInvoice(db, quote.id));
    expect(again.quote).toMatchObject({ status: 'invoiced', convertedInvoiceId: again.invoice.id });
  });

  it('leaves the quote invoiced when the delete fails: both happen in one transaction', async () => {
    const { db, quote, invoice } = await convertedQuote();
    vi.spyOn(db.documents, 'delete').mockRejectedValueOnce(new Error('disk failed'));
    await expect(deleteDraft(db, invoice.id)).rejects.toThrow('disk failed');
    expect(await getDocument(db, invoice.id)).not.toBeNull();
    expect(await getDocument(db, quote.id)).toMatchObject({
      status: 'invoiced',
      convertedInvoiceId: invoice.id,
    });
  });

  it('leaves alone a quote that no longer names the invoice', async () => {
    const { db, quote, invoice } = await convertedQuote();
    const stored = (await getDocument(db, quote.id))!;
    if (stored.kind !== 'quote') throw new Error('expected the quote');
    await db.documents.put({ ...stored, convertedInvoiceId: 'another-invoice' });
    value(await deleteDraft(db, invoice.id));
    expect(await getDocument(db, quote.id)).toMatchObject({
      status: 'invoiced',
      convertedInvoiceId: 'another-invoice',
    });
  });

  it('cannot happen once the invoice is posted: the quote stays invoiced', async () => {
    const { db, quote, invoice } = await convertedQuote();
    value(await postDocument(db, invoice.id, { today: TODAY }));
    expect(failure(await deleteDraft(db, invoice.id)).code).toBe('IMMUTABLE');
    expect((await getDocument(db, quote.id))?.status).toBe('invoiced');
  });
});

describe('lines and the customer’s VAT treatment', () => {
  it('a catalogue line for a reverse-charge customer is reverse charge at 0 %', async () => {
    const db = await company();
    const product = value(await saveProduct(db, consulting));
    expect(lineFromProduct(product, '2', 'reverseCharge')).toMatchObject({
      productId: product.id,
      quantity: '2',
      unitPrice: '80',
      vatCategory: 'reverseCharge',
      vatRate: '0',
    });
    expect(lineFromProduct(product, '2', 'domestic')).toMatchObject({
      vatCategory: 'standard',
      vatRate: '19',
    });
  });

  it('"Use current prices" keeps the customer’s reverse charge over the product’s VAT', async () => {
    const db = await company();
    const eu = value(
      await saveCustomerClass(db, {
        name: 'EU business',
        paymentTerms: null,
        currency: null,
        language: null,
        defaultPaymentMethod: null,
        vatTreatment: 'reverseCharge',
      }),
    );
    const customer = await addCustomer(db, 'Acme SARL', { classId: eu.id });
    const product = value(await saveProduct(db, consulting));
    const saved = await addDraft(db, customer.id, {
      lines: [
        lineFromProduct(product, '2', 'reverseCharge'),
        line('1', '5', { vatCategory: 'reverseCharge', vatRate: '0' }),
      ],
    });
    value(await saveProduct(db, { ...product, unitPrice: '95' }));
    const refreshed = value(await useCurrentPrices(db, saved.id));
    expect(
      refreshed.document.lines.map((entry) => [entry.unitPrice, entry.vatCategory, entry.vatRate]),
    ).toEqual([
      ['95', 'reverseCharge', '0'],
      ['5', 'reverseCharge', '0'],
    ]);
    expect(refreshed.document.grossTotal).toBe(19000 + 500);
  });
});

describe('useCurrentPrices', () => {
  it('refreshes catalogue lines from the product and leaves written-in lines', async () => {
    const db = await company();
    const customer = await addCustomer(db, 'Acme SARL');
    const product = value(await saveProduct(db, consulting));
    const saved = await addDraft(db, customer.id, {
      lines: [lineFromProduct(product, '2'), line('1', '5')],
    });
    value(await saveProduct(db, { ...product, unitPrice: '95', vatRate: '7' }));
    expect((await getDocument(db, saved.id))?.lines[0]?.unitPrice).toBe('80');
    const refreshed = value(await useCurrentPrices(db, saved.id));
    expect(refreshed.updatedLines).toBe(1);
    expect(refreshed.document.lines.map((entry) => [entry.unitPrice, entry.vatRate])).toEqual([
      ['95', '7'],
      ['5', '19'],
    ]);
    expect(refreshed.document.grossTotal).toBe(19000 + 1330 + 500 + 95);
  });
});
