import { z } from 'zod';

/** The paper sizes the print dialog offers, as CUPS names them (media=…). */
export const PAPER_SIZES = ['A4', 'Letter', 'Legal'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The largest PDF the service prints: a long invoice is well below a megabyte. */
export const MAX_PRINT_BYTES = 100 * 1024 * 1024;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_RUNS = /[\u0000-\u001f\u007f]+/g;

/**
 * A printer (destination) name as lp accepts it after -d: not empty, at most 127
 * characters (CUPS's limit), no control characters, and no leading '-' so it can never be
 * read as an option. Spaces are allowed here; CUPS itself refuses them in queue names.
 */
export const printerNameSchema = z
  .string({ error: 'Choose a printer.' })
  .min(1, 'Choose a printer.')
  .max(127, 'A printer name has at most 127 characters.')
  .refine((name) => !name.startsWith('-'), 'A printer name cannot begin with "-".')
  .refine((name) => !CONTROL.test(name), 'A printer name cannot contain control characters.');

/** What printPdf accepts. */
export const printPdfRequestSchema = z.object(
  {
    printer: printerNameSchema,
    pdf: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, {
        error: 'The document to print must be a PDF.',
      })
      .refine(
        (pdf) => pdf.byteLength > 0 && pdf.byteLength <= MAX_PRINT_BYTES,
        'The PDF is empty or too large to print.',
      )
      .refine(
        (pdf) => String.fromCharCode(...pdf.subarray(0, 5)) === '%PDF-',
        'The document to print is not a PDF.',
      ),
    copies: z
      .number({ error: 'Copies must be a whole number from 1 to 99.' })
      .int('Copies must be a whole number from 1 to 99.')
      .min(1, 'Copies must be a whole number from 1 to 99.')
      .max(99, 'Copies must be a whole number from 1 to 99.'),
    paperSize: z.enum(PAPER_SIZES, { error: 'Choose the paper size: A4, Letter or Legal.' }),
    // The job's name in the printer queue; control characters become spaces, not errors.
    title: z
      .string({ error: 'The document title must be text.' })
      .max(1000, 'The document title is too long.')
      .transform((title) => {
        const clean = title.replace(CONTROL_RUNS, ' ').trim().slice(0, 255);
        return clean === '' ? 'Invoicer document' : clean;
      }),
  },
  { error: 'The print request is damaged.' },
);

export type PrintPdfRequest = z.input<typeof printPdfRequestSchema>;

/** A CUPS job id, "Printer-42": the printer's name, a hyphen and the job number. */
export const jobIdSchema = z
  .string({ error: 'The print job is not known.' })
  .max(140, 'The print job is not known.')
  .regex(/^[^\s-][^\s]*-\d{1,10}$/, 'The print job is not known.');

/** The printer a job id belongs to: everything before its last hyphen. */
export function printerOfJob(jobId: string): string {
  return jobId.slice(0, jobId.lastIndexOf('-'));
}
