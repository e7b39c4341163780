import { currencyOf, type PostedDocument, type QrEncoder } from './documentPdfInput';
import { epcQrPayload } from './epcQrPayload';
import type { PdfFact, PdfPayment } from './pdfModel';
import { formatIban, type PdfFormatters } from './pdfFormatters';
import type { PdfLabels } from './pdfLabels';

// How the buyer pays: the terms, then either the direct-debit notice (a SEPA collection must
// be announced with amount, date, mandate reference and creditor ID) or the request to
// transfer with the bank details and an EPC QR code, or just the payment method.

function bankRows(doc: PostedDocument, labels: PdfLabels): PdfFact[] {
  const bank = doc.posted.bankAccount;
  if (!bank) return [];
  const rows = [
    { label: labels.accountHolder, value: doc.posted.seller.name },
    { label: labels.iban, value: formatIban(bank.iban) },
  ];
  if (bank.bic) rows.push({ label: labels.bic, value: bank.bic });
  if (bank.bankName) rows.push({ label: labels.bank, value: bank.bankName });
  return rows;
}

function transferQr(doc: PostedDocument, labels: PdfLabels, encodeQr: QrEncoder) {
  const bank = doc.posted.bankAccount;
  if (!bank) return null;
  const payload = epcQrPayload({
    beneficiaryName: doc.posted.seller.name,
    iban: bank.iban,
    bic: bank.bic,
    amount: doc.posted.totals.amountDue,
    currency: currencyOf(doc),
    remittance: doc.number,
  });
  // Not EUR, or an amount out of the EPC's range: the bank details alone serve.
  return payload.ok ? { matrix: encodeQr(payload.value), caption: labels.scanToPay } : null;
}

/** The payment section; none on a credit note, only the terms on a quote. */
export function paymentBlock(
  doc: PostedDocument,
  labels: PdfLabels,
  format: PdfFormatters,
  encodeQr: QrEncoder,
): PdfPayment | null {
  if (doc.kind === 'creditNote') return null;
  const paragraphs = [`${labels.paymentTerms(doc.paymentTerms)}.`];
  if (doc.kind === 'quote') return { paragraphs, rows: [], qr: null };

  const amountDue = doc.posted.totals.amountDue;
  const directDebit = doc.posted.directDebit;
  if (doc.paymentMethod === 'directDebit' && directDebit) {
    if (amountDue > 0) {
      const collectedOn = format.date(doc.dueDate ?? doc.issueDate);
      paragraphs.push(labels.collection(format.money(amountDue), collectedOn));
    }
    const rows = [
      {
        label: labels.mandateReference,
        value: labels.mandate(directDebit.mandateId, format.date(directDebit.mandateDate)),
      },
    ];
    if (directDebit.creditorId)
      rows.push({ label: labels.creditorId, value: directDebit.creditorId });
    return { paragraphs, rows, qr: null };
  }
  if (doc.paymentMethod === 'bankTransfer' && doc.posted.bankAccount && amountDue > 0) {
    const dueDate = doc.dueDate ? format.date(doc.dueDate) : null;
    paragraphs.push(labels.transferRequest(format.money(amountDue), dueDate, doc.number));
    return { paragraphs, rows: bankRows(doc, labels), qr: transferQr(doc, labels, encodeQr) };
  }
  paragraphs.push(labels.paymentMethod(labels.paymentMethods[doc.paymentMethod]));
  return { paragraphs, rows: [], qr: null };
}
