import type { StoredDocument } from './db';
import { openInvoiceKey, type OpenInvoiceRow } from './derived/openInvoicesView';
import { isAfter } from './documentOrder';
import { matcher } from './documentQueryPlan';
import { limits, readUntil, type KeyPlanQuery, type ListTables } from './keyPlanReads';

/**
 * Overdue invoices, by issue date: the open invoices' small rows (derived/openInvoicesView,
 * keyed by issue date and id, the list's order) are walked from the cursor, those due before
 * today with something left to pay are kept, and only their documents are read. A document
 * that does not match after all (the row and the document disagree, which the middleware
 * keeping them together rules out) sends the query to the general plan.
 */
export async function overdueRows(
  tables: ListTables,
  query: KeyPlanQuery,
): Promise<StoredDocument[] | null> {
  const { filter, sort, cursor, wanted, today } = query;
  const descending = sort.direction === 'desc';
  // The issue-date range and the cursor as bounds on the key `${issueDate}|${id}`.
  let lower = filter.from ?? '';
  let upper = `${filter.to ?? '\uffff'}|\uffff`;
  let lowerOpen = false;
  let upperOpen = false;
  if (cursor !== null) {
    const at = openInvoiceKey(String(cursor.v), cursor.id);
    if (descending && at < upper) [upper, upperOpen] = [at, true];
    if (!descending && at > lower) [lower, lowerOpen] = [at, true];
  }
  const ids: string[] = [];
  while (ids.length < wanted) {
    let range = tables.openInvoices.where('key').between(lower, upper, !lowerOpen, !upperOpen);
    if (descending) range = range.reverse();
    const rows: OpenInvoiceRow[] = await range.limit(limits.overdueChunk).toArray();
    for (const row of rows) {
      if (row.dueDateKey !== '' && row.dueDateKey < today && row.balance > 0) ids.push(row.id);
    }
    const last = rows[rows.length - 1];
    if (rows.length < limits.overdueChunk || last === undefined) break;
    if (descending) [upper, upperOpen] = [last.key, true];
    else [lower, lowerOpen] = [last.key, true];
  }
  const matches = matcher(filter, today);
  const keep = (row: StoredDocument) =>
    matches(row) && (cursor === null || isAfter(row, cursor, sort));
  const chosen = ids.slice(0, wanted);
  const rows = await readUntil(tables.documents, chosen, keep, chosen.length);
  return rows.length === chosen.length ? rows : null;
}
