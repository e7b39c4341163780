// What the print-friendly report PDF is made from: a title, whose report it is, the period,
// and tables of text already formatted for the trader's locale (the very strings the
// Reports screen shows). Plain data only, no functions: it travels to the PDF worker by
// structured clone.

/** How a column's cells sit: text on the left (wrapped when long), figures on the right. */
export type ReportColumnAlign = 'left' | 'right';

export type ReportPdfColumn = { header: string; align: ReportColumnAlign };

/** One table of a report: a row of cells per item and a bold totals row. */
export type ReportPdfTable = {
  /** A heading over the table (the currency, when a report has several), or ''. */
  title: string;
  columns: ReportPdfColumn[];
  /** Each row has one cell per column. */
  rows: string[][];
  /** The totals row, its first cell the label; null for a table without one. */
  totals: string[] | null;
};

/** The words of the page furniture, with {placeholders} the layout fills in. */
export type ReportPdfLabels = {
  /** "Page {page} of {count}". */
  page: string;
  /** "{title} (continued)": the running head of later pages and of a table that goes on. */
  continued: string;
};

export type ReportPdfInput = {
  /** "VAT report". */
  title: string;
  /** The trader whose report it is: the name, then a few lines (address, VAT ID). */
  company: { name: string; details: string[] };
  /** "2026-Q1: 01/01/2026 – 31/03/2026", or "As of 15/03/2026". */
  period: string;
  /** "Made on 15/03/2026", or ''. */
  printedOn: string;
  tables: ReportPdfTable[];
  /** Printed instead of tables when there are none: "Nothing to report." */
  emptyText: string;
  /** Short paragraphs under the tables (how the figures were made). */
  notes: string[];
  labels: ReportPdfLabels;
  metadata: {
    title: string;
    subject: string;
    author: string;
    /** A BCP 47 language tag: "en-GB". */
    language: string;
    /** When the report was made, as an ISO timestamp: the PDF's creation date. */
    createdAt: string;
  };
};

/** A label with its {name} placeholders filled; an unknown placeholder stays visible. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * Throws when a table's rows or totals do not have one cell per column, or it has no
 * columns: the screen built the input wrongly (a programming error, not the person's).
 */
export function assertWellFormedTables(tables: readonly ReportPdfTable[]): void {
  for (const table of tables) {
    const width = table.columns.length;
    if (width === 0) throw new Error(`The report table "${table.title}" has no columns`);
    const rows = table.totals === null ? table.rows : [...table.rows, table.totals];
    const bad = rows.findIndex((row) => row.length !== width);
    if (bad >= 0) {
      throw new Error(
        `Row ${bad + 1} of the report table "${table.title}" has ${rows[bad]!.length} cells for ${width} columns`,
      );
    }
  }
}
