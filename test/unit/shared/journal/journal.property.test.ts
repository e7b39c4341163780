import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  journalForCreditNote,
  journalForInvoice,
} from '../../../../shared/journal/documentJournal';
import {
  entryTotals,
  isBalanced,
  type JournalEntry,
} from '../../../../shared/journal/journalEntry';
import {
  journalForCreditApplication,
  journalForPayment,
  journalForPaymentReversal,
  journalForRefund,
} from '../../../../shared/journal/paymentJournal';
import { trialBalance } from '../../../../shared/journal/trialBalance';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { minorArb } from '../arbitraries/documentArbitraries';
import {
  isoDateArb,
  JOURNAL_TEST_CHART as chart,
  journalDocumentArb,
  journalPaymentArb,
} from '../arbitraries/journalArbitraries';

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function expectWellFormed(entry: JournalEntry): void {
  for (const line of entry.lines) {
    expect(line.debit).toBeGreaterThanOrEqual(0);
    expect(line.credit).toBeGreaterThanOrEqual(0);
    expect((line.debit === 0) !== (line.credit === 0)).toBe(true);
  }
  const keys = entry.lines.map((line) => `${line.account}|${line.debit > 0 ? 'D' : 'C'}`);
  expect(new Set(keys).size).toBe(keys.length);
}

const EUR = currencyCode('EUR');

/** Any entry the journal writes, all in one currency so one trial balance holds them. */
const entryArb: fc.Arbitrary<JournalEntry> = fc.oneof(
  journalDocumentArb(EUR).map((doc) => unwrap(journalForInvoice(doc, chart))),
  journalDocumentArb(EUR).map((doc) => unwrap(journalForCreditNote(doc, chart))),
  journalPaymentArb(EUR).map((payment) => journalForPayment(payment, chart)),
  journalPaymentArb(EUR).map((payment) => journalForPaymentReversal(payment, chart)),
  fc
    .record({ amount: minorArb(0, 1_000_000), date: isoDateArb })
    .map(({ amount, date }) =>
      journalForCreditApplication({ id: 'c', reference: 'r', date, currency: EUR, amount }, chart),
    ),
  fc
    .record({
      amount: minorArb(0, 1_000_000),
      date: isoDateArb,
      from: fc.constantFrom('customerCredit' as const, 'receivables' as const),
      method: fc.constantFrom('cash' as const, 'bankTransfer' as const),
    })
    .map((refund) =>
      journalForRefund({ id: 'r', reference: 'r', currency: EUR, ...refund }, chart),
    ),
);

describe('journal properties', () => {
  it('the entry of any generated invoice and credit note balances and is well formed', () => {
    fc.assert(
      fc.property(journalDocumentArb(), (doc) => {
        const entries = [
          { entry: unwrap(journalForInvoice(doc, chart)), sign: 1 },
          { entry: unwrap(journalForCreditNote(doc, chart)), sign: -1 },
        ];
        for (const { entry, sign } of entries) {
          expect(isBalanced(entry)).toBe(true);
          expectWellFormed(entry);
          // Receivables move by exactly the amount due, whatever else the document holds.
          const receivables = entry.lines.filter((line) => line.account === '1200');
          const net = receivables.reduce((sum, line) => sum + line.debit - line.credit, 0);
          expect(net).toBe(minor(sign * doc.totals.amountDue)); // minor() normalises −0
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('the entry of any payment and its reversal balance, and together they cancel out', () => {
    fc.assert(
      fc.property(journalPaymentArb(), (payment) => {
        const entry = journalForPayment(payment, chart);
        const reversal = journalForPaymentReversal(payment, chart);
        expect(isBalanced(entry)).toBe(true);
        expect(isBalanced(reversal)).toBe(true);
        expectWellFormed(entry);
        expect(entryTotals(entry).debit).toBe(payment.applied + payment.excessAsCredit);
        const [balance] = trialBalance([entry, reversal]);
        expect(balance?.accounts.every((row) => row.balance === 0) ?? true).toBe(true);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('the trial balance of any set of entries sums to zero: total debits = total credits', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 8 }), (entries) => {
        const balances = trialBalance(entries);
        expect(balances.length).toBe(entries.length > 0 ? 1 : 0);
        for (const balance of balances) {
          expect(balance.totals.debit).toBe(balance.totals.credit);
          expect(balance.totals.balance).toBe(0);
          expect(balance.accounts.reduce((sum, row) => sum + row.balance, 0)).toBe(0);
          const allDebits = entries.reduce((sum, entry) => sum + entryTotals(entry).debit, 0);
          expect(balance.totals.debit).toBe(allDebits);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
