import type { IsoDate } from '../../../shared/dates/isoDate';
import type { InvoiceStatus } from '../../../shared/documents/invoiceStates';
import { isOverdue } from '../../../shared/documents/overdue';
import type { QuoteStatus } from '../../../shared/documents/quoteStates';
import type { Minor } from '../../../shared/money/minor';
import type { InvoiceListStatus } from '../../data/documentQueryPlan';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';

// The status a person reads: a posted invoice is "Open", and "Overdue" once its due date has
// passed with money still owed (derived by shared/documents, never stored).

/** The statuses the invoice list filters by and shows, in the order the filter offers them. */
export const INVOICE_LIST_STATUSES: readonly InvoiceListStatus[] = [
  'draft',
  'open',
  'partiallyPaid',
  'paid',
  'overdue',
  'cancelled',
];

const INVOICE_STATUS_KEYS: Record<InvoiceListStatus, MessageKey> = {
  draft: 'documents.status.draft',
  open: 'documents.status.open',
  partiallyPaid: 'documents.status.partiallyPaid',
  paid: 'documents.status.paid',
  overdue: 'documents.status.overdue',
  cancelled: 'documents.status.cancelled',
};

const QUOTE_STATUS_KEYS: Record<QuoteStatus, MessageKey> = {
  draft: 'documents.status.draft',
  sent: 'quotes.status.sent',
  accepted: 'quotes.status.accepted',
  declined: 'quotes.status.declined',
  expired: 'quotes.status.expired',
  invoiced: 'quotes.status.invoiced',
};

/** What the status of an invoice looks like on screen today. */
export function invoiceShownStatus(
  invoice: { status: InvoiceStatus; dueDate: IsoDate | null; balance: Minor },
  today: IsoDate,
): InvoiceListStatus {
  if (
    invoice.dueDate !== null &&
    isOverdue({ status: invoice.status, dueDate: invoice.dueDate, balance: invoice.balance }, today)
  ) {
    return 'overdue';
  }
  return invoice.status === 'posted' ? 'open' : invoice.status;
}

/** The name of an invoice list status ("Open", "Partially paid"). */
export function invoiceStatusName(status: InvoiceListStatus): string {
  return t(INVOICE_STATUS_KEYS[status]);
}

/** The name of a quote status ("Sent", "Accepted"). */
export function quoteStatusName(status: QuoteStatus): string {
  return t(QUOTE_STATUS_KEYS[status]);
}

/** The colour of a status chip: attention for overdue, calm for settled. */
export function statusColor(
  status: InvoiceListStatus | QuoteStatus,
): 'default' | 'primary' | 'success' | 'warning' | 'error' | 'info' {
  switch (status) {
    case 'overdue':
    case 'declined':
      return 'error';
    case 'paid':
    case 'accepted':
    case 'invoiced':
      return 'success';
    case 'partiallyPaid':
    case 'expired':
      return 'warning';
    case 'open':
    case 'sent':
      return 'primary';
    default:
      return 'default';
  }
}
