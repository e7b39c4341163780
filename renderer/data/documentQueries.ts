import type { Collection } from 'dexie';
import type { IsoDate } from '../../shared/dates/isoDate';
import type { InvoicerDb, StoredDocument } from './db';
import {
  DEFAULT_SORT,
  matcher,
  orderedRanges,
  selectiveRanges,
  sortValue,
  type DocumentFilter,
  type DocumentSort,
  type IndexRange,
} from './documentQueryPlan';
import { keyPlanFor } from './documentKeyPlans';
import type { ListTables } from './keyPlanReads';
import {
  compareRows,
  isAfter,
  rangeAfter,
  rangeCollection,
  type DocumentsTable,
  type PageCursor,
} from './documentOrder';

export type {
  DocumentFilter,
  DocumentListStatus,
  DocumentSort,
  DocumentSortField,
  InvoiceListStatus,
} from './documentQueryPlan';

export type DocumentQuery = DocumentFilter & {
  /** Default: issue date, newest first. Ties are ordered by id, so paging is stable. */
  sort?: DocumentSort | undefined;
  limit: number;
  /** Rows to skip; or continue after `cursor` (the nextCursor of the previous page). */
  offset?: number | undefined;
  cursor?: string | null | undefined;
};

export type DocumentPage = { rows: StoredDocument[]; hasMore: boolean; nextCursor: string | null };

// Up to this many matches of the most selective filter are read and sorted in memory; past
// it, the rows are read in sort order and filtered on the way, which stops at a full page.
let inMemoryLimit = 2000;

/** Sets how many matches a query may sort in memory (tests exercise both ways; benchmarks tune). */
export function setInMemoryLimit(limit: number): void {
  inMemoryLimit = limit;
}

/**
 * A page of one kind of documents, filtered, searched and sorted on the indexes; never reads
 * the whole table. `today` decides what is overdue.
 */
export async function listDocuments(
  db: InvoicerDb,
  query: DocumentQuery,
  today: IsoDate,
): Promise<DocumentPage> {
  // One read transaction: the page is read from one state of the table.
  return db.transaction('r', db.documents, db.openInvoices, (transaction) =>
    readPage(
      {
        documents: transaction.table('documents'),
        openInvoices: transaction.table('openInvoices'),
      },
      query,
      today,
    ),
  );
}

async function readPage(
  tables: ListTables,
  query: DocumentQuery,
  today: IsoDate,
): Promise<DocumentPage> {
  const { documents } = tables;
  const sort = query.sort ?? DEFAULT_SORT;
  const cursor = query.cursor ? (JSON.parse(query.cursor) as PageCursor) : null;
  const offset = query.offset ?? 0;
  const wanted = offset + query.limit + 1;
  const matches = matcher(query, today);
  const ordered = orderedRanges(query, sort, today);
  let rows: StoredDocument[];
  const plan = ordered.exact ? null : keyPlanFor(query, sort);
  const planned = plan && (await plan(tables, { filter: query, sort, cursor, wanted, today }));
  const small = ordered.exact || planned ? null : await smallestMatchSet(documents, query, today);
  if (planned !== null) {
    rows = planned.slice(offset, wanted);
  } else if (small !== null) {
    const loaded = (await documents.bulkGet(small)).filter((row) => row !== undefined);
    rows = loaded
      .filter((row) => matches(row) && (cursor === null || isAfter(row, cursor, sort)))
      .sort((a, b) => compareRows(a, b, sort))
      .slice(offset, wanted);
  } else {
    const keep = ordered.exact ? null : matches;
    const streams = await Promise.all(
      ordered.ranges.map((range) =>
        readInOrder(documents, range, sort, keep, cursor)
          .offset(ordered.ranges.length === 1 ? offset : 0)
          .limit(ordered.ranges.length === 1 ? query.limit + 1 : wanted)
          .toArray(),
      ),
    );
    rows =
      streams.length === 1
        ? streams[0]!
        : streams
            .flat()
            .sort((a, b) => compareRows(a, b, sort))
            .slice(offset, wanted);
  }
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    rows: page,
    hasMore: rows.length > query.limit,
    nextCursor:
      rows.length > query.limit && last
        ? JSON.stringify({ v: sortValue(last, sort.by), id: last.id })
        : null,
  };
}

/** How many documents match the filter, counted on the indexes where they answer it alone. */
export async function countDocuments(
  db: InvoicerDb,
  filter: DocumentFilter,
  today: IsoDate,
): Promise<number> {
  return db.transaction('r', db.documents, (transaction) =>
    count(transaction.table('documents'), filter, today),
  );
}

async function count(
  documents: DocumentsTable,
  filter: DocumentFilter,
  today: IsoDate,
): Promise<number> {
  const ordered = orderedRanges(filter, DEFAULT_SORT, today);
  if (ordered.exact) {
    const counts = await Promise.all(
      ordered.ranges.map((range) => rangeCollection(documents, range).count()),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  }
  const matches = matcher(filter, today);
  const small = await smallestMatchSet(documents, filter, today);
  if (small !== null) {
    const rows = await documents.bulkGet(small);
    return rows.filter((row) => row !== undefined && matches(row)).length;
  }
  const counts = await Promise.all(
    ordered.ranges.map((range) => rangeCollection(documents, range).filter(matches).count()),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * The ids of the candidates of the most selective filter that has an index, if it has at
 * most inMemoryLimit; null when every filter matches more (or there is none).
 */
async function smallestMatchSet(
  documents: DocumentsTable,
  filter: DocumentFilter,
  today: IsoDate,
): Promise<string[] | null> {
  let best: Set<string> | null = null;
  for (const ranges of selectiveRanges(filter, today)) {
    const ids = new Set<string>();
    for (const range of ranges) {
      const keys = await rangeCollection(documents, range)
        .limit(inMemoryLimit + 1)
        .primaryKeys();
      for (const key of keys) ids.add(key);
      if (ids.size > inMemoryLimit) break;
    }
    if (ids.size <= inMemoryLimit && (best === null || ids.size < best.size)) best = ids;
  }
  return best === null ? null : [...best];
}

/** The rows of one range in sort order, from the cursor on (documentOrder rangeAfter). */
function readInOrder(
  documents: DocumentsTable,
  range: IndexRange,
  sort: DocumentSort,
  keep: ((row: StoredDocument) => boolean) | null,
  cursor: PageCursor | null,
): Collection<StoredDocument, string> {
  let collection = rangeCollection(documents, rangeAfter(range, cursor, sort));
  if (sort.direction === 'desc') collection = collection.reverse();
  if (keep === null && cursor === null) return collection;
  return collection.filter(
    (row) => (keep === null || keep(row)) && (cursor === null || isAfter(row, cursor, sort)),
  );
}
