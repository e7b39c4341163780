import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { IpcError } from '../../../shared/contract/ipcError';
import { notify } from '../../app/notifications';
import { useSettings } from '../../app/useSettings';
import { getDb } from '../../data/database';
import { t } from '../../i18n/t';
import { generatePdfInWorker } from '../../pdf/pdfWorkerClient';
import { call } from '../../platform/invoicerApi';
import {
  exportDocuments,
  type BatchExportProgress,
  type BatchExportSummary,
  type SkippedDocument,
} from './batchExportDocuments';
import { OutError } from './OutError';

/** A batch export as the dialog shows it: running with its progress, or finished. */
export type BatchExportState =
  | { kind: 'running'; progress: BatchExportProgress }
  | { kind: 'finished'; summary: BatchExportSummary };

/**
 * Starts batch exports from a click (never from an effect: an export writes files, and must
 * run once per click) and keeps their progress and outcome for BatchExportDialog.
 */
export function useBatchExport() {
  const settings = useSettings();
  const [state, setState] = useState<BatchExportState | null>(null);
  const start = (ids: readonly string[]) => {
    if (!settings || state?.kind === 'running') {
      if (!settings) notify(t('documents.out.settingsLoading'), 'info');
      return;
    }
    setState({ kind: 'running', progress: { phase: 'making', done: 0, total: ids.length } });
    void exportDocuments(getDb(), ids, settings, {
      makePdf: generatePdfInWorker,
      onProgress: (progress) => setState({ kind: 'running', progress }),
    }).then(
      (summary) => setState({ kind: 'finished', summary }),
      (error: unknown) =>
        setState({
          kind: 'finished',
          summary: {
            folder: null,
            written: [],
            skipped: [],
            error: {
              code: 'INTERNAL',
              message: error instanceof Error ? error.message : String(error),
            },
          },
        }),
    );
  };
  const close = () => setState((now) => (now?.kind === 'running' ? now : null));
  return { state, start, close };
}

function skippedReason(item: SkippedDocument): string {
  if (item.reason === 'draft') return t('documents.out.batch.skippedDraft');
  if (item.reason === 'missing') return t('documents.out.batch.skippedMissing');
  return t('documents.out.batch.skippedFailed', { reason: item.detail ?? '' });
}

function Progress({ progress }: { progress: BatchExportProgress }) {
  const share = progress.total === 0 ? 0 : (progress.done / progress.total) * 50;
  return (
    <Stack spacing={1} role="status">
      <Typography>
        {t(
          progress.phase === 'making'
            ? 'documents.out.batch.making'
            : 'documents.out.batch.writing',
          { done: progress.done, total: progress.total },
        )}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={(progress.phase === 'making' ? 0 : 50) + share}
        aria-label={t('documents.out.batch.progress')}
      />
    </Stack>
  );
}

function Summary({ summary }: { summary: BatchExportSummary }) {
  return (
    <Stack spacing={2}>
      <Typography role="status" data-testid="batch-export-summary">
        {summary.folder === null
          ? t('documents.out.batch.noneWritten')
          : t('documents.out.batch.written', {
              count: summary.written.length,
              folder: summary.folder,
            })}
      </Typography>
      {summary.error !== null && <OutError error={summary.error} />}
      {summary.skipped.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3">
            {t('documents.out.batch.skippedHeading', { count: summary.skipped.length })}
          </Typography>
          <List dense aria-label={t('documents.out.batch.skippedList')}>
            {summary.skipped.map((item) => (
              <ListItem key={item.id}>
                <ListItemText
                  primary={item.name || t('documents.list.draftName')}
                  secondary={skippedReason(item)}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

/**
 * A batch export of PDFs into one folder: a progress bar while the PDFs are made and
 * written, then the summary: how many went where, which were skipped and why, and why it
 * stopped if it did.
 */
export function BatchExportDialog({
  state,
  onClose,
}: {
  state: BatchExportState | null;
  onClose: () => void;
}) {
  const titleId = useId();
  const [showError, setShowError] = useState<IpcError | null>(null);
  const running = state?.kind === 'running';
  const firstPath = state?.kind === 'finished' ? state.summary.written[0]?.path : undefined;
  const close = () => {
    setShowError(null);
    onClose();
  };
  return (
    <Dialog
      open={state !== null}
      onClose={running ? undefined : close}
      aria-labelledby={titleId}
      fullWidth
    >
      <DialogTitle id={titleId}>{t('documents.out.batch.title')}</DialogTitle>
      <DialogContent>
        {state?.kind === 'running' && <Progress progress={state.progress} />}
        {state?.kind === 'finished' && <Summary summary={state.summary} />}
        {showError !== null && <OutError error={showError} />}
      </DialogContent>
      <DialogActions>
        {firstPath !== undefined && (
          <Button
            onClick={() =>
              void call('files.showInFolder', { path: firstPath }).then((reply) =>
                setShowError(reply.ok ? null : reply.error),
              )
            }
          >
            {t('documents.out.showInFolder')}
          </Button>
        )}
        <Button onClick={close} variant="contained" disabled={running}>
          {t('action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
