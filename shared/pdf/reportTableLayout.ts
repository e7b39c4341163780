import type { FontFace } from './pdfCanvas';
import { COLOR, lineHeight, PAGE, SIZE } from './pdfStyle';
import { planColumns, REPORT_TABLE, type ColumnPlan } from './reportColumns';
import type { ReportFlow } from './reportPageFlow';
import { fillLabel, type ReportPdfTable } from './reportPdfInput';
import { wrapText } from './textWrap';

// One report table: its heading, a shaded header row, a row per item with a hairline under
// it, and the totals in bold under a heavier rule. Text cells wrap inside their column;
// figures stay on one line, right-aligned. A row is never split across pages, the header
// row is repeated on every page the table runs onto, and the totals are never left alone
// at the top of a page without the header over them.

/** Space above and below the text of a row, in mm. */
const ROW_PADDING = 1.2;

/** A row laid out: the lines of each cell, its face, and its height. */
type LaidOutRow = { cells: string[][]; face: FontFace; height: number };

function layOutRow(
  flow: ReportFlow,
  table: ReportPdfTable,
  plan: ColumnPlan,
  cells: readonly string[],
  kind: 'header' | 'row' | 'totals',
): LaidOutRow {
  const face: FontFace = kind === 'row' ? 'regular' : 'bold';
  const inner = (index: number) => plan.widths[index]! - 2 * REPORT_TABLE.padding;
  const measure = (text: string) => flow.canvas.textWidth(text, face, plan.size);
  const lines = table.columns.map((column, index) => {
    const text = cells[index] ?? '';
    // A header of a figure column may wrap between its words; figures themselves never do.
    const wraps = column.align === 'left' || kind === 'header';
    return wraps ? wrapText(text, inner(index), measure) : [text];
  });
  const count = Math.max(1, ...lines.map((cell) => cell.length));
  return { cells: lines, face, height: count * lineHeight(plan.size) + 2 * ROW_PADDING };
}

function drawRow(flow: ReportFlow, table: ReportPdfTable, plan: ColumnPlan, row: LaidOutRow) {
  const step = lineHeight(plan.size);
  let x = PAGE.left;
  table.columns.forEach((column, index) => {
    const width = plan.widths[index]!;
    const right = column.align === 'right';
    const anchor = right ? x + width - REPORT_TABLE.padding : x + REPORT_TABLE.padding;
    row.cells[index]!.forEach((line, lineIndex) => {
      const baseline = flow.y + ROW_PADDING + lineIndex * step + step * 0.75;
      flow.text(line, anchor, baseline, row.face, plan.size, COLOR.text, right ? 'right' : 'left');
    });
    x += width;
  });
  flow.y += row.height;
}

function drawHeader(flow: ReportFlow, table: ReportPdfTable, plan: ColumnPlan, header: LaidOutRow) {
  flow.canvas.rect(PAGE.left, flow.y, PAGE.right - PAGE.left, header.height, COLOR.headerFill);
  drawRow(flow, table, plan, header);
}

function drawTitle(flow: ReportFlow, title: string): void {
  const height = lineHeight(SIZE.subtitle) + 1;
  flow.text(title, PAGE.left, flow.y + lineHeight(SIZE.subtitle) * 0.75, 'bold', SIZE.subtitle);
  flow.y += height;
}

/** The height of a table's heading line, 0 when it has none. */
function titleHeight(table: ReportPdfTable): number {
  return table.title === '' ? 0 : lineHeight(SIZE.subtitle) + 1;
}

/** Draws one table from the flow's y on, breaking pages between rows. */
export function drawReportTable(flow: ReportFlow, table: ReportPdfTable): void {
  const plan = planColumns(table, PAGE.right - PAGE.left, (text, face, size) =>
    flow.canvas.textWidth(text, face, size),
  );
  const headers = table.columns.map((column) => column.header);
  const header = layOutRow(flow, table, plan, headers, 'header');
  const rows = table.rows.map((cells) => layOutRow(flow, table, plan, cells, 'row'));
  const totals =
    table.totals === null ? null : layOutRow(flow, table, plan, table.totals, 'totals');

  // The heading, the header row and the first row (or the totals) start on one page.
  const first = rows[0] ?? totals;
  flow.ensure(titleHeight(table) + header.height + (first?.height ?? 0));
  if (table.title !== '') drawTitle(flow, table.title);
  drawHeader(flow, table, plan, header);

  flow.onPageBreak = () => {
    if (table.title !== '') {
      drawTitle(flow, fillLabel(flow.input.labels.continued, { title: table.title }));
    }
    drawHeader(flow, table, plan, header);
  };
  for (const row of rows) {
    flow.ensure(row.height);
    drawRow(flow, table, plan, row);
    flow.canvas.line(PAGE.left, flow.y, PAGE.right, flow.y, 0.1, COLOR.rule);
  }
  if (totals !== null) {
    flow.ensure(totals.height + 0.5);
    flow.canvas.line(PAGE.left, flow.y, PAGE.right, flow.y, 0.4, COLOR.text);
    flow.y += 0.5;
    drawRow(flow, table, plan, totals);
  }
  flow.onPageBreak = null;
}
