import { z } from 'zod';
import { base64ByteLength, isBase64, looksLikePdfBase64 } from './base64';
import { isSafeFileName } from './fileNames';

// The building blocks of the contract's request schemas. Every message is a sentence for a
// person: a refused request reaches a screen as INVALID_REQUEST with this text.

/** The most bytes one PDF may have: a long invoice with a logo is well below a megabyte. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * A request object: only the listed fields (an unknown one is refused, not ignored: a
 * request with fields the app does not know is a request from something else).
 */
export function requestObject<T extends z.core.$ZodLooseShape>(what: string, shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `The request to ${what} has fields the app does not know: ${issue.keys.slice(0, 5).join(', ')}.`
        : `The request to ${what} is damaged; it must be an object with the fields the app expects.`,
  });
}

/** Bytes as base64 text, at most `maxBytes` once decoded. */
export function base64Field(label: string, maxBytes: number) {
  const wrong = `${label} must be base64 text.`;
  return z
    .string({ error: wrong })
    .max(Math.ceil(maxBytes / 3) * 4, `${label} is larger than ${megabytes(maxBytes)}.`)
    .refine(isBase64, wrong);
}

/** A PDF file as base64: not empty, at most MAX_PDF_BYTES, and starting like a PDF. */
export function pdfBase64Field(label = 'The PDF') {
  return base64Field(label, MAX_PDF_BYTES)
    .refine((text) => base64ByteLength(text) > 0, `${label} is empty.`)
    .refine(looksLikePdfBase64, `${label} is not a PDF file.`);
}

/**
 * The name of a PDF to write: one name (no folders, no '..'), already safe on every system
 * (see safeFileName), ending in .pdf. The renderer makes names with exportFileName.
 */
export function pdfFileNameField(label = 'The file name') {
  return z
    .string({ error: `${label} must be text.` })
    .min(1, `${label} is empty.`)
    .max(255, `${label} is too long.`)
    .refine(
      isSafeFileName,
      `${label} may not contain folders, \\ / : * ? " < > | or control characters, nor begin or end with a dot or a space.`,
    )
    .refine((name) => /\.pdf$/i.test(name), `${label} must end in .pdf.`);
}

/** A path of the local file system as the main process reported it earlier. */
export function localPathField(label: string) {
  return z
    .string({ error: `${label} must be text.` })
    .min(1, `${label} is empty.`)
    .max(4096, `${label} is too long.`)
    .refine((path) => !CONTROL.test(path), `${label} may not contain control characters.`);
}

/** An id of a record of the renderer, only ever used as a label. */
export function recordIdField(label: string) {
  return z
    .string({ error: `${label} must be text.` })
    .min(1, `${label} is empty.`)
    .max(100, `${label} is too long.`)
    .refine((id) => !CONTROL.test(id), `${label} may not contain control characters.`);
}
