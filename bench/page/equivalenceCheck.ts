import Dexie from 'dexie';
import { verifyIntegrity } from '../../renderer/data/audit/verifyIntegrity';
import { setClock, today } from '../../renderer/data/clock';
import type { CustomerInput } from '../../renderer/data/customersRepository';
import { BUSINESS_SETTINGS_KEY, openInvoicerDb, type InvoicerDb } from '../../renderer/data/db';
import { addDays, type IsoDate } from '../../shared/dates/isoDate';
import { bulkExecutor } from './bulkExecutor';
import { customerInputs, productInputs } from './catalogue';
import {
  canonical,
  nameIds,
  namedRecords,
  tableDifferences,
  type Tables,
} from './canonicalRecords';
import type { InvoicePlan, PlannedEvent } from './invoicePlans';
import { seededRandom } from './random';
import { repositoryExecutor } from './repositoryExecutor';
import { setUpTrader } from './setupTrader';
import { playTimeline } from './timeline';

// Proof that the bulk path writes what the app would: the same plans are played once through
// the app's repositories (one transaction per event) and once through the bulk path, into
// two scratch databases, and every document, payment, journal entry, audit record and the
// number series must come out the same (ids, instants and the hashes over them aside, see
// canonicalRecords.ts); both audit chains must pass the app's integrity check. The plans cover
// each kind of customer (domestic, direct debit, class terms, reverse charge, export in CHF
// and USD, Greek and Cyrillic names), every VAT kind, line and document discounts, full,
// split and partial payments, partial credit notes, cancellations, unpaid and draft invoices.

const EVENT_CASES: { events: PlannedEvent[]; partial: boolean }[] = [
  { events: [{ type: 'payment', daysAfterIssue: 12, amount: 'balance' }], partial: false },
  {
    events: [
      { type: 'payment', daysAfterIssue: 5, amount: 'half' },
      { type: 'payment', daysAfterIssue: 20, amount: 'balance' },
    ],
    partial: true,
  },
  { events: [{ type: 'payment', daysAfterIssue: 9, amount: 'half' }], partial: true },
  { events: [{ type: 'credit', daysAfterIssue: 3, scope: 'all' }], partial: false },
  {
    events: [
      { type: 'credit', daysAfterIssue: 2, scope: 'firstLineHalf' },
      { type: 'payment', daysAfterIssue: 15, amount: 'balance' },
    ],
    partial: false,
  },
  { events: [], partial: false },
  { events: [{ type: 'payment', daysAfterIssue: 0, amount: 'balance' }], partial: false },
];

const COVERAGE: ((customer: CustomerInput) => boolean)[] = [
  (c) => c.billingAddress.country === 'DE' && c.vatId !== '' && c.classId === null,
  (c) => c.billingAddress.country === 'DE' && c.vatId === '',
  (c) => c.defaultPaymentMethod === 'directDebit',
  (c) => c.billingAddress.country === 'DE' && c.classId === 'check-class-1',
  (c) => c.billingAddress.country === 'FR',
  (c) => c.billingAddress.country === 'GR',
  (c) => c.billingAddress.country === 'BG',
  (c) => c.billingAddress.country === 'CH',
  (c) => c.billingAddress.country === 'US',
];

const QUANTITIES = ['1', '3', '0.5', '12', '7.5'];

function coveragePlans(count: number, customers: number, products: number, end: IsoDate) {
  return Array.from({ length: count }, (_, index): InvoicePlan => {
    const { events, partial } = EVENT_CASES[index % EVENT_CASES.length]!;
    return {
      customer: index % customers,
      issueDate: addDays(end, -3 * (count - index)),
      lines: Array.from({ length: 1 + (index % 4) }, (_, line) => ({
        product: (index * 3 + line) % products,
        quantity: QUANTITIES[(index + line) % QUANTITIES.length]!,
        discountPercent: line === 1 && index % 3 === 0 ? '10' : null,
      })),
      documentDiscountPercent: index % 5 === 2 ? '3' : null,
      allowPartialPayment: partial,
      draft: index >= count - 2,
      events,
    };
  });
}

/**
 * The audit chains of both databases: the same records in the same order (each naming the
 * same document or payment), and each chain passing the app's own integrity check.
 */
async function auditDifferences(
  dbs: [InvoicerDb, InvoicerDb],
  names: [ReadonlyMap<string, string>, ReadonlyMap<string, string>],
): Promise<string[]> {
  const differences: string[] = [];
  const [expected, actual] = await Promise.all(
    dbs.map(async (db, index) =>
      (await db.audit.orderBy(':id').toArray()).map(
        (record) =>
          `${record.seq} ${record.sourceType} ${names[index]!.get(record.sourceId) ?? '?'}`,
      ),
    ),
  );
  const length = Math.max(expected!.length, actual!.length);
  for (let index = 0; index < length && differences.length < 5; index += 1) {
    if (expected![index] !== actual![index]) {
      differences.push(`audit: ${expected![index] ?? 'nothing'} ≠ ${actual![index] ?? 'nothing'}`);
    }
  }
  for (const [index, db] of dbs.entries()) {
    const integrity = await verifyIntegrity(db);
    if (!integrity.ok) {
      const which = index === 0 ? 'repositories' : 'bulk';
      differences.push(`audit chain of the ${which} database: ${integrity.failure.message}`);
    }
  }
  return differences;
}

async function tablesOf(db: InvoicerDb): Promise<Tables> {
  return {
    documents: await db.documents.toArray(),
    payments: await db.payments.toArray(),
    journal: await db.journal.toArray(),
  };
}

/**
 * Plays `plans` coverage plans both ways and lists every difference (none: the bulk path
 * is exact), with how many records were compared.
 */
export async function checkBulkMatchesRepositories(plans = 70) {
  const random = seededRandom(20260101);
  const pool = customerInputs(random, 400, ['check-class-0', 'check-class-1', 'check-class-2']);
  const chosen = COVERAGE.map((matches, index) => {
    const found = pool.find(matches);
    if (!found) throw new Error(`no customer of coverage case ${index} in the pool`);
    return { ...found, id: `check-customer-${index}` };
  });
  const products = productInputs(random, 15).map((product, index) => ({
    ...product,
    id: `check-product-${index}`,
  }));
  const end = today();
  const planned = coveragePlans(plans, chosen.length, products.length, end);
  const names = ['invoicer-bench-check-repositories', 'invoicer-bench-check-bulk'];
  await Promise.all(names.map((name) => Dexie.delete(name)));
  const [repoDb, bulkDb] = names.map((name) => openInvoicerDb(name)) as [InvoicerDb, InvoicerDb];
  const setup = (db: InvoicerDb) =>
    setUpTrader(db, {
      customers: () => structuredClone(chosen),
      products: structuredClone(products),
      classIds: ['check-class-0', 'check-class-1', 'check-class-2'],
    });
  try {
    const repoFacts = await setup(repoDb);
    const treatments = new Map(
      [...repoFacts.defaults].map(([id, defaults]) => [id, defaults.vatTreatment]),
    );
    const repoIds = await playTimeline(
      planned,
      repositoryExecutor(repoDb, {
        customerIds: repoFacts.customers.map((customer) => customer.id),
        treatments,
        products: repoFacts.products,
      }),
      { today: end },
    );
    setClock(null);
    const bulk = bulkExecutor(bulkDb, await setup(bulkDb));
    const bulkIds = await playTimeline(planned, bulk.executor, { today: end });
    await bulk.flush();

    const [expected, actual] = [await tablesOf(repoDb), await tablesOf(bulkDb)];
    const expectedNames = nameIds(expected, repoIds);
    const actualNames = nameIds(actual, bulkIds);
    const differences = (['documents', 'payments', 'journal'] as const).flatMap((table) =>
      tableDifferences(
        table,
        namedRecords(expected[table], expectedNames),
        namedRecords(actual[table], actualNames),
      ),
    );
    differences.push(...(await auditDifferences([repoDb, bulkDb], [expectedNames, actualNames])));
    const series = async (db: InvoicerDb) =>
      JSON.stringify(
        canonical((await db.settings.get(BUSINESS_SETTINGS_KEY))?.value.numberSeries, new Map()),
      );
    const [seriesA, seriesB] = [await series(repoDb), await series(bulkDb)];
    if (seriesA !== seriesB) differences.push(`number series: ${seriesA} ≠ ${seriesB}`);
    return {
      plans,
      compared: {
        documents: expected.documents.length,
        payments: expected.payments.length,
        journal: expected.journal.length,
        audit: await repoDb.audit.count(),
      },
      statuses: countStatuses(expected),
      differences,
    };
  } finally {
    setClock(null);
    for (const db of [repoDb, bulkDb]) db.close();
    await Promise.all(names.map((name) => Dexie.delete(name)));
  }
}

function countStatuses(tables: Tables): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const doc of tables.documents) {
    const key = `${doc.kind}:${doc.status}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
