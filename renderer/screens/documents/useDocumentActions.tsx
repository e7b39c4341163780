import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { encodeBase64 } from '../../../shared/contract/base64';
import type { IpcError } from '../../../shared/contract/ipcError';
import { FALLBACK_LOCALE } from '../../app/useFormatters';
import { useSettings } from '../../app/useSettings';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { recordFailedSend, recordSend } from '../../data/sendLog';
import { t } from '../../i18n/t';
import { call, onMenuCommand } from '../../platform/invoicerApi';
import { documentPdf, documentPdfFileName, loadPdfResult } from './documentPdf';
import { OutError } from './OutError';
import { PdfPreviewDialog } from './PdfPreviewDialog';
import { PrintDialog } from './PrintDialog';
import { SendMailDialog } from './SendMailDialog';

type OpenDialog = 'preview' | 'print' | 'mail' | null;

type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; path: string }
  | { kind: 'failed'; error: IpcError };

/** The actions for the page header, and what they report, for under it. */
export type DocumentActions = { buttons: ReactNode; panel: ReactNode };

/**
 * Preview, Export PDF, Print and Send by e-mail for a posted document (a sent quote), all on
 * the one PDF made in the worker. The application menu's Export PDF and Print act on the
 * document on screen.
 */
export function useDocumentActions(doc: StoredDocument): DocumentActions {
  const settings = useSettings();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const [showError, setShowError] = useState<IpcError | null>(null);
  const loadPdf = useCallback(
    () =>
      settings
        ? documentPdf(doc, settings)
        : Promise.reject(new Error(t('documents.out.settingsLoading'))),
    [doc, settings],
  );

  const exportPdf = useCallback(async () => {
    setExportState({ kind: 'busy' });
    setShowError(null);
    const pdf = await loadPdfResult(loadPdf);
    if (!pdf.ok) {
      setExportState({ kind: 'failed', error: pdf.error });
      return;
    }
    const suggestedName = documentPdfFileName(doc);
    const reply = await call('files.exportPdf', {
      suggestedName,
      pdfBase64: encodeBase64(pdf.value),
      documentId: doc.id,
    });
    if (!reply.ok) {
      // Closing the save dialog is a change of mind, not a failed send.
      if (reply.error.code !== 'CANCELLED') {
        await recordFailedSend(getDb(), doc.id, 'pdf', suggestedName, reply.error);
      }
      setExportState(
        reply.error.code === 'CANCELLED'
          ? { kind: 'idle' }
          : { kind: 'failed', error: reply.error },
      );
      return;
    }
    await recordSend(getDb(), {
      documentId: doc.id,
      channel: 'pdf',
      target: reply.value.path,
      outcome: 'sent',
    });
    setExportState({ kind: 'done', path: reply.value.path });
  }, [doc, loadPdf]);

  const showInFolder = async (path: string) => {
    const reply = await call('files.showInFolder', { path });
    setShowError(reply.ok ? null : reply.error);
  };

  // The application menu's Export PDF and Print act on the document on screen.
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'exportPdf') void exportPdf();
        if (command === 'print') setDialog('print');
      }),
    [exportPdf],
  );

  const exporting = exportState.kind === 'busy';
  const buttons = (
    <>
      <Button variant="outlined" onClick={() => setDialog('preview')}>
        {t('documents.out.preview')}
      </Button>
      <Button variant="outlined" onClick={() => void exportPdf()} disabled={exporting}>
        {exporting ? t('documents.out.exporting') : t('documents.out.export')}
      </Button>
      <Button variant="outlined" onClick={() => setDialog('print')}>
        {t('documents.out.print')}
      </Button>
      <Button variant="contained" onClick={() => setDialog('mail')}>
        {t('documents.out.mail')}
      </Button>
    </>
  );

  const close = () => setDialog(null);
  const panel = (
    <>
      {exportState.kind === 'done' && (
        <Alert
          severity="success"
          sx={{ mb: 2 }}
          role="status"
          onClose={() => setExportState({ kind: 'idle' })}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => void showInFolder(exportState.path)}
            >
              {t('documents.out.showInFolder')}
            </Button>
          }
        >
          {t('documents.out.exported', { path: exportState.path })}
        </Alert>
      )}
      {exportState.kind === 'failed' && (
        <Box sx={{ mb: 2 }}>
          <OutError
            error={exportState.error}
            action={
              <Button color="inherit" size="small" onClick={() => void exportPdf()}>
                {t('common.tryAgain')}
              </Button>
            }
          />
        </Box>
      )}
      {showError !== null && (
        <Box sx={{ mb: 2 }}>
          <OutError error={showError} />
        </Box>
      )}
      <PdfPreviewDialog
        open={dialog === 'preview'}
        title={t('documents.out.preview.title', { number: doc.number ?? '' })}
        loadPdf={loadPdf}
        onClose={close}
        actions={
          <>
            <Button onClick={() => setDialog('print')}>{t('documents.out.print')}</Button>
            <Button onClick={() => setDialog('mail')}>{t('documents.out.mail')}</Button>
          </>
        }
      />
      <PrintDialog
        open={dialog === 'print'}
        doc={doc}
        locale={settings?.locale ?? FALLBACK_LOCALE}
        loadPdf={loadPdf}
        onClose={close}
      />
      <SendMailDialog open={dialog === 'mail'} doc={doc} loadPdf={loadPdf} onClose={close} />
    </>
  );
  return { buttons, panel };
}
