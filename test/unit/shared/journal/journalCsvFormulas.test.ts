import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import type { Account } from '../../../../shared/journal/chartOfAccounts';
import {
  csvTextField,
  journalToCsv,
  spreadsheetSafeText,
} from '../../../../shared/journal/journalCsv';
import type { JournalEntry } from '../../../../shared/journal/journalEntry';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor, minorToDecimalString } from '../../../../shared/money/minor';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { csvRows } from './csvRows';

// CSV injection: free text a customer or the trader typed must never reach a spreadsheet as
// a formula; the app's own amounts must stay numbers.

// The characters OWASP lists as starting a formula in Excel, LibreOffice or Sheets.
const FORMULA_STARTERS = ['=', '+', '-', '@', '\t', '\r'];

function startsFormula(cell: string): boolean {
  return FORMULA_STARTERS.some((starter) => cell.startsWith(starter));
}

/**
 * What the cells a ';' opens hold, as Excel with ';' as its list separator splits each
 * physical line (a quote opening such a cell only quotes it).
 */
function semicolonCells(csv: string): string[] {
  return csv
    .split('\r\n')
    .flatMap((line) => line.split(';').slice(1))
    .map((cell) => cell.replace(/^"+/, ''));
}

describe('spreadsheetSafeText', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['+49 30 123456', "'+49 30 123456"],
    ['-5', "'-5"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('puts an apostrophe before %j', (text, expected) => {
    expect(spreadsheetSafeText(text)).toBe(expected);
  });

  it.each(['Acme Ltd', '', 'a=b', '1+1', ' =1', "'already text", 'Ωmega', '2026-03-01'])(
    'leaves %j as it is',
    (text) => {
      expect(spreadsheetSafeText(text)).toBe(text);
    },
  );

  it('quotes the guarded text where RFC 4180 asks, so the apostrophe stays inside the cell', () => {
    expect(csvTextField('=1+1, "x"')).toBe(`"'=1+1, ""x"""`);
    expect(csvTextField('\rnext')).toBe(`"'\rnext"`);
  });
});

const accounts: Account[] = [{ code: '1200', name: '@Receivables', type: 'asset' }];

function entry(reference: string, description: string, amount: number): JournalEntry {
  return {
    date: isoDate('2026-03-14'),
    source: { type: 'payment', id: 'p1', reference },
    description,
    currency: currencyCode('EUR'),
    lines: [
      { account: '1200', debit: minor(amount), credit: minor(0) },
      { account: '=1000', debit: minor(0), credit: minor(amount) },
    ],
  };
}

describe('csvTextField read by a spreadsheet whose list separator is ";"', () => {
  it.each(['Acme Ltd;=1+1', 'x;+1', 'x;@SUM(A1)', "x;=cmd|' /C calc'!A0", 'x;"=1+1"', 'a;-2'])(
    'opens no cell with a formula in %j',
    (text) => {
      const csv = `2026-03-14,${csvTextField(text)},12.50\r\n`;
      for (const cell of semicolonCells(csv)) expect(startsFormula(cell)).toBe(false);
      // Read with ',' the text is one cell, changed only by the space after the ';'.
      expect(csvRows(csv)[0]?.[1]).toBe(text.replace(';', '; '));
    },
  );
});

describe('journalToCsv against formula injection', () => {
  it('guards the reference, description, account code and account name, not the amounts', () => {
    const rows = csvRows(journalToCsv([entry('-REF-1', '=cmd|" /C calc"!A0', 12_50)], accounts));
    expect(rows[1]).toEqual([
      '2026-03-14',
      'payment',
      "'-REF-1",
      '1200',
      "'@Receivables",
      '12.50',
      '',
      'EUR',
      `'=cmd|" /C calc"!A0`,
    ]);
    expect(rows[2]?.slice(3, 7)).toEqual(["'=1000", '', '', '12.50']);
  });

  it('never lets a text cell start a formula, keeps every text otherwise, and every amount a plain number', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc
        .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string({ maxLength: 20 }))
        .map(([start, rest]) => start + rest),
    );
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 10_000_000_00 }), (ref, desc, amount) => {
        const csv = journalToCsv([entry(ref, desc, amount)], []);
        for (const cell of semicolonCells(csv)) expect(startsFormula(cell)).toBe(false);
        const rows = csvRows(csv);
        for (const row of rows.slice(1)) {
          const [, , reference, , , debit, credit, , description] = row;
          for (const [cell, original] of [
            [reference, ref],
            [description, desc],
          ] as const) {
            // The text comes back whole: an apostrophe before a formula, a space after a ';'.
            const unguarded = startsFormula(original) ? cell!.replace(/^'/, '') : cell!;
            expect(unguarded.replaceAll('; ', ';')).toBe(original.replaceAll('; ', ';'));
            if (startsFormula(original)) expect(cell).toMatch(/^'/);
            expect(startsFormula(cell!)).toBe(false);
          }
          const figure = debit === '' ? credit : debit;
          expect(figure).toBe(minorToDecimalString(minor(amount), currencyCode('EUR')));
          expect(figure).toMatch(/^\d+\.\d\d$/);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
