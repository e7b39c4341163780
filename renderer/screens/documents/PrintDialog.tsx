import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useEffect, useId, useState } from 'react';
import { encodeBase64 } from '../../../shared/contract/base64';
import type { IpcError } from '../../../shared/contract/ipcError';
import { PAPER_SIZES } from '../../../shared/contract/printContract';
import type { ReplyOf } from '../../../shared/contract/contract';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { recordFailedSend, recordSend } from '../../data/sendLog';
import { t } from '../../i18n/t';
import { call } from '../../platform/invoicerApi';
import { loadPdfResult } from './documentPdf';
import { OutError } from './OutError';
import { defaultPaperSize, parseCopies, waitForPrintJob, type PaperSize } from './printing';

type Printer = ReplyOf<'printers.list'>['printers'][number];

type Stage =
  | { kind: 'choosing' }
  | { kind: 'printing' }
  | { kind: 'queued'; printer: string; jobId: string }
  | { kind: 'done'; printer: string; jobId: string; state: 'completed' | 'pending' | 'unknown' };

export type PrintDialogProps = {
  open: boolean;
  doc: StoredDocument;
  locale: string;
  loadPdf: () => Promise<Uint8Array>;
  onClose: () => void;
};

/**
 * Prints the document's PDF on a local printer: the printers of this computer with the
 * default chosen, copies and paper size. The attempt goes into the send history, successful
 * or not; after a success the dialog follows the job until the printer has it.
 */
export function PrintDialog(props: PrintDialogProps) {
  // Mounted while open: every opening starts afresh and reads the printers again.
  return props.open ? <PrintDialogContent {...props} /> : null;
}

function PrintDialogContent({ doc, locale, loadPdf, onClose }: PrintDialogProps) {
  const titleId = useId();
  const [printers, setPrinters] = useState<Printer[] | null>(null);
  const [printer, setPrinter] = useState('');
  const [copies, setCopies] = useState('1');
  const [paperSize, setPaperSize] = useState<PaperSize>(defaultPaperSize(locale));
  const [error, setError] = useState<IpcError | null>(null);
  const [copiesError, setCopiesError] = useState<string | undefined>();
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' });

  useEffect(() => {
    let current = true;
    void call('printers.list', {}).then((reply) => {
      if (!current) return;
      if (!reply.ok) {
        setError(reply.error);
        setPrinters([]);
        return;
      }
      const list = reply.value.printers;
      setPrinters(list);
      const preferred =
        list.find((entry) => entry.isDefault) ?? list.find((entry) => entry.enabled);
      setPrinter((chosen) =>
        list.some((entry) => entry.name === chosen) ? chosen : (preferred?.name ?? ''),
      );
    });
    return () => {
      current = false;
    };
  }, []);

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
      title: `${doc.number ?? ''} ${doc.customerName}`.trim(),
    });
    const db = getDb();
    if (!reply.ok) {
      await recordFailedSend(db, doc.id, 'print', printer, reply.error);
      setError(reply.error);
      setStage({ kind: 'choosing' });
      return;
    }
    const { jobId } = reply.value;
    await recordSend(db, {
      documentId: doc.id,
      channel: 'print',
      target: printer,
      outcome: 'sent',
      message: t('documents.out.print.job', { jobId, copies: parsedCopies.value, paperSize }),
    });
    setStage({ kind: 'queued', printer, jobId });
    const state = await waitForPrintJob(jobId);
    setStage((now) =>
      now.kind === 'queued' && now.jobId === jobId ? { kind: 'done', printer, jobId, state } : now,
    );
  };

  const busy = stage.kind === 'printing';
  const sent = stage.kind === 'queued' || stage.kind === 'done';
  const options = (printers ?? []).map((entry) => ({
    value: entry.name,
    label: [
      entry.description && entry.description !== entry.name
        ? `${entry.name} — ${entry.description}`
        : entry.name,
      entry.isDefault ? t('documents.out.print.default') : '',
      entry.enabled ? '' : t('documents.out.print.paused'),
    ]
      .filter(Boolean)
      .join(' '),
  }));

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth>
      <DialogTitle id={titleId}>
        {t('documents.out.print.title', { number: doc.number ?? '' })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {printers !== null && printers.length === 0 && error === null && (
            <Alert severity="warning">{t('documents.out.print.none')}</Alert>
          )}
          <SelectField
            label={t('documents.out.print.printer')}
            value={printer}
            options={options}
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
          {stage.kind === 'printing' && (
            <Alert severity="info" role="status">
              {t('documents.out.print.sending')}
            </Alert>
          )}
          {stage.kind === 'queued' && (
            <Alert severity="info" role="status">
              {t('documents.out.print.queued', { printer: stage.printer, jobId: stage.jobId })}
            </Alert>
          )}
          {stage.kind === 'done' && (
            <Alert severity={stage.state === 'completed' ? 'success' : 'info'} role="status">
              {t(
                stage.state === 'completed'
                  ? 'documents.out.print.completed'
                  : 'documents.out.print.stillQueued',
                { printer: stage.printer, jobId: stage.jobId },
              )}
            </Alert>
          )}
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
