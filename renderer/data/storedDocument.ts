import { minor, ZERO } from '../../shared/money/minor';
import { documentNumberKey } from '../../shared/numbering/manualNumber';
import { invoiceBalance } from '../../shared/payments/invoiceSettlement';
import type { SalesDocument } from '../../shared/schemas/document';
import { applySellerVatMode, type SellerVatMode } from '../../shared/tax/sellerVatMode';
import { computeDocumentTotals, type DocumentTotals } from '../../shared/totals/documentTotals';
import type { DocumentIndexFields, StoredDocument } from './db';
import { nameSearchKey } from './searchKeys';

// The fields a stored document carries besides the schema's record, derived here and only
// here, and written in the same transaction as the document.

const INDEX_FIELD_NAMES: readonly (keyof DocumentIndexFields)[] = [
  'numberKey',
  'customerName',
  'customerNameKey',
  'dueDateKey',
  'netTotal',
  'grossTotal',
  'amountDue',
  'paid',
  'credited',
  'balance',
];

/**
 * The lines and discounts/charges as posting will treat them: with the seller's VAT mode
 * applied (a VAT-exempt small business charges no VAT whatever a line says).
 */
export function withSellerVatMode<D extends Pick<SalesDocument, 'lines' | 'adjustments'>>(
  doc: D,
  vatMode: SellerVatMode,
): D {
  return {
    ...doc,
    lines: doc.lines.map((line) => applySellerVatMode(line, vatMode)),
    adjustments: doc.adjustments.map((adjustment) => applySellerVatMode(adjustment, vatMode)),
  };
}

/**
 * The totals a draft would be posted with, as the editor shows them live: the shared/totals
 * model over the lines with the seller's VAT mode applied. The document must be valid.
 */
export function liveTotals(doc: SalesDocument, vatMode: SellerVatMode): DocumentTotals {
  const treated = withSellerVatMode(doc, vatMode);
  return computeDocumentTotals({
    currency: doc.currency,
    lines: treated.lines,
    adjustments: treated.adjustments,
    prepaid: doc.prepaid,
  });
}

/** The totals that count for a document: frozen ones once posted, else the live ones. */
export function totalsOf(doc: SalesDocument, vatMode: SellerVatMode): DocumentTotals {
  return doc.posted ? doc.posted.totals : liveTotals(doc, vatMode);
}

/** A document with its derived fields; paid and credited are carried over from `previous`. */
export function toStoredDocument(
  doc: SalesDocument,
  input: {
    /** The live customer's name; ignored once the buyer is frozen by posting. */
    customerName: string;
    totals: DocumentTotals;
    previous?: Pick<DocumentIndexFields, 'paid' | 'credited'> | undefined;
  },
): StoredDocument {
  const customerName = doc.posted ? doc.posted.buyer.name : input.customerName;
  const paid = input.previous?.paid ?? ZERO;
  const credited = input.previous?.credited ?? ZERO;
  const { amountDue } = input.totals;
  return {
    ...doc,
    numberKey: doc.number === null ? '' : documentNumberKey(doc.number),
    customerName,
    customerNameKey: nameSearchKey(customerName),
    dueDateKey: doc.dueDate ?? '',
    netTotal: minor(input.totals.netTotal),
    grossTotal: minor(input.totals.grossTotal),
    amountDue,
    paid,
    credited,
    balance: invoiceBalance({ amountDue, paid, credited }),
  };
}

/** The schema's record of a stored document, without the derived fields. */
export function toSalesDocument(stored: StoredDocument): SalesDocument {
  const plain: Record<string, unknown> = { ...stored };
  for (const name of INDEX_FIELD_NAMES) delete plain[name];
  return plain as SalesDocument;
}
