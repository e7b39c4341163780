import type { PDFDocumentProxy } from 'pdfjs-dist';

// pdf.js draws the document's own PDF onto canvases (DESIGN §7: the preview shows the very
// file that is exported, printed and mailed). It loads on first preview only, and its worker
// is a file of the app's own origin, as the Content-Security-Policy's script-src 'self'
// requires. Without eval (isEvalSupported: false) it needs no 'unsafe-eval' either.

type PdfJs = typeof import('pdfjs-dist');

let library: Promise<PdfJs> | null = null;

function pdfjs(): Promise<PdfJs> {
  library ??= Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]).then(([lib, worker]) => {
    lib.GlobalWorkerOptions.workerSrc = worker.default;
    return lib;
  });
  return library;
}

/** Opens a PDF for drawing. pdf.js takes ownership of what it is given, so it gets a copy. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  return lib.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    // Our PDFs embed their font; nothing is fetched from anywhere.
    disableAutoFetch: true,
    useSystemFonts: false,
    enableXfa: false,
  }).promise;
}

/**
 * Draws one page (1-based) onto a canvas at `cssWidth` pixels wide, sharp on high-density
 * screens; returns the page's text, for screen readers and find-in-page.
 */
export async function drawPage(
  pdf: PDFDocumentProxy,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  cssWidth: number,
): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  const unscaled = page.getViewport({ scale: 1 });
  const ratio = globalThis.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: (cssWidth / unscaled.width) * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This window cannot draw the preview (no canvas).');
  await page.render({ canvasContext: context, viewport }).promise;
  const content = await page.getTextContent();
  return content.items
    .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}
