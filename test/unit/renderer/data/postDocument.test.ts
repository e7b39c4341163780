import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import { isBalanced } from '../../../../shared/journal/journalEntry';
import { openInvoicerDb, type InvoicerDb } from '../../../../renderer/data/db';
import { getDocument } from '../../../../renderer/data/documentsRepository';
import { postDocument, type PostingFaults } from '../../../../renderer/data/postDocument';
import { getSettings, saveSettings } from '../../../../renderer/data/settingsRepository';
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

async function snapshotOf(db: InvoicerDb, id: string) {
  return JSON.stringify({
    document: await db.documents.get(id),
    settings: await db.settings.toArray(),
    journal: await db.journal.toArray(),
    audit: await db.audit.toArray(),
  });
}

async function companyWithDraft() {
  const db = freshDb();
  await setUpCompany(db);
  const acme = await addCustomer(db, 'Acme SARL');
  const draft = await addDraft(db, acme.id, {
    lines: [line('2', '100'), line('3', '10', { vatRate: '7', description: 'Books' })],
  });
  return { db, acme, draft };
}

describe('postDocument numbering', () => {
  it('posting assigns INV-<year>-0001 and -0002 without gaps', async () => {
    const { db, acme, draft } = await companyWithDraft();
    const second = await addDraft(db, acme.id);
    const a = value(await postDocument(db, draft.id, { today: TODAY }));
    const b = value(await postDocument(db, second.id, { today: TODAY }));
    expect([a.number, b.number]).toEqual(['INV-2026-0001', 'INV-2026-0002']);
    const series = (await getSettings(db))!.numberSeries.find((s) => s.documentKind === 'invoice');
    expect(series).toMatchObject({ nextCounter: 3, counterYear: 2026 });
  });

  it('two windows posting at once get distinct consecutive numbers', async () => {
    const { db, acme } = await companyWithDraft();
    const other = openInvoicerDb(db.name);
    const drafts = [];
    for (let i = 0; i < 20; i += 1) drafts.push(await addDraft(db, acme.id));
    const results = await Promise.all(
      drafts.map((draft, i) => postDocument(i % 2 === 0 ? db : other, draft.id, { today: TODAY })),
    );
    const numbers = results.map((result) => value(result).number).sort();
    expect(numbers).toEqual(
      Array.from({ length: 20 }, (_, i) => `INV-2026-${String(i + 1).padStart(4, '0')}`),
    );
    other.close();
  });

  it('a number typed by hand must be unique in its kind, in any case', async () => {
    const { db, acme, draft } = await companyWithDraft();
    const second = await addDraft(db, acme.id);
    value(await postDocument(db, draft.id, { today: TODAY, manualNumber: ' OLD-17 ' }));
    expect((await getDocument(db, draft.id))?.number).toBe('OLD-17');
    const taken = failure(
      await postDocument(db, second.id, { today: TODAY, manualNumber: 'old-17' }),
    );
    expect(taken.code).toBe('NUMBER_TAKEN');
    expect(taken.issues?.[0]?.path).toBe('number');
    expect(taken.message).toContain('Acme SARL');
    const unsafe = failure(
      await postDocument(db, second.id, { today: TODAY, manualNumber: 'A/1' }),
    );
    expect(unsafe.code).toBe('INVALID');
    // The series was not used by the hand-typed number.
    expect(value(await postDocument(db, second.id, { today: TODAY })).number).toBe('INV-2026-0001');
  });

  it('a generated number that a hand-typed one already holds is refused with what to do', async () => {
    const { db, acme, draft } = await companyWithDraft();
    const second = await addDraft(db, acme.id);
    value(await postDocument(db, draft.id, { today: TODAY, manualNumber: 'INV-2026-0001' }));
    const before = await snapshotOf(db, second.id);
    const clash = failure(await postDocument(db, second.id, { today: TODAY }));
    expect(clash.code).toBe('NUMBER_TAKEN');
    expect(clash.message).toMatch(
      /Type a number .* by hand, or set the series' next number past INV-2026-0001/,
    );
    expect(await snapshotOf(db, second.id)).toBe(before);
  });

  it('the counter restarts in a new year and refuses a date before the year it counts', async () => {
    const { db, acme, draft } = await companyWithDraft();
    const next = await addDraft(db, acme.id, { issueDate: isoDate('2027-01-04') });
    const late = await addDraft(db, acme.id, { issueDate: isoDate('2026-12-30') });
    value(await postDocument(db, draft.id, { today: TODAY }));
    expect(value(await postDocument(db, next.id, { today: TODAY })).number).toBe('INV-2027-0001');
    const refused = failure(await postDocument(db, late.id, { today: TODAY }));
    expect(refused.code).toBe('POSTING_REFUSED');
    expect(refused.issues?.[0]?.path).toBe('issueDate');
  });
});

describe('postDocument freezes the document', () => {
  it('freezes parties, totals, notes and bank details and writes a balanced journal entry', async () => {
    const { db, draft } = await companyWithDraft();
    const posted = value(await postDocument(db, draft.id, { today: TODAY }));
    expect(posted.status).toBe('posted');
    expect(posted.posted?.seller).toMatchObject({
      name: 'Müller Consulting',
      vatId: 'DE123456789',
    });
    expect(posted.posted?.buyer).toMatchObject({ name: 'Acme SARL', address: { city: 'Paris' } });
    expect(posted.posted?.totals).toMatchObject({
      netTotal: 23000,
      vatTotal: 3800 + 210,
      grossTotal: 27010,
    });
    expect(posted.posted?.bankAccount).toEqual({
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
      bankName: 'Commerzbank',
    });
    expect(posted).toMatchObject({
      grossTotal: 27010,
      amountDue: 27010,
      balance: 27010,
      numberKey: 'inv-2026-0001',
    });
    const entries = await db.journal
      .where('[sourceType+sourceId]')
      .equals(['invoice', draft.id])
      .toArray();
    expect(entries).toHaveLength(1);
    expect(isBalanced(entries[0]!)).toBe(true);
    expect(entries[0]!.lines).toContainEqual({ account: '1200', debit: 27010, credit: 0 });
  });

  it('a VAT-exempt small business posts every line exempt, with its note', async () => {
    const { db, draft } = await companyWithDraft();
    const settings = (await getSettings(db))!;
    const note = 'Kein Ausweis von Umsatzsteuer, da Kleinunternehmer gemäß § 19 UStG.';
    value(await saveSettings(db, { ...settings, vatMode: { kind: 'smallBusinessExempt', note } }));
    const posted = value(await postDocument(db, draft.id, { today: TODAY }));
    expect(
      posted.lines.every((entry) => entry.vatCategory === 'exempt' && entry.vatRate === '0'),
    ).toBe(true);
    expect(posted.posted?.totals.vatTotal).toBe(0);
    expect(posted.posted?.vatNotes).toEqual([note]);
  });

  it('a quote is sent with its own series and books nothing', async () => {
    const { db, acme } = await companyWithDraft();
    const quote = await addDraft(db, acme.id, { kind: 'quote' });
    const sent = value(await postDocument(db, quote.id, { today: TODAY }));
    expect(sent).toMatchObject({ status: 'sent', number: 'QUO-2026-0001' });
    expect(await db.journal.count()).toBe(0);
  });
});

describe('postDocument refuses', () => {
  it('refuses invalid drafts with a message per field and changes nothing', async () => {
    const db = freshDb();
    await setUpCompany(db);
    const noVatId = await addCustomer(db, 'Private Buyer', { vatId: '' });
    const draft = await addDraft(db, noVatId.id, {
      lines: [line('1', '50', { vatCategory: 'reverseCharge', vatRate: '0' })],
    });
    const before = await snapshotOf(db, draft.id);
    const refused = failure(await postDocument(db, draft.id, { today: TODAY }));
    expect(refused.code).toBe('POSTING_REFUSED');
    expect(refused.issues?.map((issue) => issue.path)).toContain('customer.vatId');
    expect(await snapshotOf(db, draft.id)).toBe(before);
  });

  it('refuses a company without VAT ID or tax number', async () => {
    const { db, draft } = await companyWithDraft();
    const settings = (await getSettings(db))!;
    value(await saveSettings(db, { ...settings, company: { ...settings.company, vatId: '' } }));
    const refused = failure(await postDocument(db, draft.id, { today: TODAY }));
    expect(refused.issues).toContainEqual(expect.objectContaining({ path: 'company.vatId' }));
  });

  it('refuses an unknown revenue account on the line that names it', async () => {
    const { db, acme } = await companyWithDraft();
    const draft = await addDraft(db, acme.id, {
      lines: [line('1', '5'), line('1', '5', { revenueAccount: '9999' })],
    });
    const refused = failure(await postDocument(db, draft.id, { today: TODAY }));
    expect(refused.issues?.[0]?.path).toBe('lines.1.revenueAccount');
    expect((await getSettings(db))!.numberSeries[0]!.nextCounter).toBe(1);
  });
});

describe('postDocument is all or nothing', () => {
  const points: (keyof PostingFaults)[] = [
    'afterNumber',
    'afterFreeze',
    'afterJournal',
    'afterAudit',
  ];
  for (const point of points) {
    it(`an error thrown ${point} leaves no number consumed, no journal entry, no audit record and the draft unchanged`, async () => {
      const { db, draft } = await companyWithDraft();
      const before = await snapshotOf(db, draft.id);
      const faults: PostingFaults = {
        [point]: () => {
          throw new Error(`power cut ${point}`);
        },
      };
      await expect(postDocument(db, draft.id, { today: TODAY, faults })).rejects.toThrow(
        `power cut ${point}`,
      );
      expect(await snapshotOf(db, draft.id)).toBe(before);
      expect(await db.journal.count()).toBe(0);
      expect(await db.audit.count()).toBe(0);
      const retried = value(await postDocument(db, draft.id, { today: TODAY }));
      expect(retried.number).toBe('INV-2026-0001');
      expect((await db.audit.toArray()).map((record) => record.sourceId)).toEqual([draft.id]);
    });
  }
});
