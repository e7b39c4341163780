import type { Logo } from '../schemas/companyProfile';

// What the document layout draws on. The layout is pure and knows nothing of jsPDF: the app
// implements this with jsPDF (renderer/pdf/jspdfCanvas.ts), the tests with a recording fake.
// Units are millimetres from the top-left corner of the page; font sizes are points.

/** The two faces of the one font family the layout uses. */
export type FontFace = 'regular' | 'bold';

/** A colour as red, green and blue, each 0–255. */
export type Rgb = readonly [number, number, number];

export type TextAlign = 'left' | 'right' | 'center';

/** How a piece of text is set; `align` says what x is: its left end, right end or middle. */
export type TextStyle = { face: FontFace; size: number; color?: Rgb; align?: TextAlign };

/** A run of grid cells: column, row, width and height in cells. */
export type GridCells = readonly [column: number, row: number, width: number, height: number];

/** An image the layout may place: the trader's logo. */
export type PdfImage = Logo;

/** The drawing surface of one PDF document. */
export type PdfCanvas = {
  readonly pageWidth: number;
  readonly pageHeight: number;
  /** The width in mm of the text set in a face and size, as `text` will draw it. */
  textWidth(text: string, face: FontFace, size: number): number;
  /** Draws one line of text whose baseline is at y. */
  text(text: string, x: number, y: number, style: TextStyle): void;
  line(x1: number, y1: number, x2: number, y2: number, width: number, color: Rgb): void;
  /** A filled rectangle with its top-left corner at (x, y). */
  rect(x: number, y: number, width: number, height: number, fill: Rgb): void;
  /**
   * Filled rectangles on a grid of square cells whose top-left corner is at (x, y): one path,
   * as a QR code needs hundreds of them.
   */
  fillCells(x: number, y: number, cellSize: number, cells: readonly GridCells[], fill: Rgb): void;
  /** The pixel size of an image, or null when it cannot be read (then it is left out). */
  imageSize(image: PdfImage): { width: number; height: number } | null;
  image(image: PdfImage, x: number, y: number, width: number, height: number): void;
  /** Starts a new page; later drawing goes there. */
  addPage(): void;
};

/**
 * A canvas that measures like `canvas` but draws nothing and counts the pages asked for:
 * the first pass of the layout, which learns the page count that "Page n of m" needs.
 */
export function measuringCanvas(canvas: PdfCanvas): PdfCanvas & { readonly pageCount: number } {
  let pageCount = 1;
  return {
    pageWidth: canvas.pageWidth,
    pageHeight: canvas.pageHeight,
    textWidth: (text, face, size) => canvas.textWidth(text, face, size),
    imageSize: (image) => canvas.imageSize(image),
    text: () => undefined,
    line: () => undefined,
    rect: () => undefined,
    fillCells: () => undefined,
    image: () => undefined,
    addPage: () => {
      pageCount++;
    },
    get pageCount() {
      return pageCount;
    },
  };
}
