import type { Logo } from '../schemas/companyProfile';
import {
  currencyOf,
  postedDocumentOf,
  type DocumentPdfInput,
  type PostedDocument,
  type QrEncoder,
  type QrMatrix,
} from './documentPdfInput';
import { pdfFormatters, type PdfFormatters } from './pdfFormatters';
import { pdfLabelsFor, type PdfDocumentKind, type PdfLabels } from './pdfLabels';
import { buyerBlock, pageFooterLines, sellerBlock, senderLine } from './pdfModelParties';
import { lineRows } from './pdfModelLines';
import { paymentBlock } from './pdfModelPayment';
import { totalRows, vatRows } from './pdfModelTotals';

// Everything the PDF prints, as text: the document read once, formatted in its locale and
// labelled in its language. The layout only places these strings; no figure is computed
// here or there, every amount comes from the totals frozen at posting.

export type PdfFact = { label: string; value: string };

export type PdfParty = { name: string; lines: string[] };

export type PdfLineRow = {
  position: string;
  description: string;
  /** Smaller lines under the description: discounts, surcharges, the price's base quantity. */
  details: string[];
  quantity: string;
  unit: string;
  unitPrice: string;
  discount: string;
  vatRate: string;
  net: string;
};

export type PdfVatRow = { label: string; taxable: string; vat: string };

export type PdfAmountRow = { label: string; value: string; strong: boolean };

export type PdfPayment = {
  paragraphs: string[];
  /** Bank details for a transfer, or mandate and creditor ID for a direct debit. */
  rows: PdfFact[];
  qr: { matrix: QrMatrix; caption: string } | null;
};

export type PdfModel = {
  labels: PdfLabels;
  kind: PdfDocumentKind;
  title: string;
  number: string;
  /** A credit note's reference to the invoice it corrects. */
  subtitle: string | null;
  logo: Logo | null;
  seller: PdfParty;
  /** The seller in one small line above the buyer's address, for window envelopes. */
  senderLine: string;
  buyer: PdfParty;
  facts: PdfFact[];
  amountsNote: string;
  rows: PdfLineRow[];
  vatRows: PdfVatRow[];
  totals: PdfAmountRow[];
  payment: PdfPayment | null;
  legalNotes: string[];
  notes: string;
  closing: string;
  footerLines: string[];
  metadata: { title: string; subject: string; author: string; language: string };
};

function facts(doc: PostedDocument, labels: PdfLabels, format: PdfFormatters): PdfFact[] {
  const rows: PdfFact[] = [
    { label: labels.number[doc.kind], value: doc.number },
    { label: labels.issueDate[doc.kind], value: format.date(doc.issueDate) },
  ];
  if (doc.supplyDate) rows.push({ label: labels.supplyDate, value: format.date(doc.supplyDate) });
  if (doc.kind === 'quote') {
    if (doc.validUntil) rows.push({ label: labels.validUntil, value: format.date(doc.validUntil) });
  } else if (doc.dueDate) {
    rows.push({ label: labels.dueDate, value: format.date(doc.dueDate) });
  }
  if (doc.buyerReference) rows.push({ label: labels.buyerReference, value: doc.buyerReference });
  return rows;
}

/** The text of a document's PDF; throws if the document is not posted (programming error). */
export function buildPdfModel(input: DocumentPdfInput, encodeQr: QrEncoder): PdfModel {
  const doc = postedDocumentOf(input);
  const labels = pdfLabelsFor(doc.language);
  const currency = currencyOf(doc);
  const format = pdfFormatters(input.locale, currency, labels.language);
  const { seller, buyer } = doc.posted;
  const title = labels.title[doc.kind];
  return {
    labels,
    kind: doc.kind,
    title,
    number: doc.number,
    subtitle:
      doc.kind === 'creditNote'
        ? labels.correctsInvoice(doc.creditedInvoiceNumber, format.date(doc.creditedInvoiceDate))
        : null,
    logo: input.logo,
    seller: sellerBlock(seller, labels, format),
    senderLine: senderLine(seller, format),
    buyer: buyerBlock(buyer, seller.address.country, labels, format),
    facts: facts(doc, labels, format),
    amountsNote: labels.amountsIn(currency),
    rows: lineRows(doc, labels, format),
    vatRows: vatRows(doc.posted.totals, labels, format),
    totals: totalRows(doc, labels, format),
    payment: paymentBlock(doc, labels, format, encodeQr),
    legalNotes: [...doc.posted.vatNotes],
    notes: doc.notes.trim(),
    closing: doc.footer.trim(),
    footerLines: pageFooterLines(doc.posted, labels, format),
    metadata: {
      title: `${title} ${doc.number}`,
      subject: `${title} ${doc.number}, ${buyer.name}`,
      author: seller.name,
      language: labels.language,
    },
  };
}
