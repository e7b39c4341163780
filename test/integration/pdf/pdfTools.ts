// Reading a PDF as a person would, with the tools a person would use: poppler's pdftotext,
// pdfinfo, pdffonts and pdftoppm, and zbar's zbarimg for the QR code. .ci/run installs them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocumentPdf } from '../../../renderer/pdf/renderInvoicePdf';
import { currencyCode } from '../../../shared/money/currencies';
import { formatMoney } from '../../../shared/money/format';
import type { Minor } from '../../../shared/money/minor';
import type { SalesDocument } from '../../../shared/schemas/document';
import { pdfInput } from '../../unit/shared/pdf/pdfFixtures';
import { testLogo } from './testLogo';

const folder = mkdtempSync(join(tmpdir(), 'invoicer-pdf-'));

/** Writes the PDF to a temporary file and returns its path. */
export function savePdf(name: string, bytes: Uint8Array): string {
  const path = join(folder, `${name}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** No-break spaces (which Intl writes in "1 234,50 €") as the plain spaces pdftotext gives. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** The text of the PDF (or of one page) as `pdftotext -layout` lays it out. */
export function layoutText(path: string, page?: number): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const text = execFileSync('pdftotext', ['-layout', ...pages, path, '-'], { encoding: 'utf8' });
  return plainSpaces(text);
}

/** The text in reading order with all white space as single spaces, for whole sentences. */
export function flowingText(path: string): string {
  return plainSpaces(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).replace(
    /\s+/g,
    ' ',
  );
}

/** pdfinfo's fields: Title, Author, Creator, Pages, … */
export function pdfInfo(path: string): Record<string, string> {
  const output = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Object.fromEntries(
    output
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!.trim(), match[2]!.trim()]),
  );
}

export type FontRow = {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  unicode: boolean;
};

/** pdffonts' table: one row per font of the document. */
export function pdfFonts(path: string): FontRow[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n');
  return lines.slice(2).map((line) => {
    const columns = line.trim().split(/\s{2,}|\s(?=yes|no)/);
    const flags = line.match(/\b(yes|no)\b/g) ?? [];
    return {
      name: columns[0] ?? '',
      type: columns[1] ?? '',
      encoding: columns[2] ?? '',
      embedded: flags[0] === 'yes',
      unicode: flags[2] === 'yes',
    };
  });
}

/** The QR codes zbarimg reads on a page rendered at 200 dpi, their raw payloads. */
export function readQrCodes(path: string, page = 1): string[] {
  const prefix = join(folder, `page-${Math.random().toString(36).slice(2)}`);
  execFileSync('pdftoppm', [
    '-r',
    '200',
    '-png',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    path,
    prefix,
  ]);
  // zbarimg exits 4 when it finds no symbol; that is an answer here, not a failure.
  const result = spawnSync(
    'zbarimg',
    ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', `${prefix}.png`],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0 && result.status !== 4) {
    throw new Error(`zbarimg failed (${result.status}): ${result.stderr}`);
  }
  // With --raw each symbol's data ends with a newline; the EPC payload has inner newlines,
  // so a page carries one QR code at most here and the trailing newline is all that is cut.
  return result.stdout === '' ? [] : [result.stdout.replace(/\n$/, '')];
}

/** Renders a page to a PNG file at a resolution, for a person to look at; returns its path. */
export function renderPage(path: string, page: number, dpi: number, name: string): string {
  const prefix = join(folder, name);
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-png',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    path,
    prefix,
  ]);
  return `${prefix}.png`;
}

/** Renders a document with jsPDF, in a locale, with or without the test logo; returns its path. */
export function renderTestPdf(
  name: string,
  document: SalesDocument,
  locale = 'en-GB',
  withLogo = false,
) {
  return savePdf(name, renderDocumentPdf(pdfInput(document, locale, withLogo ? testLogo() : null)));
}

/** Net, VAT, gross and amount due of the frozen totals, as the PDF must print them. */
export function totalFigures(document: SalesDocument, locale: string): string[] {
  if (!document.posted) throw new Error('fixture is not posted');
  const totals = document.posted.totals;
  const currency = currencyCode(totals.currency);
  const money = (amount: Minor) => plainSpaces(formatMoney(amount, currency, locale));
  return [totals.netTotal, totals.vatTotal, totals.grossTotal, totals.amountDue].map(money);
}
