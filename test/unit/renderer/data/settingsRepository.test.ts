import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHART_OF_ACCOUNTS } from '../../../../shared/journal/chartOfAccounts';
import { postDocument } from '../../../../renderer/data/postDocument';
import {
  completeSetup,
  getSettings,
  saveSettings,
} from '../../../../renderer/data/settingsRepository';
import {
  addCustomer,
  addDraft,
  failure,
  freshDb,
  setUpCompany,
  TODAY,
  value,
} from './testDatabase';

const setup = {
  companyName: 'Studio Nord',
  address: { line1: 'Am Hafen 3', city: 'Kiel', country: 'DE' },
  vatMode: { kind: 'normal' },
  currency: 'EUR',
  locale: 'de-DE',
  firstInvoiceNumber: 1,
} as const;

describe('settings', () => {
  it('has no settings before the first-run setup', async () => {
    expect(await getSettings(freshDb())).toBeNull();
  });

  it('completeSetup writes the defaults and marks the setup done', async () => {
    const db = freshDb();
    const settings = value(await completeSetup(db, setup));
    expect(settings).toMatchObject({
      company: {
        name: 'Studio Nord',
        address: { city: 'Kiel', country: 'DE', line2: '' },
        bankAccounts: [],
      },
      defaultCurrency: 'EUR',
      locale: 'de-DE',
      defaultPaymentTerms: { kind: 'net', days: 14 },
      chartOfAccounts: DEFAULT_CHART_OF_ACCOUNTS,
      setupCompleted: true,
    });
    expect(settings.numberSeries.map((series) => series.pattern)).toEqual([
      'INV-{YYYY}-{SEQ:4}',
      'QUO-{YYYY}-{SEQ:4}',
      'CN-{YYYY}-{SEQ:3}',
    ]);
    expect(await getSettings(db)).toEqual(settings);
  });

  it('completeSetup stores the VAT ID and tax number given, and posting needs no more', async () => {
    const db = freshDb();
    const settings = value(
      await completeSetup(db, { ...setup, vatId: 'de 123 456 789', taxId: '30/123/45678' }),
    );
    expect(settings.company).toMatchObject({ vatId: 'DE123456789', taxId: '30/123/45678' });
    const customer = await addCustomer(db, 'Acme SARL');
    const draft = await addDraft(db, customer.id);
    expect(value(await postDocument(db, draft.id, { today: TODAY })).number).toBe('INV-2026-0001');
  });

  it('without a VAT ID or tax number the first post says where to add one', async () => {
    const db = freshDb();
    value(await completeSetup(db, setup));
    const customer = await addCustomer(db, 'Acme SARL');
    const draft = await addDraft(db, customer.id);
    const refused = failure(await postDocument(db, draft.id, { today: TODAY }));
    expect(refused.issues).toContainEqual({
      path: 'company.vatId',
      message: 'An invoice must show your VAT ID or tax number; add one in Settings.',
    });
  });

  it('refuses a malformed VAT ID at the setup form’s VAT ID field', async () => {
    const db = freshDb();
    const refused = failure(await completeSetup(db, { ...setup, vatId: '123456789' }));
    expect(refused.issues?.map((issue) => issue.path)).toEqual(['vatId']);
    expect(await getSettings(db)).toBeNull();
  });

  it('continues an existing series from the first invoice number given', async () => {
    const db = freshDb();
    await setUpCompany(db, 57);
    const customer = await addCustomer(db, 'Acme SARL');
    const draft = await addDraft(db, customer.id);
    expect(value(await postDocument(db, draft.id, { today: TODAY })).number).toBe('INV-2026-0057');
  });

  it('refuses a setup with missing fields, on the setup form’s fields', async () => {
    const db = freshDb();
    const refused = failure(
      await completeSetup(db, {
        ...setup,
        companyName: '',
        address: { line1: '', city: 'Kiel', country: 'DE' },
        currency: 'euro',
      }),
    );
    expect(refused.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['companyName', 'address.line1', 'currency']),
    );
    expect(
      failure(await completeSetup(db, { ...setup, firstInvoiceNumber: 0 })).issues?.[0]?.path,
    ).toBe('firstInvoiceNumber');
    expect(await getSettings(db)).toBeNull();
  });

  it('redoing the setup keeps what was set up besides it', async () => {
    const db = freshDb();
    await setUpCompany(db);
    const again = value(await completeSetup(db, { ...setup, companyName: 'Studio Süd' }));
    expect(again.company).toMatchObject({ name: 'Studio Süd', vatId: 'DE123456789' });
    expect(again.company.bankAccounts).toHaveLength(1);
    const changed = value(await completeSetup(db, { ...setup, vatId: '', taxId: '12/345/67890' }));
    expect(changed.company).toMatchObject({ vatId: '', taxId: '12/345/67890' });
  });

  it('refuses to move a series back behind numbers already given', async () => {
    const db = freshDb();
    await setUpCompany(db);
    const customer = await addCustomer(db, 'Acme SARL');
    for (let i = 0; i < 3; i += 1) {
      value(await postDocument(db, (await addDraft(db, customer.id)).id, { today: TODAY }));
    }
    const settings = (await getSettings(db))!;
    const back = settings.numberSeries.map((series) =>
      series.documentKind === 'invoice' ? { ...series, nextCounter: 2 } : series,
    );
    const refused = failure(await saveSettings(db, { ...settings, numberSeries: back }));
    expect(refused.issues?.[0]).toEqual({
      path: 'numberSeries.0.nextCounter',
      message: expect.stringContaining('4 or more'),
    });
    const forward = settings.numberSeries.map((series) =>
      series.documentKind === 'invoice' ? { ...series, nextCounter: 10 } : series,
    );
    value(await saveSettings(db, { ...settings, numberSeries: forward }));
  });
});
