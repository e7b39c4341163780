import type { BrowserContext } from '@playwright/test';
import { renderDocumentPdf } from '../renderer/pdf/renderInvoicePdf';
import type { DocumentPdfInput } from '../shared/pdf/documentPdfInput';
import { invoiceHtml } from './invoiceHtml';

// pdf_ms in Node (the app's renderDocumentPdf, as the worker runs it) and pdf_chromium_ms
// (the same invoice as HTML, printed to PDF by headless Chromium with one page reused, the
// way Manta and Invoice Ninja make PDFs), measured in the same run on the same invoice.

// Untimed runs first: jsPDF's hot paths take a few dozen documents to be fully optimised
// (a one-page PDF costs ~4–6 ms in Node once they are, several times that before).
const WARM_UP = 30;
// Chromium's print path settles sooner, and each print costs ~100 ms.
const CHROMIUM_WARM_UP = 5;

/** The pages of a PDF: its /Type /Page objects (jsPDF and Skia both write them plainly). */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** renderDocumentPdf in this Node process, `times` times after a warm-up (font parsed once). */
export function measurePdfInNode(input: DocumentPdfInput, times: number) {
  let bytes = renderDocumentPdf(input);
  for (let index = 1; index < WARM_UP; index += 1) bytes = renderDocumentPdf(input);
  const samples: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const started = performance.now();
    bytes = renderDocumentPdf(input);
    samples.push(performance.now() - started);
  }
  return { samples, pages: pdfPageCount(bytes), bytes };
}

/**
 * The invoice's HTML put into one Chromium page and printed to an A4 PDF, `times` times on
 * the same page after a warm-up: what an HTML-to-PDF invoicing app pays per document.
 */
export async function measurePdfInChromium(
  context: BrowserContext,
  input: DocumentPdfInput,
  times: number,
) {
  const html = invoiceHtml(input);
  const page = await context.newPage();
  const print = async () => {
    await page.setContent(html, { waitUntil: 'load' });
    return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  };
  try {
    let bytes = await print();
    for (let index = 1; index < CHROMIUM_WARM_UP; index += 1) bytes = await print();
    const samples: number[] = [];
    for (let index = 0; index < times; index += 1) {
      const started = performance.now();
      bytes = await print();
      samples.push(performance.now() - started);
    }
    return { samples, pages: pdfPageCount(bytes), bytes: new Uint8Array(bytes) };
  } finally {
    await page.close();
  }
}
