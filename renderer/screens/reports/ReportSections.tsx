import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import {
  AGE_BUCKETS,
  type AgedAmounts,
  type AgedReceivablesReport,
} from '../../../shared/reports/agedReceivables';
import type {
  SalesByCustomerRow,
  SalesByMonthRow,
  SalesReport,
} from '../../../shared/reports/salesReport';
import type { VatReport } from '../../../shared/reports/vatReport';
import type { CurrencyCode } from '../../../shared/money/currencies';
import { useFormatters } from '../../app/useFormatters';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';
import { ReportTable } from './ReportTable';

/** A titled region of the reports screen. */
function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-label={title} spacing={2}>
      <Typography variant="h5" component="h3">
        {title}
      </Typography>
      {children}
    </Stack>
  );
}

function Empty() {
  return <Typography color="text.secondary">{t('reports.empty')}</Typography>;
}

/** "Title (EUR)" when the report has more than one currency, else just the title. */
function titled(title: string, currency: CurrencyCode, count: number): string {
  return count > 1 ? `${title} ${t('reports.currencySuffix', { currency })}` : title;
}

/** Open balances per customer in the five age buckets. */
export function AgedReceivablesSection({ report }: { report: AgedReceivablesReport }) {
  const { money, date } = useFormatters();
  const title = t('reports.aged.title', { date: date(report.today) });
  const columns = [
    t('reports.aged.customer'),
    ...AGE_BUCKETS.map((bucket) => t(`reports.aged.${bucket}` as MessageKey)),
    t('reports.aged.total'),
  ];
  return (
    <ReportSection title={title}>
      {report.currencies.length === 0 && <Empty />}
      {report.currencies.map((section) => {
        const amounts = (values: AgedAmounts) => [
          ...AGE_BUCKETS.map((bucket) => money(values[bucket], section.currency)),
          money(values.total, section.currency),
        ];
        return (
          <ReportTable
            key={section.currency}
            title={titled(title, section.currency, report.currencies.length)}
            columns={columns}
            rows={section.customers.map((row) => ({
              key: row.customerId,
              cells: [row.customerName, ...amounts(row.amounts)],
            }))}
            totals={[t('reports.aged.total'), ...amounts(section.totals)]}
          />
        );
      })}
    </ReportSection>
  );
}

/** Taxable amount and VAT per category and rate, invoices minus credit notes. */
export function VatReportSection({ report }: { report: VatReport }) {
  const { money, decimal } = useFormatters();
  const title = t('reports.vat.title');
  return (
    <ReportSection title={title}>
      {report.currencies.length === 0 && <Empty />}
      {report.currencies.map((section) => (
        <ReportTable
          key={section.currency}
          title={titled(title, section.currency, report.currencies.length)}
          columns={[
            t('reports.vat.category'),
            t('reports.vat.rate'),
            t('reports.vat.taxable'),
            t('reports.vat.vat'),
          ]}
          rows={section.rows.map((row) => ({
            key: `${row.category}|${row.rate}`,
            cells: [
              t(`vatCategory.${row.category}` as MessageKey),
              `${decimal(row.rate)} %`,
              money(row.taxableAmount, section.currency),
              money(row.vatAmount, section.currency),
            ],
          }))}
          totals={[
            t('reports.vat.total'),
            '',
            money(section.totals.taxableAmount, section.currency),
            money(section.totals.vatAmount, section.currency),
          ]}
        />
      ))}
    </ReportSection>
  );
}

/** Net and gross sales per customer in the period. */
export function SalesByCustomerSection({ report }: { report: SalesReport<SalesByCustomerRow> }) {
  const { money } = useFormatters();
  const title = t('reports.salesByCustomer.title');
  return (
    <ReportSection title={title}>
      {report.currencies.length === 0 && <Empty />}
      {report.currencies.map((section) => (
        <ReportTable
          key={section.currency}
          title={titled(title, section.currency, report.currencies.length)}
          columns={[t('reports.sales.customer'), t('reports.sales.net'), t('reports.sales.gross')]}
          rows={section.rows.map((row) => ({
            key: row.customerId,
            cells: [
              row.customerName,
              money(row.net, section.currency),
              money(row.gross, section.currency),
            ],
          }))}
          totals={[
            t('reports.sales.total'),
            money(section.totals.net, section.currency),
            money(section.totals.gross, section.currency),
          ]}
        />
      ))}
    </ReportSection>
  );
}

/** Net and gross sales per calendar month of the period. */
export function SalesByMonthSection({ report }: { report: SalesReport<SalesByMonthRow> }) {
  const { money } = useFormatters();
  const title = t('reports.salesByMonth.title');
  return (
    <ReportSection title={title}>
      {report.currencies.length === 0 && <Empty />}
      {report.currencies.map((section) => (
        <ReportTable
          key={section.currency}
          title={titled(title, section.currency, report.currencies.length)}
          columns={[t('reports.sales.month'), t('reports.sales.net'), t('reports.sales.gross')]}
          rows={section.rows.map((row) => ({
            key: row.month.label,
            cells: [
              row.month.label,
              money(row.net, section.currency),
              money(row.gross, section.currency),
            ],
          }))}
          totals={[
            t('reports.sales.total'),
            money(section.totals.net, section.currency),
            money(section.totals.gross, section.currency),
          ]}
        />
      ))}
    </ReportSection>
  );
}
