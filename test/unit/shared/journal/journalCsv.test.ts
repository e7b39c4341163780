import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import { csvField, journalToCsv } from '../../../../shared/journal/journalCsv';
import type { Account } from '../../../../shared/journal/chartOfAccounts';
import type { JournalEntry } from '../../../../shared/journal/journalEntry';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';

const accounts: Account[] = [
  { code: '1200', name: 'Receivables', type: 'asset' },
  { code: '4000', name: 'Sales, goods', type: 'revenue' },
];

function entry(
  currency: string,
  reference: string,
  description: string,
  amount: number,
): JournalEntry {
  return {
    date: isoDate('2025-03-14'),
    source: { type: 'invoice', id: 'i1', reference },
    description,
    currency: currencyCode(currency),
    lines: [
      { account: '1200', debit: minor(amount), credit: minor(0) },
      { account: '4000', debit: minor(0), credit: minor(amount) },
    ],
  };
}

const HEADER =
  'date,source type,reference,account code,account name,debit,credit,currency,description';

describe('journalToCsv', () => {
  it('writes a header and one CRLF-terminated row per entry line, amounts as major-unit decimals', () => {
    expect(journalToCsv([entry('EUR', 'INV-1', 'Invoice INV-1', 1234_50)], accounts)).toBe(
      [
        HEADER,
        '2025-03-14,invoice,INV-1,1200,Receivables,1234.50,,EUR,Invoice INV-1',
        '2025-03-14,invoice,INV-1,4000,"Sales, goods",,1234.50,EUR,Invoice INV-1',
        '',
      ].join('\r\n'),
    );
  });

  it("uses each currency's own decimals (JPY none, KWD three)", () => {
    const csv = journalToCsv([entry('JPY', 'A', 'a', 1500), entry('KWD', 'B', 'b', 1500)], []);
    const debits = csv
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[5]);
    expect(debits).toEqual(['1500', '', '1.500', '']);
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    const csv = journalToCsv([entry('EUR', 'INV "7"', 'Line one,\r\nline two', 1)], accounts);
    expect(csv.split('\r\n')[1]).toBe(
      '2025-03-14,invoice,"INV ""7""",1200,Receivables,0.01,,EUR,"Line one,',
    );
    expect(csv).toContain('"Line one,\r\nline two"\r\n');
  });

  it('leaves the name empty for an account the chart no longer has', () => {
    const csv = journalToCsv([entry('EUR', 'X', 'x', 1)], []);
    expect(csv.split('\r\n')[1]).toBe('2025-03-14,invoice,X,1200,,0.01,,EUR,x');
  });

  it('is just the header for no entries', () => {
    expect(journalToCsv([], accounts)).toBe(`${HEADER}\r\n`);
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    ['', ''],
  ])('%j becomes %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
