import type { Table } from 'dexie';
import type { IsoDate } from '../../shared/dates/isoDate';
import type { StoredDocument } from './db';
import type { OpenInvoiceRow } from './derived/openInvoicesView';
import { rangeCollection, type DocumentsTable, type PageCursor } from './documentOrder';
import type { DocumentFilter, DocumentSort, IndexRange } from './documentQueryPlan';

// What the key plans (documentKeyPlans) share: the query they answer, their limits and the
// reads they make.

type Limits = {
  /** Newest rows a search reads first: a prefix most documents match fills its page here. */
  probeRows: number;
  /**
   * Index entries a search prefix may match to be sorted by issue date in memory. An entry of
   * the documents' indexes costs about 30 µs at 100,000 invoices, so the last of 1,500 comes
   * after some 45 ms, where streaming a prefix without recent matches takes seconds; a number
   * prefix like INV-2024-12 matches about 1,100 of a year's 25,000 invoices.
   */
  candidates: number;
  /** Rows a search reads per step when it streams in issue-date order. */
  streamChunk: number;
  /** Open-invoice rows the overdue filter reads per step (a month's worth, some hundreds). */
  overdueChunk: number;
};

const DEFAULT_LIMITS: Limits = {
  probeRows: 60,
  candidates: 1500,
  streamChunk: 400,
  overdueChunk: 500,
};

/** The plans' limits now (setKeyPlanLimits changes them). */
export let limits: Readonly<Limits> = { ...DEFAULT_LIMITS };

/** Sets the plans' limits (tests force each path on a small database); no argument resets. */
export function setKeyPlanLimits(next?: Partial<Limits>): void {
  limits = { ...DEFAULT_LIMITS, ...next };
}

export type KeyPlanQuery = {
  filter: DocumentFilter;
  sort: DocumentSort;
  cursor: PageCursor | null;
  /** Matches wanted after the cursor: offset + limit + 1. */
  wanted: number;
  today: IsoDate;
};

/** The tables a list query reads, bound to its read transaction (documentOrder). */
export type ListTables = {
  documents: DocumentsTable;
  openInvoices: Table<OpenInvoiceRow, string>;
};

/** The first page of a key plan: the matches in list order, or null for the general plan. */
export type KeyPlan = (tables: ListTables, query: KeyPlanQuery) => Promise<StoredDocument[] | null>;

/** The first `count` rows of a range in list order (Dexie: one getAll call). */
export function rowsInOrder(
  documents: DocumentsTable,
  range: IndexRange,
  sort: DocumentSort,
  count: number,
): Promise<StoredDocument[]> {
  const collection = rangeCollection(documents, range);
  return (sort.direction === 'desc' ? collection.reverse() : collection).limit(count).toArray();
}

/** Reads the rows of `ids` in their order, `wanted` at a time, until `wanted` are kept. */
export async function readUntil(
  documents: DocumentsTable,
  ids: string[],
  keep: (row: StoredDocument) => boolean,
  wanted: number,
): Promise<StoredDocument[]> {
  const kept: StoredDocument[] = [];
  for (let start = 0; start < ids.length && kept.length < wanted; start += wanted) {
    const rows = await documents.bulkGet(ids.slice(start, start + wanted));
    for (const row of rows) {
      if (row !== undefined && keep(row) && kept.length < wanted) kept.push(row);
    }
  }
  return kept;
}
