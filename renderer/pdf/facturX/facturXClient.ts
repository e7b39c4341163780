import type { FacturXMeta } from './makeFacturXPdf';

// The UI thread's side of the Factur-X worker. Factur-X exports are rare, so the worker is
// started for one request and ended with its answer: pdf-lib costs memory only while an
// export runs. Importing this module costs the main bundle a few hundred bytes; the worker
// chunk (pdf-lib, the sRGB profile) is fetched when the first worker starts.

/** To the worker: a document's PDF, its CII XML, and when the XML was made (ISO date-time). */
export type FacturXRequest = { pdf: Uint8Array; xml: string; date: string };

/** From the worker: the Factur-X PDF, or why it could not be made. */
export type FacturXResponse = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * The Factur-X PDF of a document's PDF and its CII XML, made in a worker off the UI
 * thread. Rejects with a sentence saying why, if the worker fails.
 */
export function makeFacturXPdfInWorker(
  pdf: Uint8Array,
  xml: string,
  meta: FacturXMeta,
): Promise<Uint8Array> {
  const worker = new Worker(new URL('./facturXWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FacturXResponse>) => {
      worker.terminate();
      const answer = event.data;
      if (answer.ok) resolve(answer.bytes);
      else reject(new Error(answer.message));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`The Factur-X worker stopped: ${event.message || 'unknown error'}`));
    };
    // A copy: the caller's bytes are the cached PDF that Preview and Export PDF share.
    const request: FacturXRequest = { pdf: pdf.slice(), xml, date: meta.date.toISOString() };
    worker.postMessage(request, [request.pdf.buffer]);
  });
}
