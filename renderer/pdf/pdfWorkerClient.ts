import type { DocumentPdfInput } from '../../shared/pdf/documentPdfInput';
import type { ReportPdfInput } from '../../shared/pdf/reportPdfInput';
import type { PdfWorkerRequest, PdfWorkerResponse } from './pdfWorkerProtocol';

// The UI thread's side of the PDF worker: one worker for the life of the window, started on
// first use, answering requests in order. If it dies, the waiting requests fail with the
// reason and the next request starts a new worker.

type Waiting = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function failAll(error: Error): void {
  for (const request of waiting.values()) request.reject(error);
  waiting.clear();
}

function startWorker(): Worker {
  const started = new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<PdfWorkerResponse>) => {
    const answer = event.data;
    const request = waiting.get(answer.id);
    if (!request) return;
    waiting.delete(answer.id);
    if (answer.ok) request.resolve(answer.bytes);
    else request.reject(new Error(answer.message));
  };
  started.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    started.terminate();
    if (worker === started) worker = null;
    failAll(new Error(`The PDF worker stopped: ${event.message || 'unknown error'}`));
  };
  return started;
}

function ask(request: PdfWorkerRequest): Promise<Uint8Array> {
  const target = (worker ??= startWorker());
  return new Promise<Uint8Array>((resolve, reject) => {
    waiting.set(request.id, { resolve, reject });
    target.postMessage(request);
  });
}

/** The PDF of a posted document, made in the PDF worker off the UI thread. */
export function generatePdfInWorker(input: DocumentPdfInput): Promise<Uint8Array> {
  return ask({ id: nextId++, input });
}

/** The print-friendly PDF of a report, made in the PDF worker off the UI thread. */
export function generateReportPdfInWorker(report: ReportPdfInput): Promise<Uint8Array> {
  return ask({ id: nextId++, report });
}

/** Stops the worker (and fails what it was doing); the next request starts a new one. */
export function stopPdfWorker(): void {
  worker?.terminate();
  worker = null;
  failAll(new Error('The PDF worker was stopped.'));
}
