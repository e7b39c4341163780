import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  customerDefaultsFor,
  deleteCustomerClass,
  getCustomer,
  listCustomerClasses,
  listCustomers,
  removeCustomer,
  saveCustomer,
  saveCustomerClass,
} from '../../../../renderer/data/customersRepository';
import { addCustomer, addDraft, failure, freshDb, setUpCompany, value } from './testDatabase';

const names = (page: { rows: { name: string }[] }) => page.rows.map((row) => row.name);

describe('customers', () => {
  it('lists by name and finds by name prefix in any case, accents and script', async () => {
    const db = freshDb();
    for (const name of [
      'Zeta Ltd',
      'Müller GmbH',
      'acme',
      'Acme Two',
      'Ελληνική ΟΔΟΣ',
      'Mullerei',
    ]) {
      await addCustomer(db, name);
    }
    expect(names(await listCustomers(db))).toEqual([
      'acme',
      'Acme Two',
      'Müller GmbH',
      'Mullerei',
      'Zeta Ltd',
      'Ελληνική ΟΔΟΣ',
    ]);
    expect(names(await listCustomers(db, { search: 'ACME' }))).toEqual(['acme', 'Acme Two']);
    expect(names(await listCustomers(db, { search: 'mull' }))).toEqual(['Müller GmbH', 'Mullerei']);
    expect(names(await listCustomers(db, { search: 'MÜLLER G' }))).toEqual(['Müller GmbH']);
    expect(names(await listCustomers(db, { search: 'ελληνικη οδοσ' }))).toEqual(['Ελληνική ΟΔΟΣ']);
    const page = await listCustomers(db, { limit: 2, offset: 2 });
    expect(names(page)).toEqual(['Müller GmbH', 'Mullerei']);
    expect(page.hasMore).toBe(true);
  });

  it('refuses invalid input with a message per field', async () => {
    const db = freshDb();
    const refused = failure(
      await saveCustomer(db, {
        name: ' ',
        classId: null,
        billingAddress: { line1: '', city: 'Paris', country: 'XX' },
        deliveryAddress: null,
        contacts: [],
        vatId: '',
        paymentTerms: null,
        currency: null,
        language: null,
        defaultPaymentMethod: 'directDebit',
        directDebit: null,
      }),
    );
    expect(refused.code).toBe('INVALID');
    expect(refused.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'name',
        'billingAddress.line1',
        'billingAddress.country',
        'directDebit',
      ]),
    );
    expect((await listCustomers(db)).rows).toEqual([]);
  });

  it('updates a customer under its id and keeps createdAt', async () => {
    const db = freshDb();
    const created = await addCustomer(db, 'Acme');
    const updated = value(await saveCustomer(db, { ...created, email: 'billing@acme.example' }));
    expect(updated).toMatchObject({
      id: created.id,
      createdAt: created.createdAt,
      email: 'billing@acme.example',
    });
    expect((await listCustomers(db)).rows).toHaveLength(1);
  });

  it('deletes a customer without documents and archives one that documents refer to', async () => {
    const db = freshDb();
    await setUpCompany(db);
    const lonely = await addCustomer(db, 'Lonely');
    const busy = await addCustomer(db, 'Busy');
    await addDraft(db, busy.id);
    expect(value(await removeCustomer(db, lonely.id)).outcome).toBe('deleted');
    expect(await getCustomer(db, lonely.id)).toBeNull();
    const archived = value(await removeCustomer(db, busy.id));
    expect(archived).toMatchObject({
      outcome: 'archived',
      message: expect.stringContaining('archived'),
    });
    expect((await getCustomer(db, busy.id))?.archived).toBe(true);
    expect(names(await listCustomers(db))).toEqual([]);
    expect(names(await listCustomers(db, { includeArchived: true }))).toEqual(['Busy']);
  });
});

describe('customer classes', () => {
  const wholesale = {
    name: 'Wholesale',
    paymentTerms: { kind: 'net', days: 30 },
    currency: 'USD',
    language: null,
    defaultPaymentMethod: null,
  } as const;

  it('refuses to delete a class while a customer uses it, and refuses an unknown class', async () => {
    const db = freshDb();
    const cls = value(await saveCustomerClass(db, wholesale));
    const customer = await addCustomer(db, 'Member', { classId: cls.id });
    const inUse = failure(await deleteCustomerClass(db, cls.id));
    expect(inUse).toMatchObject({ code: 'IN_USE', message: expect.stringContaining('1 customer') });
    value(await saveCustomer(db, { ...customer, classId: null }));
    value(await deleteCustomerClass(db, cls.id));
    expect(await listCustomerClasses(db)).toEqual([]);
    const unknown = failure(await saveCustomer(db, { ...customer, classId: cls.id }));
    expect(unknown.issues?.[0]?.path).toBe('classId');
  });

  it('gives a customer its own values, else its class’s, else the company’s', async () => {
    const db = freshDb();
    await setUpCompany(db);
    const cls = value(await saveCustomerClass(db, wholesale));
    const customer = await addCustomer(db, 'Member', { classId: cls.id, language: 'fr' });
    const defaults = value(await customerDefaultsFor(db, customer.id));
    expect(defaults).toEqual({
      currency: 'USD',
      paymentTerms: { kind: 'net', days: 30 },
      language: 'fr',
      paymentMethod: 'bankTransfer',
      vatTreatment: 'domestic',
      source: {
        currency: 'class',
        paymentTerms: 'class',
        language: 'customer',
        paymentMethod: 'company',
        vatTreatment: 'company',
      },
    });
    expect(failure(await customerDefaultsFor(db, 'nobody')).code).toBe('NOT_FOUND');
  });

  it('gives the members of a reverse-charge class reverse charge unless they set their own', async () => {
    const db = freshDb();
    await setUpCompany(db);
    const eu = value(
      await saveCustomerClass(db, {
        ...wholesale,
        name: 'EU business',
        vatTreatment: 'reverseCharge',
      }),
    );
    expect(eu.vatTreatment).toBe('reverseCharge');
    const member = await addCustomer(db, 'Member', { classId: eu.id });
    expect(member.vatTreatment).toBeNull();
    const exporter = await addCustomer(db, 'Exporter', { classId: eu.id, vatTreatment: 'export' });
    const memberDefaults = value(await customerDefaultsFor(db, member.id));
    expect([memberDefaults.vatTreatment, memberDefaults.source.vatTreatment]).toEqual([
      'reverseCharge',
      'class',
    ]);
    const exporterDefaults = value(await customerDefaultsFor(db, exporter.id));
    expect([exporterDefaults.vatTreatment, exporterDefaults.source.vatTreatment]).toEqual([
      'export',
      'customer',
    ]);
  });

  it('reads customers and classes stored before VAT treatments existed, and saves them again', async () => {
    const db = freshDb();
    await setUpCompany(db);
    const cls = value(await saveCustomerClass(db, wholesale));
    const customer = await addCustomer(db, 'Old Customer', { classId: cls.id });
    // As version 1 of the app wrote them: no vatTreatment at all.
    const { vatTreatment: _classField, ...oldClass } = cls;
    const { vatTreatment: _customerField, ...oldCustomer } = customer;
    await db.customerClasses.put(oldClass as typeof cls);
    await db.customers.put(oldCustomer as typeof customer);
    expect('vatTreatment' in (await getCustomer(db, customer.id))!).toBe(false);

    const defaults = value(await customerDefaultsFor(db, customer.id));
    expect([defaults.vatTreatment, defaults.source.vatTreatment]).toEqual(['domestic', 'company']);
    const { vatTreatment: _none, ...oldInput } = customer;
    const saved = value(await saveCustomer(db, { ...oldInput, name: 'Old Customer Ltd' }));
    expect(saved.vatTreatment).toBeNull();
    expect(value(await saveCustomerClass(db, oldClass)).vatTreatment).toBeNull();
  });
});
