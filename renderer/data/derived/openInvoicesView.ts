import type { DBCoreRangeType } from 'dexie';
import { writeAll, type DerivedView, type Row } from './derivedView';

// The open invoices (posted or partially paid) in issue-date order, one small row each
// (schema version 5), for the invoice list's overdue filter (overduePlan.ts). A document is
// read whole (lines, frozen snapshot) and an index entry of the documents table costs about
// 30 µs in Chromium at 100,000 invoices; rows of this table, read by their primary key, cost
// about 6 µs, so the filter walks past the invoices not yet due at a fifth of the cost.

/** The table of open invoices. */
export const OPEN_INVOICES_TABLE = 'openInvoices';

/** A row: the invoice's list order as its key, and what decides whether it is overdue. */
export type OpenInvoiceRow = {
  /** `${issueDate}|${id}`: sorted as the list sorts by issue date, ties by id. */
  key: string;
  id: string;
  status: 'posted' | 'partiallyPaid';
  /** The due date, or '' where there is none (then never overdue). */
  dueDateKey: string;
  balance: number;
};

const OPEN_STATUSES: readonly unknown[] = ['posted', 'partiallyPaid'];

// DBCoreRangeType is a const enum of Dexie's typings, which isolatedModules cannot inline.
const RANGE_TYPE_ANY = 3 as DBCoreRangeType;

/** The key of an invoice's row: issue date, then id, as the list orders them. */
export function openInvoiceKey(issueDate: string, id: string): string {
  return `${issueDate}|${id}`;
}

/** The row of a stored document, or null when it is not an open invoice. */
export function openInvoiceRowOf(doc: Row): OpenInvoiceRow | null {
  const { kind, status, id, issueDate, dueDateKey, balance } = doc;
  if (kind !== 'invoice' || !OPEN_STATUSES.includes(status)) return null;
  if (typeof id !== 'string' || typeof issueDate !== 'string') return null;
  if (typeof dueDateKey !== 'string' || typeof balance !== 'number') return null;
  return {
    key: openInvoiceKey(issueDate, id),
    id,
    status: status as OpenInvoiceRow['status'],
    dueDateKey,
    balance,
  };
}

/** Keeps one row per open invoice: a write deletes the rows of what it replaced first. */
export const openInvoicesView: DerivedView = {
  table: OPEN_INVOICES_TABLE,
  apply(view, trans, changes) {
    const removed = new Set<string>();
    const current = new Map<string, OpenInvoiceRow>();
    for (const { before, after } of changes) {
      const old = before ? openInvoiceRowOf(before) : null;
      if (old) {
        current.delete(old.key);
        removed.add(old.key);
      }
      const next = after ? openInvoiceRowOf(after) : null;
      if (next) {
        removed.delete(next.key);
        current.set(next.key, next);
      }
    }
    return writeAll(view, { type: 'delete', trans, keys: [...removed] }).then(() =>
      writeAll(view, { type: 'put', trans, values: [...current.values()] }),
    );
  },
  cleared: (view, trans) =>
    writeAll(view, {
      type: 'deleteRange',
      trans,
      range: { type: RANGE_TYPE_ANY, lower: undefined, upper: undefined },
    }),
};
