import { minorToDecimalString, type Minor } from '../money/minor';
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
 * Text cells are guarded against formulas (spreadsheetSafeText); amounts are not.
 */
export function journalToCsv(
  entries: readonly JournalEntry[],
  accounts: readonly Account[],
): string {
  const rows: string[] = [JOURNAL_CSV_COLUMNS.map(csvTextField).join(',')];
  for (const entry of entries) {
    for (const line of entry.lines) {
      const amount = (value: Minor) =>
        value === 0 ? '' : csvField(minorToDecimalString(value, entry.currency));
      rows.push(
        [
          csvTextField(entry.date),
          csvTextField(entry.source.type),
          csvTextField(entry.source.reference),
          csvTextField(line.account),
          csvTextField(findAccount(accounts, line.account)?.name ?? ''),
          amount(line.debit),
          amount(line.credit),
          csvTextField(entry.currency),
          csvTextField(entry.description),
        ].join(','),
      );
    }
  }
  return rows.join('\r\n') + '\r\n';
}

/** One CSV field, quoted only when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

// A spreadsheet runs a cell that starts with one of these as a formula: "=HYPERLINK(…)" in a
// customer's name or an invoice's description would run on the trader's computer when the
// export is opened (CSV injection, OWASP). Tab and carriage return are on the list because
// some programs drop them and read what follows as the start of the cell.
const FORMULA_START = /^[=+\-@\t\r]/;

// Excel in a country whose list separator is ';' (Germany, France…) splits a line at every
// ';', even inside our quotes, so text after a ';' starts a cell of its own there.
const FORMULA_AFTER_SEMICOLON = /;(?="*[=+\-@\t\r])/g;

/**
 * Free text made harmless for a spreadsheet: a leading apostrophe before = + - @ tab or CR,
 * which Excel and LibreOffice read as "this is text" and do not show; and a space after a
 * ';' that such a character follows, so no cell a ';' opens starts a formula either. Only
 * for text: the app's own amounts ("-12.50") are written as they are, so they stay numbers.
 */
export function spreadsheetSafeText(value: string): string {
  const guarded = value.replace(FORMULA_AFTER_SEMICOLON, '; ');
  return FORMULA_START.test(guarded) ? `'${guarded}` : guarded;
}

/**
 * A CSV field of free text: guarded against formulas (spreadsheetSafeText), then quoted where
 * RFC 4180 asks and also where it holds ';' or a tab: Excel in a country whose list separator
 * is ';' (Germany, France…) splits an unquoted "Acme;=1+1" at the ';' and runs the second
 * cell as a formula. Inside quotes every program keeps it one cell.
 */
export function csvTextField(value: string): string {
  const safe = spreadsheetSafeText(value);
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
