import type { CurrencyCode } from '../money/currencies';
import { minorToDecimalString, type Minor } from '../money/minor';
import { csvField, csvTextField } from '../journal/journalCsv';

/** An amount in a CSV cell: written with all the currency's decimals, never as a float. */
export type CsvAmount = { amount: Minor; currency: CurrencyCode };

/** One column of a report export: its header and how a row fills its cell. */
export type ReportColumn<Row> = {
  header: string;
  value: (row: Row) => string | CsvAmount;
};

/** A money cell for a report column. */
export function csvAmount(amount: Minor, currency: CurrencyCode): CsvAmount {
  return { amount, currency };
}

/** A cell: text guarded against spreadsheet formulas, an amount as a plain decimal. */
function csvCell(value: string | CsvAmount): string {
  return typeof value === 'string'
    ? csvTextField(value)
    : csvField(minorToDecimalString(value.amount, value.currency));
}

/**
 * A report as CSV (RFC 4180, like the journal export): a header row, then one row per item;
 * comma-separated, CRLF line ends, fields quoted only when they hold a comma, quote or line
 * break. Amounts are plain decimals in major units ("1234.50", "-12.00") that a spreadsheet
 * reads as numbers; text cells get an apostrophe before a leading = + - @ tab or CR, so
 * a customer's name never runs as a formula (spreadsheetSafeText), while amounts stay
 * numbers, negative ones included.
 */
export function reportToCsv<Row>(
  rows: readonly Row[],
  columns: readonly ReportColumn<Row>[],
): string {
  const lines = [
    columns.map((column) => csvTextField(column.header)).join(','),
    ...rows.map((row) => columns.map((column) => csvCell(column.value(row))).join(',')),
  ];
  return lines.join('\r\n') + '\r\n';
}
