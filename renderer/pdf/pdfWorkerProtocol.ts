import type { DocumentPdfInput } from '../../shared/pdf/documentPdfInput';
import type { ReportPdfInput } from '../../shared/pdf/reportPdfInput';
import { renderDocumentPdf } from './renderInvoicePdf';
import { renderReportPdf } from './renderReportPdf';

// The messages between the UI thread and the PDF worker. Each request carries an id so
// answers can be matched when several documents are queued (batch export). A request
// carries either a document (`input`) or a report (`report`).

export type PdfWorkerRequest =
  { id: number; input: DocumentPdfInput } | { id: number; report: ReportPdfInput };

export type PdfWorkerResponse =
  { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

/** Renders the requested PDF; a failure becomes an answer, never an exception in the worker. */
export function answerPdfRequest(request: PdfWorkerRequest): PdfWorkerResponse {
  try {
    const bytes =
      'report' in request ? renderReportPdf(request.report) : renderDocumentPdf(request.input);
    return { id: request.id, ok: true, bytes };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { id: request.id, ok: false, message: `The PDF could not be made: ${message}` };
  }
}
