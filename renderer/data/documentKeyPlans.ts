import { searchPrefixes, type DocumentFilter, type DocumentSort } from './documentQueryPlan';
import type { KeyPlan } from './keyPlanReads';
import { overdueRows } from './overduePlan';
import { searchRows } from './searchPlan';

// Plans for the two list queries that would otherwise read thousands of documents to show
// one page at 100,000 invoices (issue #7): the overdue filter and search as typed, both in
// issue-date order. In Chromium at that size a document read costs about 50 µs (its lines and
// frozen snapshot are deserialised), an entry of the documents' indexes about 30 µs, a small
// row read by its primary key about 6 µs, so these plans find the page's ids from small rows
// and index entries and read only the documents they show (and a few they reject).
//
// Each returns the first `wanted` matches after the cursor in list order, or null where it
// does not apply or cannot finish cheaply; documentQueries' general plan then answers, so
// which plan ran never changes the result (the list tests run every query under each).

export { setKeyPlanLimits } from './keyPlanReads';
export type { KeyPlanQuery } from './keyPlanReads';

/** The key plan that answers the query, or null for the general plan. */
export function keyPlanFor(filter: DocumentFilter, sort: DocumentSort): KeyPlan | null {
  if (sort.by !== 'issueDate') return null;
  if (searchPrefixes(filter) !== null) return searchRows;
  if (filter.kind === 'invoice' && filter.status === 'overdue' && filter.customerId === undefined) {
    return overdueRows;
  }
  return null;
}
