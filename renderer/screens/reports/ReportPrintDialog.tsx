import { t } from '../../i18n/t';
import { PrintJobDialog } from '../documents/PrintDialog';

export type ReportPrintDialogProps = {
  open: boolean;
  /** The report's name: "VAT report". */
  report: string;
  /** The title of the print job: "VAT report 2026-Q1". */
  jobTitle: string;
  locale: string;
  loadPdf: () => Promise<Uint8Array>;
  onClose: () => void;
};

/**
 * Prints a report's PDF: the invoice's print dialog under the report's name, without the
 * send history a report does not have.
 */
export function ReportPrintDialog({ report, ...rest }: ReportPrintDialogProps) {
  return <PrintJobDialog {...rest} title={t('reports.print.title', { report })} />;
}
