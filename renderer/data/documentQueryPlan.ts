import Dexie, { type IndexableType } from 'dexie';
import type { IsoDate } from '../../shared/dates/isoDate';
import type { CreditNoteStatus } from '../../shared/documents/creditNoteStates';
import type { InvoiceStatus } from '../../shared/documents/invoiceStates';
import { isOverdue } from '../../shared/documents/overdue';
import type { QuoteStatus } from '../../shared/documents/quoteStates';
import type { DocumentKind } from '../../shared/numbering/series';
import type { StoredDocument } from './db';
import { nameSearchKey, numberSearchKey } from './searchKeys';

// Which index ranges answer a document list query. A query is answered either by ranges that
// yield rows already in the sort order (then paging reads only the page), or by the ranges of
// its most selective filter (then only the matches are read and sorted in memory).

/** The invoice list's filters; quotes and credit notes filter by their own statuses. */
export type InvoiceListStatus =
  'draft' | 'open' | 'partiallyPaid' | 'paid' | 'overdue' | 'cancelled';
export type DocumentListStatus = InvoiceListStatus | QuoteStatus | CreditNoteStatus;
export type DocumentSortField = 'issueDate' | 'number' | 'customer' | 'dueDate' | 'total';
export type DocumentSort = { by: DocumentSortField; direction: 'asc' | 'desc' };

export type DocumentFilter = {
  kind: DocumentKind;
  status?: DocumentListStatus | undefined;
  customerId?: string | undefined;
  /** Issue dates from and to, both included. */
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  /** Prefix of the document number or of the customer's name, any case. */
  search?: string | undefined;
};

export const DEFAULT_SORT: DocumentSort = { by: 'issueDate', direction: 'desc' };

/** One range of one index; the last key part is bounded by lo/hi, the others are fixed. */
export type IndexRange = {
  index: string;
  prefix: IndexableType[];
  lo: IndexableType;
  hi: IndexableType;
  hiOpen?: boolean;
};

/** Ranges whose union holds every match, and whether they hold nothing else. */
export type RangeSet = { ranges: IndexRange[]; exact: boolean };

const SORT_INDEX: Record<DocumentSortField, string> = {
  issueDate: '[kind+issueDate]',
  number: '[kind+numberKey]',
  customer: '[kind+customerNameKey]',
  dueDate: '[kind+dueDateKey]',
  total: '[kind+grossTotal]',
};

const INVOICE_STATUSES_OF: Record<InvoiceListStatus, InvoiceStatus[]> = {
  draft: ['draft'],
  open: ['posted'],
  partiallyPaid: ['partiallyPaid'],
  paid: ['paid'],
  overdue: ['posted', 'partiallyPaid'],
  cancelled: ['cancelled'],
};

/** The stored statuses a filter stands for (invoices: 'open' is 'posted'), or null for all. */
export function storedStatuses(filter: DocumentFilter): string[] | null {
  if (filter.status === undefined) return null;
  if (filter.kind !== 'invoice') return [filter.status];
  return INVOICE_STATUSES_OF[filter.status as InvoiceListStatus] ?? [filter.status];
}

/** The value a row is sorted by: the last part of its sort index. */
export function sortValue(row: StoredDocument, by: DocumentSortField): string | number {
  switch (by) {
    case 'issueDate':
      return row.issueDate;
    case 'number':
      return row.numberKey;
    case 'customer':
      return row.customerNameKey;
    case 'dueDate':
      return row.dueDateKey;
    case 'total':
      return row.grossTotal;
  }
}

/** The folded search text as a number prefix and a name prefix, or null when not searching. */
export function searchPrefixes(filter: DocumentFilter): { number: string; name: string } | null {
  const search = filter.search?.trim() ?? '';
  if (search === '') return null;
  return { number: numberSearchKey(search), name: nameSearchKey(search) };
}

/** True when a row meets every filter; overdue is decided by shared/documents isOverdue. */
export function matcher(filter: DocumentFilter, today: IsoDate): (row: StoredDocument) => boolean {
  const statuses = storedStatuses(filter);
  const overdue = filter.kind === 'invoice' && filter.status === 'overdue';
  const search = searchPrefixes(filter);
  return (row) =>
    row.kind === filter.kind &&
    (statuses === null || statuses.includes(row.status)) &&
    (!overdue ||
      (row.dueDate !== null &&
        isOverdue(
          { status: row.status as InvoiceStatus, dueDate: row.dueDate, balance: row.balance },
          today,
        ))) &&
    (filter.customerId === undefined || row.customerId === filter.customerId) &&
    (filter.from === undefined || row.issueDate >= filter.from) &&
    (filter.to === undefined || row.issueDate <= filter.to) &&
    (search === null ||
      (search.number !== '' && row.numberKey.startsWith(search.number)) ||
      (search.name !== '' && row.customerNameKey.startsWith(search.name)));
}

/**
 * Ranges that yield rows in the order of `sort` (each range by itself; several are merged):
 * a status or a customer narrows the range when the sort is by issue date.
 */
export function orderedRanges(
  filter: DocumentFilter,
  sort: DocumentSort,
  today: IsoDate,
): RangeSet {
  const { kind } = filter;
  const statuses = storedStatuses(filter);
  const overdue = kind === 'invoice' && filter.status === 'overdue';
  const dates = { lo: filter.from ?? Dexie.minKey, hi: filter.to ?? Dexie.maxKey };
  const searching = searchPrefixes(filter) !== null;
  const noDateRange = filter.from === undefined && filter.to === undefined;
  if (sort.by === 'issueDate' && statuses !== null) {
    return {
      ranges: statuses.map((status) => ({
        index: '[kind+status+issueDate]',
        prefix: [kind, status],
        ...dates,
      })),
      exact: !overdue && filter.customerId === undefined && !searching,
    };
  }
  if (
    sort.by === 'dueDate' &&
    kind === 'invoice' &&
    statuses !== null &&
    !statuses.includes('draft')
  ) {
    // Every invoice that left draft has a due date, so this index holds all of them.
    return {
      ranges: statuses.map((status) => ({
        index: '[kind+status+dueDate]',
        prefix: [kind, status],
        lo: Dexie.minKey,
        hi: overdue ? today : Dexie.maxKey,
        hiOpen: overdue,
      })),
      exact: !overdue && filter.customerId === undefined && !searching && noDateRange,
    };
  }
  if (sort.by === 'issueDate' && filter.customerId !== undefined) {
    return {
      ranges: [
        { index: '[kind+customerId+issueDate]', prefix: [kind, filter.customerId], ...dates },
      ],
      exact: !searching,
    };
  }
  if (sort.by === 'issueDate') {
    return { ranges: [{ index: '[kind+issueDate]', prefix: [kind], ...dates }], exact: !searching };
  }
  return {
    ranges: [{ index: SORT_INDEX[sort.by], prefix: [kind], lo: Dexie.minKey, hi: Dexie.maxKey }],
    exact: statuses === null && filter.customerId === undefined && !searching && noDateRange,
  };
}

/** For each filter that has its own index, the ranges holding every row that passes it. */
export function selectiveRanges(filter: DocumentFilter, today: IsoDate): IndexRange[][] {
  const { kind } = filter;
  const dates = { lo: filter.from ?? Dexie.minKey, hi: filter.to ?? Dexie.maxKey };
  const candidates: IndexRange[][] = [];
  if (filter.customerId !== undefined) {
    candidates.push([
      { index: '[kind+customerId+issueDate]', prefix: [kind, filter.customerId], ...dates },
    ]);
  }
  const search = searchPrefixes(filter);
  if (search !== null) {
    const startingWith = (index: string, prefix: string): IndexRange => ({
      index,
      prefix: [kind],
      lo: prefix,
      hi: `${prefix}\uffff`,
    });
    candidates.push(
      [
        search.number ? startingWith('[kind+numberKey]', search.number) : null,
        search.name ? startingWith('[kind+customerNameKey]', search.name) : null,
      ].filter((range) => range !== null),
    );
  }
  const statuses = storedStatuses(filter);
  if (statuses !== null) {
    const overdue = kind === 'invoice' && filter.status === 'overdue';
    candidates.push(
      statuses.map((status) =>
        overdue
          ? {
              index: '[kind+status+dueDate]',
              prefix: [kind, status],
              lo: Dexie.minKey,
              hi: today,
              hiOpen: true,
            }
          : { index: '[kind+status+issueDate]', prefix: [kind, status], ...dates },
      ),
    );
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    candidates.push([{ index: '[kind+issueDate]', prefix: [kind], ...dates }]);
  }
  return candidates;
}
