import { safeFileName } from '../../../shared/contract/fileNames';
import { MAX_TEXT_EXPORT_CHARS } from '../../../shared/contract/filesContract';
import type { IpcError } from '../../../shared/contract/ipcError';
import type { Account } from '../../../shared/journal/chartOfAccounts';
import { journalToCsv } from '../../../shared/journal/journalCsv';
import { trialBalanceToCsv } from '../../../shared/journal/trialBalanceCsv';
import { err, ok, type Result } from '../../../shared/result';
import type { InvoicerDb } from '../../data/db';
import {
  journalTrialBalance,
  listJournalEntries,
  type JournalFilter,
} from '../../data/journalQueries';
import { t } from '../../i18n/t';

// The Journal screen's CSV exports: every entry the filters let through (not only the page
// on screen), oldest first as an accountant reads a journal, and the trial balance of the
// same entries.

/** The most entries one export reads; more than that asks for narrower filters. */
export const JOURNAL_EXPORT_MAX_ENTRIES = 100_000;

/** What the journal exports. */
export type JournalExportKind = 'entries' | 'trialBalance';

/**
 * The suggested file name: "Journal.csv", or with the filters in it, "Journal from
 * 2026-01-01 to 2026-03-31 account 1200 INV-2026.csv", made safe for every system.
 */
export function journalFileName(kind: JournalExportKind, filter: JournalFilter): string {
  const parts = [t(kind === 'entries' ? 'journal.file.entries' : 'journal.file.trialBalance')];
  if (filter.from !== '') parts.push(t('journal.file.from', { date: filter.from }));
  if (filter.to !== '') parts.push(t('journal.file.to', { date: filter.to }));
  if (filter.account.trim() !== '') {
    parts.push(t('journal.file.account', { account: filter.account.trim() }));
  }
  if (filter.documentNumber.trim() !== '') parts.push(filter.documentNumber.trim());
  return safeFileName(`${parts.join(' ')}.csv`, 'journal.csv');
}

/**
 * The entries the filter lets through as CSV, oldest first, a row per entry line. Refused
 * with a sentence when there are more than JOURNAL_EXPORT_MAX_ENTRIES.
 */
export async function journalEntriesCsv(
  db: InvoicerDb,
  filter: JournalFilter,
  accounts: readonly Account[],
): Promise<Result<string, IpcError>> {
  const page = await listJournalEntries(db, filter, 0, JOURNAL_EXPORT_MAX_ENTRIES);
  if (page.hasMore) {
    const limit = JOURNAL_EXPORT_MAX_ENTRIES.toLocaleString('en');
    return err({ code: 'INVALID_REQUEST', message: t('journal.export.tooMany', { limit }) });
  }
  // The query walks newest first, for the screen; a journal reads from the oldest entry.
  // Entries of one day keep the order they were written in (their ids are random).
  const oldestFirst = [...page.entries].sort(
    (a, b) => compareText(a.date, b.date) || compareText(a.createdAt, b.createdAt),
  );
  const csv = journalToCsv(oldestFirst, accounts);
  // Refused here with a sentence rather than by the contract's size check after the call.
  if (csv.length > MAX_TEXT_EXPORT_CHARS) {
    return err({ code: 'INVALID_REQUEST', message: t('journal.export.tooLarge') });
  }
  return ok(csv);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The trial balance of the entries the filter lets through, as CSV. */
export async function trialBalanceCsv(
  db: InvoicerDb,
  filter: JournalFilter,
  accounts: readonly Account[],
): Promise<string> {
  return trialBalanceToCsv(await journalTrialBalance(db, filter), accounts);
}
