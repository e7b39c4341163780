import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import type { JournalEntry } from '../../../../shared/journal/journalEntry';
import { compareAccountCodes, trialBalance } from '../../../../shared/journal/trialBalance';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';

function entry(currency: string, lines: [string, number, number][]): JournalEntry {
  return {
    date: isoDate('2025-01-01'),
    source: { type: 'invoice', id: 'x', reference: 'X' },
    description: '',
    currency: currencyCode(currency),
    lines: lines.map(([account, debit, credit]) => ({
      account,
      debit: minor(debit),
      credit: minor(credit),
    })),
  };
}

describe('trialBalance', () => {
  it('sums each account and the columns; the balance is debit − credit', () => {
    const [balance, ...rest] = trialBalance([
      entry('EUR', [
        ['1200', 119_00, 0],
        ['4000', 0, 100_00],
        ['2200', 0, 19_00],
      ]),
      entry('EUR', [
        ['1100', 50_00, 0],
        ['1200', 0, 50_00],
      ]),
    ]);
    expect(rest).toEqual([]);
    expect(balance).toEqual({
      currency: 'EUR',
      accounts: [
        { account: '1100', debit: 50_00, credit: 0, balance: 50_00 },
        { account: '1200', debit: 119_00, credit: 50_00, balance: 69_00 },
        { account: '2200', debit: 0, credit: 19_00, balance: -19_00 },
        { account: '4000', debit: 0, credit: 100_00, balance: -100_00 },
      ],
      totals: { debit: 169_00, credit: 169_00, balance: 0 },
    });
  });

  it('never adds amounts of different currencies: one trial balance per currency', () => {
    const balances = trialBalance([
      entry('USD', [
        ['1200', 5, 0],
        ['4000', 0, 5],
      ]),
      entry('EUR', [
        ['1200', 7, 0],
        ['4000', 0, 7],
      ]),
    ]);
    expect(balances.map((b) => [b.currency, b.totals.debit])).toEqual([
      ['EUR', 7],
      ['USD', 5],
    ]);
  });

  it('is empty for no entries', () => {
    expect(trialBalance([])).toEqual([]);
  });

  it('orders account codes with their digits by value, then alphabetically', () => {
    expect(['1000', '900', '10a', 'B', 'a'].sort(compareAccountCodes)).toEqual([
      '10a',
      '900',
      '1000',
      'a',
      'B',
    ]);
  });
});
