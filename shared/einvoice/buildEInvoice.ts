import type { CurrencyCode } from '../money/currencies';
import { dec, decimalToString } from '../money/decimal';
import type { Minor } from '../money/minor';
import type { PostedDocument } from '../pdf/documentPdfInput';
import type { PartySnapshot } from '../schemas/postedSnapshot';
import { describePaymentTerms } from '../terms/paymentTerms';
import { DOCUMENT_TYPE_CODES, paymentMeansCode, vatExemption } from './eInvoiceCodes';
import { eInvoiceFormatRules } from './eInvoiceFormats';
import { eInvoiceAdjustments, eInvoiceLines, money, taxCategoryOf } from './eInvoiceLines';
import type {
  EInvoice,
  EInvoiceInput,
  EInvoiceParty,
  EInvoicePayment,
  EInvoiceRouting,
  EInvoiceTotals,
  EInvoiceVatGroup,
} from './eInvoiceModel';

// The posted document as an EN 16931 e-invoice (the neutral model both writers use). Every
// figure is the one frozen at posting; parties are the frozen seller and buyer.

const CREDIT_NOTE_TERMS = 'The credited amount is refunded or set off against open invoices.';

const text = (value: string | undefined | null): string | null => value?.trim() || null;

/** True when a document has lines, discounts or charges outside the scope of VAT. */
export function isOutsideScope(doc: PostedDocument): boolean {
  return doc.posted.totals.vatGroups.some((group) => group.category === 'outsideScope');
}

function party(
  snapshot: PartySnapshot,
  role: 'seller' | 'buyer',
  outsideScope: boolean,
  endpoint: EInvoiceRouting['sellerEndpoint'],
): EInvoiceParty {
  const legalId = text(snapshot.registrationNumber);
  const taxId = role === 'seller' ? text(snapshot.taxId) : null;
  // BR-O-02: outside the scope of VAT, neither party shows a VAT ID.
  const vatId = outsideScope ? null : text(snapshot.vatId);
  const phone = text(snapshot.phone);
  const email = text(snapshot.email);
  const hasContact = phone !== null || email !== null;
  return {
    name: snapshot.name.trim(),
    address: snapshot.address,
    vatId,
    taxId,
    legalId,
    // BR-CO-26 wants the seller identifiable by BT-29, BT-30 or BT-31; without a VAT ID
    // shown and a registration number, the tax number is the identifier the seller has.
    identifier: vatId === null && legalId === null ? taxId : null,
    endpoint,
    // BG-6: the seller's contact point is the business itself (BT-41).
    contact: hasContact
      ? { name: role === 'seller' ? snapshot.name.trim() : null, phone, email }
      : null,
  };
}

function payment(doc: PostedDocument, routing: EInvoiceRouting): EInvoicePayment {
  const currency = doc.posted.totals.currency as CurrencyCode;
  const bank = doc.posted.bankAccount;
  const code = paymentMeansCode(doc.paymentMethod, currency, bank !== null);
  const directDebit = doc.paymentMethod === 'directDebit' ? doc.posted.directDebit : null;
  return {
    code,
    remittance: doc.number,
    // A direct debit names the payer's account, not the seller's (DE-R-025-2).
    payeeAccount:
      doc.paymentMethod === 'bankTransfer' && bank
        ? { iban: bank.iban, bic: text(bank.bic), name: doc.posted.seller.name.trim() }
        : null,
    mandateId: text(directDebit?.mandateId),
    creditorId: text(directDebit?.creditorId),
    debitedAccount: directDebit ? text(routing.debitedAccount) : null,
  };
}

function vatGroups(doc: PostedDocument): EInvoiceVatGroup[] {
  const currency = doc.posted.totals.currency as CurrencyCode;
  return doc.posted.totals.vatGroups.map((group) => {
    const exemption = vatExemption(group.category, group.exemptionReason);
    // BT-119 is given for every group, 0 for "not subject to VAT" too: the German rules
    // want it (BR-DE-14, DE-R-014) and EN 16931 forbids a rate on O lines only (BR-O-05).
    return {
      code: taxCategoryOf({ vatCategory: group.category, vatRate: group.rate }).code,
      rate: decimalToString(dec(group.rate)),
      taxableAmount: money(group.taxableAmount as Minor, currency),
      vatAmount: money(group.vatAmount as Minor, currency),
      exemptionCode: exemption.code,
      exemptionText: exemption.text,
    };
  });
}

function totals(doc: PostedDocument): EInvoiceTotals {
  const t = doc.posted.totals;
  const currency = t.currency as CurrencyCode;
  const amount = (value: number) => money(value as Minor, currency);
  const has = (kind: 'allowance' | 'charge') => doc.adjustments.some((a) => a.kind === kind);
  return {
    lineNet: amount(t.lineNetTotal),
    allowances: has('allowance') ? amount(t.allowanceTotal) : null,
    charges: has('charge') ? amount(t.chargeTotal) : null,
    taxExclusive: amount(t.netTotal),
    vat: amount(t.vatTotal),
    taxInclusive: amount(t.grossTotal),
    prepaid: t.prepaid !== 0 ? amount(t.prepaid) : null,
    rounding: t.roundingAmount !== 0 ? amount(t.roundingAmount) : null,
    payable: amount(t.amountDue),
  };
}

/** The e-invoice of a posted invoice or credit note; throws for a quote (never exported). */
export function buildEInvoice({ document: doc, format, routing }: EInvoiceInput): EInvoice {
  if (doc.kind === 'quote') throw new Error('A quote is not exported as an e-invoice');
  const rules = eInvoiceFormatRules(format);
  const outsideScope = isOutsideScope(doc);
  const intraCommunity = doc.posted.totals.vatGroups.some((g) => g.category === 'intraCommunity');
  // BR-IC-11/12: an intra-community supply states when and to which country it went; an
  // invoice with no supply date was supplied on its issue date.
  const deliveryDate = doc.supplyDate ?? (intraCommunity ? doc.issueDate : null);
  const note = [doc.notes, ...doc.posted.vatNotes].map((n) => n.trim()).filter(Boolean);
  return {
    syntax: rules.syntax,
    customizationId: rules.customizationId,
    profileId: rules.profileId,
    kind: doc.kind,
    typeCode: DOCUMENT_TYPE_CODES[doc.kind],
    number: doc.number,
    issueDate: doc.issueDate,
    dueDate: doc.dueDate,
    currency: doc.posted.totals.currency,
    note: note.length > 0 ? note.join('\n\n') : null,
    buyerReference: text(routing.buyerReference),
    precedingInvoice:
      doc.kind === 'creditNote'
        ? { number: doc.creditedInvoiceNumber, issueDate: doc.creditedInvoiceDate }
        : null,
    seller: party(doc.posted.seller, 'seller', outsideScope, routing.sellerEndpoint),
    buyer: party(doc.posted.buyer, 'buyer', outsideScope, routing.buyerEndpoint),
    delivery:
      deliveryDate === null && !intraCommunity
        ? null
        : { date: deliveryDate, address: intraCommunity ? doc.posted.buyer.address : null },
    payment: payment(doc, routing),
    paymentTerms:
      doc.kind === 'creditNote' ? CREDIT_NOTE_TERMS : `${describePaymentTerms(doc.paymentTerms)}.`,
    adjustments: eInvoiceAdjustments(doc),
    vatGroups: vatGroups(doc),
    totals: totals(doc),
    lines: eInvoiceLines(doc),
  };
}
