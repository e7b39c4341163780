import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import { openInvoicerDb, type InvoicerDb, type StoredDocument } from '../../../../renderer/data/db';
import {
  countDocuments,
  listDocuments,
  setInMemoryLimit,
  type DocumentQuery,
} from '../../../../renderer/data/documentQueries';
import type {
  DocumentFilter,
  DocumentSort,
  DocumentSortField,
} from '../../../../renderer/data/documentQueryPlan';
import { keyPlanFor, setKeyPlanLimits } from '../../../../renderer/data/documentKeyPlans';
import { generateDocuments } from './generatedDocuments';
import { countDocumentReads } from './readCounter';
import { freshDb, TODAY } from './testDatabase';

let db: InvoicerDb;
let all: StoredDocument[];
let customerIds: string[];
let counter: ReturnType<typeof countDocumentReads>;

beforeAll(async () => {
  db = freshDb();
  counter = countDocumentReads(db);
  ({ customerIds } = await generateDocuments(db));
  const reader = openInvoicerDb(db.name);
  all = await reader.documents.toArray();
  reader.close();
}, 60_000);

afterEach(() => {
  setInMemoryLimit(2000);
  setKeyPlanLimits();
});

// The expected answer, worked out the slow way on the whole table.
function expected(filter: DocumentFilter, sort: DocumentSort): StoredDocument[] {
  const value = (row: StoredDocument, by: DocumentSortField): string | number =>
    ({
      issueDate: row.issueDate,
      number: row.numberKey,
      customer: row.customerNameKey,
      dueDate: row.dueDate ?? '',
      total: row.grossTotal,
    })[by];
  const statusOk = (row: StoredDocument) => {
    if (!filter.status) return true;
    if (filter.kind !== 'invoice') return row.status === filter.status;
    if (filter.status === 'open') return row.status === 'posted';
    if (filter.status === 'overdue') {
      return (
        (row.status === 'posted' || row.status === 'partiallyPaid') &&
        row.balance > 0 &&
        row.dueDate !== null &&
        row.dueDate < TODAY
      );
    }
    return row.status === filter.status;
  };
  const search = filter.search?.toLowerCase();
  return all
    .filter(
      (row) =>
        row.kind === filter.kind &&
        statusOk(row) &&
        (!filter.customerId || row.customerId === filter.customerId) &&
        (!filter.from || row.issueDate >= filter.from) &&
        (!filter.to || row.issueDate <= filter.to) &&
        (!search ||
          (row.number ?? '').toLowerCase().startsWith(search) ||
          row.customerNameKey.startsWith(search)),
    )
    .sort((a, b) => {
      const [x, y] = [value(a, sort.by), value(b, sort.by)];
      const order = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      return sort.direction === 'asc' ? order : -order;
    });
}

async function everyPage(query: DocumentQuery, by: 'offset' | 'cursor'): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const result = await listDocuments(
      db,
      by === 'offset' ? { ...query, offset: ids.length } : { ...query, cursor },
      TODAY,
    );
    ids.push(...result.rows.map((row) => row.id));
    if (!result.hasMore) return ids;
    cursor = result.nextCursor;
  }
  throw new Error('paging did not end');
}

const filters = (): DocumentFilter[] => [
  { kind: 'invoice' },
  { kind: 'quote' },
  { kind: 'invoice', status: 'draft' },
  { kind: 'invoice', status: 'open' },
  { kind: 'invoice', status: 'paid' },
  { kind: 'invoice', status: 'partiallyPaid' },
  { kind: 'invoice', status: 'cancelled' },
  { kind: 'invoice', status: 'overdue' },
  { kind: 'quote', status: 'accepted' },
  { kind: 'invoice', customerId: customerIds[2] },
  { kind: 'invoice', customerId: customerIds[0], status: 'paid' },
  { kind: 'invoice', from: isoDate('2025-04-01'), to: isoDate('2025-09-30') },
  { kind: 'invoice', status: 'overdue', from: isoDate('2025-06-01') },
  { kind: 'invoice', search: 'inv-2025-00' },
  { kind: 'invoice', search: 'M-9' },
  { kind: 'invoice', search: 'ACME' },
  { kind: 'invoice', search: 'mull' },
  { kind: 'invoice', search: 'ελλ' },
  { kind: 'quote', search: 'quo-2025-001' },
  { kind: 'invoice', search: 'acme', status: 'overdue', customerId: customerIds[1] },
];

const sorts: DocumentSort[] = (
  ['issueDate', 'number', 'customer', 'dueDate', 'total'] as const
).flatMap((by) => (['asc', 'desc'] as const).map((direction) => ({ by, direction })));

describe('listDocuments', () => {
  it('the generated set has what the cases need', () => {
    const statuses = new Set(all.filter((row) => row.kind === 'invoice').map((row) => row.status));
    expect([...statuses].sort()).toEqual(['cancelled', 'draft', 'paid', 'partiallyPaid', 'posted']);
    expect(expected({ kind: 'invoice', status: 'overdue' }, sorts[0]!).length).toBeGreaterThan(10);
    expect(all.length).toBeGreaterThan(180);
    for (const filter of filters())
      expect(expected(filter, sorts[0]!).length, JSON.stringify(filter)).toBeGreaterThan(0);
  });

  // Every query under each plan: the general plan sorting matches in memory or reading in
  // index order, and the key plans (documentKeyPlans) with limits forcing each of their paths.
  const ways: {
    way: string;
    inMemory: number;
    keyPlans?: Parameters<typeof setKeyPlanLimits>[0];
  }[] = [
    { way: 'sorting matches in memory', inMemory: 2000 },
    { way: 'reading in index order', inMemory: 3 },
    { way: 'search: newest rows only', inMemory: 3, keyPlans: { probeRows: 1000 } },
    {
      way: 'search: prefix entries sorted by date',
      inMemory: 3,
      keyPlans: { probeRows: 2, candidates: 1000 },
    },
    {
      way: 'search: streaming in small chunks',
      inMemory: 3,
      keyPlans: { probeRows: 0, candidates: 1, streamChunk: 4 },
    },
    {
      way: 'overdue: open invoices two rows a step',
      inMemory: 3,
      keyPlans: { overdueChunk: 2 },
    },
    {
      way: 'search: prefix past the limit, then the general plan',
      inMemory: 3,
      keyPlans: { probeRows: 1, candidates: 1, streamChunk: 1 },
    },
  ];
  for (const { way, inMemory, keyPlans } of ways) {
    it(`filters, searches, sorts and pages right (${way})`, async () => {
      setInMemoryLimit(inMemory);
      setKeyPlanLimits(keyPlans);
      // The key plans answer issue-date orders only; other sorts are the cases above.
      const sortsHere = keyPlans ? sorts.filter((sort) => sort.by === 'issueDate') : sorts;
      for (const filter of filters()) {
        for (const sort of sortsHere) {
          const want = expected(filter, sort).map((row) => row.id);
          const label = JSON.stringify({ filter, sort });
          expect(await everyPage({ ...filter, sort, limit: 9 }, 'offset'), label).toEqual(want);
          expect(await everyPage({ ...filter, sort, limit: 9 }, 'cursor'), label).toEqual(want);
        }
        expect(await countDocuments(db, filter, TODAY), JSON.stringify(filter)).toBe(
          expected(filter, sorts[0]!).length,
        );
      }
    }, 120_000);
  }

  it('the key plans answer the overdue filter and searches by issue date themselves', async () => {
    const cases: [string, DocumentFilter, Parameters<typeof setKeyPlanLimits>[0]][] = [
      ['overdue', { kind: 'invoice', status: 'overdue' }, {}],
      [
        'overdue from a date',
        { kind: 'invoice', status: 'overdue', from: isoDate('2025-06-01') },
        {},
      ],
      ['overdue, three rows a step', { kind: 'invoice', status: 'overdue' }, { overdueChunk: 3 }],
      ['search, newest rows', { kind: 'invoice', search: 'inv' }, { probeRows: 1000 }],
      ['search, prefix entries', { kind: 'invoice', search: 'inv-2025-00' }, { probeRows: 0 }],
      ['search by name, prefix entries', { kind: 'invoice', search: 'mull' }, { probeRows: 2 }],
      [
        'search, streaming',
        { kind: 'invoice', search: 'acme' },
        { probeRows: 3, candidates: 1, streamChunk: 30 },
      ],
    ];
    for (const [name, filter, keyPlans] of cases) {
      setKeyPlanLimits(keyPlans);
      for (const direction of ['asc', 'desc'] as const) {
        const sort: DocumentSort = { by: 'issueDate', direction };
        const plan = keyPlanFor(filter, sort);
        expect(plan, name).not.toBeNull();
        const rows = await db.transaction('r', db.documents, db.openInvoices, (transaction) =>
          plan!(
            {
              documents: transaction.table('documents'),
              openInvoices: transaction.table('openInvoices'),
            },
            {
              filter,
              sort,
              cursor: null,
              wanted: 7,
              today: TODAY,
            },
          ),
        );
        const want = expected(filter, sort)
          .slice(0, 7)
          .map((row) => row.id);
        expect(
          rows?.map((row) => row.id),
          `${name} ${direction}`,
        ).toEqual(want);
      }
    }
  });

  it('defaults to issue date, newest first', async () => {
    const page = await listDocuments(db, { kind: 'invoice', limit: 5 }, TODAY);
    const want = expected({ kind: 'invoice' }, { by: 'issueDate', direction: 'desc' }).slice(0, 5);
    expect(page.rows.map((row) => row.id)).toEqual(want.map((row) => row.id));
    expect(page.hasMore).toBe(true);
  });

  it('reads only the page, never the whole table', async () => {
    const cases: [DocumentQuery, number][] = [
      [{ kind: 'invoice', limit: 20 }, 21],
      [{ kind: 'invoice', status: 'paid', limit: 20 }, 21],
      [{ kind: 'invoice', customerId: customerIds[3], limit: 20 }, 21],
      [{ kind: 'invoice', sort: { by: 'total', direction: 'desc' }, limit: 20 }, 21],
      // Search reads the newest rows first (60 by default), then only the page's matches.
      [{ kind: 'invoice', search: 'zeta', limit: 20 }, 60 + 21],
      // Overdue reads the page's documents only (derived/openInvoicesView finds them).
      [{ kind: 'invoice', status: 'overdue', limit: 20 }, 21],
    ];
    for (const [query, most] of cases) {
      counter.reset();
      await listDocuments(db, query, TODAY);
      expect(counter.reads(), JSON.stringify(query)).toBeLessThanOrEqual(most);
    }
  });
});
