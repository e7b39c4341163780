import { minorToDecimalString } from '../money/minor';
import { findAccount, type Account } from './chartOfAccounts';
import type { JournalEntry } from './journalEntry';

/** The header row of the journal export; one row follows per entry line. */
export const JOURNAL_CSV_COLUMNS = [
  'date',
  'source type',
  'reference',
  'account code',
  'account name',
  'debit',
  'credit',
  'currency',
  'description',
] as const;

/**
 * The journal as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold
 * a comma, quote or line break, quotes doubled). Amounts are plain decimals in major units
 * with all the currency's decimals ("1234.50", never "1,234.5" or a float); the side without
 * an amount is left empty so a spreadsheet sums each column. A currency column is added
 * because the amounts mean nothing without it once more than one currency is invoiced.
 */
export function journalToCsv(
  entries: readonly JournalEntry[],
  accounts: readonly Account[],
): string {
  const rows: string[][] = [[...JOURNAL_CSV_COLUMNS]];
  for (const entry of entries) {
    for (const line of entry.lines) {
      rows.push([
        entry.date,
        entry.source.type,
        entry.source.reference,
        line.account,
        findAccount(accounts, line.account)?.name ?? '',
        line.debit === 0 ? '' : minorToDecimalString(line.debit, entry.currency),
        line.credit === 0 ? '' : minorToDecimalString(line.credit, entry.currency),
        entry.currency,
        entry.description,
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One CSV field, quoted only when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
