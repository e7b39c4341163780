import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Formatters } from '../../app/useFormatters';
import type { Reports } from '../../data/reportsRepository';
import { t } from '../../i18n/t';
import { useReportActions } from './ReportActions';
import { reportView, type ReportKind } from './reportFiles';
import type { ReportPdfSettings } from './reportPdfInput';
import { ReportTable } from './ReportTable';

export type ReportSectionProps = {
  kind: ReportKind;
  reports: Reports;
  formatters: Formatters;
  /** The label in the report's file names: the period's ("2026-Q1") or the aged report's day. */
  label: string;
  pdfContext: ReportPdfSettings | null;
};

/**
 * One report as a titled region: its heading with Export CSV, Export PDF and Print, what
 * came of the last export, and a table per currency (or a line saying there is nothing).
 */
export function ReportSection({
  kind,
  reports,
  formatters,
  label,
  pdfContext,
}: ReportSectionProps) {
  const view = reportView(kind, reports, formatters);
  const actions = useReportActions({
    kind,
    reports,
    view,
    label,
    pdfContext,
    locale: formatters.locale,
  });
  return (
    <Stack component="section" aria-label={view.title} spacing={2}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography variant="h5" component="h3">
          {view.title}
        </Typography>
        {actions.buttons}
      </Stack>
      {actions.panel}
      {view.tables.length === 0 && (
        <Typography color="text.secondary">{t('reports.empty')}</Typography>
      )}
      {view.tables.map((table) => (
        <ReportTable
          key={table.currency}
          title={table.title}
          columns={table.columns}
          rows={table.rows}
          totals={table.totals}
        />
      ))}
    </Stack>
  );
}
