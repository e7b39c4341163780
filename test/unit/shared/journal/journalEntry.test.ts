import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import {
  buildJournalEntry,
  isBalanced,
  mirrorPostings,
  type JournalEntry,
} from '../../../../shared/journal/journalEntry';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';

const header = {
  date: isoDate('2025-03-01'),
  source: { type: 'invoice' as const, id: 'i1', reference: 'INV-1' },
  description: 'Invoice INV-1',
  currency: currencyCode('EUR'),
};

const line = (account: string, debit: number, credit: number) => ({
  account,
  debit: minor(debit),
  credit: minor(credit),
});

describe('buildJournalEntry', () => {
  it('moves a negative amount to the other side, listing debits before credits', () => {
    const entry = buildJournalEntry(header, [
      { account: '1200', side: 'debit', amount: minor(90) },
      { account: '4000', side: 'credit', amount: minor(100) },
      { account: '4010', side: 'credit', amount: minor(-10) },
    ]);
    expect(entry.lines).toEqual([line('1200', 90, 0), line('4010', 10, 0), line('4000', 0, 100)]);
  });

  it('leaves out zero amounts', () => {
    const entry = buildJournalEntry(header, [
      { account: '1200', side: 'debit', amount: minor(0) },
      { account: '4000', side: 'credit', amount: minor(0) },
    ]);
    expect(entry.lines).toEqual([]);
  });

  it('merges amounts on the same account and side, but not across sides', () => {
    const entry = buildJournalEntry(header, [
      { account: '4000', side: 'credit', amount: minor(100) },
      { account: '1200', side: 'debit', amount: minor(130) },
      { account: '4000', side: 'credit', amount: minor(50) },
      { account: '4000', side: 'debit', amount: minor(20) },
    ]);
    expect(entry.lines).toEqual([line('1200', 130, 0), line('4000', 20, 0), line('4000', 0, 150)]);
  });

  it('mirrored postings swap every side', () => {
    const postings = [
      { account: '1200', side: 'debit' as const, amount: minor(5) },
      { account: '4000', side: 'credit' as const, amount: minor(5) },
    ];
    expect(buildJournalEntry(header, mirrorPostings(postings)).lines).toEqual([
      line('4000', 5, 0),
      line('1200', 0, 5),
    ]);
  });
});

describe('isBalanced', () => {
  const entry = (lines: JournalEntry['lines']): JournalEntry => ({ ...header, lines });

  it('holds when debits equal credits', () => {
    expect(
      isBalanced(entry([line('1200', 119, 0), line('4000', 0, 100), line('2200', 0, 19)])),
    ).toBe(true);
    expect(isBalanced(entry([]))).toBe(true);
  });

  it('fails when debits and credits differ', () => {
    expect(isBalanced(entry([line('1200', 119, 0), line('4000', 0, 100)]))).toBe(false);
  });

  it('fails for a line with both sides, no side or a negative side, even if the sums agree', () => {
    expect(isBalanced(entry([line('1200', 10, 10)]))).toBe(false);
    expect(isBalanced(entry([line('1200', 0, 0)]))).toBe(false);
    expect(isBalanced(entry([line('1200', -10, 0), line('4000', -10, 0)]))).toBe(false);
  });
});
