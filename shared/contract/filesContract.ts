import { z } from 'zod';
import { base64ByteLength } from './base64';
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

  /** Shows a file this session exported in the system's file manager. */
  'files.showInFolder': {
    request: requestObject('show a file in its folder', { path: localPathField('The file') }),
    reply: z.strictObject({}),
  },
} as const;
