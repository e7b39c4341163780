import type { IsoDate } from '../../shared/dates/isoDate';
import type { Table } from 'dexie';
import type { StoredDocument } from './db';
import type { OpenInvoiceRow } from './derived/openInvoicesView';
import { rangeCollection, type DocumentsTable, type PageCursor } from './documentOrder';
import type { DocumentFilter, DocumentSort, IndexRange } from './documentQueryPlan';

// What the key plans (documentKeyPlans) share: the query they answer and the reads they make,
// each one IndexedDB call for a plain range with a limit.

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
