import Dexie from 'dexie';
import type { IsoDate } from '../../shared/dates/isoDate';
import { trialBalance, type TrialBalance } from '../../shared/journal/trialBalance';
import type { InvoicerDb, StoredJournalEntry } from './db';

/** What the journal screen narrows the entries to; empty strings mean "no limit". */
export type JournalFilter = {
  from: IsoDate | '';
  to: IsoDate | '';
  /** An account code: only entries with a line on it. */
  account: string;
  /** Part of the source's number or reference, any case. */
  documentNumber: string;
};

export const NO_JOURNAL_FILTER: JournalFilter = {
  from: '',
  to: '',
  account: '',
  documentNumber: '',
};

export type JournalPage = { entries: StoredJournalEntry[]; hasMore: boolean };

/** The entries in the filter's date range, newest first, walked along the date index. */
function entriesInRange(db: InvoicerDb, filter: JournalFilter) {
  const lower = filter.from === '' ? Dexie.minKey : filter.from;
  const upper = filter.to === '' ? Dexie.maxKey : filter.to;
  return db.journal
    .where('date')
    .between(lower, upper, true, true)
    .reverse()
    .filter((entry) => matches(entry, filter));
}

function matches(entry: StoredJournalEntry, filter: JournalFilter): boolean {
  const account = filter.account.trim();
  if (account !== '' && !entry.lines.some((line) => line.account === account)) return false;
  const number = filter.documentNumber.trim().toLowerCase();
  return number === '' || entry.source.reference.toLowerCase().includes(number);
}

/** One page of the journal: `limit` entries from `offset`, and whether more follow. */
export async function listJournalEntries(
  db: InvoicerDb,
  filter: JournalFilter,
  offset: number,
  limit: number,
): Promise<JournalPage> {
  const rows = await entriesInRange(db, filter)
    .offset(offset)
    .limit(limit + 1)
    .toArray();
  return { entries: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** The trial balance (one per currency) of every entry the filter lets through. */
export async function journalTrialBalance(
  db: InvoicerDb,
  filter: JournalFilter,
): Promise<TrialBalance[]> {
  return trialBalance(await entriesInRange(db, filter).toArray());
}

/** The sources that are documents of their own: their entries open the document itself. */
const DOCUMENT_SOURCES: ReadonlySet<string> = new Set(['invoice', 'creditNote']);

/**
 * The document each entry's source opens, by entry id: an invoice's or credit note's own
 * id; for a payment, reversal, use of credit or refund, the invoice its record belongs to.
 * Entries whose record is gone are left out. One read of the payments for the whole page.
 */
export async function sourceDocumentIds(
  db: InvoicerDb,
  entries: readonly StoredJournalEntry[],
): Promise<Record<string, string>> {
  const paymentIds = entries
    .filter((entry) => !DOCUMENT_SOURCES.has(entry.sourceType))
    .map((entry) => entry.sourceId);
  const payments = await db.payments.bulkGet([...new Set(paymentIds)]);
  const invoiceOf = new Map(
    payments.flatMap((payment) => (payment ? [[payment.id, payment.invoiceId]] : [])),
  );
  const targets: Record<string, string> = {};
  for (const entry of entries) {
    const target = DOCUMENT_SOURCES.has(entry.sourceType)
      ? entry.sourceId
      : invoiceOf.get(entry.sourceId);
    if (target) targets[entry.id] = target;
  }
  return targets;
}
