// File names the app suggests or accepts must be valid on Windows, macOS and Linux alike: a
// PDF exported on one may be copied to another, and a name from a customer record must
// never become a path.

/** The most UTF-8 bytes of a name: under the 255 of ext4/APFS/NTFS, leaving room for " (2)". */
export const MAX_FILE_NAME_BYTES = 200;

/** The default pattern of an exported document's file name. */
export const DEFAULT_EXPORT_NAME_PATTERN = '{number} {customer}.pdf';

/** The placeholders an export name pattern may use. */
export const EXPORT_NAME_PLACEHOLDERS = ['number', 'customer', 'issueDate'] as const;
export type ExportNameValues = Record<(typeof EXPORT_NAME_PLACEHOLDERS)[number], string>;

// Characters Windows forbids, path separators everywhere, and C0/C1 control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
// Invisible and direction-changing characters: "invoice\u202Efdp.exe" shows as
// "invoiceexe.pdf". They have no place in a file name a person must recognise.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
// Device names Windows reserves, with or without an extension ("CON.pdf" is CON).
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest start of `text` within `maxBytes` UTF-8 bytes, never splitting a character. */
function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let result = '';
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    result += char;
  }
  return result;
}

function trimEnds(name: string): string {
  // Leading dots would hide the file (or make it '..'); trailing dots and spaces are
  // silently dropped by Windows, so a name keeping them would not be the name written.
  return name.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
}

function splitExtension(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name.length - dot > 10) return { stem: name, extension: '' };
  return { stem: name.slice(0, dot), extension: name.slice(dot) };
}

function clean(raw: string): string {
  let name = raw.normalize('NFC').replace(INVISIBLE, '').replace(FORBIDDEN, '_');
  name = trimEnds(name.replace(/\s+/g, ' '));
  const device = name.split('.')[0] ?? '';
  if (RESERVED.test(device.trimEnd())) name = `_${name}`;
  if (utf8Length(name) > MAX_FILE_NAME_BYTES) {
    const { stem, extension } = splitExtension(name);
    name = trimEnds(truncateUtf8(stem, MAX_FILE_NAME_BYTES - utf8Length(extension))) + extension;
  }
  return name;
}

/**
 * A file name made safe for every desktop system: forbidden and control characters become
 * '_', invisible and bidirectional controls are dropped, spaces collapse, leading dots and
 * trailing dots and spaces go, Windows device names get a '_' in front, and the name is cut
 * to MAX_FILE_NAME_BYTES keeping its extension. A name with nothing left becomes `fallback`.
 */
export function safeFileName(raw: string, fallback = 'document'): string {
  const name = clean(raw);
  if (name !== '') return name;
  const other = clean(fallback);
  return other === '' ? 'document' : other;
}

/** True when a name is already what safeFileName would make of it. */
export function isSafeFileName(name: string): boolean {
  return name !== '' && safeFileName(name) === name;
}

/**
 * The file name of an exported document from a pattern such as '{number} {customer}.pdf':
 * placeholders filled in, the result made safe, always ending in '.pdf'. Unknown
 * placeholders stay as written, so a typo shows in the name rather than vanishing.
 */
export function exportFileName(
  values: ExportNameValues,
  pattern: string = DEFAULT_EXPORT_NAME_PATTERN,
): string {
  const filled = pattern.replace(/\{([A-Za-z]+)\}/g, (token: string, key: string) =>
    (EXPORT_NAME_PLACEHOLDERS as readonly string[]).includes(key)
      ? values[key as keyof ExportNameValues]
      : token,
  );
  const stem = clean(filled.trim().replace(/\.pdf$/i, '')) || clean(values.number);
  return safeFileName(`${stem || 'document'}.pdf`);
}
