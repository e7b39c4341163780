import type { StoredDocument } from './db';
import {
  compare,
  isAfter,
  isAfterCursor,
  rangeAfter,
  type DocumentsTable,
  type PageCursor,
} from './documentOrder';
import {
  matcher,
  orderedRanges,
  searchPrefixes,
  type DocumentFilter,
  type IndexRange,
} from './documentQueryPlan';
import { limits, readUntil, rowsInOrder, type KeyPlanQuery, type ListTables } from './keyPlanReads';

const ISSUE_DATE_COVERING = {
  number: '[kind+numberKey+issueDate]',
  name: '[kind+customerNameKey+issueDate]',
} as const;

/**
 * Search: the newest rows first (a prefix most documents share fills its page there); else
 * every entry of the number and name prefixes with its issue date from the covering indexes,
 * sorted in memory, and only the first ones read; else, for a prefix shared by more than
 * `candidates` documents, rows in issue-date order a chunk at a time.
 */
export async function searchRows(
  { documents }: ListTables,
  query: KeyPlanQuery,
): Promise<StoredDocument[] | null> {
  const { filter, sort, cursor, wanted, today } = query;
  const matches = matcher(filter, today);
  const keep = (row: StoredDocument) =>
    matches(row) && (cursor === null || isAfter(row, cursor, sort));
  const ordered = orderedRanges(filter, sort, today);
  const single = ordered.ranges.length === 1 ? ordered.ranges[0]! : null;
  let probe: StoredDocument[] = [];
  if (single !== null && limits.probeRows > 0) {
    probe = await rowsInOrder(documents, rangeAfter(single, cursor, sort), sort, limits.probeRows);
    const found = probe.filter(keep);
    if (found.length >= wanted || probe.length < limits.probeRows) return found.slice(0, wanted);
  }
  const dated = await datedCandidates(documents, filter);
  if (dated !== null) {
    const ids = dated
      .filter(
        ({ issueDate, id }) =>
          (filter.from === undefined || issueDate >= filter.from) &&
          (filter.to === undefined || issueDate <= filter.to) &&
          (cursor === null || isAfterCursor(issueDate, id, cursor, sort)),
      )
      .sort((a, b) => {
        const order = compare(a.issueDate, b.issueDate) || compare(a.id, b.id);
        return sort.direction === 'asc' ? order : -order;
      })
      .map(({ id }) => id);
    return readUntil(documents, ids, keep, wanted);
  }
  if (single === null) return null;
  return streamInOrder(documents, single, query, keep, probe);
}

/** Ids and issue dates of every document a search prefix matches, or null past the limit. */
async function datedCandidates(
  documents: DocumentsTable,
  filter: DocumentFilter,
): Promise<{ id: string; issueDate: string }[] | null> {
  const search = searchPrefixes(filter)!;
  const prefixes = [
    [ISSUE_DATE_COVERING.number, search.number],
    [ISSUE_DATE_COVERING.name, search.name],
  ] as const;
  // Both prefixes at once: their key cursors overlap in the one read transaction.
  const entries = await Promise.all(
    prefixes.map(async ([index, prefix]) => {
      const found: [id: string, issueDate: string][] = [];
      if (prefix === '') return found;
      // A plain range with a limit and no filter, so Dexie opens a key cursor: no row is read.
      await documents
        .where(index)
        .between([filter.kind, prefix], [filter.kind, `${prefix}\uffff`], true, true)
        .limit(limits.candidates + 1)
        .eachKey((key, cursor) => {
          found.push([String(cursor.primaryKey), String((key as unknown[])[2])]);
        });
      return found;
    }),
  );
  if (entries.some((found) => found.length > limits.candidates)) return null;
  // A document both prefixes match is one candidate.
  return [...new Map(entries.flat())].map(([id, issueDate]) => ({ id, issueDate }));
}

/**
 * Rows of one range in issue-date order a chunk at a time, after the probe's rows: the last
 * row read bounds the next chunk, and rows tying with its date come again and are skipped up
 * to its id. Null when a whole chunk is such ties (one day with more documents than a chunk).
 */
async function streamInOrder(
  documents: DocumentsTable,
  range: IndexRange,
  query: KeyPlanQuery,
  keep: (row: StoredDocument) => boolean,
  probe: StoredDocument[],
): Promise<StoredDocument[] | null> {
  const { sort, wanted } = query;
  const found = probe.filter(keep);
  const lastOf = (rows: StoredDocument[]): PageCursor | null => {
    const last = rows[rows.length - 1];
    return last === undefined ? null : { v: last.issueDate, id: last.id };
  };
  let from = lastOf(probe) ?? query.cursor;
  while (found.length < wanted) {
    const chunk = await rowsInOrder(
      documents,
      rangeAfter(range, from, sort),
      sort,
      limits.streamChunk,
    );
    const after = from;
    const fresh = after === null ? chunk : chunk.filter((row) => isAfter(row, after, sort));
    found.push(...fresh.filter(keep));
    if (chunk.length < limits.streamChunk) break;
    if (fresh.length === 0) return null;
    from = lastOf(fresh);
  }
  return found.slice(0, wanted);
}
