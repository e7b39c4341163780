import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { err, ok, type Result } from '../../../shared/result';
import type { PrinterInfo } from './lpstatOutput';
import { invalidPrintRequest, printerNotFound, printFailed, type PrintError } from './printErrors';
import { printPdfRequestSchema, type PrintPdfRequest } from './printRequest';
import type { JobState } from './printService';

/** The part of the `pdf-to-printer` package (SumatraPDF underneath) this service uses. */
export type PdfToPrinter = {
  getPrinters(): Promise<{ deviceId: string; name: string }[]>;
  getDefaultPrinter(): Promise<{ deviceId: string; name: string } | null>;
  print(
    file: string,
    options: {
      printer: string;
      copies: number;
      paperSize: string;
      silent: boolean;
      sumatraPdfPath?: string;
    },
  ): Promise<void>;
};

export type WindowsPrintOptions = {
  /** Loads pdf-to-printer; lazy, so other platforms never load a Windows-only module. */
  load: () => Promise<PdfToPrinter>;
  tmpDir: string;
  /** SumatraPDF unpacked from the app's asar archive, where the package cannot run it. */
  sumatraPdfPath?: string;
};

/**
 * Printing on Windows, where there is no CUPS: the PDF goes to the Windows spooler through
 * SumatraPDF, which the maintained `pdf-to-printer` package ships. Same API and error codes
 * as the CUPS service. The spooler gives no job to follow, so a job counts as completed
 * once SumatraPDF has handed the document over.
 */
export function createWindowsPrintService(options: WindowsPrintOptions) {
  const handedOver = new Set<string>();
  let module: PdfToPrinter | undefined;
  const printing = async () => (module ??= await options.load());

  async function listPrinters(): Promise<Result<{ printers: PrinterInfo[] }, PrintError>> {
    try {
      const api = await printing();
      const [printers, fallback] = await Promise.all([api.getPrinters(), api.getDefaultPrinter()]);
      return ok({
        printers: printers.map((printer) => ({
          name: printer.deviceId,
          description: printer.name,
          isDefault: printer.deviceId === fallback?.deviceId,
          enabled: true,
        })),
      });
    } catch (error) {
      return err(printFailed('Windows did not list its printers.', String(error)));
    }
  }

  async function printPdf(
    request: PrintPdfRequest,
  ): Promise<Result<{ jobId: string }, PrintError>> {
    const parsed = printPdfRequestSchema.safeParse(request);
    if (!parsed.success) {
      return err(
        invalidPrintRequest(parsed.error.issues[0]?.message ?? 'The print request is not valid.'),
      );
    }
    const { printer, pdf, copies, paperSize } = parsed.data;
    const listed = await listPrinters();
    if (!listed.ok) return listed;
    if (!listed.value.printers.some((candidate) => candidate.name === printer)) {
      return err(printerNotFound(printer));
    }
    let dir: string | undefined;
    try {
      dir = await mkdtemp(path.join(options.tmpDir, 'invoicer-print-'));
      const file = path.join(dir, 'document.pdf');
      await writeFile(file, pdf, { flag: 'wx' });
      await (
        await printing()
      ).print(file, {
        printer,
        copies,
        paperSize,
        silent: true,
        ...(options.sumatraPdfPath ? { sumatraPdfPath: options.sumatraPdfPath } : {}),
      });
      const jobId = `windows-${Date.now()}-${handedOver.size + 1}`;
      handedOver.add(jobId);
      return ok({ jobId });
    } catch (error) {
      return err(printFailed('The document could not be sent to the printer.', String(error)));
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  }

  async function jobStatus(jobId: string): Promise<Result<{ state: JobState }, PrintError>> {
    return ok({ state: handedOver.has(jobId) ? 'completed' : 'unknown' });
  }

  return { listPrinters, printPdf, jobStatus };
}
