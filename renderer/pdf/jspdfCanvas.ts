import type { jsPDF } from 'jspdf';
import type { FontFace, PdfCanvas, PdfImage, Rgb, TextStyle } from '../../shared/pdf/pdfCanvas';
import { PDF_FONT_NAME, printableTextWidth } from './fonts';
import { decodedLogo, drawLogo } from './logoImages';
import { printableText } from './printableText';

// The layout's canvas on a jsPDF document (unit mm, fonts added by addPdfFonts). jsPDF is a
// state machine: font, size and colours stay set until changed, and changing them writes
// operators, so each is set only when it differs from what is set already.

const sameColour = (a: Rgb | null, b: Rgb) =>
  a !== null && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

const BLACK: Rgb = [0, 0, 0];

const round = (value: number) => Number(value.toFixed(4));

/** A PdfCanvas drawing on `doc`, whose pages are A4 in millimetres. */
export function jspdfCanvas(doc: jsPDF): PdfCanvas {
  let face: FontFace | null = null;
  let size = 0;
  let textColour: Rgb | null = null;
  let fillColour: Rgb | null = null;
  let drawColour: Rgb | null = null;
  let lineWidth = -1;

  const setFont = (wanted: FontFace, wantedSize: number) => {
    if (wanted !== face) doc.setFont(PDF_FONT_NAME[wanted], 'normal');
    if (wantedSize !== size) doc.setFontSize(wantedSize);
    face = wanted;
    size = wantedSize;
  };

  return {
    pageWidth: doc.internal.pageSize.getWidth(),
    pageHeight: doc.internal.pageSize.getHeight(),

    textWidth: (text, wantedFace, wantedSize) =>
      printableTextWidth(printableText(text), wantedFace, wantedSize),

    text(text: string, x: number, y: number, style: TextStyle) {
      const printable = printableText(text);
      if (printable.trim() === '') return;
      setFont(style.face, style.size);
      const colour = style.color ?? BLACK;
      if (!sameColour(textColour, colour)) doc.setTextColor(colour[0], colour[1], colour[2]);
      textColour = colour;
      // Aligned here with the same widths the layout measured with, not by jsPDF.
      const width =
        style.align && style.align !== 'left'
          ? printableTextWidth(printable, style.face, style.size)
          : 0;
      const left =
        style.align === 'right' ? x - width : style.align === 'center' ? x - width / 2 : x;
      doc.text(printable, left, y);
      // jsPDF sets the text colour as the fill colour (PDF has one non-stroking colour).
      fillColour = null;
    },

    line(x1, y1, x2, y2, width, colour) {
      if (width !== lineWidth) doc.setLineWidth(width);
      lineWidth = width;
      if (!sameColour(drawColour, colour)) doc.setDrawColor(colour[0], colour[1], colour[2]);
      drawColour = colour;
      doc.line(x1, y1, x2, y2);
    },

    rect(x, y, width, height, fill) {
      if (!sameColour(fillColour, fill)) doc.setFillColor(fill[0], fill[1], fill[2]);
      fillColour = fill;
      doc.rect(x, y, width, height, 'F');
    },

    fillCells(x, y, cellSize, cells, fill) {
      // Written as raw operators: a transform makes one unit one cell (y pointing down, as
      // in the layout), so each rectangle is four small integers, not four converted
      // coordinates. q/Q keep the transform and colour from leaking into later drawing.
      const k = doc.internal.scaleFactor;
      const scale = round(cellSize * k);
      const top = round(doc.internal.pageSize.getHeight() * k - y * k);
      const operators = [
        'q',
        `${fill.map((part) => round(part / 255)).join(' ')} rg`,
        `${scale} 0 0 -${scale} ${round(x * k)} ${top} cm`,
        ...cells.map(([column, row, width, height]) => `${column} ${row} ${width} ${height} re`),
        'f',
        'Q',
      ];
      (doc.internal as unknown as { write: (text: string) => void }).write(operators.join('\n'));
    },

    imageSize(image: PdfImage) {
      const logo = decodedLogo(image);
      return logo ? { width: logo.width, height: logo.height } : null;
    },

    image(image: PdfImage, x: number, y: number, width: number, height: number) {
      const logo = decodedLogo(image);
      if (logo) drawLogo(doc, logo, x, y, width, height);
    },

    addPage() {
      doc.addPage('a4', 'portrait');
      // A new page starts from jsPDF's defaults for colours and line width, not the fonts.
      textColour = null;
      fillColour = null;
      drawColour = null;
      lineWidth = -1;
    },
  };
}
