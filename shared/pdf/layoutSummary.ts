import type { QrMatrix } from './documentPdfInput';
import type { PageFlow, TextLine } from './pageFlow';
import type { GridCells } from './pdfCanvas';
import type { PdfAmountRow } from './pdfModel';
import { COLOR, lineHeight, PAGE, SIZE } from './pdfStyle';

// Below the lines: the VAT breakdown beside the totals, the legal notes that explain them,
// the payment section with its QR code, then the notes and the closing text. The totals and
// the payment section are each kept whole on one page; paragraphs flow over pages by line.

const VAT = { label: PAGE.left, labelWidth: 36, taxable: 81, vat: 106 };
const TOTALS = { left: 118, band: 115 };
// The symbol with its quiet zone: 34 mm leaves ≥ 27 mm of modules even for the 33-module
// symbol of the shortest EPC payload, above the 25 mm that phone cameras read reliably.
const QR_SIZE = 34;
const QR_QUIET_MODULES = 4;
const ROW = lineHeight(SIZE.body) + 0.4;
const STRONG_ROW = lineHeight(SIZE.subtitle) + 1.6;
/** Where the values of the payment rows (IBAN, BIC, …) start, right of their labels. */
const ROW_LABEL_WIDTH = 34;

const styled = (text: string, face: 'regular' | 'bold', size: number, color = COLOR.text) =>
  ({ text, face, size, color }) as TextLine;

type TotalsLine = { row: PdfAmountRow; labels: TextLine[]; height: number };

/** Each totals row with its label wrapped beside its value (a discount's reason may be long). */
function totalsLines(flow: PageFlow): TotalsLine[] {
  return flow.model.totals.map((row) => {
    const size = row.strong ? SIZE.subtitle : SIZE.body;
    const face = row.strong ? 'bold' : 'regular';
    const valueWidth = flow.canvas.textWidth(row.value, face, size);
    const width = PAGE.right - 1.5 - valueWidth - 4 - TOTALS.left;
    const labels = flow.wrap(row.label, width, face, size, COLOR.text);
    const height = (row.strong ? STRONG_ROW : ROW) + (labels.length - 1) * lineHeight(size);
    return { row, labels, height };
  });
}

function drawVatBreakdown(flow: PageFlow, top: number): number {
  const { model } = flow;
  const words = model.labels.vatBreakdown;
  const head = (text: string, x: number, align: 'left' | 'right') =>
    flow.text(text, x, top + 3, styled(text, 'bold', SIZE.detail, COLOR.muted), align);
  head(words.category, VAT.label, 'left');
  head(words.taxable, VAT.taxable, 'right');
  head(words.vat, VAT.vat, 'right');
  flow.canvas.line(VAT.label, top + 4.5, VAT.vat, top + 4.5, 0.1, COLOR.rule);
  let y = top + 4.5;
  for (const row of model.vatRows) {
    const labels = flow.wrap(row.label, VAT.labelWidth, 'regular', SIZE.table, COLOR.text);
    const baseline = y + lineHeight(SIZE.table) * 0.9;
    labels.forEach((line, index) => {
      flow.text(line.text, VAT.label, baseline + index * lineHeight(SIZE.table), line);
    });
    flow.text(
      row.taxable,
      VAT.taxable,
      baseline,
      styled(row.taxable, 'regular', SIZE.table),
      'right',
    );
    flow.text(row.vat, VAT.vat, baseline, styled(row.vat, 'regular', SIZE.table), 'right');
    y += labels.length * lineHeight(SIZE.table) + 1;
  }
  return y;
}

function drawTotals(flow: PageFlow, lines: readonly TotalsLine[], top: number): number {
  const { canvas } = flow;
  let y = top;
  lines.forEach(({ row, labels, height }, index) => {
    const size = row.strong ? SIZE.subtitle : SIZE.body;
    const face = row.strong ? 'bold' : 'regular';
    if (row.strong) {
      if (index === lines.length - 1) {
        canvas.rect(TOTALS.band, y, PAGE.right - TOTALS.band, height, COLOR.headerFill);
      } else {
        canvas.line(TOTALS.band, y, PAGE.right, y, 0.3, COLOR.text);
      }
    }
    const first = (row.strong ? STRONG_ROW : ROW) * 0.68;
    labels.forEach((label, at) => {
      flow.text(label.text, TOTALS.left, y + first + at * lineHeight(size), label);
    });
    flow.text(row.value, PAGE.right - 1.5, y + first, styled(row.value, face, size), 'right');
    y += height;
  });
  return y;
}

/** The VAT breakdown (left) and the totals (right), kept together on one page. */
export function drawTotalsBlock(flow: PageFlow): void {
  const { model } = flow;
  const vatHeight = 6 + model.vatRows.length * (lineHeight(SIZE.table) * 2 + 1);
  const totals = totalsLines(flow);
  const totalsHeight = totals.reduce((sum, line) => sum + line.height, 0);
  flow.ensure(Math.max(vatHeight, totalsHeight) + 8);
  const top = flow.y + 5;
  const bottom = Math.max(drawVatBreakdown(flow, top), drawTotals(flow, totals, top));
  flow.y = bottom + 4;
}

/** The QR code as vector squares: one cell run per stretch of dark modules in a row. */
function drawQr(flow: PageFlow, matrix: QrMatrix, left: number, top: number): void {
  const module = QR_SIZE / (matrix.size + 2 * QR_QUIET_MODULES);
  const runs: GridCells[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.isDark(row, column)) column++;
      runs.push([start, row, column - start, 1]);
    }
  }
  const quiet = QR_QUIET_MODULES * module;
  flow.canvas.fillCells(left + quiet, top + quiet, module, runs, COLOR.qr);
}

/** The payment section: terms and request, bank details, and the QR code at the right. */
export function drawPaymentBlock(flow: PageFlow): void {
  const { model } = flow;
  const payment = model.payment;
  if (!payment) return;
  const textWidth = PAGE.right - PAGE.left - (payment.qr ? QR_SIZE + 8 : 0);
  const heading = styled(model.labels.payment, 'bold', SIZE.subtitle);
  const paragraphs = payment.paragraphs.flatMap((text) =>
    flow.wrap(text, textWidth, 'regular', SIZE.body, COLOR.text),
  );
  const valueWidth = textWidth - ROW_LABEL_WIDTH;
  const rows = payment.rows.map((row) => ({
    label: row.label,
    values: flow.wrap(row.value, valueWidth, 'bold', SIZE.body, COLOR.text),
  }));
  const rowsHeight = rows.reduce(
    (sum, row) => sum + ROW + (row.values.length - 1) * lineHeight(SIZE.body),
    0,
  );
  const textHeight = lineHeight(SIZE.subtitle) + paragraphs.length * lineHeight(SIZE.body) + 2;
  const qrHeight = payment.qr ? QR_SIZE + 4 : 0;
  flow.ensure(Math.max(textHeight + rowsHeight, qrHeight) + 4);

  const top = flow.y + 3;
  flow.text(heading.text, PAGE.left, top + lineHeight(SIZE.subtitle) * 0.75, heading);
  let y = top + lineHeight(SIZE.subtitle) + 1;
  for (const line of paragraphs) {
    flow.text(line.text, PAGE.left, y + lineHeight(SIZE.body) * 0.75, line);
    y += lineHeight(SIZE.body);
  }
  y += 1.5;
  for (const row of rows) {
    const baseline = y + ROW * 0.72;
    flow.text(row.label, PAGE.left, baseline, styled(row.label, 'regular', SIZE.body, COLOR.muted));
    row.values.forEach((value, index) => {
      flow.text(
        value.text,
        PAGE.left + ROW_LABEL_WIDTH,
        baseline + index * lineHeight(SIZE.body),
        value,
      );
    });
    y += ROW + (row.values.length - 1) * lineHeight(SIZE.body);
  }
  if (payment.qr) {
    const left = PAGE.right - QR_SIZE;
    drawQr(flow, payment.qr.matrix, left, top - 2);
    const caption = styled(payment.qr.caption, 'regular', SIZE.small, COLOR.muted);
    flow.text(caption.text, left + QR_SIZE / 2, top + QR_SIZE, caption, 'center');
    y = Math.max(y, top + QR_SIZE + 2);
  }
  flow.y = y + 3;
}

/** The legal notes (exemption, reverse charge, …), right below the figures they explain. */
export function drawLegalNotes(flow: PageFlow): void {
  const width = PAGE.right - PAGE.left;
  for (const note of flow.model.legalNotes) {
    flow.flowLines(flow.wrap(note, width, 'bold', SIZE.table, COLOR.text), PAGE.left);
    flow.y += 1;
  }
  if (flow.model.legalNotes.length > 0) flow.y += 2;
}

/** The notes and the closing text, each a paragraph flowing over pages. */
export function drawNotes(flow: PageFlow): void {
  const { model } = flow;
  const width = PAGE.right - PAGE.left;
  if (model.notes) {
    flow.y += 2;
    flow.flowLines(flow.wrap(model.notes, width, 'regular', SIZE.body, COLOR.text), PAGE.left);
  }
  if (model.closing) {
    flow.y += 2;
    flow.flowLines(flow.wrap(model.closing, width, 'regular', SIZE.table, COLOR.muted), PAGE.left);
  }
}
