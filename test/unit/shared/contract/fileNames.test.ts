import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPORT_NAME_PATTERN,
  exportFileName,
  isSafeFileName,
  MAX_FILE_NAME_BYTES,
  safeFileName,
} from '../../../../shared/contract/fileNames';
import { PROPERTY_RUNS } from '../../propertyRuns';

const values = { number: 'INV-2026-0007', customer: 'Acme Ltd', issueDate: '2026-03-31' };
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('exportFileName', () => {
  it('fills the default pattern with number and customer', () => {
    expect(DEFAULT_EXPORT_NAME_PATTERN).toBe('{number} {customer}.pdf');
    expect(exportFileName(values)).toBe('INV-2026-0007 Acme Ltd.pdf');
  });

  it('replaces characters that are unsafe on Windows, macOS or Linux', () => {
    expect(exportFileName({ ...values, customer: 'Müller/Söhne: "A|B" <C>?*\\' })).toBe(
      'INV-2026-0007 Müller_Söhne_ _A_B_ _C____.pdf',
    );
  });

  it('keeps names in any script', () => {
    expect(exportFileName({ ...values, customer: 'Ανδρέας Παπαδόπουλος' })).toBe(
      'INV-2026-0007 Ανδρέας Παπαδόπουλος.pdf',
    );
    expect(exportFileName({ ...values, customer: 'Łódź Sp. z o.o.' })).toBe(
      'INV-2026-0007 Łódź Sp. z o.o.pdf',
    );
  });

  it('adds .pdf when the pattern has no extension', () => {
    expect(exportFileName(values, '{issueDate} {number}')).toBe('2026-03-31 INV-2026-0007.pdf');
  });

  it('leaves unknown placeholders as written', () => {
    expect(exportFileName(values, '{number} {client}.pdf')).toBe('INV-2026-0007 {client}.pdf');
  });

  it('falls back to the number, then to "document", when the pattern gives nothing', () => {
    expect(exportFileName({ ...values, customer: '...' }, '{customer}')).toBe('INV-2026-0007.pdf');
    expect(exportFileName({ number: '', customer: '', issueDate: '' })).toBe('document.pdf');
  });

  it('cuts a long customer name and keeps the extension', () => {
    const name = exportFileName({ ...values, customer: 'Ä'.repeat(300) });
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name.startsWith('INV-2026-0007 ÄÄÄ')).toBe(true);
  });

  it('turns a Windows device name into an ordinary one', () => {
    expect(exportFileName({ ...values, customer: '' }, 'CON')).toBe('_CON.pdf');
  });
});

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', '_.._etc_passwd'],
    ['..', 'document'],
    ['.hidden.pdf', 'hidden.pdf'],
    ['name. . .', 'name'],
    ['  spaced   out  .pdf', 'spaced out .pdf'],
    ['tab\there', 'tab_here'],
    ['nul\u0000byte', 'nul_byte'],
    ['C:\\Windows\\x.pdf', 'C__Windows_x.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['CON', '_CON'],
    ['con.pdf', '_con.pdf'],
    ['Nul .txt', '_Nul .txt'],
    ['LPT1', '_LPT1'],
    ['COM¹.pdf', '_COM¹.pdf'],
    ['CONSOLE.pdf', 'CONSOLE.pdf'],
    ['', 'document'],
  ])('makes %j into %j', (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it('uses the fallback when nothing is left, and "document" when that is empty too', () => {
    expect(safeFileName('///', 'invoice.pdf')).toBe('___');
    expect(safeFileName('. .', 'invoice.pdf')).toBe('invoice.pdf');
    expect(safeFileName('. .', '..')).toBe('document');
  });

  it('composes decomposed accents (NFC), so the same name is the same file on macOS', () => {
    expect(safeFileName('Mu\u0308ller.pdf')).toBe('Müller.pdf');
  });

  it('gives names that are safe, stay safe and never leave a folder', () => {
    const fragments = fc.constantFrom(
      '..',
      '.',
      '/',
      '\\',
      ':',
      '*',
      '?',
      '"',
      '<',
      '>',
      '|',
      ' ',
      '\u0000',
      '\n',
      '\u202e',
      'CON',
      'nul',
      'com1',
      '.pdf',
      'Ä',
      '😀',
      'a',
      'INV-1',
    );
    const raw = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.array(fragments, { maxLength: 80 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(raw, (text) => {
        const name = safeFileName(text);
        expect(isSafeFileName(name)).toBe(true);
        expect(safeFileName(name)).toBe(name);
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
        expect(name).not.toMatch(/^[.\s]|[.\s]$/);
        expect(['.', '..', '']).not.toContain(name);
        expect(name.split('.')[0]?.trimEnd()).not.toMatch(
          /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i,
        );
        expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('isSafeFileName', () => {
  it('accepts what exportFileName makes and refuses paths', () => {
    expect(isSafeFileName('INV-2026-0007 Acme Ltd.pdf')).toBe(true);
    for (const name of ['../x.pdf', 'a/b.pdf', 'a\\b.pdf', '/abs.pdf', 'x.pdf.', ' x.pdf', '']) {
      expect(isSafeFileName(name)).toBe(false);
    }
  });
});
