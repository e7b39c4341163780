import type { FontFace } from './pdfCanvas';
import type { ReportPdfTable } from './reportPdfInput';
import { SIZE } from './pdfStyle';

// The widths of a report table's columns on A4. Figures are never wrapped or cut: each
// figure column is as wide as its widest figure (and the longest word of its heading), and
// the text columns (customer, VAT category) share what is left. When that leaves them too
// little, the whole table is set smaller, down to a size that still prints legibly: the
// aged receivables, with six money columns, fit on a portrait page that way.

/** The measure of text in mm in a face and size, as the canvas draws it. */
export type MeasureText = (text: string, face: FontFace, size: number) => number;

export const REPORT_TABLE = {
  /** The size the table is set in when it fits, in points. */
  size: SIZE.table,
  /** The smallest size it may shrink to. */
  minimumSize: 6,
  /** Space between the text and either side of its cell, in mm. */
  padding: 1.5,
  /** What a text column should keep at least before the table is set smaller, in mm. */
  minimumTextWidth: 32,
} as const;

/** The size a table is set in and the width of each of its columns, in mm. */
export type ColumnPlan = { size: number; widths: number[] };

function widest(texts: readonly string[], face: FontFace, size: number, measure: MeasureText) {
  return texts.reduce((max, text) => Math.max(max, measure(text, face, size)), 0);
}

function longestWord(text: string, size: number, measure: MeasureText): number {
  return widest(text.split(/\s+/), 'bold', size, measure);
}

function planAt(table: ReportPdfTable, width: number, size: number, measure: MeasureText) {
  const padding = 2 * REPORT_TABLE.padding;
  const natural = table.columns.map((column, index) => {
    const cells = widest(
      table.rows.map((row) => row[index] ?? ''),
      'regular',
      size,
      measure,
    );
    const total = table.totals === null ? 0 : measure(table.totals[index] ?? '', 'bold', size);
    const header =
      column.align === 'right'
        ? longestWord(column.header, size, measure)
        : measure(column.header, 'bold', size);
    return Math.max(cells, total, header) + padding;
  });
  const isText = table.columns.map((column) => column.align === 'left');
  const fixed = natural.reduce((sum, need, index) => (isText[index] ? sum : sum + need), 0);
  const textNatural = natural.reduce((sum, need, index) => (isText[index] ? sum + need : sum), 0);
  const left = width - fixed;
  const widths = natural.map((need, index) => {
    if (!isText[index]) return need;
    // Text columns get what they need when it fits, else a share of what is left.
    return textNatural <= left ? need : (left * need) / textNatural;
  });
  // Room to spare lets a figure column's heading stand on one line ("Over 90 days"); then
  // the first column takes up the rest, so every table spans the page.
  let spare = width - widths.reduce((sum, each) => sum + each, 0);
  table.columns.forEach((column, index) => {
    if (isText[index] || spare <= 0) return;
    const heading = measure(column.header, 'bold', size) + padding;
    const widen = Math.min(spare, Math.max(0, heading - widths[index]!));
    widths[index] = widths[index]! + widen;
    spare -= widen;
  });
  if (spare > 0) widths[0] = widths[0]! + spare;
  const textCount = isText.filter(Boolean).length;
  const cramped =
    widths.some(
      (each, index) =>
        isText[index] && each < Math.min(natural[index]!, REPORT_TABLE.minimumTextWidth),
    ) ||
    (textCount === 0 && spare < 0);
  return { widths, cramped };
}

/**
 * The column plan of a table `width` mm wide: the largest size from REPORT_TABLE.size down
 * to its minimum, in half points, at which the text columns keep their minimum width; at
 * the minimum size, whatever that gives.
 */
export function planColumns(
  table: ReportPdfTable,
  width: number,
  measure: MeasureText,
): ColumnPlan {
  for (let size = REPORT_TABLE.size; size > REPORT_TABLE.minimumSize; size -= 0.5) {
    const plan = planAt(table, width, size, measure);
    if (!plan.cramped) return { size, widths: plan.widths };
  }
  const size = REPORT_TABLE.minimumSize;
  return { size, widths: planAt(table, width, size, measure).widths };
}
