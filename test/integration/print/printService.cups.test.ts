import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPrintService,
  type PrintService,
} from '../../../electron/services/print/printService';
import {
  ensureCupsTestQueues,
  ippJobAttributes,
  pdfInfo,
  waitForCupsPdfOutput,
} from '../support/cups';
import { createTestPdf } from '../support/testPdf';

const run = promisify(execFile);
let queue: string;
let stoppedQueue: string;
let outputDir: string;
let tmpDir: string;
let service: PrintService;
const outputs: string[] = [];
const heldJobs: string[] = [];

beforeAll(async () => {
  ({ queue, stoppedQueue, outputDir } = await ensureCupsTestQueues());
  tmpDir = await mkdtemp(path.join(tmpdir(), 'invoicer-print-test-'));
  service = createPrintService({ platform: process.platform, tmpDir });
}, 60_000);

afterAll(async () => {
  // Jobs held on the stopped queue would wait there for ever.
  await Promise.all(heldJobs.map((job) => run('cancel', [job]).catch(() => undefined)));
  await Promise.all(outputs.map((file) => rm(file, { force: true })));
  if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
});

/** A title with a token no other job has, so the cups-pdf output file can be found by it. */
function uniqueTitle(): { title: string; token: string } {
  const token = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return { title: `Invoice INV-2026-0007 ${token}`, token };
}

describe('printing to a real CUPS queue (cups-pdf)', () => {
  it('lists the test queue, enabled, and the stopped queue as disabled', async () => {
    const result = await service.listPrinters();

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.printers).toContainEqual(
      expect.objectContaining({ name: queue, description: queue, enabled: true }),
    );
    expect(result.value.printers).toContainEqual(
      expect.objectContaining({ name: stoppedQueue, enabled: false }),
    );
    expect(result.value.printers.filter((printer) => printer.isDefault).length).toBeLessThanOrEqual(
      1,
    );
  });

  it('prints a 2-page PDF with 3 copies on A4: the job completes and its output has 2 pages', async () => {
    const { title, token } = uniqueTitle();

    const printed = await service.printPdf({
      printer: queue,
      pdf: createTestPdf(2),
      copies: 3,
      paperSize: 'A4',
      title,
    });
    expect(printed.ok).toBe(true);
    if (!printed.ok) return;
    const waited = await service.waitForJob(printed.value.jobId, 30_000);
    const output = await waitForCupsPdfOutput(outputDir, token);
    outputs.push(output);

    expect(printed.value.jobId).toMatch(new RegExp(`^${queue}-\\d+$`));
    expect(waited).toEqual({ ok: true, value: { state: 'completed' } });
    const attributes = await ippJobAttributes(printed.value.jobId);
    expect(attributes).toMatchObject({ 'job-state': 'completed', copies: '3', media: 'A4' });
    // cups-pdf makes one PDF per job whatever the copies: a file is not paper. The copies
    // reached CUPS (above); a real printer prints them.
    expect(await pdfInfo(output)).toEqual({ pages: 2, pageSize: '595 x 842' });
  });

  it('prints on Letter paper when asked', async () => {
    const { title, token } = uniqueTitle();

    const printed = await service.printPdf({
      printer: queue,
      pdf: createTestPdf(2),
      copies: 1,
      paperSize: 'Letter',
      title,
    });
    if (!printed.ok) throw new Error(printed.error.message);
    await service.waitForJob(printed.value.jobId, 30_000);
    const output = await waitForCupsPdfOutput(outputDir, token);
    outputs.push(output);

    expect(await pdfInfo(output)).toEqual({ pages: 2, pageSize: '612 x 792' });
  });

  it('leaves no copy of the PDF in the temporary folder', async () => {
    const { title, token } = uniqueTitle();

    const printed = await service.printPdf({
      printer: queue,
      pdf: createTestPdf(1),
      copies: 1,
      paperSize: 'A4',
      title,
    });
    const left = await readdir(tmpDir);
    if (printed.ok) await service.waitForJob(printed.value.jobId, 30_000);
    outputs.push(await waitForCupsPdfOutput(outputDir, token));

    expect(printed.ok).toBe(true);
    expect(left).toEqual([]);
  });

  it('a printer that does not exist gives PRINTER_NOT_FOUND naming it', async () => {
    const result = await service.printPdf({
      printer: 'NoSuchPrinter',
      pdf: createTestPdf(1),
      copies: 1,
      paperSize: 'A4',
      title: 'x',
    });

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'PRINTER_NOT_FOUND',
        message:
          'The printer "NoSuchPrinter" is not set up on this computer. Choose another printer, or add it in the system\'s printer settings.',
      },
    });
  });

  it('a job on a stopped printer stays pending, and waiting for it times out with PRINT_TIMEOUT', async () => {
    const printed = await service.printPdf({
      printer: stoppedQueue,
      pdf: createTestPdf(1),
      copies: 1,
      paperSize: 'A4',
      title: 'held',
    });
    if (!printed.ok) throw new Error(printed.error.message);
    heldJobs.push(printed.value.jobId);

    const status = await service.jobStatus(printed.value.jobId);
    const started = Date.now();
    const waited = await service.waitForJob(printed.value.jobId, 600);

    expect(status).toEqual({ ok: true, value: { state: 'pending' } });
    expect(waited.ok ? 'done' : waited.error.code).toBe('PRINT_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('a job CUPS never had is unknown', async () => {
    expect(await service.jobStatus(`${queue}-999999`)).toEqual({
      ok: true,
      value: { state: 'unknown' },
    });
  });
});
