import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import {
  journalForCreditNote,
  journalForInvoice,
  type JournalDocument,
} from '../../../../shared/journal/documentJournal';
import { isBalanced, type JournalEntry } from '../../../../shared/journal/journalEntry';
import { trialBalance } from '../../../../shared/journal/trialBalance';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import {
  computeDocumentTotals,
  type DocumentAdjustment,
  type TotalsInput,
} from '../../../../shared/totals/documentTotals';
import type { PricedLine } from '../../../../shared/totals/lineAmounts';
import { JOURNAL_TEST_CHART as chart } from '../arbitraries/journalArbitraries';

const EUR = currencyCode('EUR');

type TestLine = PricedLine & { revenueAccount?: string };

function doc(
  lines: TestLine[],
  extra: Omit<Partial<TotalsInput>, 'lines'> & { adjustments?: DocumentAdjustment[] } = {},
): JournalDocument {
  const currency = extra.currency ?? EUR;
  const adjustments = extra.adjustments ?? [];
  return {
    id: 'doc-1',
    number: 'INV-2025-0001',
    issueDate: isoDate('2025-03-14'),
    currency,
    lines: lines.map(({ revenueAccount }) => ({ revenueAccount })),
    adjustments,
    totals: computeDocumentTotals({ ...extra, currency, lines, adjustments }),
  };
}

const std = (quantity: string, unitPrice: string, vatRate: string, revenueAccount?: string) => ({
  quantity,
  unitPrice,
  vatCategory: 'standard' as const,
  vatRate,
  revenueAccount,
});

/** Lines as [account, debit, credit], for tables that read like a journal. */
function table(entry: JournalEntry): [string, number, number][] {
  return entry.lines.map((line) => [line.account, line.debit, line.credit]);
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

// Worked by hand:
//   19 %: 10 × 100.00 = 1000.00 (4000); allowance 10 % of 1000.00 = 100.00; shipping 10.00
//         taxable 910.00, VAT 172.90
//    7 %:  2 × 50.00 = 100.00 (4010) + 1 × 50.00 = 50.00 (4000); taxable 150.00, VAT 10.50
//   net 1060.00, VAT 183.40, gross 1243.40, prepaid 200.00, amount due 1043.40
//   debits 1043.40 + 200.00 + 100.00 = 1343.40
//   credits 1050.00 + 100.00 + 10.00 + 172.90 + 10.50 = 1343.40
const invoice = doc(
  [std('10', '100.00', '19'), std('2', '50.00', '7', '4010'), std('1', '50.00', '7', '4000')],
  {
    prepaid: minor(200_00),
    adjustments: [
      {
        kind: 'allowance',
        reason: 'Loyalty discount',
        value: { kind: 'percent', percent: '10' },
        vatCategory: 'standard',
        vatRate: '19',
      },
      {
        kind: 'charge',
        reason: 'Shipping',
        value: { kind: 'amount', amount: minor(10_00) },
        vatCategory: 'standard',
        vatRate: '19',
      },
    ],
  },
);

describe('journalForInvoice', () => {
  it('books an invoice with two VAT rates, a discount, a charge and a prepaid amount', () => {
    const entry = unwrap(journalForInvoice(invoice, chart));
    expect(entry).toMatchObject({
      date: '2025-03-14',
      source: { type: 'invoice', id: 'doc-1', reference: 'INV-2025-0001' },
      description: 'Invoice INV-2025-0001',
      currency: 'EUR',
    });
    expect(table(entry)).toEqual([
      ['1200', 1043_40, 0], // receivables: the amount due
      ['2310', 200_00, 0], // customer advances: the prepaid amount is used up
      ['4900', 100_00, 0], // discounts granted
      ['4000', 0, 1050_00], // revenue of the lines without an account of their own and of 4000
      ['4010', 0, 100_00], // the line booked to book sales
      ['4100', 0, 10_00], // shipping charge
      ['2200', 0, 172_90], // VAT 19 %
      ['2210', 0, 10_50], // VAT 7 %
    ]);
    expect(isBalanced(entry)).toBe(true);
  });

  it('writes nothing for a VAT group without VAT, and VAT of rates without an account goes to the default', () => {
    const entry = unwrap(
      journalForInvoice(
        doc([
          std('1', '100.00', '20'),
          { quantity: '1', unitPrice: '300.00', vatCategory: 'reverseCharge', vatRate: '0' },
        ]),
        chart,
      ),
    );
    expect(table(entry)).toEqual([
      ['1200', 420_00, 0],
      ['4000', 0, 400_00],
      ['2290', 0, 20_00],
    ]);
  });

  it('books a negative line to the debit side of its account', () => {
    const entry = unwrap(
      journalForInvoice(doc([std('1', '100.00', '19'), std('1', '-20.00', '19', '4020')]), chart),
    );
    expect(table(entry)).toEqual([
      ['1200', 95_20, 0],
      ['4020', 20_00, 0],
      ['4000', 0, 100_00],
      ['2200', 0, 15_20],
    ]);
  });

  it('books cash rounding to the rounding account (CHF to 0.05)', () => {
    // 10.02 at 0 %: payable 10.02, rounded to 10.00, rounding amount −0.02 is a cost.
    const entry = unwrap(
      journalForInvoice(
        doc([{ quantity: '1', unitPrice: '10.02', vatCategory: 'zeroRated', vatRate: '0' }], {
          currency: currencyCode('CHF'),
          cashRoundingIncrement: minor(5),
        }),
        chart,
      ),
    );
    expect(table(entry)).toEqual([
      ['1200', 10_00, 0],
      ['4990', 2, 0],
      ['4000', 0, 10_02],
    ]);
  });

  it('refuses a line booked to an account the chart does not have, naming the line', () => {
    const result = journalForInvoice(
      doc([std('1', '1.00', '19'), std('1', '1.00', '19', '4999')]),
      chart,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'UNKNOWN_ACCOUNT',
        lineIndex: 1,
        accountCode: '4999',
        message:
          'Line 2 books its revenue to account 4999, which is not in the chart of accounts; choose one of its accounts for the line or add 4999 to the chart.',
      },
    });
  });
});

describe('journalForCreditNote', () => {
  it('books a credit note of one 7 % line as the mirror of its invoice booking', () => {
    // 2 × 50.00 at 7 % (4010): net 100.00, VAT 7.00, gross 107.00.
    const creditNote = {
      ...doc([std('2', '50.00', '7', '4010')]),
      id: 'cn-1',
      number: 'CN-2025-001',
      correctedInvoiceNumber: 'INV-2025-0001',
    };
    const entry = unwrap(journalForCreditNote(creditNote, chart));
    expect(entry.source).toEqual({ type: 'creditNote', id: 'cn-1', reference: 'CN-2025-001' });
    expect(entry.description).toBe('Credit note CN-2025-001 for invoice INV-2025-0001');
    expect(table(entry)).toEqual([
      ['4010', 100_00, 0],
      ['2210', 7_00, 0],
      ['1200', 0, 107_00],
    ]);
  });

  it('a credit note of all of an invoice undoes its entry: every account nets to zero', () => {
    const invoiceEntry = unwrap(journalForInvoice(invoice, chart));
    const creditEntry = unwrap(journalForCreditNote({ ...invoice, id: 'cn-2' }, chart));
    const [balance] = trialBalance([invoiceEntry, creditEntry]);
    expect(balance?.accounts.every((row) => row.balance === 0)).toBe(true);
    expect(balance?.accounts).toHaveLength(8);
  });
});
