import { z } from 'zod';
import { emailField, idField, requiredText } from '../schemas/fields';

/** The most recipients (to and cc together) one mail may have. */
export const MAX_MAIL_RECIPIENTS = 50;
/** The most bytes all attachments of one mail may have: what most providers accept. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// No folders and no control characters: the name is only a label for the recipient.
// eslint-disable-next-line no-control-regex
const FILE_NAME = /^[^/\\\u0000-\u001f\u007f]+$/;

const attachmentSchema = z.object(
  {
    filename: requiredText({
      label: 'File name',
      max: 200,
      pattern: {
        regex: FILE_NAME,
        message: 'The file name may not contain / or \\ or control characters.',
      },
    }),
    // Any Uint8Array (a Node Buffer is one), whatever kind of buffer it views.
    content: z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
      error: 'The attachment content must be bytes.',
    }),
    contentType: z
      .string({ error: 'The attachment needs a content type like application/pdf.' })
      .regex(
        /^[a-z]+\/[a-z0-9.+-]+$/i,
        'The attachment needs a content type like application/pdf.',
      ),
  },
  { error: 'The attachment is damaged.' },
);

const recipientList = (label: string) =>
  z.array(emailField(label), { error: `${label}s must be a list of e-mail addresses.` });

/** A mail to send through one of the SMTP accounts: what the mail service accepts. */
export const outgoingMailSchema = z
  .object(
    {
      accountId: idField('Choose the e-mail account to send with.'),
      to: recipientList('Recipient').min(1, 'Enter at least one recipient.'),
      cc: recipientList('Copy recipient').default([]),
      subject: requiredText({
        label: 'Subject',
        max: 998,
        missing: 'Enter the subject of the message.',
        pattern: { regex: /^[^\r\n]*$/, message: 'The subject must be a single line.' },
      }).refine(
        // Line breaks have their own message above; a tab is allowed in a header.
        // eslint-disable-next-line no-control-regex
        (subject) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(subject),
        'The subject may not contain control characters.',
      ),
      text: z
        .string({ error: 'The message must be text.' })
        .max(1_000_000, 'The message is too long.'),
      attachments: z
        .array(attachmentSchema, { error: 'The attachments must be a list.' })
        .max(10, 'Attach at most 10 files.')
        .default([]),
    },
    { error: 'The mail to send is damaged.' },
  )
  .refine(
    (mail) => mail.to.length + mail.cc.length <= MAX_MAIL_RECIPIENTS,
    `A mail can go to at most ${MAX_MAIL_RECIPIENTS} recipients.`,
  )
  .refine(
    (mail) =>
      mail.attachments.reduce((sum, file) => sum + file.content.byteLength, 0) <=
      MAX_ATTACHMENT_BYTES,
    'The attachments are larger than 20 MB together; most mail servers refuse that.',
  )
  .refine((mail) => !CONTROL.test(mail.text.replace(/[\r\n\t]/g, '')), {
    message: 'The message contains control characters.',
    path: ['text'],
  });

export type OutgoingMail = z.output<typeof outgoingMailSchema>;
export type OutgoingMailInput = z.input<typeof outgoingMailSchema>;
export type MailAttachment = OutgoingMail['attachments'][number];
