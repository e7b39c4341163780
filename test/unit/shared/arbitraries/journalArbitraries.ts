import fc from 'fast-check';
import { epochDayOf, isoDate, isoDateFromEpochDay } from '../../../../shared/dates/isoDate';
import type { CurrencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import {
  DEFAULT_CHART_OF_ACCOUNTS,
  type ChartOfAccounts,
} from '../../../../shared/journal/chartOfAccounts';
import type { JournalDocument } from '../../../../shared/journal/documentJournal';
import type { JournalPayment } from '../../../../shared/journal/paymentJournal';
import { PAYMENT_METHODS } from '../../../../shared/payments/paymentMethod';
import { computeDocumentTotals } from '../../../../shared/totals/documentTotals';
import { currencyArb, documentAdjustmentArb, minorArb, pricedLineArb } from './documentArbitraries';

// Generators for the journal's property tests: posted documents whose figures come from
// computeDocumentTotals, and the money movements that follow them.

/** The default chart plus two line revenue accounts, so lines may book to their own account. */
export const JOURNAL_TEST_CHART: ChartOfAccounts = {
  ...DEFAULT_CHART_OF_ACCOUNTS,
  accounts: [
    ...DEFAULT_CHART_OF_ACCOUNTS.accounts,
    { code: '4010', name: 'Book sales', type: 'revenue' },
    { code: '4020', name: 'Consulting', type: 'revenue' },
  ],
};

const FIRST_DAY = epochDayOf(isoDate('2020-01-01'));

/** A date in the ten years from 2020. */
export const isoDateArb = fc
  .integer({ min: 0, max: 3650 })
  .map((day) => isoDateFromEpochDay(FIRST_DAY + day));

/** A posted invoice or credit note: lines with optional revenue accounts, adjustments, prepaid, cash rounding. */
export function journalDocumentArb(currency?: CurrencyCode): fc.Arbitrary<JournalDocument> {
  return fc
    .record({
      id: fc.uuid(),
      number: fc.string({ minLength: 1, maxLength: 12 }),
      issueDate: isoDateArb,
      currency: currency === undefined ? currencyArb : fc.constant(currency),
      lines: fc.array(
        fc.record({
          priced: pricedLineArb,
          revenueAccount: fc.constantFrom(undefined, '', '4000', '4010', '4020'),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      adjustments: fc.array(documentAdjustmentArb, { maxLength: 3 }),
      prepaid: minorArb(0, 100_000),
      cashRoundingIncrement: fc.constantFrom(undefined, minor(1), minor(5), minor(10)),
    })
    .map(({ lines, adjustments, prepaid, cashRoundingIncrement, ...doc }) => ({
      ...doc,
      lines: lines.map(({ revenueAccount }) => ({ revenueAccount })),
      adjustments,
      totals: computeDocumentTotals({
        currency: doc.currency,
        lines: lines.map(({ priced }) => priced),
        adjustments,
        prepaid,
        cashRoundingIncrement,
      }),
    }));
}

/** A payment as applyPayment splits it, in any method. */
export function journalPaymentArb(currency?: CurrencyCode): fc.Arbitrary<JournalPayment> {
  return fc.record({
    id: fc.uuid(),
    reference: fc.string({ maxLength: 20 }),
    date: isoDateArb,
    currency: currency === undefined ? currencyArb : fc.constant(currency),
    method: fc.constantFrom(...PAYMENT_METHODS),
    applied: minorArb(0, 10_000_000),
    excessAsCredit: minorArb(0, 1_000_000),
  });
}
