import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of a PDF as poppler's pdftotext reads it (layout kept), as a person would. */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
  return stdout;
}

/** The text of PDF bytes (a mail attachment), through a temporary file. */
export async function pdfBytesText(bytes: Uint8Array, name = 'attachment.pdf'): Promise<string> {
  const file = path.join(tmpdir(), `invoicer-e2e-${process.pid}-${Date.now()}-${name}`);
  await writeFile(file, bytes);
  return pdfText(file);
}
