// Binary data (PDFs, attachments) crosses the boundary as base64 text so that one request
// shape works over IPC and over the loopback HTTP API's JSON alike.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function isAlphabetCode(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    (code >= 48 && code <= 57) || // 0-9
    code === 43 || // +
    code === 47 // /
  );
}

/**
 * True for standard padded base64 (RFC 4648 §4): the alphabet, a length that is a multiple
 * of four, and at most two '=' at the very end. A loop rather than a regular expression:
 * a 27 MB string must not cost a backtracking regex its stack.
 */
export function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  let end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 61) end -= 1;
  if (end > 0 && text.charCodeAt(end - 1) === 61) end -= 1;
  for (let index = 0; index < end; index += 1) {
    if (!isAlphabetCode(text.charCodeAt(index))) return false;
  }
  return true;
}

/** The number of bytes a valid base64 text decodes to. */
export function base64ByteLength(text: string): number {
  let padding = 0;
  if (text.endsWith('==')) padding = 2;
  else if (text.endsWith('=')) padding = 1;
  return (text.length / 4) * 3 - padding;
}

/** The base64 text of bytes, without Buffer or btoa (shared/ runs in every process). */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Chunks keep the intermediate strings small for a 20 MB PDF.
  const chunkBytes = 3 * 16_384;
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    const end = Math.min(start + chunkBytes, bytes.length);
    let chunk = '';
    for (let index = start; index < end; index += 3) {
      const a = bytes[index] ?? 0;
      const b = bytes[index + 1] ?? 0;
      const c = bytes[index + 2] ?? 0;
      const left = end - index;
      chunk += ALPHABET.charAt(a >> 2);
      chunk += ALPHABET.charAt(((a & 3) << 4) | (b >> 4));
      chunk += left > 1 ? ALPHABET.charAt(((b & 15) << 2) | (c >> 6)) : '=';
      chunk += left > 2 ? ALPHABET.charAt(c & 63) : '=';
    }
    parts.push(chunk);
  }
  return parts.join('');
}

/**
 * The base64 of a file starting '%PDF-' and a version digit, as every PDF file does. (The
 * seventh character also carries two bits of the digit, which are 0 for '0'–'9'.)
 */
export const PDF_BASE64_PREFIX = 'JVBERi0';

/** True when base64 text decodes to bytes that begin like a PDF file ('%PDF-'). */
export function looksLikePdfBase64(text: string): boolean {
  return text.startsWith(PDF_BASE64_PREFIX);
}
