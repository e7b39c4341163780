import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { addIssueAt, whenValid } from '../schemas/crossFieldChecks';
import { idField, requiredText, typeMessages } from '../schemas/fields';
import { renderTemplate, validateTemplate, type TemplateError } from './renderTemplate';
import {
  MAIL_DOCUMENT_KINDS,
  type MailDocumentKind,
  type TemplateValues,
} from './templatePlaceholders';

const kindMessage = 'Choose what the template is for: invoices, quotes or credit notes.';

/** A message template: the subject and body of the mail that carries a document. */
export const messageTemplateSchema = z
  .object(
    {
      id: idField('The message template has no id; add it again.'),
      name: requiredText({ label: 'Template name', max: 100 }),
      documentKind: z.enum(MAIL_DOCUMENT_KINDS, typeMessages(kindMessage, kindMessage)),
      subject: requiredText({
        label: 'Subject',
        max: 200,
        missing: 'Enter the subject of the message.',
        pattern: { regex: /^[^\r\n]*$/, message: 'The subject must be a single line.' },
      }),
      body: requiredText({ label: 'Message', max: 10_000, missing: 'Enter the message text.' }),
    },
    typeMessages('Enter the message template.', 'The message template is damaged.'),
  )
  .superRefine(
    (template, ctx) => {
      for (const field of ['subject', 'body'] as const) {
        const checked = validateTemplate(template[field], template.documentKind);
        if (!checked.ok) addIssueAt(ctx, [field], checked.error.message, template[field]);
      }
    },
    { when: whenValid('documentKind', 'subject', 'body') },
  );

export type MessageTemplate = z.output<typeof messageTemplateSchema>;

/** The templates a new installation starts with, one per kind of document, in English. */
export const DEFAULT_MESSAGE_TEMPLATES: Record<MailDocumentKind, MessageTemplate> = {
  invoice: {
    id: 'default-invoice',
    name: 'Invoice (standard)',
    documentKind: 'invoice',
    subject: 'Invoice {number} from {company.name}',
    body: [
      'Dear {customer.name},',
      '',
      'please find attached invoice {number} of {issueDate}.',
      'The amount of {amountDue} is due on {dueDate}.',
      '',
      'Thank you for your business.',
      '',
      'Kind regards',
      '{company.name}',
    ].join('\n'),
  },
  quote: {
    id: 'default-quote',
    name: 'Quote (standard)',
    documentKind: 'quote',
    subject: 'Quote {number} from {company.name}',
    body: [
      'Dear {customer.name},',
      '',
      'thank you for your enquiry. Please find attached our quote {number} of {issueDate}.',
      'We look forward to hearing from you.',
      '',
      'Kind regards',
      '{company.name}',
    ].join('\n'),
  },
  creditNote: {
    id: 'default-credit-note',
    name: 'Credit note (standard)',
    documentKind: 'creditNote',
    subject: 'Credit note {number} from {company.name}',
    body: [
      'Dear {customer.name},',
      '',
      'please find attached credit note {number} of {issueDate} for {amountDue}.',
      '',
      'Kind regards',
      '{company.name}',
    ].join('\n'),
  },
};

/** A rendered message, ready for the mail service. */
export type RenderedMessage = { subject: string; text: string };

/** Where a template error is: the subject or the body. */
export type MessageTemplateError = TemplateError & { field: 'subject' | 'body' };

/**
 * Renders a template's subject and body. The subject stays one line whatever the values
 * hold: line breaks in a customer's name must not start a new mail header.
 */
export function renderMessage(
  template: Pick<MessageTemplate, 'subject' | 'body' | 'documentKind'>,
  values: TemplateValues,
): Result<RenderedMessage, MessageTemplateError> {
  const subject = renderTemplate(template.subject, values, template.documentKind);
  if (!subject.ok) return err({ ...subject.error, field: 'subject' });
  const body = renderTemplate(template.body, values, template.documentKind);
  if (!body.ok) return err({ ...body.error, field: 'body' });
  return ok({
    // eslint-disable-next-line no-control-regex
    subject: subject.value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim(),
    text: body.value,
  });
}

/**
 * The template for a document: the chosen one if it exists and is for this kind of
 * document, else the standard template of the kind (a deleted template never stops a send).
 */
export function messageTemplateFor(
  kind: MailDocumentKind,
  templateId: string | null,
  templates: readonly MessageTemplate[],
): MessageTemplate {
  const chosen = templates.find(
    (template) => template.id === templateId && template.documentKind === kind,
  );
  return chosen ?? DEFAULT_MESSAGE_TEMPLATES[kind];
}
