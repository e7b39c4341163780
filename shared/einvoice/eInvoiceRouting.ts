import type { PostedDocument } from '../pdf/documentPdfInput';
import type { CustomerEInvoice, DirectDebitMandate } from '../schemas/customer';
import { vatElectronicAddress, type ElectronicAddress } from './electronicAddress';
import { eInvoiceFormatRules, type EInvoiceFormat } from './eInvoiceFormats';
import type { EInvoiceRouting } from './eInvoiceModel';

// Where an e-invoice goes and what references it carries. Unlike the figures, these are
// read at export time from the customer and the company profile as they are now: an
// address or reference added after posting serves the documents posted before.

/** What routing needs of the customer (the live record; null if it was deleted). */
export type RoutingCustomer = {
  eInvoice?: CustomerEInvoice | undefined;
  directDebit: DirectDebitMandate | null;
};

/** What routing needs of the company profile. */
export type RoutingCompany = { vatId: string; email: string };

function customerEndpoint(customer: RoutingCustomer | null): ElectronicAddress | null {
  const settings = customer?.eInvoice;
  if (!settings?.endpointScheme || !settings.endpointId) return null;
  return { scheme: settings.endpointScheme, id: settings.endpointId };
}

/**
 * The electronic addresses, buyer reference and debited account of a document's
 * e-invoice. Peppol addresses the seller by its VAT ID under its country's VAT scheme;
 * the other formats by e-mail (scheme EM), which the CEN rules accept, else the same VAT
 * address. A buyer with no address of their own is reached by e-mail outside Peppol.
 */
export function eInvoiceRouting(
  doc: PostedDocument,
  format: EInvoiceFormat,
  customer: RoutingCustomer | null,
  company: RoutingCompany,
): EInvoiceRouting {
  const peppol = eInvoiceFormatRules(format).peppolRules;
  const sellerEmail = company.email.trim();
  const sellerVat = vatElectronicAddress(company.vatId);
  const sellerEndpoint = peppol || !sellerEmail ? sellerVat : { scheme: 'EM', id: sellerEmail };
  const buyerEmail = doc.posted.buyer.email.trim();
  const buyerEndpoint =
    customerEndpoint(customer) ?? (peppol || !buyerEmail ? null : { scheme: 'EM', id: buyerEmail });
  // The IBAN belongs to the mandate the document was posted with, not to a newer one.
  const mandate = customer?.directDebit;
  const sameMandate = mandate && mandate.mandateId === doc.posted.directDebit?.mandateId;
  return {
    sellerEndpoint,
    buyerEndpoint,
    buyerReference: doc.buyerReference.trim() || (customer?.eInvoice?.buyerReference.trim() ?? ''),
    debitedAccount: sameMandate ? (mandate.iban ?? '') : '',
  };
}
