import { describe, expect, it } from 'vitest';
import { createPrintService } from '../../../electron/services/print/printService';
import { answer, cupsWith, request, scripted, useTempDir } from './scriptedCups';

const tmp = useTempDir();

describe('listing printers', () => {
  it('reads names, descriptions, the default and stopped queues from lpstat', async () => {
    const { run } = cupsWith();
    const service = createPrintService({ platform: 'linux', run, tmpDir: tmp() });

    expect(await service.listPrinters()).toEqual({
      ok: true,
      value: {
        printers: [
          {
            name: 'Office_Laser',
            description: 'Office laser (2nd floor)',
            isDefault: true,
            enabled: true,
          },
          { name: 'Old-Inkjet', description: 'Old-Inkjet', isDefault: false, enabled: false },
          { name: 'Label', description: 'Label', isDefault: false, enabled: true },
          {
            name: 'Shared_Printer',
            description: 'Shared_Printer',
            isDefault: false,
            enabled: true,
          },
        ],
      },
    });
  });

  it('an empty CUPS ("No destinations added.", exit 1) lists no printers', async () => {
    const { run } = scripted((_file, args) =>
      args[0] === '-e'
        ? answer('')
        : answer('no system default destination\n', 1, 'lpstat: No destinations added.\n'),
    );
    const service = createPrintService({ platform: 'darwin', run, tmpDir: tmp() });

    expect(await service.listPrinters()).toEqual({ ok: true, value: { printers: [] } });
  });

  it('a scheduler that is not running gives PRINT_FAILED saying so', async () => {
    const { run } = scripted(() => answer('', 1, 'lpstat: Scheduler is not running.\n'));
    const service = createPrintService({ platform: 'linux', run, tmpDir: tmp() });

    expect(await service.listPrinters()).toEqual({
      ok: false,
      error: {
        code: 'PRINT_FAILED',
        message:
          "The computer's printing service (CUPS) is not running. Start it, or restart the computer, and print again.",
      },
    });
  });

  it('a computer without CUPS (lpstat not found) gives PRINT_FAILED, not a crash', async () => {
    const { run } = scripted(() =>
      Object.assign(new Error('spawn lpstat ENOENT'), { code: 'ENOENT' }),
    );
    const service = createPrintService({ platform: 'linux', run, tmpDir: tmp() });

    const result = await service.listPrinters();

    expect(result.ok ? 'listed' : result.error.code).toBe('PRINT_FAILED');
    expect(result.ok || result.error.message).toMatch(/no printing system \(CUPS\) installed/);
  });

  it('on Windows says that printing goes through the app window, without running anything', async () => {
    const { run, calls } = cupsWith();
    const service = createPrintService({ platform: 'win32', run, tmpDir: tmp() });

    const listed = await service.listPrinters();
    const printed = await service.printPdf(request);

    for (const result of [listed, printed]) {
      expect(result.ok ? 'ok' : result.error.code).toBe('PRINT_FAILED');
      expect(result.ok || result.error.message).toContain(
        'Printing on Windows goes through the app window',
      );
    }
    expect(calls).toEqual([]);
  });
});
