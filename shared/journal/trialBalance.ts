import type { CurrencyCode } from '../money/currencies';
import { minor, type Minor } from '../money/minor';
import type { JournalEntry } from './journalEntry';

/** One account's movements: its debits, credits and balance (debit − credit; > 0 a debit balance). */
export type TrialBalanceRow = { account: string; debit: Minor; credit: Minor; balance: Minor };

/** The trial balance of one currency: a row per account and the column totals. */
export type TrialBalance = {
  currency: CurrencyCode;
  accounts: TrialBalanceRow[];
  totals: { debit: Minor; credit: Minor; balance: Minor };
};

/**
 * The trial balance of a set of entries, one per currency they use (sorted by currency code):
 * amounts in different currencies are never added, since converting them is the accountant's
 * job, not the invoicing app's. Accounts are ordered by code, numbers by value ("900" before
 * "1000"). For balanced entries the totals' balance is zero.
 */
export function trialBalance(entries: readonly JournalEntry[]): TrialBalance[] {
  const byCurrency = new Map<CurrencyCode, Map<string, { debit: number; credit: number }>>();
  for (const entry of entries) {
    let accounts = byCurrency.get(entry.currency);
    if (!accounts) {
      accounts = new Map();
      byCurrency.set(entry.currency, accounts);
    }
    for (const line of entry.lines) {
      const row = accounts.get(line.account) ?? { debit: 0, credit: 0 };
      row.debit += line.debit;
      row.credit += line.credit;
      accounts.set(line.account, row);
    }
  }
  return [...byCurrency]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, accounts]) => {
      const rows = [...accounts]
        .sort(([a], [b]) => compareAccountCodes(a, b))
        .map(([account, { debit, credit }]) => ({
          account,
          debit: minor(debit),
          credit: minor(credit),
          balance: minor(debit - credit),
        }));
      const debit = minor(rows.reduce((sum, row) => sum + row.debit, 0));
      const credit = minor(rows.reduce((sum, row) => sum + row.credit, 0));
      return {
        currency,
        accounts: rows,
        totals: { debit, credit, balance: minor(debit - credit) },
      };
    });
}

/** Orders account codes as people read them: digits by value, then the rest alphabetically. */
export function compareAccountCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}
