import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createWindowsPrintService,
  type PdfToPrinter,
} from '../../../../electron/services/print/windowsPrintService';

// Windows and its spooler are not here, so pdf-to-printer is replaced by a recorder. What is
// checked is this adapter: the printers it reports, the options it hands over, its errors,
// and that it leaves no temporary file behind.

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

function recorder(overrides: Partial<PdfToPrinter> = {}) {
  const printed: { file: string; options: unknown; existed: boolean }[] = [];
  const api: PdfToPrinter = {
    getPrinters: async () => [
      { deviceId: 'HP LaserJet', name: 'HP LaserJet Pro M404' },
      { deviceId: 'Microsoft Print to PDF', name: 'Microsoft Print to PDF' },
    ],
    getDefaultPrinter: async () => ({ deviceId: 'HP LaserJet', name: 'HP LaserJet Pro M404' }),
    print: async (file, options) => {
      printed.push({ file, options, existed: readdirSync(path.dirname(file)).length === 1 });
    },
    ...overrides,
  };
  return { api, printed };
}

function service(api: PdfToPrinter, sumatraPdfPath?: string) {
  const tmpDir = mkdtempSync(path.join(tmpdir(), 'invoicer-winprint-test-'));
  return {
    tmpDir,
    print: createWindowsPrintService({ load: async () => api, tmpDir, sumatraPdfPath }),
  };
}

describe('printing on Windows through pdf-to-printer', () => {
  it('lists the Windows printers and marks the default', async () => {
    const { print } = service(recorder().api);
    expect(await print.listPrinters()).toEqual({
      ok: true,
      value: {
        printers: [
          {
            name: 'HP LaserJet',
            description: 'HP LaserJet Pro M404',
            isDefault: true,
            enabled: true,
          },
          {
            name: 'Microsoft Print to PDF',
            description: 'Microsoft Print to PDF',
            isDefault: false,
            enabled: true,
          },
        ],
      },
    });
  });

  it('hands the PDF to the chosen printer silently with copies and paper size, then removes it', async () => {
    const { api, printed } = recorder();
    const { print, tmpDir } = service(
      api,
      'C:\\Invoicer\\resources\\app.asar.unpacked\\SumatraPDF.exe',
    );
    const reply = await print.printPdf({
      printer: 'HP LaserJet',
      pdf: PDF,
      copies: 2,
      paperSize: 'Letter',
      title: 'INV-2026-0001',
    });
    expect(reply.ok).toBe(true);
    expect(printed).toEqual([
      {
        file: expect.stringMatching(/document\.pdf$/),
        existed: true,
        options: {
          printer: 'HP LaserJet',
          copies: 2,
          paperSize: 'Letter',
          silent: true,
          sumatraPdfPath: 'C:\\Invoicer\\resources\\app.asar.unpacked\\SumatraPDF.exe',
        },
      },
    ]);
    expect(readdirSync(tmpDir)).toEqual([]);
    if (reply.ok)
      expect(await print.jobStatus(reply.value.jobId)).toEqual({
        ok: true,
        value: { state: 'completed' },
      });
    expect(await print.jobStatus('windows-unknown')).toEqual({
      ok: true,
      value: { state: 'unknown' },
    });
  });

  it('says PRINTER_NOT_FOUND for a printer Windows does not have, and prints nothing', async () => {
    const { api, printed } = recorder();
    const reply = await service(api).print.printPdf({
      printer: 'Gone',
      pdf: PDF,
      copies: 1,
      paperSize: 'A4',
      title: 'x',
    });
    expect(reply.ok || reply.error.code).toBe('PRINTER_NOT_FOUND');
    expect(printed).toEqual([]);
  });

  it('reports a failed hand-over as PRINT_FAILED and still removes the temporary file', async () => {
    const { api } = recorder({
      print: async () => Promise.reject(new Error('SumatraPDF exited with 1')),
    });
    const { print, tmpDir } = service(api);
    const reply = await print.printPdf({
      printer: 'HP LaserJet',
      pdf: PDF,
      copies: 1,
      paperSize: 'A4',
      title: 'x',
    });
    expect(reply.ok ? 'ok' : reply.error).toEqual({
      code: 'PRINT_FAILED',
      message: 'The document could not be sent to the printer. (Error: SumatraPDF exited with 1)',
    });
    expect(readdirSync(tmpDir)).toEqual([]);
  });

  it('refuses an invalid request before touching the printer', async () => {
    const { api, printed } = recorder();
    const reply = await service(api).print.printPdf({
      printer: 'HP LaserJet',
      pdf: PDF,
      copies: 0,
      paperSize: 'A4',
      title: 'x',
    });
    expect(reply.ok || reply.error.code).toBe('INVALID_REQUEST');
    expect(printed).toEqual([]);
  });
});
