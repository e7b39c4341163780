import type { TextExportKind } from '../../../shared/contract/filesContract';

/** A save dialog's file type filter, in the shape Electron's dialogs take. */
export type SaveFilter = { name: string; extensions: string[] };

/** The save dialog filter of each kind of text export. */
export const TEXT_SAVE_FILTERS: Record<TextExportKind, SaveFilter> = {
  csv: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  xml: { name: 'XML e-invoice', extensions: ['xml'] },
};

/** The UTF-8 byte order mark, EF BB BF. */
const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

const ZERO_WIDTH_NO_BREAK_SPACE = '\ufeff';

/**
 * The bytes of a text export as the file on disk. CSV is UTF-8 with a byte order mark:
 * Excel (Windows and Mac) reads a double-clicked .csv in the computer's legacy code page
 * unless the file starts with the UTF-8 BOM ("Müller" becomes "MÃ¼ller", "€" becomes
 * "â‚¬"); with it, Excel reads UTF-8. LibreOffice Calc and Numbers take the BOM as UTF-8
 * too and do not show it, and CSV readers (Python's utf-8-sig, pandas, R) skip it. UTF-16
 * would suit Excel as well but not most other tools, and a "sep=," first line is left out
 * because every program but Excel reads it as a row of data. A BOM already at the start of
 * the text is not doubled.
 */
export function textFileBytes(kind: TextExportKind, content: string): Uint8Array {
  const text = content.startsWith(ZERO_WIDTH_NO_BREAK_SPACE) ? content.slice(1) : content;
  const body = Buffer.from(text, 'utf8');
  switch (kind) {
    case 'csv': {
      const bytes = new Uint8Array(UTF8_BOM.length + body.length);
      bytes.set(UTF8_BOM, 0);
      bytes.set(body, UTF8_BOM.length);
      return bytes;
    }
    case 'xml':
      // UTF-8 without a BOM, as the XML declaration of an e-invoice says.
      return new Uint8Array(body);
  }
}
