import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { err, ok, type Result } from '../../../shared/result';
import { runCommand, type RunCommand } from './commandRunner';
import {
  parseDestinations,
  parseJobIds,
  parsePrinters,
  parseRequestId,
  type PrinterInfo,
} from './lpstatOutput';
import {
  invalidPrintRequest,
  mapCupsFailure,
  printerNotFound,
  printFailed,
  printSystemMissing,
  type PrintError,
} from './printErrors';
import {
  jobIdSchema,
  printerNameSchema,
  printerOfJob,
  printPdfRequestSchema,
  type PrintPdfRequest,
} from './printRequest';

export type PrintServiceOptions = {
  platform: NodeJS.Platform;
  run?: RunCommand;
  /** Where the PDF waits for lp, in a private folder made per job and removed after. */
  tmpDir: string;
  /** How often waitForJob asks CUPS; tests shorten it. */
  pollMs?: number;
};

/** Where a job is: still in the queue, no longer (printed, or cancelled there), or unknown to CUPS. */
export type JobState = 'pending' | 'completed' | 'unknown';

export type PrintService = ReturnType<typeof createPrintService>;

const WINDOWS =
  'Printing on Windows goes through the app window; this print service serves Linux and macOS (CUPS).';

function firstMessage(error: { issues: { message: string }[] }): string {
  return error.issues[0]?.message ?? 'The print request is not valid.';
}

/**
 * Printing through CUPS with lp and lpstat, run with arguments (never a shell string).
 * Every method resolves to a Result; nothing it is given makes it throw.
 */
export function createPrintService(options: PrintServiceOptions) {
  const run = options.run ?? runCommand;
  const pollMs = options.pollMs ?? 250;
  const windows = options.platform === 'win32';

  /** Runs a CUPS program; a program that cannot be started becomes an error, not a throw. */
  async function cups(file: string, args: string[]) {
    try {
      return ok(await run(file, args));
    } catch (error) {
      const missing = (error as { code?: unknown } | null)?.code === 'ENOENT';
      return err(
        missing
          ? printSystemMissing()
          : printFailed('The printing system did not answer.', String(error)),
      );
    }
  }

  async function listPrinters(): Promise<Result<{ printers: PrinterInfo[] }, PrintError>> {
    if (windows) return err(printFailed(WINDOWS));
    const details = await cups('lpstat', ['-l', '-p', '-d']);
    if (!details.ok) return details;
    const { code, stdout, stderr } = details.value;
    // lpstat exits 1 with "No destinations added." when there are no printers at all.
    if (code !== 0 && !/No destinations added/i.test(stderr)) {
      return err(mapCupsFailure(stderr, null));
    }
    const parsed = parsePrinters(stdout);
    // lpstat -e also names printers CUPS found on the network but has not set up a queue
    // for yet (IPP Everywhere, AirPrint); lp can print to them all the same.
    const destinations = await cups('lpstat', ['-e']);
    const known = new Set(parsed.printers.map((printer) => printer.name));
    const printers = [...parsed.printers];
    if (destinations.ok && destinations.value.code === 0) {
      for (const name of parseDestinations(destinations.value.stdout)) {
        if (known.has(name) || !printerNameSchema.safeParse(name).success) continue;
        known.add(name);
        printers.push({
          name,
          description: name,
          isDefault: name === parsed.defaultName,
          enabled: true,
        });
      }
    }
    return ok({
      printers: printers.filter((printer) => printerNameSchema.safeParse(printer.name).success),
    });
  }

  async function printPdf(
    request: PrintPdfRequest,
  ): Promise<Result<{ jobId: string }, PrintError>> {
    const parsed = printPdfRequestSchema.safeParse(request);
    if (!parsed.success) return err(invalidPrintRequest(firstMessage(parsed.error)));
    if (windows) return err(printFailed(WINDOWS));
    const { printer, pdf, copies, paperSize, title } = parsed.data;

    const listed = await listPrinters();
    if (!listed.ok) return listed;
    if (!listed.value.printers.some((candidate) => candidate.name === printer)) {
      return err(printerNotFound(printer));
    }

    let dir: string | undefined;
    try {
      dir = await mkdtemp(path.join(options.tmpDir, 'invoicer-print-'));
      const file = path.join(dir, 'document.pdf');
      await writeFile(file, pdf, { mode: 0o600, flag: 'wx' });
      const submitted = await cups('lp', [
        '-d',
        printer,
        '-n',
        String(copies),
        '-o',
        `media=${paperSize}`,
        '-t',
        title,
        '--',
        file,
      ]);
      if (!submitted.ok) return submitted;
      const { code, stdout, stderr } = submitted.value;
      const jobId = parseRequestId(stdout);
      if (code !== 0 || jobId === null) return err(mapCupsFailure(stderr, printer));
      return ok({ jobId });
    } catch (error) {
      return err(printFailed('The document could not be prepared for printing.', String(error)));
    } finally {
      // lp has sent the file to CUPS when it exits; the copy here is not needed any more.
      if (dir !== undefined) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  async function jobStatus(jobId: string): Promise<Result<{ state: JobState }, PrintError>> {
    const parsedId = jobIdSchema.safeParse(jobId);
    if (!parsedId.success) return err(invalidPrintRequest(firstMessage(parsedId.error)));
    const printer = printerOfJob(parsedId.data);
    if (!printerNameSchema.safeParse(printer).success) {
      return err(invalidPrintRequest('The print job is not known.'));
    }
    if (windows) return err(printFailed(WINDOWS));
    for (const [args, state] of [
      [['-o', printer], 'pending'],
      [['-W', 'completed', '-o', printer], 'completed'],
    ] as const) {
      const listed = await cups('lpstat', [...args]);
      if (!listed.ok) return listed;
      if (listed.value.code !== 0) return err(mapCupsFailure(listed.value.stderr, printer));
      if (parseJobIds(listed.value.stdout).includes(parsedId.data)) return ok({ state });
    }
    return ok({ state: 'unknown' });
  }

  /**
   * Waits until CUPS has finished with a job (it left the queue), asking every pollMs.
   * "completed" means CUPS is done with it; lpstat does not tell a printed job from one
   * cancelled at the printer.
   */
  async function waitForJob(
    jobId: string,
    timeoutMs: number,
  ): Promise<Result<{ state: Exclude<JobState, 'pending'> }, PrintError>> {
    if (!Number.isFinite(timeoutMs) || timeoutMs < 0 || timeoutMs > 600_000) {
      return err(invalidPrintRequest('Wait at most ten minutes for a print job.'));
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = await jobStatus(jobId);
      if (!status.ok) return status;
      const { state } = status.value;
      if (state !== 'pending') return ok({ state });
      if (Date.now() >= deadline) {
        return err({
          code: 'PRINT_TIMEOUT',
          message: `The printer has not finished the job within ${Math.round(timeoutMs / 1000)} seconds; it is still in the queue. Check that the printer is on and has paper.`,
        });
      }
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(pollMs, Math.max(deadline - Date.now(), 1))),
      );
    }
  }

  return { listPrinters, printPdf, jobStatus, waitForJob };
}
