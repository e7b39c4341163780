import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../../shared/dates/isoDate';
import { currencyCode } from '../../../../../shared/money/currencies';
import { minor } from '../../../../../shared/money/minor';
import type { VatReport } from '../../../../../shared/reports/vatReport';
import { formattersFor } from '../../../../../renderer/app/useFormatters';
import { reportFileName } from '../../../../../renderer/screens/reports/reportFiles';
import { reportPdfInput } from '../../../../../renderer/screens/reports/reportPdfInput';
import {
  agedReceivablesView,
  vatReportView,
} from '../../../../../renderer/screens/reports/reportTables';
import { exampleCompanyProfile } from '../../../shared/schemas/settingsExamples';

const f = formattersFor('en-GB');

function vatReport(currencies: string[]): VatReport {
  return {
    from: isoDate('2026-01-01'),
    to: isoDate('2026-03-31'),
    currencies: currencies.map((code) => ({
      currency: currencyCode(code),
      rows: [
        {
          category: 'standard',
          rate: '19',
          taxableAmount: minor(200_00),
          vatAmount: minor(38_00),
          invoiced: { taxableAmount: minor(200_00), vatAmount: minor(38_00) },
          credited: { taxableAmount: minor(0), vatAmount: minor(0) },
        },
      ],
      totals: { taxableAmount: minor(200_00), vatAmount: minor(38_00) },
      invoiceCount: 1,
      creditNoteCount: 0,
    })),
  };
}

const context = {
  company: exampleCompanyProfile(),
  formatters: f,
  period: '2026-Q1: 01/01/2026 – 31/03/2026',
  periodLabel: '2026-Q1',
  today: isoDate('2026-04-15'),
  now: '2026-04-15T10:00:00.000Z',
};

describe('reportPdfInput', () => {
  it('prints the screen’s own cells, the first column as text and the others as figures', () => {
    const input = reportPdfInput('vat', vatReportView(vatReport(['EUR']), f), context);
    expect(input.title).toBe('VAT report');
    expect(input.period).toBe('2026-Q1: 01/01/2026 – 31/03/2026');
    expect(input.tables).toHaveLength(1);
    const [table] = input.tables;
    expect(table!.title).toBe('');
    expect(table!.columns.map((column) => column.align)).toEqual([
      'left',
      'right',
      'right',
      'right',
    ]);
    expect(table!.rows).toEqual([['Standard rate', '19 %', '€200.00', '€38.00']]);
    expect(table!.totals).toEqual(['Total (invoices minus credit notes)', '', '€200.00', '€38.00']);
    expect(input.metadata).toMatchObject({
      title: 'VAT report 2026-Q1',
      author: context.company.name,
      language: 'en-GB',
      createdAt: context.now,
    });
    expect(input.company).toEqual({
      name: 'Sole Trader Jane',
      details: [expect.stringMatching(/^Gartenweg 3, (.*, )?14467 Potsdam$/), 'VAT ID DE987654321'],
    });
    expect(input.printedOn).toBe('Made on 15/04/2026');
    expect(input.labels).toEqual({
      page: 'Page {page} of {count}',
      continued: '{title} (continued)',
    });
  });

  it('heads each table with its currency when a report has several', () => {
    const input = reportPdfInput('vat', vatReportView(vatReport(['EUR', 'USD']), f), context);
    expect(input.tables.map((table) => table.title)).toEqual([
      'VAT report (EUR)',
      'VAT report (USD)',
    ]);
  });

  it('gives the aged receivables their day as the period', () => {
    const view = agedReceivablesView({ today: isoDate('2026-04-15'), currencies: [] }, f);
    const input = reportPdfInput('aged', view, { ...context, periodLabel: '2026-04-15' });
    expect(input.title).toBe('Aged receivables');
    expect(input.period).toBe('As of 15/04/2026');
    expect(input.tables).toEqual([]);
    expect(input.emptyText).toBe('Nothing to report.');
  });
});

describe('reportFileName', () => {
  it('names the file after the report and the sortable period label', () => {
    expect(reportFileName('vat', '2026-Q1', 'csv')).toBe('VAT report 2026-Q1.csv');
    expect(reportFileName('salesByMonth', '2026', 'pdf')).toBe('Sales by month 2026.pdf');
    expect(reportFileName('aged', '2026-04-15', 'csv')).toBe('Aged receivables 2026-04-15.csv');
  });
});
