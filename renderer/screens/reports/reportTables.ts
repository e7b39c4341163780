import type { CurrencyCode } from '../../../shared/money/currencies';
import {
  AGE_BUCKETS,
  type AgedAmounts,
  type AgedReceivablesReport,
} from '../../../shared/reports/agedReceivables';
import type {
  SalesAmounts,
  SalesByCustomerRow,
  SalesByMonthRow,
  SalesReport,
} from '../../../shared/reports/salesReport';
import type { VatReport } from '../../../shared/reports/vatReport';
import type { Formatters } from '../../app/useFormatters';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';

// Each report as the tables people read: headings, formatted cells and totals. The Reports
// screen shows these and the report PDF prints the very same strings, so the paper never
// says something the screen does not.

/** One table: the first column is text, the others figures. */
export type ReportTableView = {
  /** The table's own heading: the report's title, with the currency when there are several. */
  title: string;
  /** The currency of the table, for a heading that needs only that. */
  currency: CurrencyCode;
  columns: string[];
  rows: { key: string; cells: string[] }[];
  totals: string[];
};

/** A report as shown: its title and one table per currency. */
export type ReportView = { title: string; tables: ReportTableView[] };

/** "Title (EUR)" when the report has more than one currency, else just the title. */
function titled(title: string, currency: CurrencyCode, count: number): string {
  return count > 1 ? `${title} ${t('reports.currencySuffix', { currency })}` : title;
}

/** Open balances per customer in the five age buckets, as of the report's day. */
export function agedReceivablesView(report: AgedReceivablesReport, f: Formatters): ReportView {
  const title = t('reports.aged.title', { date: f.date(report.today) });
  const columns = [
    t('reports.aged.customer'),
    ...AGE_BUCKETS.map((bucket) => t(`reports.aged.${bucket}` as MessageKey)),
    t('reports.aged.total'),
  ];
  const tables = report.currencies.map((section) => {
    const amounts = (values: AgedAmounts) => [
      ...AGE_BUCKETS.map((bucket) => f.money(values[bucket], section.currency)),
      f.money(values.total, section.currency),
    ];
    return {
      title: titled(title, section.currency, report.currencies.length),
      currency: section.currency,
      columns,
      rows: section.customers.map((row) => ({
        key: row.customerId,
        cells: [row.customerName, ...amounts(row.amounts)],
      })),
      totals: [t('reports.aged.total'), ...amounts(section.totals)],
    };
  });
  return { title, tables };
}

/** Taxable amount and VAT per category and rate, invoices minus credit notes. */
export function vatReportView(report: VatReport, f: Formatters): ReportView {
  const title = t('reports.vat.title');
  const tables = report.currencies.map((section) => ({
    title: titled(title, section.currency, report.currencies.length),
    currency: section.currency,
    columns: [
      t('reports.vat.category'),
      t('reports.vat.rate'),
      t('reports.vat.taxable'),
      t('reports.vat.vat'),
    ],
    rows: section.rows.map((row) => ({
      key: `${row.category}|${row.rate}`,
      cells: [
        t(`vatCategory.${row.category}` as MessageKey),
        `${f.decimal(row.rate)} %`,
        f.money(row.taxableAmount, section.currency),
        f.money(row.vatAmount, section.currency),
      ],
    })),
    totals: [
      t('reports.vat.total'),
      '',
      f.money(section.totals.taxableAmount, section.currency),
      f.money(section.totals.vatAmount, section.currency),
    ],
  }));
  return { title, tables };
}

function salesView<Row extends SalesAmounts>(
  report: SalesReport<Row>,
  f: Formatters,
  title: string,
  labelHeader: string,
  row: (item: Row) => { key: string; label: string },
): ReportView {
  const tables = report.currencies.map((section) => ({
    title: titled(title, section.currency, report.currencies.length),
    currency: section.currency,
    columns: [labelHeader, t('reports.sales.net'), t('reports.sales.gross')],
    rows: section.rows.map((item) => {
      const { key, label } = row(item);
      return {
        key,
        cells: [label, f.money(item.net, section.currency), f.money(item.gross, section.currency)],
      };
    }),
    totals: [
      t('reports.sales.total'),
      f.money(section.totals.net, section.currency),
      f.money(section.totals.gross, section.currency),
    ],
  }));
  return { title, tables };
}

/** Net and gross sales per customer in the period. */
export function salesByCustomerView(
  report: SalesReport<SalesByCustomerRow>,
  f: Formatters,
): ReportView {
  return salesView(
    report,
    f,
    t('reports.salesByCustomer.title'),
    t('reports.sales.customer'),
    (item) => ({ key: item.customerId, label: item.customerName }),
  );
}

/** Net and gross sales per calendar month of the period. */
export function salesByMonthView(report: SalesReport<SalesByMonthRow>, f: Formatters): ReportView {
  return salesView(
    report,
    f,
    t('reports.salesByMonth.title'),
    t('reports.sales.month'),
    (item) => ({ key: item.month.label, label: item.month.label }),
  );
}
