import type { IsoDate } from '../../../shared/dates/isoDate';
import type { ReportPdfInput } from '../../../shared/pdf/reportPdfInput';
import type { CompanyProfile } from '../../../shared/schemas/companyProfile';
import type { Formatters } from '../../app/useFormatters';
import { t } from '../../i18n/t';
import type { ReportKind } from './reportFiles';
import type { ReportView } from './reportTables';

/** What a report's PDF needs besides its tables. */
export type ReportPdfContext = {
  company: CompanyProfile;
  formatters: Formatters;
  /** The period as the screen says it: "2026-Q1: 01/01/2026 – 31/03/2026". */
  period: string;
  /** The period's label for the PDF's title: "2026-Q1", or the aged report's ISO day. */
  periodLabel: string;
  today: IsoDate;
  /** Now, as an ISO timestamp: the PDF's creation date. */
  now: string;
};

/** The context the screen knows ahead; `now` is added when the PDF is made. */
export type ReportPdfSettings = Omit<ReportPdfContext, 'now'>;

const NOTES: Record<
  ReportKind,
  'reports.pdf.note.vat' | 'reports.pdf.note.sales' | 'reports.pdf.note.aged'
> = {
  vat: 'reports.pdf.note.vat',
  salesByCustomer: 'reports.pdf.note.sales',
  salesByMonth: 'reports.pdf.note.sales',
  aged: 'reports.pdf.note.aged',
};

function companyDetails(company: CompanyProfile): string[] {
  const { address } = company;
  const town = [address.postalCode, address.city].filter((part) => part !== '').join(' ');
  const street = [address.line1, address.line2, town].filter((part) => part !== '').join(', ');
  const tax =
    company.vatId !== ''
      ? t('reports.pdf.vatId', { vatId: company.vatId })
      : company.taxId !== ''
        ? t('reports.pdf.taxId', { taxId: company.taxId })
        : '';
  return [street, tax].filter((line) => line !== '');
}

/**
 * The input of a report's print-friendly PDF: the screen's own tables (the first column
 * text, the others figures), the trader, the period and the page furniture's words. The
 * aged receivables carry their day as the period ("As of 15/04/2026") and a plain title.
 */
export function reportPdfInput(
  kind: ReportKind,
  view: ReportView,
  context: ReportPdfContext,
): ReportPdfInput {
  const { company, formatters: f } = context;
  const title = kind === 'aged' ? t('reports.aged.name') : view.title;
  const period =
    kind === 'aged' ? t('reports.pdf.asOf', { date: f.date(context.today) }) : context.period;
  const several = view.tables.length > 1;
  return {
    title,
    company: { name: company.name, details: companyDetails(company) },
    period,
    printedOn: t('reports.pdf.printedOn', { date: f.date(context.today) }),
    tables: view.tables.map((table) => ({
      title: several ? table.title : '',
      columns: table.columns.map((header, index) => ({
        header,
        align: index === 0 ? 'left' : 'right',
      })),
      rows: table.rows.map((row) => row.cells),
      totals: table.totals,
    })),
    emptyText: t('reports.empty'),
    notes: [t(NOTES[kind])],
    labels: { page: t('reports.pdf.page'), continued: t('reports.pdf.continued') },
    metadata: {
      title: `${title} ${context.periodLabel}`,
      subject: title,
      author: company.name,
      language: f.locale,
      createdAt: context.now,
    },
  };
}
