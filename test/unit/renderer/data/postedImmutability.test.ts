import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { removeCustomer, saveCustomer } from '../../../../renderer/data/customersRepository';
import type { InvoicerDb } from '../../../../renderer/data/db';
import {
  deleteDraft,
  duplicateDocument,
  saveDraft,
  useCurrentPrices,
} from '../../../../renderer/data/documentsRepository';
import { lineFromProduct } from '../../../../renderer/data/documentDrafts';
import { postDocument } from '../../../../renderer/data/postDocument';
import { saveProduct } from '../../../../renderer/data/productsRepository';
import {
  acceptQuote,
  convertQuoteToInvoice,
  declineQuote,
} from '../../../../renderer/data/quotesRepository';
import {
  addCustomer,
  addDraft,
  failure,
  freshDb,
  setUpCompany,
  TODAY,
  value,
} from './testDatabase';

// DESIGN §4: a posted document is never edited or deleted. Every repository function that
// writes documents is tried on a posted invoice; the stored record must stay byte for byte.

async function postedInvoice() {
  const db = freshDb();
  await setUpCompany(db);
  const customer = await addCustomer(db, 'Acme SARL');
  const product = value(
    await saveProduct(db, {
      sku: 'C-1',
      name: 'Consulting',
      unit: 'HUR',
      unitPrice: '100',
      vatCategory: 'standard',
      vatRate: '19',
      revenueAccount: null,
    }),
  );
  const draft = await addDraft(db, customer.id, { lines: [lineFromProduct(product, '3')] });
  const posted = value(await postDocument(db, draft.id, { today: TODAY }));
  return { db, customer, product, posted };
}

const stored = async (db: InvoicerDb, id: string) => JSON.stringify(await db.documents.get(id));

describe('posted documents are immutable', () => {
  it('saveDraft refuses a posted invoice, changed or not, even when told it is a draft', async () => {
    const { db, posted } = await postedInvoice();
    const before = await stored(db, posted.id);
    for (const attempt of [
      posted,
      { ...posted, notes: 'changed' },
      { ...posted, status: 'draft' as const, number: null, posted: null },
    ]) {
      expect(failure(await saveDraft(db, attempt)).code).toBe('IMMUTABLE');
    }
    expect(await stored(db, posted.id)).toBe(before);
  });

  it('deleteDraft refuses a posted invoice', async () => {
    const { db, posted } = await postedInvoice();
    const refused = failure(await deleteDraft(db, posted.id));
    expect(refused).toMatchObject({
      code: 'IMMUTABLE',
      message: expect.stringContaining('credit note'),
    });
    expect(await db.documents.get(posted.id)).toBeDefined();
  });

  it('useCurrentPrices and posting again refuse a posted invoice', async () => {
    const { db, posted, product } = await postedInvoice();
    value(await saveProduct(db, { ...product, unitPrice: '150' }));
    const before = await stored(db, posted.id);
    expect(failure(await useCurrentPrices(db, posted.id)).code).toBe('IMMUTABLE');
    expect(failure(await postDocument(db, posted.id, { today: TODAY })).code).toBe('IMMUTABLE');
    expect(
      failure(await postDocument(db, posted.id, { today: TODAY, manualNumber: 'X-1' })).code,
    ).toBe('IMMUTABLE');
    expect(await stored(db, posted.id)).toBe(before);
    expect(await db.journal.count()).toBe(1);
  });

  it('quote actions refuse an invoice', async () => {
    const { db, posted } = await postedInvoice();
    const before = await stored(db, posted.id);
    expect(failure(await acceptQuote(db, posted.id)).code).toBe('NOT_FOUND');
    expect(failure(await declineQuote(db, posted.id)).code).toBe('NOT_FOUND');
    expect(failure(await convertQuoteToInvoice(db, posted.id)).code).toBe('NOT_FOUND');
    expect(await stored(db, posted.id)).toBe(before);
  });

  it('editing the customer or product, removing the customer and duplicating leave it as posted', async () => {
    const { db, posted, customer, product } = await postedInvoice();
    const before = await stored(db, posted.id);
    value(
      await saveCustomer(db, {
        ...customer,
        name: 'Acme Renamed',
        billingAddress: { ...customer.billingAddress, city: 'Lyon' },
      }),
    );
    value(await saveProduct(db, { ...product, unitPrice: '999' }));
    expect(value(await removeCustomer(db, customer.id)).outcome).toBe('archived');
    const copy = value(await duplicateDocument(db, posted.id));
    expect(copy).toMatchObject({
      status: 'draft',
      number: null,
      posted: null,
      customerName: 'Acme Renamed',
    });
    expect(await stored(db, posted.id)).toBe(before);
  });
});
