import type { PageFlow, TextLine } from './pageFlow';
import type { PdfLineRow } from './pdfModel';
import { COLOR, lineHeight, PAGE, SIZE } from './pdfStyle';
import { fittingSize } from './textWrap';

// The lines table. Its header row repeats at the top of every page the table runs onto; a
// row moves whole to the next page when it does not fit, and only a row taller than a whole
// page is split between its description lines.

type CellKey = Exclude<keyof PdfLineRow, 'description' | 'details'>;
type Column = { key: CellKey | 'description'; width: number; align: 'left' | 'right' };
type PlacedColumn = Column & { x: number };

const INSET = 1.5;
const GAP = 2;
const PAD = 1.6;
const HEADER_HEIGHT = 6.5;
const HEADER_SIZE = 7.5;
const FRESH_PAGE_SPACE = PAGE.bottom - PAGE.continuationTop - HEADER_HEIGHT;

const NUMBER_COLUMNS: readonly Column[] = [
  { key: 'quantity', width: 13, align: 'right' },
  { key: 'unit', width: 14, align: 'left' },
  { key: 'unitPrice', width: 19, align: 'right' },
  { key: 'discount', width: 15, align: 'right' },
  { key: 'vatRate', width: 10, align: 'right' },
  { key: 'net', width: 21, align: 'right' },
];

/** The columns left to right; the discount column only when some line has a discount. */
function placeColumns(rows: readonly PdfLineRow[]): PlacedColumn[] {
  const withDiscount = rows.some((row) => row.discount !== '');
  const numbers = NUMBER_COLUMNS.filter((column) => withDiscount || column.key !== 'discount');
  const inner = PAGE.right - PAGE.left - 2 * INSET;
  const fixed = 7 + numbers.reduce((sum, column) => sum + column.width + GAP, GAP);
  const columns: Column[] = [
    { key: 'position', width: 7, align: 'left' },
    { key: 'description', width: inner - fixed, align: 'left' },
    ...numbers,
  ];
  let x = PAGE.left + INSET;
  return columns.map((column) => {
    const placed = { ...column, x };
    x += column.width + GAP;
    return placed;
  });
}

function anchor(column: PlacedColumn): number {
  return column.align === 'right' ? column.x + column.width : column.x;
}

function drawHeader(flow: PageFlow, columns: readonly PlacedColumn[]): void {
  const { canvas, model } = flow;
  const top = flow.y;
  canvas.rect(PAGE.left, top, PAGE.right - PAGE.left, HEADER_HEIGHT, COLOR.headerFill);
  const measureAt = (text: string, size: number) => canvas.textWidth(text, 'bold', size);
  for (const column of columns) {
    const label = model.labels.table[column.key];
    const size = fittingSize(label, column.width, HEADER_SIZE, 5.5, measureAt);
    const style = { text: label, face: 'bold', size, color: COLOR.text } as const;
    flow.text(label, anchor(column), top + 4.3, style, column.align);
  }
  flow.y = top + HEADER_HEIGHT;
}

function cellText(flow: PageFlow, row: PdfLineRow, column: PlacedColumn, baseline: number) {
  if (column.key === 'description') return;
  const text = row[column.key];
  const measureAt = (part: string, size: number) => flow.canvas.textWidth(part, 'regular', size);
  const size = fittingSize(text, column.width, SIZE.table, 5.5, measureAt);
  const style = { text, face: 'regular', size, color: COLOR.text } as const;
  flow.text(text, anchor(column), baseline, style, column.align);
}

function rowLines(flow: PageFlow, row: PdfLineRow, width: number): TextLine[] {
  return [
    ...flow.wrap(row.description, width, 'regular', SIZE.table, COLOR.text),
    ...row.details.flatMap((detail) =>
      flow.wrap(detail, width, 'regular', SIZE.detail, COLOR.muted),
    ),
  ];
}

const heightOf = (lines: readonly TextLine[]) =>
  lines.reduce((sum, line) => sum + lineHeight(line.size), 0);

/** How many of the lines fit into `space` with the row's padding. */
function fittingCount(lines: readonly TextLine[], space: number): number {
  let count = 0;
  let used = 2 * PAD;
  while (count < lines.length && used + lineHeight(lines[count]!.size) <= space) {
    used += lineHeight(lines[count]!.size);
    count++;
  }
  return count;
}

function drawRow(flow: PageFlow, row: PdfLineRow, columns: readonly PlacedColumn[]): void {
  const description = columns.find((column) => column.key === 'description')!;
  let lines = rowLines(flow, row, description.width);
  // A row that fits a page is never split: it starts on the next page instead. Only a row
  // taller than a whole page is split, starting where the table is.
  const height = heightOf(lines) + 2 * PAD;
  if (height > flow.remaining() && height <= FRESH_PAGE_SPACE) flow.newPage();
  let first = true;
  while (lines.length > 0) {
    const count = fittingCount(lines, flow.remaining());
    if (count === 0 && !flow.atPageStart()) {
      flow.newPage();
      continue;
    }
    let y = flow.y + PAD;
    lines.slice(0, Math.max(count, 1)).forEach((line, index) => {
      const baseline = y + lineHeight(line.size) * 0.75;
      flow.text(line.text, description.x, baseline, line);
      if (first && index === 0) columns.forEach((column) => cellText(flow, row, column, baseline));
      y += lineHeight(line.size);
    });
    flow.y = y + PAD;
    flow.canvas.line(PAGE.left, flow.y, PAGE.right, flow.y, 0.1, COLOR.rule);
    lines = lines.slice(Math.max(count, 1));
    first = false;
    if (lines.length > 0) flow.newPage();
  }
}

/** Draws the lines table from the flow's y, across as many pages as it needs. */
export function drawLinesTable(flow: PageFlow): void {
  const columns = placeColumns(flow.model.rows);
  flow.ensure(HEADER_HEIGHT + 12);
  drawHeader(flow, columns);
  flow.onPageBreak = () => drawHeader(flow, columns);
  for (const row of flow.model.rows) drawRow(flow, row, columns);
  flow.onPageBreak = null;
}
