import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { CommandResult, RunCommand } from '../../../electron/services/print/commandRunner';
import { createTestPdf } from '../support/testPdf';

// Scripted lp/lpstat answers for the print service: what this CUPS cannot show (other
// versions' output, no scheduler, no CUPS at all, Windows) and exactly which arguments
// reach lp. The real queue is in printService.cups.test.ts.

/** `lpstat -l -p -d` of a CUPS with a default, a stopped and a busy printer. */
export const LPSTAT_LONG = [
  'printer Office_Laser is idle.  enabled since Mon 01 Jan 2026 10:00:00 AM CET',
  '\tForm mounted:',
  '\tDescription: Office laser (2nd floor)',
  '\tLocation: Room 2.14',
  'printer Old-Inkjet disabled since Tue 02 Jan 2026 09:00:00 AM CET -',
  '\treason unknown',
  '\tDescription: ',
  'printer Label now printing Label-7.  enabled since Wed 03 Jan 2026',
  'system default destination: Office_Laser',
  '',
].join('\n');

/** One command the service ran; for lp, the PDF file's bytes and mode at that moment. */
export type Call = { file: string; args: readonly string[]; pdf?: Buffer; mode?: number };

/** A fresh folder per test for the service's temporary files; call the result for its path. */
export function useTempDir(): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'invoicer-print-fake-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** What a command printed and how it exited. */
export function answer(stdout: string, code = 0, stderr = ''): CommandResult {
  return { code, stdout, stderr };
}

/** A RunCommand that answers by command line and records each call (and the PDF lp got). */
export function scripted(
  answers: (file: string, args: readonly string[]) => CommandResult | Error,
) {
  const calls: Call[] = [];
  const run: RunCommand = async (file, args) => {
    const call: Call = { file, args };
    calls.push(call);
    const last = args[args.length - 1];
    if (file === 'lp' && last !== undefined) {
      call.pdf = await readFile(last);
      call.mode = (await stat(last)).mode & 0o777;
    }
    const result = answers(file, args);
    if (result instanceof Error) throw result;
    return result;
  };
  return { run, calls };
}

/** A CUPS with the printers of LPSTAT_LONG (and a network printer); lp answers `lp`. */
export function cupsWith(
  lp: CommandResult = answer('request id is Office_Laser-42 (1 file(s))\n'),
) {
  return scripted((file, args) => {
    if (file === 'lpstat' && args.join(' ') === '-l -p -d') return answer(LPSTAT_LONG);
    if (file === 'lpstat' && args[0] === '-e') {
      return answer('Label\nOffice_Laser\nOld-Inkjet\nShared_Printer\n');
    }
    if (file === 'lp') return lp;
    return answer('', 1, `unexpected ${file} ${args.join(' ')}`);
  });
}

/** A valid print request for Office_Laser. */
export const request = {
  printer: 'Office_Laser',
  pdf: createTestPdf(2),
  copies: 2,
  paperSize: 'Letter' as const,
  title: 'INV-2026-0007 Acme Ltd',
};
