import type { ReportPdfInput, ReportPdfTable } from '../../../../shared/pdf/reportPdfInput';

// Report PDF inputs for the layout tests, formatted as the Reports screen formats them.

/** The VAT report of the worked example: 19 % and 7 %, totals 237.50 and 40.63. */
export function vatTable(title = ''): ReportPdfTable {
  return {
    title,
    columns: [
      { header: 'VAT category', align: 'left' },
      { header: 'Rate', align: 'right' },
      { header: 'Taxable amount', align: 'right' },
      { header: 'VAT', align: 'right' },
    ],
    rows: [
      ['Standard rate', '19 %', '€200.00', '€38.00'],
      ['Standard rate', '7 %', '€37.50', '€2.63'],
    ],
    totals: ['Total (invoices minus credit notes)', '', '€237.50', '€40.63'],
  };
}

/** Aged receivables with `customers` rows: seven columns, six of them money. */
export function agedTable(customers: number): ReportPdfTable {
  return {
    title: '',
    columns: [
      { header: 'Customer', align: 'left' },
      { header: 'Not due', align: 'right' },
      { header: '1–30 days', align: 'right' },
      { header: '31–60 days', align: 'right' },
      { header: '61–90 days', align: 'right' },
      { header: 'Over 90 days', align: 'right' },
      { header: 'Total', align: 'right' },
    ],
    rows: Array.from({ length: customers }, (_, index) => [
      `Customer ${index + 1} with a rather long trading name GmbH & Co. KG`,
      '€1,234,567.89',
      '€2,345,678.90',
      '€3,456,789.01',
      '€4,567,890.12',
      '€5,678,901.23',
      '€9,999,999.99',
    ]),
    totals: ['Total', '€1.00', '€2.00', '€3.00', '€4.00', '€5.00', '€15.00'],
  };
}

/** A report input around the given tables. */
export function reportInput(tables: ReportPdfTable[], overrides: Partial<ReportPdfInput> = {}) {
  const input: ReportPdfInput = {
    title: 'VAT report',
    company: {
      name: 'Weber Design Studio',
      details: ['Hauptstraße 5, 10115 Berlin', 'VAT ID DE123456789'],
    },
    period: '2026-Q1: 01/01/2026 – 31/03/2026',
    printedOn: 'Made on 15/04/2026',
    tables,
    emptyText: 'Nothing to report.',
    notes: ['Figures are the posted documents’ own VAT groups, credit notes subtracted.'],
    labels: { page: 'Page {page} of {count}', continued: '{title} (continued)' },
    metadata: {
      title: 'VAT report 2026-Q1',
      subject: 'VAT report',
      author: 'Weber Design Studio',
      language: 'en-GB',
      createdAt: '2026-04-15T10:00:00.000Z',
    },
  };
  return { ...input, ...overrides };
}
