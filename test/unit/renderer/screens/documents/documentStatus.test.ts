import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../../shared/dates/isoDate';
import { QUOTE_STATUSES } from '../../../../../shared/documents/quoteStates';
import { minor } from '../../../../../shared/money/minor';
import {
  INVOICE_LIST_STATUSES,
  invoiceShownStatus,
  invoiceStatusName,
  quoteStatusName,
  statusColor,
} from '../../../../../renderer/screens/documents/documentStatus';

const today = isoDate('2026-03-16');
const owed = minor(11900);

describe('invoiceShownStatus', () => {
  it('shows a posted invoice as open until its due date has passed', () => {
    const due = isoDate('2026-03-16');
    expect(invoiceShownStatus({ status: 'posted', dueDate: due, balance: owed }, today)).toBe(
      'open',
    );
  });

  it('shows an open or partially paid invoice as overdue from the day after its due date', () => {
    const due = isoDate('2026-03-15');
    expect(invoiceShownStatus({ status: 'posted', dueDate: due, balance: owed }, today)).toBe(
      'overdue',
    );
    expect(
      invoiceShownStatus({ status: 'partiallyPaid', dueDate: due, balance: owed }, today),
    ).toBe('overdue');
  });

  it('does not call an invoice overdue that has nothing left to pay', () => {
    const due = isoDate('2026-01-01');
    expect(invoiceShownStatus({ status: 'posted', dueDate: due, balance: minor(0) }, today)).toBe(
      'open',
    );
    expect(invoiceShownStatus({ status: 'paid', dueDate: due, balance: minor(0) }, today)).toBe(
      'paid',
    );
  });

  it('shows drafts, cancelled invoices and those without a due date by their own status', () => {
    const due = isoDate('2026-01-01');
    expect(invoiceShownStatus({ status: 'draft', dueDate: due, balance: owed }, today)).toBe(
      'draft',
    );
    expect(invoiceShownStatus({ status: 'cancelled', dueDate: due, balance: owed }, today)).toBe(
      'cancelled',
    );
    expect(invoiceShownStatus({ status: 'posted', dueDate: null, balance: owed }, today)).toBe(
      'open',
    );
  });
});

describe('status names and colours', () => {
  it('offers the invoice statuses in the filter’s order, each with its English name', () => {
    expect(INVOICE_LIST_STATUSES.map(invoiceStatusName)).toEqual([
      'Draft',
      'Open',
      'Partially paid',
      'Paid',
      'Overdue',
      'Cancelled',
    ]);
  });

  it('names every quote status', () => {
    expect(QUOTE_STATUSES.map(quoteStatusName)).toEqual([
      'Draft',
      'Sent',
      'Accepted',
      'Declined',
      'Expired',
      'Invoiced',
    ]);
  });

  it('marks what needs attention in error colours and what is settled in success colours', () => {
    expect(INVOICE_LIST_STATUSES.map(statusColor)).toEqual([
      'default',
      'primary',
      'warning',
      'success',
      'error',
      'default',
    ]);
    expect(QUOTE_STATUSES.map(statusColor)).toEqual([
      'default',
      'primary',
      'success',
      'error',
      'warning',
      'success',
    ]);
  });
});
