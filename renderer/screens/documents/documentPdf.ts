import { exportFileName } from '../../../shared/contract/fileNames';
import type { IpcError } from '../../../shared/contract/ipcError';
import { err, ok, type Result } from '../../../shared/result';
import { documentPdfInput } from '../../../shared/pdf/documentPdfInput';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import type { StoredDocument } from '../../data/db';
import { toSalesDocument } from '../../data/storedDocument';
import { generatePdfInWorker } from '../../pdf/pdfWorkerClient';

// One PDF per document (DESIGN §7: preview, export, print and mail use the very same file):
// made once in the PDF worker, then handed out again for as long as nothing it is made from
// has changed. A posted document never changes; the logo and locale of the settings may.

type Settings = Pick<BusinessSettings, 'company' | 'locale'>;

type Entry = { key: string; bytes: Promise<Uint8Array> };

/** A few documents' PDFs: the one on screen and those just visited. */
const MAX_ENTRIES = 8;
const cache = new Map<string, Entry>();

/** FNV-1a of a text: a cheap fingerprint of the logo (a megabyte hashes in milliseconds). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

function cacheKey(doc: StoredDocument, settings: Settings): string {
  const logo = settings.company.logo;
  const logoKey = logo === null ? 'none' : `${logo.mimeType}:${fingerprint(logo.dataBase64)}`;
  return [doc.updatedAt, doc.number ?? '', settings.locale, logoKey].join('|');
}

/**
 * The PDF of a posted document (a sent quote), made in the worker on first use. The bytes
 * are shared: a caller that hands them to something that takes ownership (pdf.js, a
 * transfer) passes a copy.
 */
export function documentPdf(doc: StoredDocument, settings: Settings): Promise<Uint8Array> {
  const key = cacheKey(doc, settings);
  const cached = cache.get(doc.id);
  if (cached !== undefined && cached.key === key) {
    // Most recently used last, so the oldest is the first to go.
    cache.delete(doc.id);
    cache.set(doc.id, cached);
    return cached.bytes;
  }
  const bytes = generatePdfInWorker(documentPdfInput(toSalesDocument(doc), settings));
  cache.set(doc.id, { key, bytes });
  // A failure is not kept: the next request tries again.
  bytes.catch(() => {
    if (cache.get(doc.id)?.bytes === bytes) cache.delete(doc.id);
  });
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return bytes;
}

/** The file name of a document's PDF: '{number} {customer}.pdf', made safe for every system. */
export function documentPdfFileName(
  doc: Pick<StoredDocument, 'number' | 'issueDate' | 'customerName' | 'posted'>,
): string {
  return exportFileName({
    number: doc.number ?? '',
    customer: doc.posted?.buyer.name ?? doc.customerName,
    issueDate: doc.issueDate,
  });
}

/**
 * The PDF, or the failure to make it as an error a dialog shows like any other (the worker
 * failing is rare, and says why).
 */
export async function loadPdfResult(
  load: () => Promise<Uint8Array>,
): Promise<Result<Uint8Array, IpcError>> {
  try {
    return ok(await load());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err({ code: 'INTERNAL', message: reason });
  }
}
