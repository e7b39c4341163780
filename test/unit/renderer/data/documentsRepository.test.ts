import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
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
import { saveProduct } from '../../../../renderer/data/productsRepository';
import { addCustomer, addDraft, failure, freshDb, line, setUpCompany, value } from './testDatabase';

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
