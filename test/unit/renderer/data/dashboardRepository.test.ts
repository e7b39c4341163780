import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  endOfMonth,
  isoDate,
  startOfMonth,
  type IsoDate,
} from '../../../../shared/dates/isoDate';
import type { InvoiceStatus } from '../../../../shared/documents/invoiceStates';
import { isOverdue } from '../../../../shared/documents/overdue';
import type { CurrencyCode } from '../../../../shared/money/currencies';
import { minor, ZERO } from '../../../../shared/money/minor';
import { agedReceivables, emptyAgedAmounts } from '../../../../shared/reports/agedReceivables';
import type { Payment } from '../../../../shared/schemas/payment';
import {
  getDashboardFigures,
  type CurrencyFigures,
} from '../../../../renderer/data/dashboardRepository';
import type { InvoicerDb, StoredDocument } from '../../../../renderer/data/db';
import { postDocument } from '../../../../renderer/data/postDocument';
import { toReportDocument } from '../../../../renderer/data/reportsRepository';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { addCustomer, addDraft, freshDb, line, setUpCompany, TODAY, value } from './testDatabase';

// Each case writes a database; at 10,000 cases the property would run for many minutes, so
// it runs at most 200 (the figures' rules themselves are tested in shared/).
const DB_RUNS = Math.min(PROPERTY_RUNS, 200);

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

  it('the figures summed from the dashboard totals equal a recomputation from whole documents and payments', async () => {
    const currency = fc.constantFrom('EUR', 'USD', 'JPY');
    const day = fc.integer({ min: -500, max: 45 });
    const amount = fc.integer({ min: -5000, max: 100_000 });
    const document = fc.record({
      kindStatus: fc.constantFrom(
        'invoice draft',
        'invoice posted',
        'invoice partiallyPaid',
        'invoice paid',
        'invoice cancelled',
        'creditNote draft',
        'creditNote posted',
        'quote draft',
        'quote sent',
      ),
      currency,
      issued: day,
      due: fc.option(fc.integer({ min: 0, max: 60 }), { freq: 8 }),
      netTotal: amount,
      balance: amount,
    });
    const paymentRecord = fc.record({
      kind: fc.constantFrom(
        'payment',
        'reversal',
        'refund',
        'creditApplication',
        'creditFromInvoice',
      ),
      currency,
      day,
      amount: fc.integer({ min: 1, max: 100_000 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(document, { maxLength: 40 }),
        fc.array(paymentRecord, { maxLength: 20 }),
        fc.constantFrom(TODAY, isoDate('2026-03-31'), isoDate('2026-01-01')),
        async (documents, payments, today) => {
          const db = freshDb();
          await db.documents.bulkAdd(
            documents.map((doc, index) => {
              const [kind, status] = doc.kindStatus.split(' ');
              const issueDate = addDays(today, doc.issued);
              const dueDate = doc.due === null ? null : addDays(issueDate, doc.due);
              return {
                id: `d${index}`,
                kind,
                status,
                currency: doc.currency,
                issueDate,
                dueDate,
                dueDateKey: dueDate ?? '',
                netTotal: minor(doc.netTotal),
                balance: minor(doc.balance),
                posted: status === 'draft' ? null : { totals: {} },
                updatedAt: `${issueDate}T10:00:00.000Z`,
              } as unknown as StoredDocument;
            }),
          );
          await db.payments.bulkAdd(
            payments.map((record, index) =>
              Object.assign(
                payment(`p${index}`, record.currency, addDays(today, record.day), record.amount),
                { kind: record.kind },
              ),
            ),
          );
          const figures = await getDashboardFigures(db, today);
          expect(figures.currencies).toEqual(await recomputeFigures(db, today));
          db.close();
        },
      ),
      { numRuns: DB_RUNS },
    );
  }, 120_000);
});

/**
 * The dashboard's currency figures as getDashboardFigures computed them before schema
 * version 4: from whole documents and payment records (no settings row, so no default
 * currency). Kept as the reference of the figures summed from the dashboard totals (schema
 * version 5), as it was of the key-only index reads of version 4.
 */
async function recomputeFigures(db: InvoicerDb, today: IsoDate): Promise<CurrencyFigures[]> {
  const firstMonth = addMonths(startOfMonth(today), -11);
  const months = Array.from({ length: 12 }, (_, i) => addMonths(firstMonth, i).slice(0, 7));
  const figures = new Map<string, CurrencyFigures>();
  const of = (currency: CurrencyCode): CurrencyFigures => {
    const entry = figures.get(currency) ?? {
      currency,
      outstanding: ZERO,
      outstandingCount: 0,
      overdueCount: 0,
      overdueAmount: ZERO,
      paidThisMonth: ZERO,
      paidThisYear: ZERO,
      revenueByMonth: months.map((month) => ({ month, net: ZERO })),
      aged: emptyAgedAmounts(),
    };
    figures.set(currency, entry);
    return entry;
  };
  const all = await db.documents.toArray();
  const open = all.filter(
    (doc) => doc.kind === 'invoice' && (doc.status === 'posted' || doc.status === 'partiallyPaid'),
  );
  for (const invoice of open) {
    const entry = of(invoice.currency);
    entry.outstanding = minor(entry.outstanding + invoice.balance);
    entry.outstandingCount += 1;
    const { dueDate, balance } = invoice;
    const status = invoice.status as InvoiceStatus;
    if (dueDate !== null && isOverdue({ status, dueDate, balance }, today)) {
      entry.overdueCount += 1;
      entry.overdueAmount = minor(entry.overdueAmount + balance);
    }
  }
  const aged = agedReceivables(
    open.flatMap((doc) => toReportDocument(doc) ?? []),
    today,
  );
  for (const section of aged.currencies) of(section.currency).aged = section.totals;
  for (const doc of all) {
    if (doc.kind === 'quote' || doc.status === 'draft') continue;
    if (doc.issueDate < firstMonth || doc.issueDate > endOfMonth(today)) continue;
    const slot = of(doc.currency).revenueByMonth.find((m) => m.month === doc.issueDate.slice(0, 7));
    if (slot) slot.net = minor(slot.net + (doc.kind === 'invoice' ? 1 : -1) * doc.netTotal);
  }
  for (const record of (await db.payments.toArray()) as Payment[]) {
    if (record.date < `${today.slice(0, 4)}-01-01` || record.date > today) continue;
    const entry = of(record.currency);
    const amount =
      record.kind === 'payment'
        ? record.amount
        : record.kind === 'reversal' || record.kind === 'refund'
          ? -record.amount
          : 0;
    entry.paidThisYear = minor(entry.paidThisYear + amount);
    if (record.date >= startOfMonth(today)) {
      entry.paidThisMonth = minor(entry.paidThisMonth + amount);
    }
  }
  return [...figures.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
