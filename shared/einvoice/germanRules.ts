import type { PostedDocument } from '../pdf/documentPdfInput';
import type { EInvoiceInput } from './eInvoiceModel';
import { frozenGap, type ProblemList } from './eInvoiceProblems';

// The German rules: XRechnung's BR-DE-* always, and Peppol's DE-R-* (the same rules) when
// seller and buyer are both in Germany. They ask for contact details and references
// EN 16931 leaves optional.

/** True when seller and buyer are both in Germany, which brings in Peppol's DE-R rules. */
export function isGermanDomestic(doc: PostedDocument): boolean {
  return doc.posted.seller.address.country === 'DE' && doc.posted.buyer.address.country === 'DE';
}

/** Adds what the German rules miss on the document, its customer and the settings. */
export function checkGermanRules(input: EInvoiceInput, problems: ProblemList): void {
  const doc = input.document;
  const { seller, buyer } = doc.posted;
  const settings = 'in Settings';
  const customer = 'to the customer';
  // BR-DE-15 / DE-R-015: the buyer reference, for public buyers their Leitweg-ID.
  if (!input.routing.buyerReference.trim()) {
    problems.add(
      'customer.eInvoice.buyerReference',
      'German e-invoices need the buyer reference (for public authorities their Leitweg-ID); enter it on the customer.',
    );
  }
  // BR-DE-2 to BR-DE-7: the seller's contact point, phone, e-mail, town and postal code.
  if (!seller.phone.trim()) {
    problems.add(
      'company.phone',
      frozenGap(doc, 'German e-invoices need your phone number.', settings),
    );
  }
  if (!seller.email.trim()) {
    problems.add(
      'company.email',
      frozenGap(doc, 'German e-invoices need your e-mail address.', settings),
    );
  }
  if (!seller.address.postalCode.trim()) {
    problems.add(
      'company.address.postalCode',
      frozenGap(doc, 'German e-invoices need your postal code.', settings),
    );
  }
  // BR-DE-8, BR-DE-9: the buyer's town and postal code.
  if (!buyer.address.postalCode.trim()) {
    problems.add(
      'customer.billingAddress.postalCode',
      frozenGap(doc, "German e-invoices need the customer's postal code.", customer),
    );
  }
  if (doc.paymentMethod === 'directDebit') {
    // BR-DE-30, BR-DE-31: creditor ID and the IBAN the money is collected from.
    if (!doc.posted.directDebit?.creditorId.trim()) {
      problems.add(
        'company.sepaCreditorId',
        frozenGap(
          doc,
          'German e-invoices paid by direct debit need your SEPA creditor ID.',
          settings,
        ),
      );
    }
    if (!input.routing.debitedAccount.trim()) {
      problems.add(
        'customer.directDebit.iban',
        "German e-invoices paid by direct debit need the IBAN the customer's mandate allows you to debit; enter it with the mandate on the customer.",
      );
    }
  }
  // BR-DE-24: a card payment names the card, which the app does not keep.
  if (doc.paymentMethod === 'card') {
    problems.add(
      'document',
      'German e-invoices paid by card must name the card, which the app does not record. Export this one as CII instead.',
    );
  }
}
