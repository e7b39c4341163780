import { z } from 'zod';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_MAIL_RECIPIENTS,
  outgoingMailSchema,
} from '../mail/outgoingMail';
import { smtpAccountSchema } from '../mail/smtpAccount';
import { emailField, idField, requiredText } from '../schemas/fields';
import { base64ByteLength, isBase64 } from './base64';
import { base64Field, requestObject } from './requestFields';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const FILE_NAME = /^[^/\\\u0000-\u001f\u007f]+$/;

const mail = outgoingMailSchema.shape;

const attachmentSchema = requestObject('attach a file', {
  filename: requiredText({
    label: 'File name',
    max: 200,
    pattern: {
      regex: FILE_NAME,
      message: 'The file name may not contain / or \\ or control characters.',
    },
  }),
  contentBase64: base64Field('The attachment', MAX_ATTACHMENT_BYTES),
  contentType: z
    .string({ error: 'The attachment needs a content type like application/pdf.' })
    .max(200, 'The attachment needs a content type like application/pdf.')
    .regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'The attachment needs a content type like application/pdf.'),
});

function attachmentBytes(attachments: readonly { contentBase64: string }[]): number {
  return attachments.reduce(
    (sum, file) => sum + (isBase64(file.contentBase64) ? base64ByteLength(file.contentBase64) : 0),
    0,
  );
}

/**
 * The mail of mail.send: outgoingMailSchema's fields and rules, with attachments as base64
 * (the mail service checks the decoded mail once more with outgoingMailSchema itself).
 */
const outgoingMailRequest = requestObject('send a mail', {
  accountId: mail.accountId,
  to: mail.to,
  cc: mail.cc,
  subject: mail.subject,
  text: mail.text,
  attachments: z
    .array(attachmentSchema, { error: 'The attachments must be a list.' })
    .max(10, 'Attach at most 10 files.')
    .default([]),
})
  .refine(
    (request) => request.to.length + request.cc.length <= MAX_MAIL_RECIPIENTS,
    `A mail can go to at most ${MAX_MAIL_RECIPIENTS} recipients.`,
  )
  .refine(
    (request) => attachmentBytes(request.attachments) <= MAX_ATTACHMENT_BYTES,
    'The attachments are larger than 20 MB together; most mail servers refuse that.',
  )
  .refine((request) => !CONTROL.test(request.text.replace(/[\r\n\t]/g, '')), {
    message: 'The message contains control characters.',
    path: ['text'],
  });

// Strict: a reply carrying a field such as a password fails the reply check of the tests.
const accountSummarySchema = z.strictObject({
  ...smtpAccountSchema.shape,
  hasPassword: z.boolean(),
});

const sentMailSchema = z.strictObject({
  messageId: z.string().max(1000),
  accepted: z.array(z.string().max(1000)).max(1000),
  rejected: z.array(z.string().max(1000)).max(1000),
});

/** The calls of Settings → E-mail and of sending documents. Passwords go in, never out. */
export const mailContract = {
  'mail.listAccounts': {
    request: requestObject('list the e-mail accounts', {}),
    reply: z.strictObject({ accounts: z.array(accountSummarySchema).max(1000) }),
  },

  /** Adds or replaces an account. password: new one; absent: keep the saved one; '': remove. */
  'mail.saveAccount': {
    request: requestObject('save an e-mail account', {
      account: requestObject('save an e-mail account', smtpAccountSchema.shape),
      password: z
        .string({ error: 'The password must be text.' })
        .max(1000, 'The password is too long.')
        .optional(),
    }),
    reply: accountSummarySchema,
  },

  'mail.deleteAccount': {
    request: requestObject('delete an e-mail account', {
      id: idField('Choose the account to delete.'),
    }),
    reply: z.strictObject({ deleted: z.boolean() }),
  },

  /** Sends a short test message through an account to `to`. */
  'mail.sendTest': {
    request: requestObject('send a test mail', {
      accountId: idField('Choose the account to test.'),
      to: emailField('Test recipient'),
    }),
    reply: sentMailSchema,
  },

  /** Sends a mail with its attachments (the document PDF) through one of the accounts. */
  'mail.send': {
    request: outgoingMailRequest,
    reply: sentMailSchema,
  },
} as const;
