import {
  renderMessage,
  type MessageTemplate,
  type RenderedMessage,
} from '../../../shared/mail/messageTemplates';
import { validateTemplate } from '../../../shared/mail/renderTemplate';
import {
  PLACEHOLDERS,
  type MailDocumentKind,
  type TemplateValues,
} from '../../../shared/mail/templatePlaceholders';
import { isoDate, type IsoDate } from '../../../shared/dates/isoDate';
import { newId } from '../../data/ids';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';

const KIND_KEYS: Record<MailDocumentKind, MessageKey> = {
  invoice: 'settings.templates.kind.invoice',
  quote: 'settings.templates.kind.quote',
  creditNote: 'settings.templates.kind.creditNote',
};

/** What a kind of document is called in the template editor ("Invoices"). */
export function kindName(kind: MailDocumentKind): string {
  return t(KIND_KEYS[kind]);
}

/** A new template of the trader's own, starting from the standard text of its kind. */
export function newMessageTemplate(kind: MailDocumentKind, from: MessageTemplate): MessageTemplate {
  return { ...from, id: newId(), name: '', documentKind: kind };
}

/** The problems of a subject and body as typed, per field: unknown placeholders, named. */
export function templateFieldErrors(
  template: Pick<MessageTemplate, 'subject' | 'body' | 'documentKind'>,
): { subject?: string; body?: string } {
  const errors: { subject?: string; body?: string } = {};
  const subject = validateTemplate(template.subject, template.documentKind);
  if (!subject.ok) errors.subject = subject.error.message;
  const body = validateTemplate(template.body, template.documentKind);
  if (!body.ok) errors.body = body.error.message;
  return errors;
}

/** Values a person recognises as examples, for the editor's preview. */
export function sampleValues(
  kind: MailDocumentKind,
  companyName: string,
  format: { date: (day: IsoDate) => string; amount: string },
): TemplateValues {
  const numbers: Record<MailDocumentKind, string> = {
    invoice: 'INV-2026-0007',
    quote: 'QUO-2026-0003',
    creditNote: 'CN-2026-0001',
  };
  return {
    number: numbers[kind],
    issueDate: format.date(isoDate('2026-03-16')),
    dueDate: kind === 'creditNote' ? null : format.date(isoDate('2026-03-30')),
    amountDue: format.amount,
    'customer.name': 'Acme Ltd',
    'company.name': companyName || 'Your company',
  };
}

/** The message as a customer would get it, or null while the template has a problem. */
export function previewMessage(
  template: Pick<MessageTemplate, 'subject' | 'body' | 'documentKind'>,
  values: TemplateValues,
): RenderedMessage | string {
  const rendered = renderMessage(template, values);
  return rendered.ok ? rendered.value : rendered.error.message;
}

/** Every placeholder as the editor lists it: {name}. */
export const PLACEHOLDER_TOKENS: readonly string[] = PLACEHOLDERS.map((name) => `{${name}}`);
