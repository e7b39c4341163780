import { encodeBase64 } from '../../../shared/contract/base64';
import { chunkBatch } from '../../../shared/contract/batchChunks';
import type { ReplyEnvelope, RequestInputOf } from '../../../shared/contract/contract';
import type { IpcError } from '../../../shared/contract/ipcError';
import { documentPdfInput, isPostedDocument } from '../../../shared/pdf/documentPdfInput';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import type { InvoicerDb, StoredDocument } from '../../data/db';
import { recordSend } from '../../data/sendLog';
import { toSalesDocument } from '../../data/storedDocument';
import { call } from '../../platform/invoicerApi';
import { documentPdfFileName } from './documentPdf';

/** Where a batch export is: making the PDFs in the worker, or writing them to the folder. */
export type BatchExportProgress = { phase: 'making' | 'writing'; done: number; total: number };

/** A selected document that was not exported, and why (a draft has no PDF yet). */
export type SkippedDocument = {
  id: string;
  name: string;
  reason: 'draft' | 'missing' | 'failed';
  detail?: string;
};

export type BatchExportSummary = {
  /** The folder the files went to; null when nothing was written. */
  folder: string | null;
  written: { documentId: string; name: string; path: string }[];
  skipped: SkippedDocument[];
  /** Why the export stopped early (CANCELLED: the folder dialog was closed). */
  error: IpcError | null;
};

/** How the PDFs are made and written: the PDF worker and the contract in the app. */
export type BatchExportServices = {
  makePdf: (input: ReturnType<typeof documentPdfInput>) => Promise<Uint8Array>;
  exportBatch?: (
    request: RequestInputOf<'files.exportBatch'>,
  ) => Promise<ReplyEnvelope<'files.exportBatch'>>;
  onProgress?: (progress: BatchExportProgress) => void;
};

/**
 * Exports the PDFs of the chosen documents into one folder (files.exportBatch in chunks):
 * drafts are skipped with the reason, every file written is recorded in its document's send
 * history, and a failure part-way keeps what was written and says why it stopped.
 */
export async function exportDocuments(
  db: InvoicerDb,
  ids: readonly string[],
  settings: Pick<BusinessSettings, 'company' | 'locale'>,
  services: BatchExportServices,
): Promise<BatchExportSummary> {
  const { makePdf, onProgress = () => undefined } = services;
  const exportBatch = services.exportBatch ?? ((request) => call('files.exportBatch', request));
  const found = await db.documents.bulkGet([...ids]);
  const skipped: SkippedDocument[] = [];
  const exportable: StoredDocument[] = [];
  found.forEach((doc, index) => {
    if (doc === undefined) skipped.push({ id: ids[index] ?? '', name: '', reason: 'missing' });
    else if (!isPostedDocument(toSalesDocument(doc))) {
      skipped.push({ id: doc.id, name: doc.customerName, reason: 'draft' });
    } else exportable.push(doc);
  });
  // Oldest number first: the folder then lists the files as the books do.
  exportable.sort((a, b) => a.numberKey.localeCompare(b.numberKey));

  const files: { doc: StoredDocument; name: string; bytes: Uint8Array }[] = [];
  for (const doc of exportable) {
    onProgress({ phase: 'making', done: files.length, total: exportable.length });
    try {
      const bytes = await makePdf(documentPdfInput(toSalesDocument(doc), settings));
      files.push({ doc, name: documentPdfFileName(doc), bytes });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      skipped.push({ id: doc.id, name: doc.number ?? '', reason: 'failed', detail });
    }
  }
  if (files.length === 0) return { folder: null, written: [], skipped, error: null };

  onProgress({ phase: 'writing', done: 0, total: files.length });
  const written: BatchExportSummary['written'] = [];
  let folder: string | null = null;
  let error: IpcError | null = null;
  // Chunks as renderer/platform/batchExport does, but keeping what each chunk wrote, so the
  // files written before a failure are in the send history too.
  for (const chunk of chunkBatch(
    files.map((file) => ({ ...file, byteLength: file.bytes.byteLength })),
  )) {
    const reply = await exportBatch({
      ...(folder === null ? {} : { folderHint: folder }),
      files: chunk.map((file) => ({ name: file.name, pdfBase64: encodeBase64(file.bytes) })),
    });
    if (!reply.ok) {
      error = reply.error;
      break;
    }
    folder = reply.value.folder;
    // A reply lists its files in the order they were sent, whatever name each got ("… (2).pdf").
    reply.value.written.forEach((file, index) => {
      const doc = chunk[index]?.doc;
      if (doc !== undefined) written.push({ documentId: doc.id, name: file.name, path: file.path });
    });
    onProgress({ phase: 'writing', done: written.length, total: files.length });
  }
  for (const file of written) {
    await recordSend(db, {
      documentId: file.documentId,
      channel: 'pdf',
      target: file.path,
      outcome: 'sent',
    });
  }
  return { folder, written, skipped, error };
}
