import { jsPDF } from 'jspdf';
import { drawReportPdf } from '../../shared/pdf/reportLayout';
import type { ReportPdfInput } from '../../shared/pdf/reportPdfInput';
import { addPdfFonts } from './fonts';
import { jspdfCanvas } from './jspdfCanvas';
import { fileId } from './renderInvoicePdf';

// The print-friendly report PDF: the pure layout of shared/pdf/reportLayout drawn with
// jsPDF and the embedded DejaVu subset, like every document PDF (DESIGN §7). It runs in
// the PDF Web Worker in the app, and in Node for tests.

/**
 * The PDF of a report (VAT report, sales, aged receivables) as bytes. The same input gives
 * the same bytes: the creation date is the input's and the file ID derives from it.
 */
export function renderReportPdf(input: ReportPdfInput): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  addPdfFonts(doc);
  drawReportPdf(input, jspdfCanvas(doc));
  const { metadata } = input;
  const created = new Date(metadata.createdAt);
  if (!Number.isNaN(created.getTime())) doc.setCreationDate(created);
  doc.setFileId(fileId(`${metadata.title}|${input.period}|${metadata.createdAt}`));
  doc.setDocumentProperties({
    title: metadata.title,
    subject: metadata.subject,
    author: metadata.author,
    creator: 'Invoicer',
  });
  doc.setLanguage(metadata.language as Parameters<jsPDF['setLanguage']>[0]);
  return new Uint8Array(doc.output('arraybuffer'));
}
