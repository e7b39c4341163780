import type { Collection, Table } from 'dexie';
import type { StoredDocument } from './db';
import { sortValue, type DocumentSort, type IndexRange } from './documentQueryPlan';

// The order of a document list and where a page continues, shared by the query plans.

/** Where the next page starts: after the row with this sort value and id. */
export type PageCursor = { v: string | number; id: string };

/** -1, 0 or 1 as `a` sorts before, with or after `b` (strings by code unit, as IndexedDB). */
export function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The list order: by the sort value, ties by id, both in the chosen direction. */
export function compareRows(a: StoredDocument, b: StoredDocument, sort: DocumentSort): number {
  const order = compare(sortValue(a, sort.by), sortValue(b, sort.by)) || compare(a.id, b.id);
  return sort.direction === 'asc' ? order : -order;
}

/** True when a row with this sort value and id comes after the cursor in the list order. */
export function isAfterCursor(
  value: string | number,
  id: string,
  cursor: PageCursor,
  sort: DocumentSort,
): boolean {
  const order = compare(value, cursor.v) || compare(id, cursor.id);
  return sort.direction === 'asc' ? order > 0 : order < 0;
}

/** True when the row comes after the cursor in the list order. */
export function isAfter(row: StoredDocument, cursor: PageCursor, sort: DocumentSort): boolean {
  return isAfterCursor(sortValue(row, sort.by), row.id, cursor, sort);
}

/**
 * The range narrowed to what can come after the cursor: rows that tie with the cursor's value
 * stay in, and isAfter skips them up to its id (IndexedDB orders ties by id).
 */
export function rangeAfter(range: IndexRange, cursor: PageCursor | null, sort: DocumentSort) {
  if (cursor === null) return range;
  if (sort.direction === 'desc') {
    return {
      ...range,
      hi: smallerKey(range.hi, cursor.v),
      hiOpen: range.hiOpen === true && range.hi <= cursor.v,
    };
  }
  return { ...range, lo: largerKey(range.lo, cursor.v) };
}

function smallerKey<T>(bound: T, value: string | number): T | string | number {
  return typeof bound === typeof value && (bound as string | number) < value ? bound : value;
}

function largerKey<T>(bound: T, value: string | number): T | string | number {
  return typeof bound === typeof value && (bound as string | number) > value ? bound : value;
}

/**
 * The documents table of the read transaction a list query runs in (Transaction.table): its
 * reads stay in that transaction however many async functions the query awaits, where a
 * plain db.documents would follow Dexie's zone, which an await of a promise that made no
 * request loses (PrematureCommitError).
 */
export type DocumentsTable = Table<StoredDocument, string>;

/** The documents of one index range, in index order. */
export function rangeCollection(
  documents: DocumentsTable,
  range: IndexRange,
): Collection<StoredDocument, string> {
  return documents
    .where(range.index)
    .between([...range.prefix, range.lo], [...range.prefix, range.hi], true, !range.hiOpen);
}
