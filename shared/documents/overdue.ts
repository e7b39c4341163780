import { daysBetween, type IsoDate } from '../dates/isoDate';
import type { Minor } from '../money/minor';
import type { InvoiceStatus } from './invoiceStates';

/** What overdue is derived from; stored invoices carry no overdue flag. */
export type OverdueFacts = { status: InvoiceStatus; dueDate: IsoDate; balance: Minor };

/**
 * True when an open or partially paid invoice still has something to pay and its due date
 * lies before today. Due today is not overdue: the customer has the whole due day.
 */
export function isOverdue(invoice: OverdueFacts, today: IsoDate): boolean {
  return (
    (invoice.status === 'posted' || invoice.status === 'partiallyPaid') &&
    invoice.balance > 0 &&
    invoice.dueDate < today
  );
}

/** How many days past its due date an overdue invoice is; 0 when it is not overdue. */
export function daysOverdue(invoice: OverdueFacts, today: IsoDate): number {
  return isOverdue(invoice, today) ? daysBetween(invoice.dueDate, today) : 0;
}
