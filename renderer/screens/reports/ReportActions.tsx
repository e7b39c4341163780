import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useCallback, useState } from 'react';
import { encodeBase64 } from '../../../shared/contract/base64';
import { nowIso } from '../../data/clock';
import type { Reports } from '../../data/reportsRepository';
import { t } from '../../i18n/t';
import { generateReportPdfInWorker } from '../../pdf/pdfWorkerClient';
import { call } from '../../platform/invoicerApi';
import { ExportStatus } from './ExportStatus';
import { reportCsv, reportFileName, type ReportKind } from './reportFiles';
import { reportPdfInput, type ReportPdfSettings } from './reportPdfInput';
import { ReportPrintDialog } from './ReportPrintDialog';
import type { ReportView } from './reportTables';
import { saveCsv, useFileExport } from './useFileExport';

export type ReportActionsProps = {
  kind: ReportKind;
  reports: Reports;
  view: ReportView;
  /** The label in file names and the print job: "2026-Q1", or the aged report's ISO day. */
  label: string;
  /** Everything the PDF needs besides the tables; null while the settings load. */
  pdfContext: ReportPdfSettings | null;
  locale: string;
};

/**
 * Export CSV, Export PDF and Print for one report, and what came of the last export. The
 * CSV is the report's own export (shared/reports); the PDF prints the screen's tables.
 */
export function useReportActions(props: ReportActionsProps) {
  const { kind, reports, view, label, pdfContext, locale } = props;
  const exporter = useFileExport();
  const [printing, setPrinting] = useState(false);
  const name = kind === 'aged' ? t('reports.aged.name') : view.title;

  const loadPdf = useCallback(() => {
    if (pdfContext === null) return Promise.reject(new Error(t('reports.export.settingsLoading')));
    return generateReportPdfInWorker(reportPdfInput(kind, view, { ...pdfContext, now: nowIso() }));
  }, [kind, view, pdfContext]);

  const exportCsv = () =>
    void exporter.run(
      () => saveCsv(reportFileName(kind, label, 'csv'), reportCsv(kind, reports)),
      (path) => t('reports.export.csvSaved', { path }),
    );

  const exportPdf = () =>
    void exporter.run(
      async () =>
        call('files.exportPdf', {
          suggestedName: reportFileName(kind, label, 'pdf'),
          pdfBase64: encodeBase64(await loadPdf()),
          documentId: `report:${kind}:${label}`,
        }),
      (path) => t('reports.export.pdfSaved', { path }),
    );

  const buttons = (
    <Stack
      direction="row"
      spacing={1}
      role="group"
      aria-label={t('reports.export.actions', { report: name })}
      sx={{ flexWrap: 'wrap', rowGap: 1 }}
    >
      <Button variant="outlined" size="small" onClick={exportCsv} disabled={exporter.busy}>
        {t('reports.export.csv')}
      </Button>
      <Button variant="outlined" size="small" onClick={exportPdf} disabled={exporter.busy}>
        {t('reports.export.pdf')}
      </Button>
      <Button variant="outlined" size="small" onClick={() => setPrinting(true)}>
        {t('reports.export.print')}
      </Button>
    </Stack>
  );
  const panel = (
    <>
      <ExportStatus exporter={exporter} />
      <ReportPrintDialog
        open={printing}
        report={name}
        jobTitle={`${name} ${label}`}
        locale={locale}
        loadPdf={loadPdf}
        onClose={() => setPrinting(false)}
      />
    </>
  );
  return { buttons, panel, busy: exporter.busy };
}
