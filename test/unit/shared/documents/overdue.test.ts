import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import { INVOICE_STATUSES, type InvoiceStatus } from '../../../../shared/documents/invoiceStates';
import { daysOverdue, isOverdue, type OverdueFacts } from '../../../../shared/documents/overdue';
import { minor } from '../../../../shared/money/minor';

const dueDate = isoDate('2026-03-31');

function facts(overrides: Partial<OverdueFacts> = {}): OverdueFacts {
  return { status: 'posted', dueDate, balance: minor(1000), ...overrides };
}

describe('overdue invoices', () => {
  it('is not overdue the day before the due date', () => {
    expect(isOverdue(facts(), isoDate('2026-03-30'))).toBe(false);
  });

  it('is not overdue on the due date itself', () => {
    expect(isOverdue(facts(), isoDate('2026-03-31'))).toBe(false);
  });

  it('is overdue the day after the due date', () => {
    expect(isOverdue(facts(), isoDate('2026-04-01'))).toBe(true);
  });

  it('a partially paid invoice with a balance is overdue after its due date', () => {
    expect(isOverdue(facts({ status: 'partiallyPaid' }), isoDate('2026-04-01'))).toBe(true);
  });

  it('is overdue with one cent left to pay, not with nothing or a credit balance', () => {
    const today = isoDate('2026-05-01');
    expect(isOverdue(facts({ balance: minor(1) }), today)).toBe(true);
    expect(isOverdue(facts({ balance: minor(0) }), today)).toBe(false);
    expect(isOverdue(facts({ balance: minor(-500) }), today)).toBe(false);
  });

  it.each<InvoiceStatus>(['draft', 'paid', 'cancelled'])(
    'a %s invoice is never overdue',
    (status) => {
      expect(isOverdue(facts({ status }), isoDate('2030-01-01'))).toBe(false);
    },
  );

  it('only open and partially paid invoices can be overdue', () => {
    const overdue = INVOICE_STATUSES.filter((status) =>
      isOverdue(facts({ status }), isoDate('2026-04-01')),
    );
    expect(overdue).toEqual(['posted', 'partiallyPaid']);
  });

  it('counts the days past the due date, across a month end', () => {
    expect(daysOverdue(facts(), isoDate('2026-04-01'))).toBe(1);
    expect(daysOverdue(facts(), isoDate('2026-05-01'))).toBe(31);
    expect(daysOverdue(facts(), isoDate('2026-03-31'))).toBe(0);
    expect(daysOverdue(facts({ status: 'paid' }), isoDate('2026-05-01'))).toBe(0);
  });
});
