import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, useState } from 'react';
import { encodeBase64 } from '../../../shared/contract/base64';
import type { IpcError } from '../../../shared/contract/ipcError';
import { PAPER_SIZES } from '../../../shared/contract/printContract';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { recordFailedSend, recordSend } from '../../data/sendLog';
import { t } from '../../i18n/t';
import { call } from '../../platform/invoicerApi';
import { loadPdfResult } from './documentPdf';
import { OutError } from './OutError';
import {
  defaultPaperSize,
  parseCopies,
  printerLabel,
  usePrinters,
  waitForPrintJob,
  type JobState,
  type PaperSize,
  type PrintAttempt,
} from './printing';

type Stage =
  | { kind: 'choosing' }
  | { kind: 'printing' }
  | { kind: 'queued'; printer: string; jobId: string }
  | { kind: 'done'; printer: string; jobId: string; state: JobState };

export type PrintJobDialogProps = {
  open: boolean;
  /** The dialog's heading: "Print INV-2026-0001", "Print VAT report". */
  title: string;
  /** The title of the print job the printing system shows. */
  jobTitle: string;
  locale: string;
  loadPdf: () => Promise<Uint8Array>;
  /** Told what print.pdf answered, and awaited, before the dialog shows it. */
  onAttempt?: ((attempt: PrintAttempt) => Promise<void>) | undefined;
  onClose: () => void;
};

/**
 * Prints a PDF on a local printer: the printers of this computer with the default chosen,
 * copies and paper size; after a success the dialog follows the job until the printer has
 * it. Mounted while open: every opening starts afresh and reads the printers again.
 */
export function PrintJobDialog(props: PrintJobDialogProps) {
  return props.open ? <PrintJobDialogContent {...props} /> : null;
}

export type PrintDialogProps = {
  open: boolean;
  doc: StoredDocument;
  locale: string;
  loadPdf: () => Promise<Uint8Array>;
  onClose: () => void;
};

/** Prints the document's PDF; the attempt goes into the send history, successful or not. */
export function PrintDialog({ doc, ...rest }: PrintDialogProps) {
  const onAttempt = async (attempt: PrintAttempt) => {
    const db = getDb();
    if (!attempt.ok) {
      await recordFailedSend(db, doc.id, 'print', attempt.printer, attempt.error);
      return;
    }
    const { jobId, copies, paperSize } = attempt;
    await recordSend(db, {
      documentId: doc.id,
      channel: 'print',
      target: attempt.printer,
      outcome: 'sent',
      message: t('documents.out.print.job', { jobId, copies, paperSize }),
    });
  };
  return (
    <PrintJobDialog
      {...rest}
      title={t('documents.out.print.title', { number: doc.number ?? '' })}
      jobTitle={`${doc.number ?? ''} ${doc.customerName}`.trim()}
      onAttempt={onAttempt}
    />
  );
}

function PrintJobDialogContent(props: PrintJobDialogProps) {
  const { title, jobTitle, locale, loadPdf, onAttempt, onClose } = props;
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
    const pdf = await loadPdfResult(loadPdf);
    if (!pdf.ok) {
      setError(pdf.error);
      setStage({ kind: 'choosing' });
      return;
    }
    const reply = await call('print.pdf', {
      printer,
      pdfBase64: encodeBase64(pdf.value),
      copies: parsedCopies.value,
      paperSize,
      title: jobTitle,
    });
    if (!reply.ok) {
      await onAttempt?.({ ok: false, printer, error: reply.error });
      setError(reply.error);
      setStage({ kind: 'choosing' });
      return;
    }
    const { jobId } = reply.value;
    await onAttempt?.({ ok: true, printer, jobId, copies: parsedCopies.value, paperSize });
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
      <DialogTitle id={titleId}>{title}</DialogTitle>
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
