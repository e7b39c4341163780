import type { DocumentPdfInput, QrEncoder } from './documentPdfInput';
import { drawFirstPageHeader } from './layoutHeader';
import { drawLinesTable } from './layoutLinesTable';
import { drawLegalNotes, drawNotes, drawPaymentBlock, drawTotalsBlock } from './layoutSummary';
import { PageFlow } from './pageFlow';
import { measuringCanvas, type PdfCanvas } from './pdfCanvas';
import { buildPdfModel, type PdfModel } from './pdfModel';

// The document PDF, drawn in two passes: the first, on a canvas that only measures, counts
// the pages; the second draws them, each with "Page n of m". Both passes place everything
// the same way, so the count is exact; measuring costs a fraction of drawing.

/** What drawing produced: the number of pages and the metadata the PDF file should carry. */
export type DrawnDocument = { pageCount: number; metadata: PdfModel['metadata'] };

function layout(model: PdfModel, canvas: PdfCanvas, pageCount: number | null): number {
  const flow = new PageFlow(canvas, model, pageCount);
  drawFirstPageHeader(flow);
  drawLinesTable(flow);
  drawTotalsBlock(flow);
  drawLegalNotes(flow);
  drawPaymentBlock(flow);
  drawNotes(flow);
  return flow.page;
}

/** Draws a posted document's PDF onto a canvas; throws for a draft (programming error). */
export function drawDocumentPdf(
  input: DocumentPdfInput,
  canvas: PdfCanvas,
  encodeQr: QrEncoder,
): DrawnDocument {
  const model = buildPdfModel(input, encodeQr);
  const pageCount = layout(model, measuringCanvas(canvas), null);
  const drawn = layout(model, canvas, pageCount);
  if (drawn !== pageCount) {
    throw new Error(`The layout drew ${drawn} pages after counting ${pageCount}`);
  }
  return { pageCount, metadata: model.metadata };
}
