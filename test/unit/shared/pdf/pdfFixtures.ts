// Posted documents for the PDF tests, with totals computed the way posting computes them
// (shared/totals) and frozen into the snapshot, and the VAT notes posting derives.
import { isoDate } from '../../../../shared/dates/isoDate';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import type { DocumentPdfInput } from '../../../../shared/pdf/documentPdfInput';
import type { SalesDocument } from '../../../../shared/schemas/document';
import type {
  DocumentAdjustmentRecord,
  DocumentLine,
} from '../../../../shared/schemas/documentLine';
import type {
  BankDetailsSnapshot,
  DirectDebitSnapshot,
  PartySnapshot,
} from '../../../../shared/schemas/postedSnapshot';
import { requiredVatNotes } from '../../../../shared/tax/vatNotes';
import { computeDocumentTotals } from '../../../../shared/totals/documentTotals';

export const SELLER: PartySnapshot = {
  name: 'Jane Trader Consulting',
  address: {
    line1: 'Hauptstraße 12',
    line2: '',
    postalCode: '10115',
    city: 'Berlin',
    region: '',
    country: 'DE',
  },
  vatId: 'DE123456789',
  taxId: '27/123/45678',
  registrationNumber: 'HRB 123456 B',
  email: 'jane@trader.example',
  phone: '+49 30 1234567',
};

export const BUYER: PartySnapshot = {
  name: 'Acme Handels GmbH',
  address: {
    line1: 'Mariahilfer Straße 1',
    line2: 'Stiege 2, Top 7',
    postalCode: '1060',
    city: 'Wien',
    region: '',
    country: 'AT',
  },
  vatId: 'ATU12345678',
  taxId: '',
  registrationNumber: '',
  email: 'accounts@acme.example',
  phone: '',
};

export const BANK: BankDetailsSnapshot = {
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  bankName: 'Commerzbank',
};

export const MANDATE: DirectDebitSnapshot = {
  mandateId: 'MANDATE-2026-001',
  mandateDate: isoDate('2026-01-15'),
  creditorId: 'DE98ZZZ09999999999',
};

let lineNumber = 0;

/** A standard-rated line of one hour at 100.00; override what the test is about. */
export function line(overrides: Partial<DocumentLine> = {}): DocumentLine {
  lineNumber++;
  return {
    id: `line-${lineNumber}`,
    productId: null,
    description: 'Consulting',
    quantity: '1',
    unit: 'HUR',
    unitPrice: '100.00',
    baseQuantity: '1',
    allowances: [],
    charges: [],
    vatCategory: 'standard',
    vatRate: '19',
    revenueAccount: null,
    ...overrides,
  };
}

export type PostedOptions = {
  kind?: 'invoice' | 'quote' | 'creditNote';
  number?: string;
  currency?: string;
  language?: string;
  lines: DocumentLine[];
  adjustments?: DocumentAdjustmentRecord[];
  prepaid?: number;
  seller?: PartySnapshot;
  buyer?: PartySnapshot;
  bankAccount?: BankDetailsSnapshot | null;
  directDebit?: DirectDebitSnapshot | null;
  paymentMethod?: SalesDocument['paymentMethod'];
  notes?: string;
  footer?: string;
  buyerReference?: string;
};

/** A posted document: numbered, with seller, buyer, totals and notes frozen. */
export function postedDocument(options: PostedOptions): SalesDocument {
  const currency = currencyCode(options.currency ?? 'EUR');
  const adjustments = options.adjustments ?? [];
  const prepaid = minor(options.prepaid ?? 0);
  const totals = computeDocumentTotals({ currency, lines: options.lines, adjustments, prepaid });
  const common = {
    id: `doc-${options.number ?? 'INV-2026-0042'}`,
    number: options.number ?? 'INV-2026-0042',
    seriesId: 'series-1',
    customerId: 'customer-1',
    currency,
    language: options.language ?? 'en',
    issueDate: isoDate('2026-03-05'),
    supplyDate: isoDate('2026-02-28'),
    dueDate: isoDate('2026-03-19'),
    paymentTerms: { kind: 'net' as const, days: 14 },
    paymentMethod: options.paymentMethod ?? ('bankTransfer' as const),
    lines: options.lines,
    adjustments,
    prepaid,
    allowPartialPayment: false,
    minimumPartialAmount: minor(0),
    notes: options.notes ?? '',
    footer: options.footer ?? 'Thank you for your business.',
    buyerReference: options.buyerReference ?? '',
    createdAt: '2026-03-05T08:00:00.000Z',
    updatedAt: '2026-03-05T09:00:00.000Z',
    posted: {
      postedAt: '2026-03-05T09:00:00.000Z',
      seller: options.seller ?? SELLER,
      buyer: options.buyer ?? BUYER,
      totals,
      vatNotes: requiredVatNotes(totals.vatGroups),
      bankAccount: options.bankAccount === undefined ? BANK : options.bankAccount,
      directDebit: options.directDebit ?? null,
    },
  };
  switch (options.kind ?? 'invoice') {
    case 'invoice':
      return { ...common, kind: 'invoice', status: 'posted', sourceQuoteId: null };
    case 'quote':
      return {
        ...common,
        kind: 'quote',
        status: 'sent',
        dueDate: null,
        validUntil: isoDate('2026-04-04'),
        convertedInvoiceId: null,
      };
    case 'creditNote':
      return {
        ...common,
        kind: 'creditNote',
        status: 'posted',
        dueDate: null,
        creditedInvoiceId: 'doc-INV-2026-0007',
        creditedInvoiceNumber: 'INV-2026-0007',
        creditedInvoiceDate: isoDate('2026-02-10'),
      };
  }
}

/** The input of a document in a locale, without a logo unless one is given. */
export function pdfInput(
  document: SalesDocument,
  locale = 'en-GB',
  logo: DocumentPdfInput['logo'] = null,
): DocumentPdfInput {
  return { document, logo, locale };
}
