import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useEffect, useId, useState } from 'react';
import { encodeBase64 } from '../../../shared/contract/base64';
import type { ReplyOf } from '../../../shared/contract/contract';
import type { IpcError } from '../../../shared/contract/ipcError';
import { PAPER_SIZES } from '../../../shared/contract/printContract';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { t } from '../../i18n/t';
import { call } from '../../platform/invoicerApi';
import { OutError } from '../documents/OutError';
import {
  defaultPaperSize,
  parseCopies,
  waitForPrintJob,
  type JobState,
  type PaperSize,
} from '../documents/printing';
import { internalFailure } from './useFileExport';

// The invoice's PrintDialog records every attempt in the document's send history, which a
// report does not have; this is the same dialog (printers of this computer with the default
// chosen, copies, paper size, then following the job) for a report's PDF, built on the
// same printing helpers and print.pdf call.

type Printer = ReplyOf<'printers.list'>['printers'][number];

type Stage =
  | { kind: 'choosing' }
  | { kind: 'printing' }
  | { kind: 'queued'; printer: string; jobId: string }
  | { kind: 'done'; printer: string; jobId: string; state: JobState };

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

/** Prints a report's PDF on a local printer; mounted only while open, so it starts afresh. */
export function ReportPrintDialog(props: ReportPrintDialogProps) {
  return props.open ? <ReportPrintDialogContent {...props} /> : null;
}

function usePrinters(onError: (error: IpcError) => void) {
  const [printers, setPrinters] = useState<Printer[] | null>(null);
  const [printer, setPrinter] = useState('');
  useEffect(() => {
    let current = true;
    void call('printers.list', {}).then((reply) => {
      if (!current) return;
      if (!reply.ok) {
        onError(reply.error);
        setPrinters([]);
        return;
      }
      const list = reply.value.printers;
      setPrinters(list);
      const preferred =
        list.find((entry) => entry.isDefault) ?? list.find((entry) => entry.enabled);
      setPrinter(preferred?.name ?? '');
    });
    return () => {
      current = false;
    };
  }, [onError]);
  return { printers, printer, setPrinter };
}

function printerLabel(entry: Printer): string {
  return [
    entry.description && entry.description !== entry.name
      ? `${entry.name} — ${entry.description}`
      : entry.name,
    entry.isDefault ? t('documents.out.print.default') : '',
    entry.enabled ? '' : t('documents.out.print.paused'),
  ]
    .filter(Boolean)
    .join(' ');
}

function ReportPrintDialogContent(props: ReportPrintDialogProps) {
  const { report, jobTitle, locale, loadPdf, onClose } = props;
  const titleId = useId();
  const [error, setError] = useState<IpcError | null>(null);
  const { printers, printer, setPrinter } = usePrinters(setError);
  const [copies, setCopies] = useState('1');
  const [paperSize, setPaperSize] = useState<PaperSize>(defaultPaperSize(locale));
  const [copiesError, setCopiesError] = useState<string | undefined>();
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' });

  const print = async () => {
    const parsedCopies = parseCopies(copies);
    if (!parsedCopies.ok) {
      setCopiesError(parsedCopies.error);
      return;
    }
    setCopiesError(undefined);
    setError(null);
    setStage({ kind: 'printing' });
    let pdf: Uint8Array;
    try {
      pdf = await loadPdf();
    } catch (failure) {
      setError(internalFailure(failure));
      setStage({ kind: 'choosing' });
      return;
    }
    const reply = await call('print.pdf', {
      printer,
      pdfBase64: encodeBase64(pdf),
      copies: parsedCopies.value,
      paperSize,
      title: jobTitle,
    });
    if (!reply.ok) {
      setError(reply.error);
      setStage({ kind: 'choosing' });
      return;
    }
    const { jobId } = reply.value;
    setStage({ kind: 'queued', printer, jobId });
    const state = await waitForPrintJob(jobId);
    setStage((now) =>
      now.kind === 'queued' && now.jobId === jobId ? { kind: 'done', printer, jobId, state } : now,
    );
  };

  const busy = stage.kind === 'printing';
  const sent = stage.kind === 'queued' || stage.kind === 'done';
  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth>
      <DialogTitle id={titleId}>{t('reports.print.title', { report })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {printers !== null && printers.length === 0 && error === null && (
            <Alert severity="warning">{t('documents.out.print.none')}</Alert>
          )}
          <SelectField
            label={t('documents.out.print.printer')}
            value={printer}
            options={(printers ?? []).map((entry) => ({
              value: entry.name,
              label: printerLabel(entry),
            }))}
            onChange={setPrinter}
            disabled={printers === null || busy || sent}
            helperText={printers === null ? t('common.loading') : undefined}
            required
          />
          <Stack direction="row" spacing={2}>
            <TextInputField
              label={t('documents.out.print.copies')}
              value={copies}
              onChange={setCopies}
              error={copiesError}
              disabled={busy || sent}
              maxLength={3}
            />
            <SelectField
              label={t('documents.out.print.paperSize')}
              value={paperSize}
              options={PAPER_SIZES.map((size) => ({ value: size, label: size }))}
              onChange={(size) => size !== '' && setPaperSize(size)}
              disabled={busy || sent}
            />
          </Stack>
          {error !== null && <OutError error={error} />}
          <PrintProgress stage={stage} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {sent ? t('action.close') : t('action.cancel')}
        </Button>
        {!sent && (
          <Button
            variant="contained"
            onClick={() => void print()}
            disabled={busy || printer === ''}
          >
            {error === null ? t('documents.out.print.confirm') : t('common.tryAgain')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

/** Where the print job is: being sent, queued, or done (or still queued when the wait ended). */
function PrintProgress({ stage }: { stage: Stage }) {
  if (stage.kind === 'printing') {
    return (
      <Alert severity="info" role="status">
        {t('documents.out.print.sending')}
      </Alert>
    );
  }
  if (stage.kind === 'queued') {
    return (
      <Alert severity="info" role="status">
        {t('documents.out.print.queued', { printer: stage.printer, jobId: stage.jobId })}
      </Alert>
    );
  }
  if (stage.kind !== 'done') return null;
  const completed = stage.state === 'completed';
  return (
    <Alert severity={completed ? 'success' : 'info'} role="status">
      {t(completed ? 'documents.out.print.completed' : 'documents.out.print.stillQueued', {
        printer: stage.printer,
        jobId: stage.jobId,
      })}
    </Alert>
  );
}
