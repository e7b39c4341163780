import { jsPDF } from 'jspdf';
import { create } from 'qrcode';
import type { DocumentPdfInput, QrEncoder } from '../../shared/pdf/documentPdfInput';
import { drawDocumentPdf } from '../../shared/pdf/layoutDocument';
import { addPdfFonts } from './fonts';
import { jspdfCanvas } from './jspdfCanvas';

// One path for every document PDF (DESIGN §7): the pure layout of shared/pdf drawn with
// jsPDF. It runs in the PDF Web Worker in the app, and in Node for tests and benchmarks.

/** QR modules for a payload, error correction level M (what EPC069-12 asks as a minimum). */
export const encodeQr: QrEncoder = (payload) => {
  const { size, data } = create(payload, { errorCorrectionLevel: 'M' }).modules;
  return { size, isDark: (row, column) => data[row * size + column] === 1 };
};

/** A short stable hex digest, for the file identifier of the PDF trailer. */
export function fileId(text: string): string {
  // FNV-1a, four rounds with different seeds: 32 hex digits, as the trailer /ID wants.
  return [0x811c9dc5, 0x01000193, 0x050c5d1f, 0x1b873593]
    .map((seed) => {
      let hash = seed;
      for (let i = 0; i < text.length; i++) {
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
      }
      return hash.toString(16).padStart(8, '0');
    })
    .join('');
}

/**
 * The PDF of a posted invoice or credit note, or a sent quote, as bytes. The same input
 * gives the same bytes: the creation date is the posting time and the file ID derives from
 * the document, so a re-export or a mail attachment matches the preview exactly.
 */
export function renderDocumentPdf(input: DocumentPdfInput): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  addPdfFonts(doc);
  const { metadata } = drawDocumentPdf(input, jspdfCanvas(doc), encodeQr);
  const postedAt = input.document.posted?.postedAt ?? input.document.updatedAt;
  doc.setCreationDate(new Date(postedAt));
  doc.setFileId(fileId(`${input.document.id}|${input.document.number}|${postedAt}`));
  doc.setDocumentProperties({
    title: metadata.title,
    subject: metadata.subject,
    author: metadata.author,
    creator: 'Invoicer',
  });
  doc.setLanguage(metadata.language as Parameters<jsPDF['setLanguage']>[0]);
  return new Uint8Array(doc.output('arraybuffer'));
}
