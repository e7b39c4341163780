import Dexie from 'dexie';
import type { InvoicerDb, StoredDocument } from '../../renderer/data/db';
import { getSettings } from '../../renderer/data/settingsRepository';
import { toSalesDocument } from '../../renderer/data/storedDocument';
import { generatePdfInWorker } from '../../renderer/pdf/pdfWorkerClient';
import { exportDocuments } from '../../renderer/screens/documents/batchExportDocuments';
import { documentPdfInput, type DocumentPdfInput } from '../../shared/pdf/documentPdfInput';

// PDFs as the app makes them: in the PDF Web Worker (renderer/pdf), one at a time for the
// preview, and a thousand for a batch export into a folder through the contract call
// files.exportBatch (the preview server's loopback API, the main process in the desktop app).

// Untimed runs first: jsPDF's hot paths take a few dozen documents to be fully optimised.
const WARM_UP = 30;

/** A posted invoice in euros with five lines to a domestic customer: one page. */
async function onePageInvoice(db: InvoicerDb): Promise<StoredDocument> {
  let found: StoredDocument | undefined;
  await db.documents
    .where('[kind+status+issueDate]')
    .between(['invoice', 'paid', Dexie.minKey], ['invoice', 'paid', Dexie.maxKey])
    .reverse()
    .until(() => found !== undefined)
    .each((doc) => {
      const domestic = doc.lines.every((line) => line.vatCategory === 'standard');
      if (!found && doc.currency === 'EUR' && doc.lines.length === 5 && domestic) found = doc;
    });
  if (!found) throw new Error('no paid five-line invoice in euros to make a PDF of');
  return found;
}

/**
 * The PDF of one invoice made in the worker, `times` times after a warm-up (worker start,
 * font parsed once); the input goes back to the runner for the same PDF in Node and the
 * same invoice printed by Chromium.
 */
export async function measurePdfWorker(db: InvoicerDb, times: number) {
  const settings = (await getSettings(db))!;
  const invoice = await onePageInvoice(db);
  const input: DocumentPdfInput = documentPdfInput(toSalesDocument(invoice), settings);
  let bytes: Uint8Array = new Uint8Array();
  for (let index = 0; index < WARM_UP; index += 1) bytes = await generatePdfInWorker(input);
  const samples: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const started = performance.now();
    await generatePdfInWorker(input);
    samples.push(performance.now() - started);
  }
  return { samples, input, bytes: Array.from(bytes) };
}

/**
 * Exports the PDFs of the `count` newest posted invoices into a folder as the batch export
 * dialog does (worker, files.exportBatch in chunks, send log); the time in seconds.
 */
export async function measureBulkExport(db: InvoicerDb, count: number) {
  const settings = (await getSettings(db))!;
  const ids = await db.documents
    .where('[kind+issueDate]')
    .between(['invoice', Dexie.minKey], ['invoice', Dexie.maxKey])
    .reverse()
    .filter((doc) => doc.status !== 'draft')
    .limit(count)
    .primaryKeys();
  const started = performance.now();
  const summary = await exportDocuments(db, ids, settings, { makePdf: generatePdfInWorker });
  const seconds = (performance.now() - started) / 1000;
  if (summary.error !== null) throw new Error(`the export stopped: ${summary.error.message}`);
  if (summary.written.length !== count) {
    throw new Error(`${summary.written.length} of ${count} PDFs written`);
  }
  return { seconds, folder: summary.folder, written: summary.written.length };
}
