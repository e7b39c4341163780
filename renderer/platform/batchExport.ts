import { encodeBase64 } from '../../shared/contract/base64';
import { chunkBatch } from '../../shared/contract/batchChunks';
import type { IpcError } from '../../shared/contract/ipcError';
import { err, ok, type Result } from '../../shared/result';
import { call } from './invoicerApi';

/** A PDF of a batch export: its file name (see exportFileName) and bytes. */
export type BatchPdf = { name: string; bytes: Uint8Array };

export type BatchProgress = { written: number; total: number };

export type BatchOutcome = { folder: string; written: { name: string; path: string }[] };

/**
 * Exports many PDFs into one folder in chunks of files.exportBatch calls, so a screen can
 * show progress: the first call asks for the folder, the others write into it. Stops at the
 * first failure (CANCELLED when the person closed the folder dialog); the files of earlier
 * chunks stay written and the error message says so.
 */
export async function exportInChunks(
  files: readonly BatchPdf[],
  onProgress: (progress: BatchProgress) => void = () => undefined,
): Promise<Result<BatchOutcome, IpcError>> {
  const chunks = chunkBatch(files.map((file) => ({ ...file, byteLength: file.bytes.byteLength })));
  let folder: string | undefined;
  const written: BatchOutcome['written'] = [];
  for (const chunk of chunks) {
    const reply = await call('files.exportBatch', {
      ...(folder === undefined ? {} : { folderHint: folder }),
      files: chunk.map((file) => ({ name: file.name, pdfBase64: encodeBase64(file.bytes) })),
    });
    if (!reply.ok) return err(reply.error);
    folder = reply.value.folder;
    written.push(...reply.value.written);
    onProgress({ written: written.length, total: files.length });
  }
  return folder === undefined
    ? err({ code: 'INVALID_REQUEST', message: 'Choose at least one document to export.' })
    : ok({ folder, written });
}
