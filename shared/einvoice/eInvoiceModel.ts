import type { PostedDocument } from '../pdf/documentPdfInput';
import type { Address } from '../schemas/address';
import type { UnitCode } from '../schemas/units';
import type { VatCategoryCode } from '../tax/vatCategories';
import type { ElectronicAddress } from './electronicAddress';
import type { EInvoiceFormat, EInvoiceSyntax } from './eInvoiceFormats';

// One neutral picture of an EN 16931 invoice, made once from a posted document and written
// out by the UBL and the CII writer alike, so both carry the very same figures. Amounts are
// decimal strings in the currency's major unit with all its decimals ("1234.50", JPY "1234").

/** What the e-invoice needs beyond the posted document: routing, not figures. */
export type EInvoiceRouting = {
  /** BT-34: where the buyer's system answers the seller; null when there is none. */
  sellerEndpoint: ElectronicAddress | null;
  /** BT-49: where the invoice is delivered. */
  buyerEndpoint: ElectronicAddress | null;
  /** BT-10: the document's own reference, else the customer's (e.g. a Leitweg-ID); '' none. */
  buyerReference: string;
  /** BT-91: the IBAN a direct debit is collected from, '' when unknown. */
  debitedAccount: string;
};

/** A posted invoice or credit note and how to address its e-invoice. */
export type EInvoiceInput = {
  document: PostedDocument;
  format: EInvoiceFormat;
  routing: EInvoiceRouting;
};

/** A VAT category and rate as an e-invoice names it; rate null where none is allowed (O). */
export type EInvoiceTaxCategory = { code: VatCategoryCode; rate: string | null };

/** A document or line allowance (discount) or charge, BG-20/21 and BG-27/28. */
export type EInvoiceAdjustment = {
  isCharge: boolean;
  reasonCode: string;
  reason: string;
  amount: string;
  /** Base and percentage, only where the amount is that percentage of that base. */
  baseAmount: string | null;
  percent: string | null;
  /** Document level only: the VAT group it belongs to. */
  tax: EInvoiceTaxCategory | null;
};

/** An invoice line, BG-25. */
export type EInvoiceLine = {
  id: string;
  /** BT-153: the first line of the description; BT-154 the whole, when it has more. */
  name: string;
  description: string | null;
  quantity: string;
  unitCode: UnitCode;
  netAmount: string;
  /** BT-146: the net price, never negative (BR-27); a negative price negates the quantity. */
  price: string;
  /** BT-149, when the price is not per one unit. */
  baseQuantity: string | null;
  allowances: EInvoiceAdjustment[];
  charges: EInvoiceAdjustment[];
  tax: EInvoiceTaxCategory;
};

/** One row of the VAT breakdown, BG-23. */
export type EInvoiceVatGroup = EInvoiceTaxCategory & {
  taxableAmount: string;
  vatAmount: string;
  exemptionCode: string | null;
  exemptionText: string | null;
};

/** Seller or buyer, BG-4 / BG-7. */
export type EInvoiceParty = {
  name: string;
  address: Address;
  /** BT-31 / BT-48; left out on a document outside the scope of VAT (BR-O-02). */
  vatId: string | null;
  /** BT-32, seller only: a tax number other than the VAT ID. */
  taxId: string | null;
  /** BT-30 / BT-47: the registration number. */
  legalId: string | null;
  /** BT-29 / BT-46. */
  identifier: string | null;
  endpoint: ElectronicAddress | null;
  /** BG-6 / BG-9. */
  contact: { name: string | null; phone: string | null; email: string | null } | null;
};

/** Payment instructions, BG-16 with BG-17 or BG-19. */
export type EInvoicePayment = {
  code: string;
  /** BT-83: what the payer quotes, the document number. */
  remittance: string;
  payeeAccount: { iban: string; bic: string | null; name: string } | null;
  /** BT-89, BT-90, BT-91 of a direct debit. */
  mandateId: string | null;
  creditorId: string | null;
  debitedAccount: string | null;
};

/** Document totals, BG-22; null where the document has none of that kind. */
export type EInvoiceTotals = {
  lineNet: string;
  allowances: string | null;
  charges: string | null;
  taxExclusive: string;
  vat: string;
  taxInclusive: string;
  prepaid: string | null;
  rounding: string | null;
  payable: string;
};

/** The whole e-invoice, ready to be written in either syntax. */
export type EInvoice = {
  syntax: EInvoiceSyntax;
  customizationId: string;
  profileId: string | null;
  kind: 'invoice' | 'creditNote';
  typeCode: '380' | '381';
  number: string;
  issueDate: string;
  dueDate: string | null;
  currency: string;
  note: string | null;
  buyerReference: string | null;
  /** BG-3: the invoice a credit note corrects. */
  precedingInvoice: { number: string; issueDate: string } | null;
  seller: EInvoiceParty;
  buyer: EInvoiceParty;
  /** BT-72 and BG-15: when and, for intra-community supplies, where it was delivered. */
  delivery: { date: string | null; address: Address | null } | null;
  payment: EInvoicePayment | null;
  /** BT-20. */
  paymentTerms: string | null;
  /** Document-level allowances and charges, in the document's order. */
  adjustments: EInvoiceAdjustment[];
  vatGroups: EInvoiceVatGroup[];
  totals: EInvoiceTotals;
  lines: EInvoiceLine[];
};
