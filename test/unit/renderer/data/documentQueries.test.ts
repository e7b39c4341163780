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

afterEach(() => setInMemoryLimit(2000));

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

  for (const limit of [2000, 3]) {
    const way = limit === 2000 ? 'sorting matches in memory' : 'reading in index order';
    it(`filters, searches, sorts and pages right (${way})`, async () => {
      setInMemoryLimit(limit);
      for (const filter of filters()) {
        for (const sort of sorts) {
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
      [
        { kind: 'invoice', search: 'zeta', limit: 20 },
        expected({ kind: 'invoice', search: 'zeta' }, sorts[0]!).length,
      ],
      [
        { kind: 'invoice', status: 'overdue', limit: 20 },
        expected({ kind: 'invoice', status: 'overdue' }, sorts[0]!).length,
      ],
    ];
    for (const [query, most] of cases) {
      counter.reset();
      await listDocuments(db, query, TODAY);
      expect(counter.reads(), JSON.stringify(query)).toBeLessThanOrEqual(most);
    }
  });
});
