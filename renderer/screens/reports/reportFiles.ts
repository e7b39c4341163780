import { safeFileName } from '../../../shared/contract/fileNames';
import {
  agedReceivablesCsv,
  salesByCustomerCsv,
  salesByMonthCsv,
  vatReportCsv,
} from '../../../shared/reports/reportExports';
import type { Formatters } from '../../app/useFormatters';
import type { Reports } from '../../data/reportsRepository';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';
import {
  agedReceivablesView,
  salesByCustomerView,
  salesByMonthView,
  vatReportView,
  type ReportView,
} from './reportTables';

// The four reports of the Reports screen and what each exports: its tables as shown, its
// CSV and the names of its files.

export const REPORT_KINDS = ['vat', 'salesByCustomer', 'salesByMonth', 'aged'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A report's tables as the screen shows them (and the PDF prints them). */
export function reportView(kind: ReportKind, reports: Reports, f: Formatters): ReportView {
  switch (kind) {
    case 'vat':
      return vatReportView(reports.vat, f);
    case 'salesByCustomer':
      return salesByCustomerView(reports.salesByCustomer, f);
    case 'salesByMonth':
      return salesByMonthView(reports.salesByMonth, f);
    case 'aged':
      return agedReceivablesView(reports.aged, f);
  }
}

/** A report as CSV: amounts as plain decimals a spreadsheet sums, text guarded against formulas. */
export function reportCsv(kind: ReportKind, reports: Reports): string {
  switch (kind) {
    case 'vat':
      return vatReportCsv(reports.vat);
    case 'salesByCustomer':
      return salesByCustomerCsv(reports.salesByCustomer);
    case 'salesByMonth':
      return salesByMonthCsv(reports.salesByMonth);
    case 'aged':
      return agedReceivablesCsv(reports.aged);
  }
}

/**
 * The suggested name of a report's file: "VAT report 2026-Q1.csv" for the period's label,
 * "Aged receivables 2026-04-15.pdf" for the day receivables are aged on. Sortable labels,
 * never the locale's date format, whose slashes cannot stand in a file name.
 */
export function reportFileName(kind: ReportKind, label: string, extension: 'csv' | 'pdf'): string {
  const stem = t(`reports.file.${kind}` as MessageKey, { period: label });
  return safeFileName(`${stem}.${extension}`, `report.${extension}`);
}
