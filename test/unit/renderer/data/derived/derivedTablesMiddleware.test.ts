import 'fake-indexeddb/auto';
import Dexie, { liveQuery, type Table } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minor } from '../../../../../shared/money/minor';
import {
  dashboardTotalsDifferences,
  openInvoicesDifferences,
  recomputeDashboardTotals,
} from '../../../../../renderer/data/derived/recompute';
import type { InvoicerDb, StoredDocument } from '../../../../../renderer/data/db';
import { postDocument } from '../../../../../renderer/data/postDocument';
import { PROPERTY_RUNS } from '../../../propertyRuns';
import { addDraft, line, TODAY, value } from '../testDatabase';
import { books, company, operation, run } from './totalsWrites';

// Each run replays a sequence of writes on a fake-indexeddb database, every one a real Dexie
// transaction: 200 runs take seconds, 10,000 would take many minutes. The totals' arithmetic
// runs at PROPERTY_RUNS in test/unit/shared/dashboard.
const DB_RUNS = Math.min(PROPERTY_RUNS, 200);

/** Two invoices of one customer posted today: open, on one due date and currency. */
async function twoOpenInvoices() {
  const { db, customers } = await company();
  const [a, b] = [
    await postedInvoice(db, customers[0].id),
    await postedInvoice(db, customers[0].id),
  ];
  return { db, a, b };
}

async function postedInvoice(db: InvoicerDb, customerId: string): Promise<StoredDocument> {
  const draft = await addDraft(db, customerId);
  return value(await postDocument(db, draft.id, { today: TODAY }));
}

describe('derivedTablesMiddleware', () => {
  it('after any sequence of repository and raw writes the derived tables equal a recomputation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { db, customers } = await books();
        expect(await dashboardTotalsDifferences(db)).toEqual([]);
        for (const step of steps) {
          await run(db, customers, step);
          expect(await dashboardTotalsDifferences(db), JSON.stringify(step)).toEqual([]);
          expect(await openInvoicesDifferences(db), JSON.stringify(step)).toEqual([]);
        }
        db.close();
      }),
      { numRuns: DB_RUNS },
    );
  }, 600_000);

  it('a transaction that fails after a posting leaves the totals as they were', async () => {
    const { db, customers } = await company();
    const posted = await addDraft(db, customers[0].id, { lines: [line('3', '100')] });
    value(await postDocument(db, posted.id, { today: TODAY }));
    const draft = await addDraft(db, customers[1].id);
    const before = await db.dashboardTotals.toArray();
    expect(before.length).toBeGreaterThan(0);
    await expect(
      db.transaction('rw', db.tables, async () => {
        value(await postDocument(db, draft.id, { today: TODAY }));
        expect(await db.dashboardTotals.count()).toBeGreaterThan(before.length);
        throw new Error('disk gone');
      }),
    ).rejects.toThrow('disk gone');
    expect(await db.dashboardTotals.toArray()).toEqual(before);
    expect(await dashboardTotalsDifferences(db)).toEqual([]);
    expect(await openInvoicesDifferences(db)).toEqual([]);
  });

  it('writes made in parallel in one transaction keep the derived tables right', async () => {
    const { db, a, b } = await twoOpenInvoices();
    const less = (doc: StoredDocument, by: number) => ({
      ...doc,
      balance: minor(doc.balance - by),
    });
    // Two invoices of one due date and currency, then one invoice twice, at once.
    await db.transaction('rw', db.documents, () =>
      Promise.all([db.documents.put(less(a, 100)), db.documents.put(less(b, 100))]),
    );
    expect(await dashboardTotalsDifferences(db)).toEqual([]);
    await db.transaction('rw', db.documents, () =>
      Promise.all([db.documents.put(less(a, 300)), db.documents.put(less(a, 500))]),
    );
    expect(await dashboardTotalsDifferences(db)).toEqual([]);
    expect(await openInvoicesDifferences(db)).toEqual([]);
    expect((await db.documents.get(a.id))!.balance).toBe(a.balance - 500);
  });

  it('a write keeps its place among the requests of its transaction', async () => {
    const { db, customers } = await company();
    const draft = await addDraft(db, customers[0].id);
    const invoice = value(await postDocument(db, draft.id, { today: TODAY }));
    const seen = await db.transaction('rw', db.documents, () => {
      void db.documents.put({ ...invoice, customerName: 'Changed' });
      return db.documents.get(invoice.id);
    });
    expect(seen!.customerName).toBe('Changed');
  });

  it('a derived row that cannot be written aborts the write, even where its error is caught', async () => {
    const { db, a, b } = await twoOpenInvoices();
    // Both open on one due date: their balances add up to just below what a Minor holds.
    await db.documents.put({ ...a, balance: minor(Number.MAX_SAFE_INTEGER - 2 * b.balance) });
    const before = await db.dashboardTotals.toArray();
    // b's balance tripled takes the sum past it, so the totals refuse the write.
    await expect(
      db.transaction('rw', db.documents, async () => {
        await db.documents
          .put({ ...b, balance: minor(3 * b.balance) })
          .catch(() => 'caught, carrying on');
      }),
    ).rejects.toThrow();
    expect((await db.documents.get(b.id))!.balance).toBe(b.balance);
    expect(await db.dashboardTotals.toArray()).toEqual(before);
  });

  it('a write outside an explicit transaction keeps the totals right', async () => {
    const { db, customers } = await company();
    const draft = await addDraft(db, customers[0].id);
    const invoice = value(await postDocument(db, draft.id, { today: TODAY }));
    await db.documents.put({ ...invoice, balance: minor(1), dueDateKey: '2026-01-01' });
    const open = (await db.dashboardTotals.toArray()).filter((row) => row.group === 'open');
    expect(open).toMatchObject([{ date: '2026-01-01', currency: 'EUR', count: 1, amount: 1 }]);
    expect(await db.dashboardTotals.toArray()).toEqual(await recomputeDashboardTotals(db));
  });

  it('every read-write transaction over documents or payments holds their derived tables', async () => {
    const { db } = await company();
    const storesOf = (tables: Table[]) =>
      db.transaction('rw', tables, () =>
        Array.from(Dexie.currentTransaction.idbtrans.objectStoreNames),
      );
    expect(await storesOf([db.payments])).toContain('dashboardTotals');
    expect(await storesOf([db.documents, db.journal])).toContain('dashboardTotals');
    expect(await storesOf([db.documents])).toContain('openInvoices');
    expect(await storesOf([db.payments])).not.toContain('openInvoices');
    expect(await storesOf([db.customers])).not.toContain('dashboardTotals');
  });

  it('a live query of the totals sees a write made outside a transaction', async () => {
    const { db, customers } = await company();
    const draft = await addDraft(db, customers[0].id);
    const seen: number[] = [];
    const subscription = liveQuery(() => db.dashboardTotals.count()).subscribe((count) =>
      seen.push(count),
    );
    await expect.poll(() => seen.at(-1)).toBe(0);
    value(await postDocument(db, draft.id, { today: TODAY }));
    await expect.poll(() => seen.at(-1)).toBe(2);
    const posted = (await db.documents.get(draft.id))!;
    await db.documents.put({ ...posted, status: 'paid', balance: minor(0) } as StoredDocument);
    await expect.poll(() => seen.at(-1)).toBe(1);
    subscription.unsubscribe();
  });
});
