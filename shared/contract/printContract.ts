import { z } from 'zod';
import { pdfBase64Field, requestObject } from './requestFields';

/** The paper sizes the print dialog offers, as CUPS names them. */
export const PAPER_SIZES = ['A4', 'Letter', 'Legal'] as const;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const COPIES = 'Copies must be a whole number from 1 to 99.';

const printerSchema = z.strictObject({
  name: z.string().min(1).max(127),
  description: z.string().max(1000),
  isDefault: z.boolean(),
  enabled: z.boolean(),
});

/** The calls that print. */
export const printContract = {
  /** The printers of this computer, with the default marked. */
  'printers.list': {
    request: requestObject('list the printers', {}),
    reply: z.strictObject({ printers: z.array(printerSchema).max(10_000) }),
  },

  /** Sends a PDF to a printer; the reply names the job for print.jobStatus. */
  'print.pdf': {
    request: requestObject('print', {
      printer: z
        .string({ error: 'Choose a printer.' })
        .min(1, 'Choose a printer.')
        .max(127, 'A printer name has at most 127 characters.')
        .refine((name) => !name.startsWith('-'), 'A printer name cannot begin with "-".')
        .refine((name) => !CONTROL.test(name), 'A printer name cannot contain control characters.'),
      pdfBase64: pdfBase64Field('The document to print'),
      copies: z.number({ error: COPIES }).int(COPIES).min(1, COPIES).max(99, COPIES),
      paperSize: z.enum(PAPER_SIZES, { error: 'Choose the paper size: A4, Letter or Legal.' }),
      title: z
        .string({ error: 'The document title must be text.' })
        .max(1000, 'The document title is too long.'),
    }),
    reply: z.strictObject({ jobId: z.string().min(1).max(140) }),
  },

  /** Where a print job is: still queued, done, or unknown to the printing system. */
  'print.jobStatus': {
    request: requestObject('check a print job', {
      jobId: z
        .string({ error: 'The print job is not known.' })
        .max(140, 'The print job is not known.')
        .regex(/^[^\s-][^\s]*-\d{1,10}$/, 'The print job is not known.')
        .refine((id) => !CONTROL.test(id), 'The print job is not known.'),
    }),
    reply: z.strictObject({ state: z.enum(['pending', 'completed', 'unknown']) }),
  },
} as const;
