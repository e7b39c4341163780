// A PdfCanvas that draws nothing and records every call with the page it was made on, so
// layout tests can ask what landed where. Text is measured as 0.55 em per character, near
// enough to DejaVu Sans for the layout to break lines and pages as it would for real.
import type {
  FontFace,
  GridCells,
  PdfCanvas,
  PdfImage,
  Rgb,
  TextStyle,
} from '../../../../shared/pdf/pdfCanvas';
import type { QrEncoder } from '../../../../shared/pdf/documentPdfInput';
import { drawDocumentPdf } from '../../../../shared/pdf/layoutDocument';
import type { SalesDocument } from '../../../../shared/schemas/document';
import { TINY_PNG_BASE64 } from '../schemas/exampleBasics';
import { pdfInput } from './pdfFixtures';

export type RecordedText = {
  page: number;
  text: string;
  x: number;
  y: number;
  style: TextStyle;
  /** The left and right ends of the drawn text, after alignment. */
  left: number;
  right: number;
};

export type RecordedShape =
  | { page: number; kind: 'line'; x1: number; y1: number; x2: number; y2: number }
  | { page: number; kind: 'rect'; x: number; y: number; width: number; height: number; fill: Rgb }
  | {
      page: number;
      kind: 'cells';
      x: number;
      y: number;
      cellSize: number;
      cells: readonly GridCells[];
    }
  | { page: number; kind: 'image'; x: number; y: number; width: number; height: number };

export type RecordingCanvas = PdfCanvas & {
  texts: RecordedText[];
  shapes: RecordedShape[];
  readonly pages: number;
  /** The texts of one page, top to bottom. */
  textsOn: (page: number) => RecordedText[];
};

const MM_PER_PT = 25.4 / 72;

/** A recording canvas; `imageSize` answers the size given (the test logo is 480 × 160). */
export function recordingCanvas(imageSize = { width: 480, height: 160 }): RecordingCanvas {
  let page = 1;
  const texts: RecordedText[] = [];
  const shapes: RecordedShape[] = [];
  const textWidth = (text: string, _face: FontFace, size: number) =>
    Array.from(text).length * size * MM_PER_PT * 0.55;
  return {
    pageWidth: 210,
    pageHeight: 297,
    texts,
    shapes,
    get pages() {
      return page;
    },
    textsOn: (wanted) => texts.filter((text) => text.page === wanted).sort((a, b) => a.y - b.y),
    textWidth,
    text(text, x, y, style) {
      const width = textWidth(text, style.face, style.size);
      const left =
        style.align === 'right' ? x - width : style.align === 'center' ? x - width / 2 : x;
      texts.push({ page, text, x, y, style, left, right: left + width });
    },
    line(x1, y1, x2, y2) {
      shapes.push({ page, kind: 'line', x1, y1, x2, y2 });
    },
    rect(x, y, width, height, fill) {
      shapes.push({ page, kind: 'rect', x, y, width, height, fill });
    },
    fillCells(x, y, cellSize, cells) {
      shapes.push({ page, kind: 'cells', x, y, cellSize, cells });
    },
    imageSize: (_image: PdfImage) => imageSize,
    image(_image, x, y, width, height) {
      shapes.push({ page, kind: 'image', x, y, width, height });
    },
    addPage() {
      page++;
    },
  };
}

/** A QR encoder stand-in: a size × size checkerboard, and the payloads it was asked for. */
export function fakeQrEncoder(size = 33): QrEncoder & { payloads: string[] } {
  const payloads: string[] = [];
  const encode = (payload: string) => {
    payloads.push(payload);
    return { size, isDark: (row: number, column: number) => (row + column) % 2 === 0 };
  };
  return Object.assign(encode, { payloads });
}

/** Draws a document on a recording canvas (with a logo if asked) with the fake QR encoder. */
export function drawRecorded(
  document: SalesDocument,
  canvas: RecordingCanvas = recordingCanvas(),
  withLogo = false,
) {
  const encoder = fakeQrEncoder();
  const logo = withLogo ? { mimeType: 'image/png' as const, dataBase64: TINY_PNG_BASE64 } : null;
  const drawn = drawDocumentPdf(pdfInput(document, 'en-GB', logo), canvas, encoder);
  return { canvas, drawn, encoder };
}

/** The strings drawn, in drawing order. */
export function textsOf(canvas: RecordingCanvas): string[] {
  return canvas.texts.map((text) => text.text);
}
