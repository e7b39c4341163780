import type { RoutingCustomer } from '../../../shared/einvoice/eInvoiceRouting';
import {
  effectiveMailingSettings,
  INHERIT_ALL_MAILING_SETTINGS,
  inheritableMailingSettingsSchema,
  type EffectiveMailingSettings,
  type InheritableMailingSettings,
  type MailingSettings,
} from '../../../shared/mail/mailingSettings';
import { renderMessage, type MessageTemplate } from '../../../shared/mail/messageTemplates';
import { outgoingMailSchema, type OutgoingMail } from '../../../shared/mail/outgoingMail';
import { resolveRecipients, type RecipientCustomer } from '../../../shared/mail/recipients';
import type { SmtpAccountSummary } from '../../../shared/mail/smtpAccount';
import type { MailDocumentKind, TemplateValues } from '../../../shared/mail/templatePlaceholders';
import type { Minor } from '../../../shared/money/minor';
import type { CurrencyCode } from '../../../shared/money/currencies';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { err, ok, type Result } from '../../../shared/result';
import { parseWith, type FieldIssue } from '../../../shared/schemas/validationIssues';
import type { StoredDocument } from '../../data/db';
import { templateForDocument } from '../../data/mailingRepository';

// The mail that carries a document, before the person edits it: recipients from the
// customer's invoicing contacts and the mailing settings, subject and body from the message
// template, the account the settings name. Pure, so every rule is tested without a screen.

/** What the send dialog edits; addresses as typed, separated by commas. */
export type MailDraft = {
  accountId: string;
  to: string;
  cc: string;
  subject: string;
  text: string;
};

/** What the draft is made from: the live customer and class, the company's defaults. */
export type MailContext = {
  /**
   * The customer as it is now (contacts and e-invoice addresses change after posting); null
   * if it was deleted.
   */
  customer: (RecipientCustomer & RoutingCustomer) | null;
  customerClass: object | null;
  company: MailingSettings;
  templates: readonly MessageTemplate[];
  accounts: readonly SmtpAccountSummary[];
};

/** A first draft and what the person should know about it. */
export type InitialMail = {
  draft: MailDraft;
  settings: EffectiveMailingSettings;
  template: MessageTemplate;
  /** Why the recipients or the text could not be filled in; the draft is still editable. */
  problems: string[];
};

/**
 * The mailing settings stored on a customer or class record, or "inherit everything" when it
 * has none (records written before mailing settings existed) or they are damaged.
 */
export function mailingOf(record: object | null): InheritableMailingSettings {
  const mailing = record === null ? undefined : (record as { mailing?: unknown }).mailing;
  const parsed = inheritableMailingSettingsSchema.safeParse(mailing);
  return parsed.success ? parsed.data : INHERIT_ALL_MAILING_SETTINGS;
}

/** The kind of mail template a document takes. */
export function mailKindOf(doc: Pick<StoredDocument, 'kind'>): MailDocumentKind {
  return doc.kind;
}

export type Formatting = {
  money: (amount: Minor, currency: CurrencyCode) => string;
  date: (date: IsoDate) => string;
};

/**
 * The placeholder values of a posted document, formatted as its PDF shows them: the amount
 * still to pay for an invoice (after payments and credit notes), the total of a quote or
 * credit note; a quote's "due date" is its valid-until date; a credit note has none.
 */
export function templateValuesFor(doc: StoredDocument, format: Formatting): TemplateValues {
  const currency = doc.currency as CurrencyCode;
  const amount =
    doc.kind === 'invoice' ? doc.balance : (doc.posted?.totals.amountDue ?? doc.amountDue);
  const due = doc.kind === 'invoice' ? doc.dueDate : doc.kind === 'quote' ? doc.validUntil : null;
  return {
    number: doc.number ?? '',
    issueDate: format.date(doc.issueDate),
    dueDate: due === null ? null : format.date(due),
    amountDue: format.money(amount, currency),
    'customer.name': doc.posted?.buyer.name ?? doc.customerName,
    'company.name': doc.posted?.seller.name ?? '',
  };
}

/** The account to send with: the one the settings name if it still exists, else the first. */
export function chooseAccount(
  accounts: readonly SmtpAccountSummary[],
  preferred: string | null,
): string {
  return (accounts.find((account) => account.id === preferred) ?? accounts[0])?.id ?? '';
}

/** The first draft of the mail for a document. */
export function initialMail(
  doc: StoredDocument,
  context: MailContext,
  values: TemplateValues,
): InitialMail {
  const settings = effectiveMailingSettings(
    mailingOf(context.customer),
    context.customerClass === null ? null : mailingOf(context.customerClass),
    context.company,
  );
  const problems: string[] = [];
  let to: string[] = [...settings.extraRecipients];
  if (context.customer !== null) {
    const recipients = resolveRecipients(context.customer, settings.extraRecipients);
    if (recipients.ok) to = recipients.value.to;
    else problems.push(recipients.error.message);
  }
  const template = templateForDocument(mailKindOf(doc), settings.templateId, context.templates);
  const rendered = renderMessage(template, values);
  if (!rendered.ok) problems.push(rendered.error.message);
  return {
    draft: {
      accountId: chooseAccount(context.accounts, settings.smtpAccountId),
      to: to.join(', '),
      cc: '',
      subject: rendered.ok ? rendered.value.subject : template.subject,
      text: rendered.ok ? rendered.value.text : template.body,
    },
    settings,
    template,
    problems,
  };
}

/** Addresses as typed: separated by commas, semicolons or line breaks; blanks dropped. */
export function splitAddresses(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

/** A file to attach: its name, bytes and content type (a PDF when none is given). */
export type PdfAttachment = { filename: string; content: Uint8Array; contentType?: string };

/**
 * The mail to send, checked with the mail service's own schema (shared/mail outgoingMail),
 * so a wrong address shows at its field before anything is sent. Issue paths are the
 * draft's fields: 'to', 'cc', 'subject', 'text', 'accountId'.
 */
export function mailToSend(
  draft: MailDraft,
  attachment: PdfAttachment | readonly PdfAttachment[],
): Result<OutgoingMail, FieldIssue[]> {
  const files = Array.isArray(attachment) ? attachment : [attachment];
  const parsed = parseWith(outgoingMailSchema, {
    accountId: draft.accountId,
    to: splitAddresses(draft.to),
    cc: splitAddresses(draft.cc),
    subject: draft.subject.trim(),
    text: draft.text,
    attachments: files.map((file: PdfAttachment) => ({
      filename: file.filename,
      content: file.content,
      contentType: file.contentType ?? 'application/pdf',
    })),
  });
  if (parsed.ok) return ok(parsed.value);
  // 'to.1' (the second address) belongs to the field 'to'.
  return err(
    parsed.error.issues.map((issue) => ({
      path: issue.path === '' ? '' : (issue.path.split('.')[0] ?? ''),
      message: issue.message,
    })),
  );
}
