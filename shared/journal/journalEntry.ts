import type { IsoDate } from '../dates/isoDate';
import type { CurrencyCode } from '../money/currencies';
import { minor, sumMinor, ZERO, type Minor } from '../money/minor';

/** The kinds of event that write a journal entry. */
export const JOURNAL_SOURCE_TYPES = [
  'invoice',
  'creditNote',
  'payment',
  'paymentReversal',
  'creditApplication',
  'refund',
] as const;
export type JournalSourceType = (typeof JOURNAL_SOURCE_TYPES)[number];

/** English labels of the source types, for the journal screen. */
export const JOURNAL_SOURCE_LABELS: Record<JournalSourceType, string> = {
  invoice: 'Invoice',
  creditNote: 'Credit note',
  payment: 'Payment',
  paymentReversal: 'Payment reversal',
  creditApplication: 'Customer credit applied',
  refund: 'Refund',
};

/** The record an entry comes from: its kind, its id and the number or reference people see. */
export type JournalSource = { type: JournalSourceType; id: string; reference: string };

/** One line of an entry: exactly one side is above zero, the other is zero. */
export type JournalLine = { account: string; debit: Minor; credit: Minor };

/** A balanced double-entry booking of one event, in one currency. */
export type JournalEntry = {
  date: IsoDate;
  source: JournalSource;
  description: string;
  currency: CurrencyCode;
  lines: JournalLine[];
};

/** A raw amount to book on one side of an account; it may be zero or negative. */
export type Posting = { account: string; side: 'debit' | 'credit'; amount: Minor };

/**
 * Builds an entry from raw postings: a negative amount moves to the other side (a negative
 * credit to revenue is a debit), zero postings are left out, and postings on the same account
 * and side become one line. Debit lines come first, then credit lines, as a journal reads;
 * within a side, lines keep the order in which their account first came.
 */
export function buildJournalEntry(
  header: Omit<JournalEntry, 'lines'>,
  postings: readonly Posting[],
): JournalEntry {
  const merged = new Map<string, { account: string; side: Posting['side']; amount: number }>();
  for (const posting of postings) {
    if (posting.amount === 0) continue;
    const side = posting.amount > 0 ? posting.side : opposite(posting.side);
    const key = `${side}|${posting.account}`;
    const line = merged.get(key) ?? { account: posting.account, side, amount: 0 };
    line.amount += Math.abs(posting.amount);
    merged.set(key, line);
  }
  const lines = [...merged.values()]
    .sort((a, b) => (a.side === b.side ? 0 : a.side === 'debit' ? -1 : 1))
    .map(({ account, side, amount }) => ({
      account,
      debit: side === 'debit' ? minor(amount) : ZERO,
      credit: side === 'credit' ? minor(amount) : ZERO,
    }));
  return { ...header, lines };
}

/** The same entry with every line on the other side: the booking that undoes it. */
export function mirrorPostings(postings: readonly Posting[]): Posting[] {
  return postings.map((posting) => ({ ...posting, side: opposite(posting.side) }));
}

/** The sums of an entry's debit and credit columns. */
export function entryTotals(entry: JournalEntry): { debit: Minor; credit: Minor } {
  return {
    debit: sumMinor(entry.lines.map((line) => line.debit)),
    credit: sumMinor(entry.lines.map((line) => line.credit)),
  };
}

/** True when debits equal credits and every line has exactly one side above zero. */
export function isBalanced(entry: JournalEntry): boolean {
  const wellFormed = entry.lines.every(
    (line) => line.debit >= 0 && line.credit >= 0 && (line.debit === 0) !== (line.credit === 0),
  );
  const totals = entryTotals(entry);
  return wellFormed && totals.debit === totals.credit;
}

function opposite(side: Posting['side']): Posting['side'] {
  return side === 'debit' ? 'credit' : 'debit';
}
