import { z } from 'zod';
import { base64ByteLength } from './base64';
import { isSafeFileName } from './fileNames';
import {
  localPathField,
  MAX_PDF_BYTES,
  pdfBase64Field,
  pdfFileNameField,
  recordIdField,
  requestObject,
} from './requestFields';

/** The most files one files.exportBatch call carries; the renderer sends more in chunks. */
export const MAX_BATCH_FILES = 200;
/** The most PDF bytes one files.exportBatch call carries, so one request stays small. */
export const MAX_BATCH_BYTES = 2 * MAX_PDF_BYTES;

/** The kinds of text file files.exportText writes; a file's name ends in its kind. */
export const TEXT_EXPORT_KINDS = ['csv', 'xml'] as const;
export type TextExportKind = (typeof TEXT_EXPORT_KINDS)[number];

/**
 * The most characters one text export carries: a journal of some 30,000 entries. Even if
 * every character were escaped as \u0000 in JSON (six bytes), a request stays within the
 * loopback API's body limit; a longer export is refused with a sentence saying what to do.
 */
export const MAX_TEXT_EXPORT_CHARS = 10_000_000;

/** A plain file name (see safeFileName) of a text export; its extension is checked with the kind. */
function textFileNameField(label = 'The file name') {
  return z
    .string({ error: `${label} must be text.` })
    .min(1, `${label} is empty.`)
    .max(255, `${label} is too long.`)
    .refine(
      isSafeFileName,
      `${label} may not contain folders, \\ / : * ? " < > | or control characters, nor begin or end with a dot or a space.`,
    );
}

const writtenFileSchema = z.strictObject({
  name: z.string().min(1).max(255),
  path: z.string().min(1).max(4096),
});

/** The calls that write files where the person chose. */
export const filesContract = {
  /**
   * Saves one PDF. In the app: a save dialog opens with `suggestedName` in the folder used
   * last; in the browser preview the file goes into the export folder. A name that exists
   * already is not overwritten there; the reply's path says where the file went.
   */
  'files.exportPdf': {
    request: requestObject('export a PDF', {
      suggestedName: pdfFileNameField('The suggested file name'),
      pdfBase64: pdfBase64Field(),
      documentId: recordIdField('The document'),
    }),
    reply: z.strictObject({ path: z.string().min(1).max(4096) }),
  },

  /**
   * Writes many PDFs into one folder: the first call asks for the folder (`folderHint` is
   * where the dialog starts), later calls pass the reply's `folder` back and write into it
   * without asking again. Names that exist are not overwritten ("name (2).pdf").
   */
  'files.exportBatch': {
    request: requestObject('export several PDFs', {
      folderHint: localPathField('The folder').optional(),
      files: z
        .array(
          requestObject('export a PDF', {
            name: pdfFileNameField(),
            pdfBase64: pdfBase64Field(),
          }),
          { error: 'The files to export must be a list.' },
        )
        .min(1, 'Choose at least one document to export.')
        .max(MAX_BATCH_FILES, `Send at most ${MAX_BATCH_FILES} files at a time.`)
        .refine(
          (files) =>
            files.reduce((sum, file) => sum + base64ByteLength(file.pdfBase64), 0) <=
            MAX_BATCH_BYTES,
          `Send at most ${MAX_BATCH_BYTES / (1024 * 1024)} MB of PDFs at a time.`,
        ),
    }),
    reply: z.strictObject({
      folder: z.string().min(1).max(4096),
      written: z.array(writtenFileSchema).max(MAX_BATCH_FILES),
    }),
  },

  /**
   * Saves one text file (a CSV export) the way files.exportPdf saves a PDF: a save dialog in
   * the app, the export folder in the browser preview. The main process writes the text as
   * the kind's file format (CSV: UTF-8 with a byte order mark, see textFile.ts).
   */
  'files.exportText': {
    request: requestObject('export a file', {
      suggestedName: textFileNameField('The suggested file name'),
      kind: z.enum(TEXT_EXPORT_KINDS, { error: 'The kind of file must be csv or xml.' }),
      content: z
        .string({ error: 'The content of the file must be text.' })
        .max(
          MAX_TEXT_EXPORT_CHARS,
          'The export is too large to save in one file; choose a shorter period and export again.',
        ),
    }).superRefine((request, context) => {
      if (!request.suggestedName.toLowerCase().endsWith(`.${request.kind}`)) {
        context.addIssue({
          code: 'custom',
          message: `The suggested file name must end in .${request.kind}.`,
          path: ['suggestedName'],
        });
      }
    }),
    reply: z.strictObject({ path: z.string().min(1).max(4096) }),
  },

  /** Shows a file this session exported in the system's file manager. */
  'files.showInFolder': {
    request: requestObject('show a file in its folder', { path: localPathField('The file') }),
    reply: z.strictObject({}),
  },
} as const;
