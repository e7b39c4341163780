import { describe, expect, it } from 'vitest';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import { csvAmount, reportToCsv, type ReportColumn } from '../../../../shared/reports/reportCsv';

type Row = { name: string; amount: number; currency: string };

const COLUMNS: ReportColumn<Row>[] = [
  { header: 'customer', value: (row) => row.name },
  {
    header: 'open, total',
    value: (row) => csvAmount(minor(row.amount), currencyCode(row.currency)),
  },
  { header: 'currency', value: (row) => row.currency },
];

describe('reportToCsv', () => {
  it('writes a header and one CRLF-terminated row per item, amounts as plain decimals', () => {
    const csv = reportToCsv(
      [
        { name: 'Anna Berg', amount: 123_456_78, currency: 'EUR' },
        { name: 'Bauer', amount: -5, currency: 'EUR' },
        { name: 'Sato', amount: 1500, currency: 'JPY' },
        { name: 'Kuwait Co', amount: 1, currency: 'KWD' },
      ],
      COLUMNS,
    );
    expect(csv).toBe(
      'customer,"open, total",currency\r\n' +
        'Anna Berg,123456.78,EUR\r\n' +
        'Bauer,-0.05,EUR\r\n' +
        'Sato,1500,JPY\r\n' +
        'Kuwait Co,0.001,KWD\r\n',
    );
  });

  it('quotes fields holding a comma, quote or line break and doubles quotes (RFC 4180)', () => {
    const csv = reportToCsv(
      [{ name: 'Café "Jo", Inh.\nMüller', amount: 0, currency: 'EUR' }],
      COLUMNS,
    );
    expect(csv.split('\r\n')[1]).toBe('"Café ""Jo"", Inh.\nMüller",0.00,EUR');
  });

  it('writes only the header for a report without rows', () => {
    expect(reportToCsv([], COLUMNS)).toBe('customer,"open, total",currency\r\n');
  });
});
