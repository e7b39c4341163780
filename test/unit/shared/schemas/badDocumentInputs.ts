// Bad lines and documents: see badInputs.ts for what a row means.
import { minor } from '../../../../shared/money/minor';
import type { BadInput } from './badInputs';
import {
  exampleCreditNote,
  exampleDraftInvoice,
  exampleLine,
  examplePostedInvoice,
  exampleQuote,
  exampleSentQuote,
  withAt,
} from './examples';

const draft = exampleDraftInvoice;
const posted = examplePostedInvoice;

export const badDocuments: BadInput[] = [
  {
    name: 'draft with a number',
    input: withAt(draft(), 'number', 'INV-2026-0001'),
    path: 'number',
    mentions: /draft invoice has no number yet/,
  },
  {
    name: 'draft with posted figures',
    input: withAt(draft(), 'posted', posted().posted),
    path: 'posted',
    mentions: /draft invoice cannot carry posted figures/,
  },
  {
    name: 'posted invoice without a number',
    input: withAt(posted(), 'number', null),
    path: 'number',
    mentions: /The number is missing/,
  },
  {
    name: 'posted invoice without posted figures',
    input: withAt(posted(), 'posted', null),
    path: 'posted',
    mentions: /posted figures are missing/,
  },
  {
    name: 'number with a slash',
    input: withAt(posted(), 'number', 'INV/2026/1'),
    path: 'number',
    mentions: /cannot be used in a document number/,
  },
  {
    name: 'due before issue',
    input: withAt(draft(), 'dueDate', '2026-03-01'),
    path: 'dueDate',
    mentions: /^The due date cannot be before the issue date\.$/,
  },
  {
    name: 'posted invoice without a due date',
    input: withAt(posted(), 'dueDate', null),
    path: 'dueDate',
    mentions: /Enter the due date/,
  },
  {
    name: 'thirteenth month',
    input: withAt(draft(), 'issueDate', '2026-13-01'),
    path: 'issueDate',
    mentions: /issue date 2026-13-01 does not exist/,
  },
  {
    name: 'no customer',
    input: withAt(draft(), 'customerId', ''),
    path: 'customerId',
    mentions: /Choose a customer/,
  },
  {
    name: 'bad quantity on a line',
    input: withAt(draft(), 'lines.1.quantity', '1,5'),
    path: 'lines.1.quantity',
    mentions: /Quantity must be a number/,
  },
  {
    name: 'line amount beyond what can be computed',
    input: withAt(
      withAt(draft(), 'lines.0.quantity', '999999999'),
      'lines.0.unitPrice',
      '999999999',
    ),
    path: 'lines.0.quantity',
    mentions: /check the quantity and unit price/,
  },
  {
    name: 'posted invoice without lines',
    input: {
      ...posted(),
      lines: [],
      posted: { ...posted().posted!, totals: { ...posted().posted!.totals, lines: [] } },
    },
    path: 'lines',
    mentions: /at least one line/,
  },
  {
    name: '501 lines',
    input: withAt(draft(), 'lines', Array(501).fill(exampleLine())),
    path: 'lines',
    mentions: /at most 500 lines/,
  },
  {
    name: 'document charge without a reason',
    input: withAt(draft(), 'adjustments.0.reason', ''),
    path: 'adjustments.0.reason',
    mentions: /reason for the discount or charge/,
  },
  {
    name: 'minimum partial payment while partial payments are off',
    input: withAt(draft(), 'allowPartialPayment', false),
    path: 'minimumPartialAmount',
    mentions: /minimum partial amount applies only when partial payments are allowed/,
  },
  {
    name: 'negative minimum partial amount',
    input: withAt(draft(), 'minimumPartialAmount', minor(-100)),
    path: 'minimumPartialAmount',
    mentions: /minimum partial amount cannot be negative; enter 0 for no minimum/,
  },
  {
    name: 'minimum partial amount above the gross total',
    input: withAt(draft(), 'minimumPartialAmount', minor(100_000_00)),
    path: 'minimumPartialAmount',
    mentions:
      /minimum partial amount of €100,000\.00 is more than the invoice total of €[\d,.]+; enter at most/,
  },
  {
    name: 'posted invoice with a minimum partial amount above its frozen gross',
    input: withAt(posted(), 'minimumPartialAmount', minor(100_000_00)),
    path: 'minimumPartialAmount',
    mentions: /is more than the invoice total of/,
  },
  {
    name: 'negative prepaid amount',
    input: withAt(draft(), 'prepaid', minor(-100)),
    path: 'prepaid',
    mentions: /Prepaid amount cannot be negative/,
  },
  {
    name: 'quote with an invoice status',
    input: withAt(exampleQuote(), 'status', 'paid'),
    path: 'status',
    mentions: /quote has an unknown status/,
  },
  {
    name: 'quote valid until before issue',
    input: withAt(exampleQuote(), 'validUntil', '2026-03-01'),
    path: 'validUntil',
    mentions: /valid-until date cannot be before the issue date/,
  },
  {
    name: 'invoiced quote without its invoice',
    input: withAt(exampleSentQuote(), 'status', 'invoiced'),
    path: 'convertedInvoiceId',
    mentions: /invoice it became/,
  },
  {
    name: 'unknown kind',
    input: withAt(draft(), 'kind', 'receipt'),
    path: 'kind',
    mentions: /an invoice, a quote or a credit note/,
  },
  {
    name: 'credit note without its invoice',
    input: withAt(exampleCreditNote(), 'creditedInvoiceId', ''),
    path: 'creditedInvoiceId',
    mentions: /invoice this credit note corrects/,
  },
  {
    name: 'credit note line not linked to an invoice line',
    input: withAt(exampleCreditNote(), 'lines.0.creditedLineId', undefined),
    path: 'lines.0.creditedLineId',
    mentions: /invoice line this line credits/,
  },
  {
    name: 'credit note dated before its invoice',
    input: withAt(exampleCreditNote(), 'issueDate', '2026-03-01'),
    path: 'issueDate',
    mentions: /issue date cannot be before the date of the invoice/,
  },
  {
    name: 'posted totals in another currency',
    input: withAt(posted(), 'currency', 'USD'),
    path: 'posted.totals.currency',
    mentions: /posted totals are in EUR but the document is in USD/,
  },
  {
    name: 'unknown payment method',
    input: withAt(draft(), 'paymentMethod', 'paypal'),
    path: 'paymentMethod',
    mentions: /payment method/,
  },
];
