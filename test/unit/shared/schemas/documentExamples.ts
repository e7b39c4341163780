// Valid lines and documents: see examples.ts, which exports them with the others.
import { isoDate } from '../../../../shared/dates/isoDate';
import { minor } from '../../../../shared/money/minor';
import type {
  CreditNote,
  Invoice,
  Quote,
  SalesDocument,
} from '../../../../shared/schemas/document';
import type { DocumentLine } from '../../../../shared/schemas/documentLine';
import type { PartySnapshot, PostedSnapshot } from '../../../../shared/schemas/postedSnapshot';
import { computeDocumentTotals } from '../../../../shared/totals/documentTotals';
import { CREATED, EUR, exampleAddress } from './exampleBasics';

export function exampleLine(): DocumentLine {
  return {
    id: 'line-1',
    productId: 'prod-1',
    description: 'Consulting, March 2026',
    quantity: '2.5',
    unit: 'HUR',
    unitPrice: '90.00',
    baseQuantity: '1',
    allowances: [{ kind: 'percent', percent: '10', reason: 'Loyalty' }],
    charges: [],
    vatCategory: 'standard',
    vatRate: '19',
    revenueAccount: null,
  };
}

function exemptLine(): DocumentLine {
  return {
    ...exampleLine(),
    id: 'line-2',
    productId: null,
    description: 'Training course',
    quantity: '1',
    unit: 'DAY',
    unitPrice: '400',
    allowances: [],
    charges: [{ kind: 'amount', amount: minor(2500), reason: 'Materials' }],
    vatCategory: 'exempt',
    vatRate: '0',
    exemptionReason: 'Exempt under § 4 Nr. 21 UStG',
  };
}

function party(name: string): PartySnapshot {
  return {
    name,
    address: exampleAddress(),
    vatId: 'DE123456789',
    taxId: '',
    registrationNumber: '',
    email: '',
    phone: '',
  };
}

/** A posted snapshot whose totals are computed from the document's own lines. */
export function postedSnapshotFor(
  doc: Pick<SalesDocument, 'lines' | 'adjustments' | 'prepaid'>,
): PostedSnapshot {
  return {
    postedAt: '2026-03-05T10:00:00.000Z',
    seller: party('Sole Trader Jane'),
    buyer: party('Acme Ltd'),
    totals: computeDocumentTotals({
      currency: EUR,
      lines: doc.lines,
      adjustments: doc.adjustments,
      prepaid: doc.prepaid,
    }),
    vatNotes: ['Exempt under § 4 Nr. 21 UStG'],
    bankAccount: { iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', bankName: 'Commerzbank' },
    directDebit: null,
  };
}

/** A draft invoice with two lines (one discounted, one exempt) and a document charge. */
export function exampleDraftInvoice(): Invoice {
  return {
    kind: 'invoice',
    status: 'draft',
    id: 'doc-1',
    number: null,
    seriesId: 'invoice',
    customerId: 'cust-1',
    currency: EUR,
    language: 'en',
    issueDate: isoDate('2026-03-05'),
    supplyDate: isoDate('2026-03-01'),
    dueDate: isoDate('2026-03-19'),
    paymentTerms: { kind: 'net', days: 14 },
    paymentMethod: 'bankTransfer',
    lines: [exampleLine(), exemptLine()],
    adjustments: [
      {
        kind: 'charge',
        reason: 'Shipping',
        value: { kind: 'amount', amount: minor(990) },
        vatCategory: 'standard',
        vatRate: '19',
      },
    ],
    prepaid: minor(0),
    allowPartialPayment: true,
    minimumPartialAmount: minor(5000),
    notes: '',
    footer: 'Thank you for your business.',
    buyerReference: '',
    createdAt: CREATED,
    updatedAt: CREATED,
    posted: null,
    sourceQuoteId: null,
  };
}

/** The draft invoice, posted: numbered, with its figures frozen. */
export function examplePostedInvoice(): Invoice {
  const draft = exampleDraftInvoice();
  return { ...draft, status: 'posted', number: 'INV-2026-0001', posted: postedSnapshotFor(draft) };
}

export function exampleQuote(): Quote {
  const { sourceQuoteId: _ignored, ...invoice } = exampleDraftInvoice();
  return {
    ...invoice,
    kind: 'quote',
    status: 'draft',
    id: 'quote-1',
    seriesId: 'quote',
    dueDate: null,
    validUntil: isoDate('2026-04-05'),
    convertedInvoiceId: null,
  };
}

/** The quote, sent: numbered, with its figures frozen. */
export function exampleSentQuote(): Quote {
  const quote = exampleQuote();
  return { ...quote, status: 'sent', number: 'QUO-2026-0001', posted: postedSnapshotFor(quote) };
}

/** A draft credit note for the first line of the posted invoice. */
export function exampleCreditNote(): CreditNote {
  const { sourceQuoteId: _ignored, ...invoice } = exampleDraftInvoice();
  return {
    ...invoice,
    kind: 'creditNote',
    status: 'draft',
    id: 'cn-1',
    seriesId: 'creditNote',
    issueDate: isoDate('2026-03-20'),
    dueDate: null,
    lines: [{ ...exampleLine(), id: 'cn-line-1', creditedLineId: 'line-1' }],
    adjustments: [],
    allowPartialPayment: false,
    minimumPartialAmount: minor(0),
    creditedInvoiceId: 'doc-1',
    creditedInvoiceNumber: 'INV-2026-0001',
    creditedInvoiceDate: isoDate('2026-03-05'),
  };
}
