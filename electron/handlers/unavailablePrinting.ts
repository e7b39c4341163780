import { err } from '../../shared/result';
import type { PrintBackend } from './handlerTable';

/**
 * Printing where the app cannot print yet (Windows: CUPS is not there, and printing a PDF
 * through a hidden Chromium window is not built). Every call answers NOT_AVAILABLE with a
 * way out, so the Print dialog can say so instead of failing obscurely.
 */
export function unavailablePrinting(message: string): PrintBackend {
  const refusal = () => Promise.resolve(err({ code: 'NOT_AVAILABLE' as const, message }));
  return { listPrinters: refusal, printPdf: refusal, jobStatus: refusal };
}

/** What the Windows build says about printing. */
export const WINDOWS_PRINTING_MESSAGE =
  'Printing from Invoicer is not available on Windows yet. Export the PDF and print it from your PDF viewer.';
