import type { CurrencyCode } from '../money/currencies';
import { sumMinor, type Minor } from '../money/minor';
import { vatCategoryRules } from '../tax/vatCategories';
import type { AgedAmounts, AgedReceivablesReport } from './agedReceivables';
import { csvAmount, reportToCsv, type ReportColumn } from './reportCsv';
import type { SalesAmounts, SalesByCustomerRow, SalesByMonthRow, SalesReport } from './salesReport';
import type { TaxableAndVat, VatReport } from './vatReport';

// The CSV exports of the reports. Each currency's rows are followed by its total row, so the
// file adds up the same way the screen does; the currency is a column of every row because
// amounts of different currencies must never be summed in a spreadsheet either.

type Currency = { currency: CurrencyCode };

function money<Row extends Currency>(header: string, pick: (row: Row) => Minor): ReportColumn<Row> {
  return { header, value: (row) => csvAmount(pick(row), row.currency) };
}

type AgedCsvRow = Currency & AgedAmounts & { customer: string };

const AGED_COLUMNS: ReportColumn<AgedCsvRow>[] = [
  { header: 'currency', value: (row) => row.currency },
  { header: 'customer', value: (row) => row.customer },
  money('not due', (row) => row.notDue),
  money('1-30 days', (row) => row.days1to30),
  money('31-60 days', (row) => row.days31to60),
  money('61-90 days', (row) => row.days61to90),
  money('over 90 days', (row) => row.over90),
  money('total', (row) => row.total),
];

/** The aged receivables as CSV: a row per currency and customer, then the currency's total. */
export function agedReceivablesCsv(report: AgedReceivablesReport): string {
  const rows = report.currencies.flatMap(({ currency, customers, totals }) => [
    ...customers.map((row) => ({ currency, customer: row.customerName, ...row.amounts })),
    { currency, customer: 'Total', ...totals },
  ]);
  return reportToCsv(rows, AGED_COLUMNS);
}

type VatCsvRow = Currency &
  TaxableAndVat & {
    category: string;
    rate: string;
    invoiced: TaxableAndVat;
    credited: TaxableAndVat;
  };

const VAT_COLUMNS: ReportColumn<VatCsvRow>[] = [
  { header: 'currency', value: (row) => row.currency },
  { header: 'VAT category', value: (row) => row.category },
  { header: 'rate %', value: (row) => row.rate },
  money('invoiced taxable', (row) => row.invoiced.taxableAmount),
  money('invoiced VAT', (row) => row.invoiced.vatAmount),
  money('credited taxable', (row) => row.credited.taxableAmount),
  money('credited VAT', (row) => row.credited.vatAmount),
  money('taxable amount', (row) => row.taxableAmount),
  money('VAT', (row) => row.vatAmount),
];

/** The VAT report as CSV: a row per currency, category and rate, then the currency's total. */
export function vatReportCsv(report: VatReport): string {
  const rows = report.currencies.flatMap(({ currency, rows: groups, totals }) => {
    const invoiced = sumTaxableAndVat(groups.map((group) => group.invoiced));
    const credited = sumTaxableAndVat(groups.map((group) => group.credited));
    return [
      ...groups.map((group) => ({
        ...group,
        currency,
        category: vatCategoryRules(group.category).label,
      })),
      { currency, category: 'Total', rate: '', ...totals, invoiced, credited },
    ];
  });
  return reportToCsv(rows, VAT_COLUMNS);
}

type SalesCsvRow = Currency & SalesAmounts & { label: string };

function salesColumns(labelHeader: string): ReportColumn<SalesCsvRow>[] {
  return [
    { header: 'currency', value: (row) => row.currency },
    { header: labelHeader, value: (row) => row.label },
    money('net', (row) => row.net),
    money('gross', (row) => row.gross),
  ];
}

function salesCsv<Row extends SalesAmounts>(
  report: SalesReport<Row>,
  labelHeader: string,
  labelOf: (row: Row) => string,
): string {
  const rows = report.currencies.flatMap(({ currency, rows: items, totals }) => [
    ...items.map((row) => ({ currency, label: labelOf(row), net: row.net, gross: row.gross })),
    { currency, label: 'Total', ...totals },
  ]);
  return reportToCsv(rows, salesColumns(labelHeader));
}

/** Sales by customer as CSV: a row per currency and customer, then the currency's total. */
export function salesByCustomerCsv(report: SalesReport<SalesByCustomerRow>): string {
  return salesCsv(report, 'customer', (row) => row.customerName);
}

/** Sales by month as CSV: a row per currency and month ('2026-03'), then the currency's total. */
export function salesByMonthCsv(report: SalesReport<SalesByMonthRow>): string {
  return salesCsv(report, 'month', (row) => row.month.label);
}

function sumTaxableAndVat(items: readonly TaxableAndVat[]): TaxableAndVat {
  return {
    taxableAmount: sumMinor(items.map((item) => item.taxableAmount)),
    vatAmount: sumMinor(items.map((item) => item.vatAmount)),
  };
}
