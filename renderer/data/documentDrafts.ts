import { addDays, type IsoDate } from '../../shared/dates/isoDate';
import type { EffectiveDefaults } from '../../shared/customers/customerDefaults';
import { ZERO } from '../../shared/money/minor';
import type { DocumentKind } from '../../shared/numbering/series';
import type { SalesDocument } from '../../shared/schemas/document';
import type { DocumentLine } from '../../shared/schemas/documentLine';
import type { Product } from '../../shared/schemas/product';
import type { BusinessSettings } from '../../shared/schemas/settings';
import {
  applyCustomerVatTreatment,
  type CustomerVatTreatment,
} from '../../shared/tax/customerVatTreatment';
import { dueDateFor } from '../../shared/terms/paymentTerms';
import { newId } from './ids';

// Pure builders of drafts and lines; the repositories add reading and writing around them.

/** How long a new quote stays valid, in days from its issue date. */
export const QUOTE_VALIDITY_DAYS = 30;

/** The id of the series that numbers documents of this kind. */
export function seriesIdFor(settings: BusinessSettings, kind: DocumentKind): string {
  return settings.numberSeries.find((series) => series.documentKind === kind)?.id ?? kind;
}

/**
 * An unsaved draft of the kind, issued on `issueDate`, filled from the effective defaults of
 * its customer (currency, terms and so the due date, payment method, language).
 */
export function buildDraft(
  kind: DocumentKind,
  settings: BusinessSettings,
  customer: { id: string; defaults: EffectiveDefaults } | null,
  issueDate: IsoDate,
  now: string,
): SalesDocument {
  const terms = customer?.defaults.paymentTerms ?? settings.defaultPaymentTerms;
  const common = {
    id: newId(),
    status: 'draft' as const,
    number: null,
    seriesId: seriesIdFor(settings, kind),
    customerId: customer?.id ?? '',
    currency: customer?.defaults.currency ?? settings.defaultCurrency,
    language: customer?.defaults.language ?? settings.locale,
    issueDate,
    supplyDate: null,
    dueDate: kind === 'invoice' ? dueDateFor(issueDate, terms) : null,
    paymentTerms: terms,
    paymentMethod: customer?.defaults.paymentMethod ?? 'bankTransfer',
    lines: [],
    adjustments: [],
    prepaid: ZERO,
    allowPartialPayment: false,
    minimumPartialAmount: ZERO,
    notes: '',
    footer: '',
    buyerReference: '',
    createdAt: now,
    updatedAt: now,
    posted: null,
  };
  switch (kind) {
    case 'invoice':
      return { ...common, kind, sourceQuoteId: null };
    case 'quote':
      return {
        ...common,
        kind,
        validUntil: addDays(issueDate, QUOTE_VALIDITY_DAYS),
        convertedInvoiceId: null,
      };
    case 'creditNote':
      // Made from a posted invoice by the credit-note flow, which fills in the invoice.
      return {
        ...common,
        kind,
        creditedInvoiceId: '',
        creditedInvoiceNumber: '',
        creditedInvoiceDate: issueDate,
      };
  }
}

/**
 * A line for a catalogue product: its description, unit, price and VAT, quantity 1. A
 * customer's non-domestic VAT treatment (reverse charge, export, …) replaces the product's VAT.
 */
export function lineFromProduct(
  product: Product,
  quantity = '1',
  treatment: CustomerVatTreatment = 'domestic',
): DocumentLine {
  return applyCustomerVatTreatment(productLine(product, quantity), treatment);
}

function productLine(product: Product, quantity: string): DocumentLine {
  return {
    id: newId(),
    productId: product.id,
    description: product.description.trim()
      ? `${product.name}\n${product.description}`
      : product.name,
    quantity,
    unit: product.unit,
    unitPrice: product.unitPrice,
    baseQuantity: '1',
    allowances: [],
    charges: [],
    vatCategory: product.vatCategory,
    vatRate: product.vatRate,
    exemptionReason: product.exemptionReason,
    revenueAccount: product.revenueAccount,
  };
}

/** The line with the product's VAT category, rate and exemption reason; the rest unchanged. */
export function withProductVat(line: DocumentLine, product: Product): DocumentLine {
  return {
    ...line,
    vatCategory: product.vatCategory,
    vatRate: product.vatRate,
    exemptionReason: product.exemptionReason,
  };
}

/**
 * The line with the product's current price and VAT treatment, the customer's non-domestic
 * treatment applied over it; the rest as the user left it.
 */
export function withCurrentPrice(
  line: DocumentLine,
  product: Product,
  treatment: CustomerVatTreatment = 'domestic',
): DocumentLine {
  return applyCustomerVatTreatment(
    withProductVat({ ...line, unitPrice: product.unitPrice }, product),
    treatment,
  );
}

/**
 * A new draft with the content of `source`: new ids, no number, issued on `issueDate`
 * (due date and validity moved along), prices as they were on the source.
 */
export function copyAsDraft(source: SalesDocument, issueDate: IsoDate, now: string): SalesDocument {
  const common = {
    ...source,
    id: newId(),
    status: 'draft' as const,
    number: null,
    issueDate,
    dueDate:
      source.kind === 'invoice' ? dueDateFor(issueDate, source.paymentTerms) : source.dueDate,
    lines: source.lines.map((line) => ({ ...line, id: newId() })),
    adjustments: source.adjustments.map((adjustment) => ({ ...adjustment })),
    createdAt: now,
    updatedAt: now,
    posted: null,
  };
  switch (common.kind) {
    case 'invoice':
      return { ...common, kind: 'invoice', status: 'draft', sourceQuoteId: null };
    case 'quote':
      return {
        ...common,
        kind: 'quote',
        status: 'draft',
        validUntil: addDays(issueDate, QUOTE_VALIDITY_DAYS),
        convertedInvoiceId: null,
      };
    case 'creditNote':
      return { ...common, kind: 'creditNote', status: 'draft' };
  }
}

/**
 * The draft invoice an accepted quote becomes: its customer, terms, lines, prices and
 * discounts as quoted (locked until the user asks for current prices), issued on
 * `issueDate` with the due date from the quote's terms, linked back to the quote.
 */
export function invoiceFromQuote(
  quote: Extract<SalesDocument, { kind: 'quote' }>,
  settings: BusinessSettings,
  issueDate: IsoDate,
  now: string,
): Extract<SalesDocument, { kind: 'invoice' }> {
  return {
    kind: 'invoice',
    id: newId(),
    status: 'draft',
    number: null,
    seriesId: seriesIdFor(settings, 'invoice'),
    customerId: quote.customerId,
    currency: quote.currency,
    language: quote.language,
    issueDate,
    supplyDate: quote.supplyDate,
    dueDate: dueDateFor(issueDate, quote.paymentTerms),
    paymentTerms: quote.paymentTerms,
    paymentMethod: quote.paymentMethod,
    lines: quote.lines.map((line) => ({ ...line, id: newId() })),
    adjustments: quote.adjustments.map((adjustment) => ({ ...adjustment })),
    prepaid: ZERO,
    allowPartialPayment: quote.allowPartialPayment,
    minimumPartialAmount: quote.minimumPartialAmount,
    notes: quote.notes,
    footer: quote.footer,
    buyerReference: quote.buyerReference,
    createdAt: now,
    updatedAt: now,
    posted: null,
    sourceQuoteId: quote.id,
  };
}
