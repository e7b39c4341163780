import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import { DEFAULT_CHART_OF_ACCOUNTS } from '../../../../shared/journal/chartOfAccounts';
import type { JournalEntry } from '../../../../shared/journal/journalEntry';
import { trialBalance } from '../../../../shared/journal/trialBalance';
import { trialBalanceToCsv } from '../../../../shared/journal/trialBalanceCsv';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import { csvRows } from './csvRows';

const accounts = DEFAULT_CHART_OF_ACCOUNTS.accounts;
const nameOf = (code: string) => accounts.find((account) => account.code === code)?.name;

function entry(currency: string, lines: [string, number, number][]): JournalEntry {
  return {
    date: isoDate('2026-03-14'),
    source: { type: 'invoice', id: 'i1', reference: 'INV-1' },
    description: '',
    currency: currencyCode(currency),
    lines: lines.map(([account, debit, credit]) => ({
      account,
      debit: minor(debit),
      credit: minor(credit),
    })),
  };
}

describe('trialBalanceToCsv', () => {
  // Invoice: receivables 238.00 = revenue 200.00 + VAT 38.00; payment of 100.00 to the bank.
  const entries = [
    entry('EUR', [
      ['1200', 238_00, 0],
      ['4000', 0, 200_00],
      ['2200', 0, 38_00],
    ]),
    entry('EUR', [
      ['1100', 100_00, 0],
      ['1200', 0, 100_00],
    ]),
    entry('JPY', [
      ['1200', 5000, 0],
      ['4000', 0, 5000],
    ]),
  ];

  it('writes a row per account and a total row per currency, credit balances negative', () => {
    const csv = trialBalanceToCsv(trialBalance(entries), accounts);
    const rows = csvRows(csv);
    expect(rows[0]).toEqual([
      'currency',
      'account code',
      'account name',
      'debit',
      'credit',
      'balance',
    ]);
    const eur = rows.filter((row) => row[0] === 'EUR');
    expect(eur).toContainEqual(['EUR', '1200', nameOf('1200'), '238.00', '100.00', '138.00']);
    expect(eur).toContainEqual(['EUR', '4000', nameOf('4000'), '0.00', '200.00', '-200.00']);
    expect(eur).toContainEqual(['EUR', '2200', nameOf('2200'), '0.00', '38.00', '-38.00']);
    expect(eur.at(-1)).toEqual(['EUR', 'Total', '', '338.00', '338.00', '0.00']);
    const jpy = rows.filter((row) => row[0] === 'JPY');
    expect(jpy.at(-1)).toEqual(['JPY', 'Total', '', '5000', '5000', '0']);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps negative balances as numbers but guards an account code that looks like a formula', () => {
    const csv = trialBalanceToCsv(
      trialBalance([
        entry('EUR', [
          ['=1+1', 1_00, 0],
          ['-9', 0, 1_00],
        ]),
      ]),
      [],
    );
    const rows = csvRows(csv);
    expect(rows).toContainEqual(['EUR', "'=1+1", '', '1.00', '0.00', '1.00']);
    expect(rows).toContainEqual(['EUR', "'-9", '', '0.00', '1.00', '-1.00']);
  });

  it('is just the header for no entries', () => {
    expect(trialBalanceToCsv([], accounts)).toBe(
      'currency,account code,account name,debit,credit,balance\r\n',
    );
  });
});
