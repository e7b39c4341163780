import { useCallback, useState } from 'react';
import { MAX_TEXT_EXPORT_CHARS } from '../../../shared/contract/filesContract';
import type { IpcError } from '../../../shared/contract/ipcError';
import { err, type Result } from '../../../shared/result';
import { t } from '../../i18n/t';
import { call } from '../../platform/invoicerApi';

// Saving an export (a CSV of the journal or a report, a report's PDF) as the Journal and
// Reports screens do it: one call of the main process, and what came of it for the screen
// to show — the path with "Show in folder", or what went wrong and a way to try again.

/** Where an export stands. */
export type FileExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; path: string; message: string }
  | { kind: 'failed'; error: IpcError; retry: () => void };

/** What saving gave: the path written, or why not. */
export type SaveResult = Result<{ path: string }, IpcError>;

/** A failure of the renderer's own making (a PDF the worker could not make) as an error. */
export function internalFailure(error: unknown): IpcError {
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Saves a CSV through files.exportText (a save dialog in the app, the export folder in the
 * preview). Text too long for one request is refused here with a sentence saying what to
 * do, before it travels to the main process only to be refused there.
 */
export async function saveCsv(suggestedName: string, content: string): Promise<SaveResult> {
  if (content.length > MAX_TEXT_EXPORT_CHARS) {
    return err({ code: 'INVALID_REQUEST', message: t('reports.export.tooLarge') });
  }
  return call('files.exportText', { suggestedName, kind: 'csv', content });
}

/**
 * The state of one place's exports and the function that runs one: `save` does the work,
 * `message` words the success with the path. Closing the save dialog is a change of mind,
 * not a failure: the state goes back to idle.
 */
export function useFileExport() {
  const [state, setState] = useState<FileExportState>({ kind: 'idle' });
  const [showError, setShowError] = useState<IpcError | null>(null);

  const run = useCallback(
    (save: () => Promise<SaveResult>, message: (path: string) => string): Promise<void> => {
      const attempt = async (): Promise<void> => {
        setState({ kind: 'busy' });
        setShowError(null);
        let reply: SaveResult;
        try {
          reply = await save();
        } catch (error) {
          reply = err(internalFailure(error));
        }
        if (reply.ok) {
          setState({ kind: 'done', path: reply.value.path, message: message(reply.value.path) });
        } else if (reply.error.code === 'CANCELLED') {
          setState({ kind: 'idle' });
        } else {
          setState({ kind: 'failed', error: reply.error, retry: () => void attempt() });
        }
      };
      return attempt();
    },
    [],
  );

  const showInFolder = useCallback(async (path: string) => {
    const reply = await call('files.showInFolder', { path });
    setShowError(reply.ok ? null : reply.error);
  }, []);

  const dismiss = useCallback(() => {
    setState({ kind: 'idle' });
    setShowError(null);
  }, []);

  return { state, showError, run, showInFolder, dismiss, busy: state.kind === 'busy' };
}

export type FileExport = ReturnType<typeof useFileExport>;
