import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import { DEFAULT_CHART_OF_ACCOUNTS as chart } from '../../../../shared/journal/chartOfAccounts';
import { isBalanced, type JournalEntry } from '../../../../shared/journal/journalEntry';
import {
  journalForCreditApplication,
  journalForPayment,
  journalForPaymentReversal,
  journalForRefund,
  journalForRefundKeptAsCredit,
  type JournalPayment,
} from '../../../../shared/journal/paymentJournal';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';

const movement = {
  id: 'pay-1',
  reference: 'INV-2025-0001',
  date: isoDate('2025-04-02'),
  currency: currencyCode('EUR'),
};

// 1100.00 received for an invoice with 1043.40 due: 56.60 is kept as customer credit.
const payment: JournalPayment = {
  ...movement,
  method: 'bankTransfer',
  applied: minor(1043_40),
  excessAsCredit: minor(56_60),
};

function table(entry: JournalEntry): [string, number, number][] {
  return entry.lines.map((line) => [line.account, line.debit, line.credit]);
}

describe('payment journal entries', () => {
  it('books a payment with an excess: bank debited with all, receivables and customer credit credited', () => {
    const entry = journalForPayment(payment, chart);
    expect(entry).toMatchObject({
      source: { type: 'payment', id: 'pay-1', reference: 'INV-2025-0001' },
      description: 'Payment (bank transfer): INV-2025-0001',
      date: '2025-04-02',
    });
    expect(table(entry)).toEqual([
      ['1100', 1100_00, 0],
      ['1200', 0, 1043_40],
      ['2300', 0, 56_60],
    ]);
    expect(isBalanced(entry)).toBe(true);
  });

  it('books a cash payment to the cash box and leaves out an excess of zero', () => {
    const entry = journalForPayment(
      { ...payment, method: 'cash', applied: minor(50_00), excessAsCredit: minor(0) },
      chart,
    );
    expect(table(entry)).toEqual([
      ['1000', 50_00, 0],
      ['1200', 0, 50_00],
    ]);
  });

  it('books a card or direct debit payment to the bank', () => {
    for (const method of ['card', 'directDebit', 'other'] as const) {
      expect(journalForPayment({ ...payment, method }, chart).lines[0]?.account).toBe('1100');
    }
  });

  it('reverses a payment with the mirror of its entry', () => {
    const entry = journalForPaymentReversal({ ...payment, id: 'rev-1' }, chart);
    expect(entry.source.type).toBe('paymentReversal');
    expect(entry.description).toBe('Reversal of payment (bank transfer): INV-2025-0001');
    expect(table(entry)).toEqual([
      ['1200', 1043_40, 0],
      ['2300', 56_60, 0],
      ['1100', 0, 1100_00],
    ]);
  });

  it('books customer credit applied to an invoice: customer credit to receivables', () => {
    const entry = journalForCreditApplication(
      { ...movement, id: 'ca-1', reference: 'INV-2025-0002', amount: minor(56_60) },
      chart,
    );
    expect(entry.source).toEqual({
      type: 'creditApplication',
      id: 'ca-1',
      reference: 'INV-2025-0002',
    });
    expect(table(entry)).toEqual([
      ['2300', 56_60, 0],
      ['1200', 0, 56_60],
    ]);
  });

  it('books a refund out of the bank against customer credit or receivables, as told', () => {
    const refund = {
      ...movement,
      id: 'rf-1',
      method: 'bankTransfer' as const,
      amount: minor(19_00),
    };
    expect(table(journalForRefund({ ...refund, from: 'customerCredit' }, chart))).toEqual([
      ['2300', 19_00, 0],
      ['1100', 0, 19_00],
    ]);
    const fromReceivables = journalForRefund(
      { ...refund, method: 'cash', from: 'receivables', description: 'Refund for CN-1' },
      chart,
    );
    expect(fromReceivables.description).toBe('Refund for CN-1');
    expect(table(fromReceivables)).toEqual([
      ['1200', 19_00, 0],
      ['1000', 0, 19_00],
    ]);
  });

  it('refuses negative payment figures as a programming error', () => {
    expect(() => journalForPayment({ ...payment, applied: minor(-1) }, chart)).toThrow(RangeError);
  });
});

describe('refund owed kept as customer credit', () => {
  it('moves the amount from receivables (debited) to customer credit (credited), booked as a refund', () => {
    const entry = journalForRefundKeptAsCredit({ ...movement, amount: minor(119_00) }, chart);
    expect(entry).toMatchObject({
      source: { type: 'refund', id: 'pay-1', reference: 'INV-2025-0001' },
      description: 'Refund owed kept as customer credit: INV-2025-0001',
    });
    expect(table(entry)).toEqual([
      ['1200', 119_00, 0],
      ['2300', 0, 119_00],
    ]);
    expect(isBalanced(entry)).toBe(true);
  });
});
