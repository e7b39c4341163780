import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import { minor } from '../../../../shared/money/minor';
import { getDashboardFigures } from '../../../../renderer/data/dashboardRepository';
import type { InvoicerDb, StoredDocument } from '../../../../renderer/data/db';
import { postDocument } from '../../../../renderer/data/postDocument';
import { addCustomer, addDraft, freshDb, line, setUpCompany, TODAY, value } from './testDatabase';

/** What the payments module will write; set directly here. */
async function settle(
  db: InvoicerDb,
  doc: StoredDocument,
  status: 'paid' | 'partiallyPaid',
  paid: number,
) {
  await db.documents.put({
    ...(doc as Extract<StoredDocument, { kind: 'invoice' }>),
    status,
    paid: minor(paid),
    balance: minor(doc.amountDue - paid),
  });
}

function payment(
  id: string,
  currency: string,
  date: string,
  amount: number,
  kind: 'payment' | 'refund' = 'payment',
) {
  return {
    id,
    invoiceId: 'x',
    customerId: 'y',
    kind,
    amount: minor(amount),
    excessAsCredit: minor(0),
    currency,
    date,
    method: 'bankTransfer',
    reference: '',
    note: '',
    reversesPaymentId: null,
    createdAt: '2026-03-16T10:00:00.000Z',
  } as never;
}

/** Aged amounts with the given buckets filled and their total; the other buckets at zero. */
function aged(
  buckets: Partial<Record<'notDue' | 'days1to30' | 'days31to60' | 'days61to90' | 'over90', number>>,
) {
  const amounts = { notDue: 0, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0, ...buckets };
  return { ...amounts, total: Object.values(amounts).reduce((sum, amount) => sum + amount, 0) };
}

describe('getDashboardFigures', () => {
  it('adds up a small hand-checked set per currency', async () => {
    const db = freshDb();
    await setUpCompany(db);
    const euro = await addCustomer(db, 'Euro Kunde');
    const dollar = await addCustomer(db, 'Yankee Inc', { currency: 'USD' });
    const post = async (customerId: string, issueDate: string, lines: ReturnType<typeof line>[]) =>
      value(
        await postDocument(
          db,
          (await addDraft(db, customerId, { issueDate: isoDate(issueDate), lines })).id,
          { today: TODAY },
        ),
      );

    const old = await post(euro.id, '2025-03-05', [line('1', '500')]); // before the 12 months
    await settle(db, old, 'paid', old.amountDue);
    await post(euro.id, '2026-01-10', [line('1', '100')]); // overdue: due 2026-01-24
    const paidInFull = await post(euro.id, '2026-02-05', [line('1', '200', { vatRate: '7' })]);
    await settle(db, paidInFull, 'paid', 21400);
    const usd = await post(dollar.id, '2026-03-01', [line('1', '1000')]); // due 2026-03-15: overdue
    await settle(db, usd, 'partiallyPaid', 19000);
    await post(euro.id, '2026-03-10', [line('2', '50')]); // due 2026-03-24: open
    await addDraft(db, euro.id);
    await addDraft(db, euro.id, { kind: 'quote' });
    const credit = await addDraft(db, euro.id, {
      kind: 'creditNote',
      issueDate: isoDate('2026-03-12'),
      lines: [line('0.1', '200', { vatRate: '7', creditedLineId: paidInFull.lines[0]!.id })],
      change: (doc) =>
        ({
          ...doc,
          creditedInvoiceId: paidInFull.id,
          creditedInvoiceNumber: paidInFull.number!,
          creditedInvoiceDate: paidInFull.issueDate,
        }) as typeof doc,
    });
    expect(value(await postDocument(db, credit.id, { today: TODAY })).number).toBe('CN-2026-001');
    await db.payments.bulkAdd([
      payment('p1', 'EUR', '2026-02-20', 21400),
      payment('p2', 'EUR', '2026-03-02', 1000, 'refund'),
      payment('p3', 'EUR', '2025-12-30', 5000),
      payment('p4', 'USD', '2026-03-05', 19000),
    ]);

    const figures = await getDashboardFigures(db, TODAY);
    const months = (entries: Record<string, number>) =>
      figures.currencies[0]!.revenueByMonth.map(({ month }) => ({
        month,
        net: entries[month] ?? 0,
      }));
    expect(figures.currencies).toEqual([
      {
        currency: 'EUR',
        outstanding: 23800,
        outstandingCount: 2,
        overdueCount: 1,
        overdueAmount: 11900,
        paidThisMonth: -1000,
        paidThisYear: 20400,
        revenueByMonth: months({ '2026-01': 10000, '2026-02': 20000, '2026-03': 10000 - 2000 }),
        // Due 2026-01-24: 51 days late on 2026-03-16; due 2026-03-24: not due yet.
        aged: aged({ notDue: 11900, days31to60: 11900 }),
      },
      {
        currency: 'USD',
        outstanding: 100000,
        outstandingCount: 1,
        overdueCount: 1,
        overdueAmount: 100000,
        paidThisMonth: 19000,
        paidThisYear: 19000,
        revenueByMonth: months({ '2026-03': 100000 }),
        // Due 2026-03-15: one day late, its balance after the partial payment.
        aged: aged({ days1to30: 100000 }),
      },
    ]);
    expect(figures.currencies[0]!.revenueByMonth.map((m) => m.month)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(figures.draftsByKind).toEqual({ invoice: 1, quote: 1, creditNote: 0 });
    expect(figures.draftsWaiting).toBe(2);
    const recent = figures.recentDocuments.map((doc) => doc.updatedAt);
    expect(recent).toHaveLength(8);
    expect([...recent].sort().reverse()).toEqual(recent);
  });

  it('shows the default currency with zeros on an empty database', async () => {
    const db = freshDb();
    await setUpCompany(db);
    const figures = await getDashboardFigures(db, TODAY);
    expect(figures.currencies).toHaveLength(1);
    expect(figures.currencies[0]).toMatchObject({
      currency: 'EUR',
      outstanding: 0,
      overdueCount: 0,
    });
    expect(figures.recentDocuments).toEqual([]);
  });
});
