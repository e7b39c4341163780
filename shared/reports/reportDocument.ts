import { compareIsoDates, type IsoDate } from '../dates/isoDate';
import type { CurrencyCode } from '../money/currencies';
import type { Minor } from '../money/minor';
import type { DocumentTotals } from '../totals/documentTotals';

/**
 * What every report needs of a posted invoice or credit note: its frozen figures and who it
 * was for. Plain data, so reports run on whatever the storage layer hands over.
 * Credit note totals are positive, as printed; reports subtract them.
 */
export type ReportDocument = {
  id: string;
  kind: 'invoice' | 'creditNote';
  number: string;
  customerId: string;
  customerName: string;
  currency: CurrencyCode;
  issueDate: IsoDate;
  dueDate: IsoDate;
  totals: DocumentTotals;
  /** The open amount of an invoice; credit notes carry none. */
  balance?: Minor | undefined;
};

/** A range of calendar dates, both ends included. */
export type DateRange = { from: IsoDate; to: IsoDate };

/** True when the date lies in the range, both ends included. */
export function isWithinRange(date: IsoDate, range: DateRange): boolean {
  return compareIsoDates(range.from, date) <= 0 && compareIsoDates(date, range.to) <= 0;
}

/** +1 for an invoice, −1 for a credit note: the sign a document's figures enter a report with. */
export function documentSign(kind: ReportDocument['kind']): 1 | -1 {
  return kind === 'invoice' ? 1 : -1;
}

/**
 * Groups items by currency, currencies in alphabetical order. Amounts of different
 * currencies are never added, so every report is split this way first.
 */
export function groupByCurrency<T extends { currency: CurrencyCode }>(
  items: readonly T[],
): { currency: CurrencyCode; items: T[] }[] {
  const groups = new Map<CurrencyCode, T[]>();
  for (const item of items) {
    const group = groups.get(item.currency);
    if (group) group.push(item);
    else groups.set(item.currency, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, grouped]) => ({ currency, items: grouped }));
}

/**
 * The customers of a set of documents, each with the name on its latest document (a renamed
 * customer shows under the current name), ordered by name and then id for a stable list.
 */
export function customersOf(
  documents: readonly ReportDocument[],
): { customerId: string; customerName: string }[] {
  const latest = new Map<string, ReportDocument>();
  for (const doc of documents) {
    const seen = latest.get(doc.customerId);
    if (!seen || compareIsoDates(seen.issueDate, doc.issueDate) < 0) {
      latest.set(doc.customerId, doc);
    }
  }
  return [...latest.values()]
    .map((doc) => ({ customerId: doc.customerId, customerName: doc.customerName }))
    .sort(
      (a, b) =>
        a.customerName.localeCompare(b.customerName) ||
        (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0),
    );
}
