import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import { agedReceivables } from '../../../../shared/reports/agedReceivables';
import {
  agedReceivablesCsv,
  salesByCustomerCsv,
  salesByMonthCsv,
  vatReportCsv,
} from '../../../../shared/reports/reportExports';
import { periodOf } from '../../../../shared/reports/reportPeriod';
import { salesByCustomer, salesByMonth } from '../../../../shared/reports/salesReport';
import { vatReport } from '../../../../shared/reports/vatReport';
import { reportDoc } from './reportArbitraries';

const INVOICE = reportDoc({
  id: 'A',
  customerName: 'Café "Jo", Inh. Müller',
  issueDate: '2026-03-10',
  dueDate: '2026-03-24',
  balance: 119_00,
  lines: [
    ['1', '100', 'standard', '19'],
    ['1', '40', 'exempt', '0'],
  ],
});
const CREDIT = reportDoc({
  id: 'C',
  kind: 'creditNote',
  customerName: 'Café "Jo", Inh. Müller',
  issueDate: '2026-03-20',
  lines: [['1', '10', 'standard', '19']],
});
const YEN = reportDoc({
  id: 'Y',
  currency: 'JPY',
  customerId: 'c2',
  customerName: 'Sato',
  issueDate: '2026-02-03',
  dueDate: '2026-02-03',
  balance: 1190,
  lines: [['1', '1000', 'standard', '19']],
});
const MARCH = periodOf(isoDate('2026-03-01'), 'month');

describe('report CSV exports', () => {
  it('writes the aged receivables per customer with a total row per currency', () => {
    expect(agedReceivablesCsv(agedReceivables([INVOICE, CREDIT, YEN], isoDate('2026-05-03')))).toBe(
      [
        'currency,customer,not due,1-30 days,31-60 days,61-90 days,over 90 days,total',
        'EUR,"Café ""Jo"", Inh. Müller",0.00,0.00,119.00,0.00,0.00,119.00',
        'EUR,Total,0.00,0.00,119.00,0.00,0.00,119.00',
        'JPY,Sato,0,0,0,1190,0,1190',
        'JPY,Total,0,0,0,1190,0,1190',
        '',
      ].join('\r\n'),
    );
  });

  it('writes the VAT report per category and rate, credit notes subtracted, with totals', () => {
    expect(vatReportCsv(vatReport([INVOICE, CREDIT, YEN], MARCH))).toBe(
      [
        'currency,VAT category,rate %,invoiced taxable,invoiced VAT,credited taxable,credited VAT,taxable amount,VAT',
        'EUR,Standard rate,19,100.00,19.00,10.00,1.90,90.00,17.10',
        'EUR,Exempt from VAT,0,40.00,0.00,0.00,0.00,40.00,0.00',
        'EUR,Total,,140.00,19.00,10.00,1.90,130.00,17.10',
        '',
      ].join('\r\n'),
    );
  });

  it('writes sales by customer and by month with net and gross and a total row', () => {
    const range = { from: isoDate('2026-02-01'), to: isoDate('2026-03-31') };
    const documents = [INVOICE, CREDIT, YEN];
    expect(salesByCustomerCsv(salesByCustomer(documents, range))).toBe(
      [
        'currency,customer,net,gross',
        'EUR,"Café ""Jo"", Inh. Müller",130.00,147.10',
        'EUR,Total,130.00,147.10',
        'JPY,Sato,1000,1190',
        'JPY,Total,1000,1190',
        '',
      ].join('\r\n'),
    );
    expect(salesByMonthCsv(salesByMonth(documents, range))).toBe(
      [
        'currency,month,net,gross',
        'EUR,2026-02,0.00,0.00',
        'EUR,2026-03,130.00,147.10',
        'EUR,Total,130.00,147.10',
        'JPY,2026-02,1000,1190',
        'JPY,2026-03,0,0',
        'JPY,Total,1000,1190',
        '',
      ].join('\r\n'),
    );
  });
});
