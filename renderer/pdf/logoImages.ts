import type { jsPDF } from 'jspdf';
import type { PdfImage } from '../../shared/pdf/pdfCanvas';

// The logo, decoded and converted once for every document that prints it.
//
// jsPDF would, for each document, decode the base64, hash the bytes for an alias, and (for
// a PNG) inflate the image, split off its alpha channel and deflate both again: many
// milliseconds for a large logo. Here the bytes are decoded once, the alias is fixed, and
// jsPDF's own conversion (processPNG / processJPEG) runs once; later documents get a copy of
// its result, so what is embedded is exactly what jsPDF would have embedded.

type Format = 'PNG' | 'JPEG';
type Processed = Record<string, unknown>;
type Processor = (
  this: jsPDF,
  data: Uint8Array,
  index: number,
  alias: string,
  ...rest: unknown[]
) => Processed;

export type DecodedLogo = {
  base64: string;
  bytes: Uint8Array;
  format: Format;
  width: number;
  height: number;
  processed: Processed | null;
};

let last: DecodedLogo | null = null;

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    }
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

/** The logo decoded, with its pixel size; null when its data is not a readable image. */
export function decodedLogo(image: PdfImage): DecodedLogo | null {
  if (last?.base64 === image.dataBase64) return last;
  let bytes: Uint8Array;
  try {
    const binary = atob(image.dataBase64);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  } catch {
    return null;
  }
  const format: Format = image.mimeType === 'image/png' ? 'PNG' : 'JPEG';
  const size = format === 'PNG' ? pngSize(bytes) : jpegSize(bytes);
  if (!size || size.width === 0 || size.height === 0) return null;
  last = { base64: image.dataBase64, bytes, format, ...size, processed: null };
  return last;
}

/** Places the logo on the document's current page, converting it only the first time. */
export function drawLogo(
  doc: jsPDF,
  logo: DecodedLogo,
  x: number,
  y: number,
  w: number,
  h: number,
) {
  const method = logo.format === 'PNG' ? 'processPNG' : 'processJPEG';
  const api = doc as unknown as Record<string, Processor>;
  const convert = api[method]!;
  // An own property of this document only: jsPDF calls this[`process${format}`].
  api[method] = function (data, index, alias, ...rest) {
    if (data !== logo.bytes) return convert.call(this, data, index, alias, ...rest);
    logo.processed ??= convert.call(this, data, index, alias, ...rest);
    return { ...logo.processed, index, alias };
  };
  doc.addImage(logo.bytes, logo.format, x, y, w, h, 'logo');
}
