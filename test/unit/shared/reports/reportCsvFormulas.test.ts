import { describe, expect, it } from 'vitest';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import { salesByCustomerCsv } from '../../../../shared/reports/reportExports';
import { csvAmount, reportToCsv, type ReportColumn } from '../../../../shared/reports/reportCsv';
import { salesByCustomer } from '../../../../shared/reports/salesReport';
import { csvRows } from '../journal/csvRows';
import { reportDoc } from './reportArbitraries';

type Row = { name: string; amount: number };

const COLUMNS: ReportColumn<Row>[] = [
  { header: 'customer', value: (row) => row.name },
  { header: 'open', value: (row) => csvAmount(minor(row.amount), currencyCode('EUR')) },
];

describe('report CSV against formula injection', () => {
  it('guards text cells that start like a formula, never the amount cells', () => {
    const rows = csvRows(
      reportToCsv(
        [
          { name: '=HYPERLINK("http://evil.example")', amount: -12_50 },
          { name: '-12.50', amount: -1 },
          { name: '@Acme', amount: 0 },
          { name: 'Acme Ltd', amount: 99_99 },
        ],
        COLUMNS,
      ),
    );
    expect(rows).toEqual([
      ['customer', 'open'],
      ['\'=HYPERLINK("http://evil.example")', '-12.50'],
      ["'-12.50", '-0.01'],
      ["'@Acme", '0.00'],
      ['Acme Ltd', '99.99'],
    ]);
  });

  it('writes a credit-note-heavy customer’s negative sales as numbers in the sales export', () => {
    const docs = [
      reportDoc({ id: 'i1', customerId: 'c1', customerName: '+Plus GmbH' }),
      reportDoc({ id: 'c1', kind: 'creditNote', customerId: 'c1', customerName: '+Plus GmbH' }),
      reportDoc({ id: 'c2', kind: 'creditNote', customerId: 'c1', customerName: '+Plus GmbH' }),
    ];
    const range = { from: docs[0]!.issueDate, to: docs[0]!.issueDate };
    const rows = csvRows(salesByCustomerCsv(salesByCustomer(docs, range)));
    expect(rows[1]).toEqual(['EUR', "'+Plus GmbH", '-100.00', '-119.00']);
    expect(rows[2]).toEqual(['EUR', 'Total', '-100.00', '-119.00']);
  });
});
