// Posted documents for the e-invoice tests, frozen the way posting freezes them: totals
// from shared/totals (credit notes from deriveCreditNote), VAT notes from shared/tax.
import { isoDate } from '../../../../shared/dates/isoDate';
import type { EInvoiceRouting } from '../../../../shared/einvoice/eInvoiceModel';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import type { PostedDocument } from '../../../../shared/pdf/documentPdfInput';
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
import {
  computeDocumentTotals,
  type DocumentTotals,
} from '../../../../shared/totals/documentTotals';

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

/** A German public authority: addressed by its Leitweg-ID. */
export const GERMAN_BUYER: PartySnapshot = {
  name: 'Stadtverwaltung Musterstadt',
  address: {
    line1: 'Rathausplatz 1',
    line2: 'Zimmer 204',
    postalCode: '12345',
    city: 'Musterstadt',
    region: 'Brandenburg',
    country: 'DE',
  },
  vatId: 'DE987654321',
  taxId: '',
  registrationNumber: '',
  email: 'rechnungen@musterstadt.example',
  phone: '+49 3301 0',
};

export const AUSTRIAN_BUYER: PartySnapshot = {
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
  registrationNumber: 'FN 123456a',
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

/** Routing to a German authority: Leitweg-ID as reference and as electronic address. */
export const LEITWEG_ROUTING: EInvoiceRouting = {
  sellerEndpoint: { scheme: '9930', id: 'DE123456789' },
  buyerEndpoint: { scheme: '0204', id: '04011000-1234512345-06' },
  buyerReference: '04011000-1234512345-06',
  debitedAccount: '',
};

/** Routing by VAT IDs, as a Peppol participant registered under its VAT ID. */
export function vatRouting(buyer: PartySnapshot, reference = 'PO-2026-0815'): EInvoiceRouting {
  const schemes: Record<string, string> = { AT: '9914', FR: '9957', EL: '9933', BG: '9926' };
  const prefix = buyer.vatId.slice(0, 2);
  return {
    sellerEndpoint: { scheme: '9930', id: 'DE123456789' },
    buyerEndpoint: schemes[prefix]
      ? { scheme: schemes[prefix]!, id: buyer.vatId }
      : { scheme: '0088', id: '4000001000005' },
    buyerReference: reference,
    debitedAccount: '',
  };
}

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
  kind?: 'invoice' | 'creditNote';
  number: string;
  currency?: string;
  lines: DocumentLine[];
  adjustments?: DocumentAdjustmentRecord[];
  prepaid?: number;
  cashRoundingIncrement?: number;
  /** Fixed figures (a credit note's, from deriveCreditNote) instead of computing them. */
  totals?: DocumentTotals;
  seller?: PartySnapshot;
  buyer?: PartySnapshot;
  bankAccount?: BankDetailsSnapshot | null;
  directDebit?: DirectDebitSnapshot | null;
  paymentMethod?: SalesDocument['paymentMethod'];
  supplyDate?: string | null;
  notes?: string;
  buyerReference?: string;
};

/** A posted invoice or credit note with its seller, buyer, totals and notes frozen. */
export function posted(options: PostedOptions): PostedDocument {
  const currency = currencyCode(options.currency ?? 'EUR');
  const adjustments = options.adjustments ?? [];
  const totals =
    options.totals ??
    computeDocumentTotals({
      currency,
      lines: options.lines,
      adjustments,
      prepaid: minor(options.prepaid ?? 0),
      cashRoundingIncrement: minor(options.cashRoundingIncrement ?? 1),
    });
  const common = {
    id: `doc-${options.number}`,
    number: options.number,
    seriesId: 'series-1',
    customerId: 'customer-1',
    currency,
    language: 'en',
    issueDate: isoDate('2026-03-05'),
    supplyDate:
      options.supplyDate === undefined ? isoDate('2026-02-28') : (options.supplyDate as never),
    paymentTerms: { kind: 'net' as const, days: 14 },
    paymentMethod: options.paymentMethod ?? ('bankTransfer' as const),
    lines: options.lines,
    adjustments,
    prepaid: totals.prepaid,
    allowPartialPayment: false,
    minimumPartialAmount: minor(0),
    notes: options.notes ?? '',
    footer: 'Thank you for your business.',
    buyerReference: options.buyerReference ?? '',
    createdAt: '2026-03-05T08:00:00.000Z',
    updatedAt: '2026-03-05T09:00:00.000Z',
    posted: {
      postedAt: '2026-03-05T09:00:00.000Z',
      seller: options.seller ?? SELLER,
      buyer: options.buyer ?? GERMAN_BUYER,
      totals,
      vatNotes: requiredVatNotes(totals.vatGroups),
      bankAccount: options.bankAccount === undefined ? BANK : options.bankAccount,
      directDebit: options.directDebit ?? null,
    },
  };
  if (options.kind === 'creditNote') {
    return {
      ...common,
      kind: 'creditNote',
      status: 'posted',
      dueDate: null,
      creditedInvoiceId: 'doc-INV-2026-0100',
      creditedInvoiceNumber: 'INV-2026-0100',
      creditedInvoiceDate: isoDate('2026-02-10'),
    };
  }
  return {
    ...common,
    kind: 'invoice',
    status: 'posted',
    dueDate: isoDate('2026-03-19'),
    sourceQuoteId: null,
  };
}
