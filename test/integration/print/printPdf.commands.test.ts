import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrintService } from '../../../electron/services/print/printService';
import { answer, cupsWith, request, useTempDir } from './scriptedCups';

const tmp = useTempDir();

describe('printing a PDF', () => {
  it('runs lp with exactly the printer, copies, paper size and title, and the PDF in a private file', async () => {
    const { run, calls } = cupsWith();
    const service = createPrintService({ platform: 'linux', run, tmpDir: tmp() });

    const result = await service.printPdf(request);

    expect(result).toEqual({ ok: true, value: { jobId: 'Office_Laser-42' } });
    const lp = calls.find((call) => call.file === 'lp');
    const file = lp?.args[lp.args.length - 1] ?? '';
    expect(lp?.args).toEqual([
      '-d',
      'Office_Laser',
      '-n',
      '2',
      '-o',
      'media=Letter',
      '-t',
      'INV-2026-0007 Acme Ltd',
      '--',
      file,
    ]);
    expect(path.dirname(path.dirname(file))).toBe(tmp());
    expect(Buffer.compare(lp?.pdf ?? Buffer.alloc(0), Buffer.from(request.pdf))).toBe(0);
    if (process.platform !== 'win32') expect(lp?.mode).toBe(0o600);
    expect(await readdir(tmp())).toEqual([]);
  });

  it('turns control characters of the title into spaces and names an untitled job', async () => {
    const { run, calls } = cupsWith();
    const service = createPrintService({ platform: 'linux', run, tmpDir: tmp() });

    await service.printPdf({ ...request, title: 'INV-1\r\n-o evil\u0000' });
    await service.printPdf({ ...request, title: '\n' });

    const titles = calls.filter((call) => call.file === 'lp').map((call) => call.args[7]);
    expect(titles).toEqual(['INV-1 -o evil', 'Invoicer document']);
  });

  it('a printer lpstat does not list gives PRINTER_NOT_FOUND without calling lp', async () => {
    const { run, calls } = cupsWith();
    const service = createPrintService({ platform: 'linux', run, tmpDir: tmp() });

    const result = await service.printPdf({ ...request, printer: 'Gone' });

    expect(result.ok ? 'printed' : result.error.code).toBe('PRINTER_NOT_FOUND');
    expect(calls.some((call) => call.file === 'lp')).toBe(false);
  });

  it.each([
    [
      'the printer vanished meanwhile',
      'lp: Error - The printer or class does not exist.',
      'PRINTER_NOT_FOUND',
    ],
    [
      'the queue rejects jobs',
      'lp: Destination "Office_Laser" is not accepting jobs.',
      'PRINT_FAILED',
    ],
    ['something else', 'lp: Error - unsupported document-format', 'PRINT_FAILED'],
  ])('lp failing because %s gives %s and removes the file', async (_name, stderr, code) => {
    const { run } = cupsWith(answer('', 1, stderr));
    const service = createPrintService({ platform: 'linux', run, tmpDir: tmp() });

    const result = await service.printPdf(request);

    expect(result.ok ? 'printed' : result.error.code).toBe(code);
    expect(await readdir(tmp())).toEqual([]);
  });

  it.each([
    [
      'a printer name that is an option',
      { printer: '-oraw' },
      'A printer name cannot begin with "-".',
    ],
    [
      'a printer name with a line break',
      { printer: 'Office\nLaser' },
      'A printer name cannot contain control characters.',
    ],
    [
      'a printer name of 128 characters',
      { printer: 'P'.repeat(128) },
      'A printer name has at most 127 characters.',
    ],
    ['no printer', { printer: '' }, 'Choose a printer.'],
    ['0 copies', { copies: 0 }, 'Copies must be a whole number from 1 to 99.'],
    ['100 copies', { copies: 100 }, 'Copies must be a whole number from 1 to 99.'],
    ['1.5 copies', { copies: 1.5 }, 'Copies must be a whole number from 1 to 99.'],
    ['A3 paper', { paperSize: 'A3' }, 'Choose the paper size: A4, Letter or Legal.'],
    [
      'bytes that are not a PDF',
      { pdf: new TextEncoder().encode('<html>') },
      'The document to print is not a PDF.',
    ],
    ['an empty PDF', { pdf: new Uint8Array(0) }, 'The PDF is empty or too large to print.'],
    ['a PDF as text', { pdf: '%PDF-1.4' }, 'The document to print must be a PDF.'],
  ])('refuses %s with INVALID_REQUEST before running anything', async (_name, change, message) => {
    const { run, calls } = cupsWith();
    const service = createPrintService({ platform: 'linux', run, tmpDir: tmp() });

    const result = await service.printPdf({ ...request, ...change } as never);

    expect(result).toEqual({ ok: false, error: { code: 'INVALID_REQUEST', message } });
    expect(calls).toEqual([]);
  });

  it('refuses a request that is not an object', async () => {
    const service = createPrintService({ platform: 'linux', run: cupsWith().run, tmpDir: tmp() });

    const result = await service.printPdf(undefined as never);

    expect(result.ok ? 'printed' : result.error.code).toBe('INVALID_REQUEST');
  });
});
