import { measuringCanvas, type PdfCanvas } from './pdfCanvas';
import { COLOR, lineHeight, PAGE, SIZE } from './pdfStyle';
import { ReportFlow } from './reportPageFlow';
import { assertWellFormedTables, type ReportPdfInput } from './reportPdfInput';
import { drawReportTable } from './reportTableLayout';
import { truncateToWidth, wrapText } from './textWrap';

// The print-friendly PDF of a report (VAT report, sales, aged receivables) on A4 portrait:
// title, period and the trader at the top, the report's tables with their totals, notes
// under them, and on every page a footer naming the report with "Page n of m". Drawn in two
// passes like the document PDF: the first only measures and counts the pages.

/** What drawing produced. */
export type DrawnReport = { pageCount: number };

/** The widest the trader's block at the top right may be, in mm. */
const COMPANY_WIDTH = 70;
/** Space between the blocks of the first page, in mm. */
const GAP = 6;

function drawFirstPageHeader(flow: ReportFlow): void {
  const { canvas, input } = flow;
  const top = PAGE.top;
  // The trader, top right, one line each, cut to the block's width.
  let companyY = top;
  const companyLines = [
    { text: input.company.name, face: 'bold' as const, size: SIZE.sellerName },
    ...input.company.details.map((text) => ({ text, face: 'regular' as const, size: SIZE.detail })),
  ].filter((line) => line.text !== '');
  for (const line of companyLines) {
    const measure = (text: string) => canvas.textWidth(text, line.face, line.size);
    const text = truncateToWidth(line.text, COMPANY_WIDTH, measure);
    const color = line.face === 'bold' ? COLOR.text : COLOR.muted;
    companyY += lineHeight(line.size);
    flow.text(
      text,
      PAGE.right,
      companyY - lineHeight(line.size) * 0.25,
      line.face,
      line.size,
      color,
      'right',
    );
  }
  const companyWidth = Math.min(
    COMPANY_WIDTH,
    Math.max(0, ...companyLines.map((line) => canvas.textWidth(line.text, line.face, line.size))),
  );

  // Title, period and date, top left, wrapped beside the trader's block.
  const width = PAGE.right - PAGE.left - companyWidth - GAP;
  let y = top;
  const block = [
    { text: input.title, face: 'bold' as const, size: SIZE.title, color: COLOR.text },
    { text: input.period, face: 'regular' as const, size: SIZE.subtitle, color: COLOR.text },
    { text: input.printedOn, face: 'regular' as const, size: SIZE.small, color: COLOR.muted },
  ].filter((line) => line.text !== '');
  for (const part of block) {
    const measure = (text: string) => canvas.textWidth(text, part.face, part.size);
    for (const line of wrapText(part.text, width, measure)) {
      y += lineHeight(part.size);
      flow.text(
        line,
        PAGE.left,
        y - lineHeight(part.size) * 0.25,
        part.face,
        part.size,
        part.color,
      );
    }
    y += 1;
  }
  const bottom = Math.max(y, companyY) + 2;
  canvas.line(PAGE.left, bottom, PAGE.right, bottom, 0.4, COLOR.accent);
  flow.y = bottom + GAP;
}

function drawNotes(flow: ReportFlow): void {
  const { canvas, input } = flow;
  const width = PAGE.right - PAGE.left;
  const measure = (text: string) => canvas.textWidth(text, 'regular', SIZE.detail);
  for (const note of input.notes) {
    flow.y += 2;
    for (const line of wrapText(note, width, measure)) {
      const height = lineHeight(SIZE.detail);
      flow.ensure(height);
      flow.text(line, PAGE.left, flow.y + height * 0.75, 'regular', SIZE.detail, COLOR.muted);
      flow.y += height;
    }
  }
}

function layout(input: ReportPdfInput, canvas: PdfCanvas, pageCount: number | null): number {
  const flow = new ReportFlow(canvas, input, pageCount);
  drawFirstPageHeader(flow);
  if (input.tables.length === 0) {
    const height = lineHeight(SIZE.body);
    flow.text(
      input.emptyText,
      PAGE.left,
      flow.y + height * 0.75,
      'regular',
      SIZE.body,
      COLOR.muted,
    );
    flow.y += height;
  }
  input.tables.forEach((table, index) => {
    if (index > 0) flow.y += GAP;
    drawReportTable(flow, table);
  });
  drawNotes(flow);
  return flow.page;
}

/**
 * Draws a report's PDF onto a canvas, every page with "Page n of m". Throws when a table's
 * rows do not match its columns (a programming error).
 */
export function drawReportPdf(input: ReportPdfInput, canvas: PdfCanvas): DrawnReport {
  assertWellFormedTables(input.tables);
  const pageCount = layout(input, measuringCanvas(canvas), null);
  const drawn = layout(input, canvas, pageCount);
  if (drawn !== pageCount) {
    throw new Error(`The report layout drew ${drawn} pages after counting ${pageCount}`);
  }
  return { pageCount };
}
