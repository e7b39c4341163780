import { minorToDecimalString, type Minor } from '../money/minor';
import { findAccount, type Account } from './chartOfAccounts';
import { csvField, csvTextField } from './journalCsv';
import type { TrialBalance } from './trialBalance';

/** The header row of the trial balance export. */
export const TRIAL_BALANCE_CSV_COLUMNS = [
  'currency',
  'account code',
  'account name',
  'debit',
  'credit',
  'balance',
] as const;

/**
 * The trial balance as CSV, in the journal export's format (RFC 4180, CRLF, amounts as
 * plain decimals in major units): a row per currency and account, then the currency's total
 * row. Every amount cell is filled, zero included, and the balance (debit − credit) keeps
 * its sign, so a credit balance is a negative number a spreadsheet can sum. Text cells are
 * guarded against formulas; amounts are not.
 */
export function trialBalanceToCsv(
  balances: readonly TrialBalance[],
  accounts: readonly Account[],
): string {
  const rows: string[] = [TRIAL_BALANCE_CSV_COLUMNS.map(csvTextField).join(',')];
  for (const balance of balances) {
    const amount = (value: Minor) => csvField(minorToDecimalString(value, balance.currency));
    const row = (code: string, name: string, figures: TrialBalance['totals']) =>
      [
        csvTextField(balance.currency),
        csvTextField(code),
        csvTextField(name),
        amount(figures.debit),
        amount(figures.credit),
        amount(figures.balance),
      ].join(',');
    for (const account of balance.accounts) {
      rows.push(row(account.account, findAccount(accounts, account.account)?.name ?? '', account));
    }
    rows.push(row('Total', '', balance.totals));
  }
  return rows.join('\r\n') + '\r\n';
}
