import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import type { StoredDocument } from '../../../../renderer/data/db';
import { postDocument } from '../../../../renderer/data/postDocument';
import {
  documentsIssuedIn,
  getReports,
  toReportDocument,
} from '../../../../renderer/data/reportsRepository';
import { addCustomer, addDraft, freshDb, line, setUpCompany, TODAY, value } from './testDatabase';

const MARCH = { from: isoDate('2026-03-01'), to: isoDate('2026-03-31') };

describe('reports repository', () => {
  it('reads posted invoices of the period only, never drafts or other months', async () => {
    const db = freshDb();
    await setUpCompany(db);
    const customer = await addCustomer(db, 'Euro Kunde');
    const post = async (date: string, rate: string) =>
      value(
        await postDocument(
          db,
          (
            await addDraft(db, customer.id, {
              issueDate: isoDate(date),
              lines: [line('1', '100', { vatRate: rate })],
            })
          ).id,
          { today: TODAY },
        ),
      );
    await post('2026-02-28', '19');
    const inMarch = await post('2026-03-02', '19');
    await post('2026-03-10', '7');
    await addDraft(db, customer.id, { issueDate: isoDate('2026-03-05') });

    const docs = await documentsIssuedIn(db, MARCH);
    expect(docs).toHaveLength(2);
    expect(docs.find((doc) => doc.id === inMarch.id)?.totals.grossTotal).toBe(11900);

    const reports = await getReports(db, TODAY, MARCH);
    const [euro] = reports.vat.currencies;
    expect(euro?.rows.map((row) => [row.rate, row.taxableAmount, row.vatAmount])).toEqual([
      ['19', 10000, 1900],
      ['7', 10000, 700],
    ]);
    expect(reports.salesByCustomer.currencies[0]?.totals).toEqual({ net: 20000, gross: 22600 });
    // All three posted invoices are open; the February one is aged as well.
    expect(reports.aged.currencies[0]?.totals.total).toBe(34500);
  });

  it('leaves out drafts and quotes when mapping documents', () => {
    const draft = { kind: 'invoice', status: 'draft', posted: null } as unknown as StoredDocument;
    const quote = { kind: 'quote', status: 'sent', posted: {} } as unknown as StoredDocument;
    expect(toReportDocument(draft)).toBeNull();
    expect(toReportDocument(quote)).toBeNull();
  });
});
