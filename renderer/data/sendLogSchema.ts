import { z } from 'zod';
import { ipcErrorCodeSchema } from '../../shared/contract/ipcError';
import { idField, timestampField } from '../../shared/schemas/fields';

/** How a document left the app: exported as a PDF file, printed, or sent by e-mail. */
export const SEND_CHANNELS = ['pdf', 'print', 'email'] as const;
export type SendChannel = (typeof SEND_CHANNELS)[number];

/** Whether it got there. A failed attempt is kept too: the history says what went wrong. */
export const SEND_OUTCOMES = ['sent', 'failed'] as const;
export type SendOutcome = (typeof SEND_OUTCOMES)[number];

const channelMessage = 'Say how the document was sent: PDF, print or e-mail.';
const outcomeMessage = 'Say whether the document was sent or the attempt failed.';

/**
 * One attempt to get a document out (DESIGN §4: when, how and to whom). `target` is what a
 * person recognises: the file's path, the printer's name, or the recipients' addresses.
 */
export const sendLogEntrySchema = z
  .strictObject({
    id: idField('The send record has no id.'),
    documentId: idField('The send record names no document.'),
    at: timestampField('The time of sending'),
    channel: z.enum(SEND_CHANNELS, { error: channelMessage }),
    target: z
      .string({ error: 'Say where the document went.' })
      .max(5000, 'The destination of a send record is too long.'),
    outcome: z.enum(SEND_OUTCOMES, { error: outcomeMessage }),
    /** The contract's error code of a failed attempt (SMTP_AUTH, PRINTER_NOT_FOUND …). */
    errorCode: ipcErrorCodeSchema.optional(),
    /** What the person was told, for a failed attempt; a detail such as a print job id. */
    message: z.string({ error: 'The message must be text.' }).max(4000).optional(),
  })
  .refine((entry) => entry.outcome === 'failed' || entry.errorCode === undefined, {
    message: 'A successful send has no error code.',
    path: ['errorCode'],
  })
  .refine((entry) => entry.outcome === 'sent' || entry.errorCode !== undefined, {
    message: 'A failed send needs the code of its error.',
    path: ['errorCode'],
  });

export type SendLogEntry = z.output<typeof sendLogEntrySchema>;

/** What a caller says about an attempt; the log adds the id and the time. */
export type SendAttempt = Omit<SendLogEntry, 'id' | 'at'>;
