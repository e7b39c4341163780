import { z } from 'zod';
import type { DefaultSource } from '../customers/customerDefaults';
import { emailField, flagField, idField } from '../schemas/fields';

/**
 * What a mailed invoice or credit note carries: its PDF, its e-invoice (XML in the
 * customer's preferred format), both, or one Factur-X PDF that is both. Quotes have no
 * e-invoice and always go as their PDF.
 */
export const MAIL_ATTACHMENT_CHOICES = ['pdf', 'eInvoice', 'pdfAndEInvoice', 'facturX'] as const;
export type MailAttachmentChoice = (typeof MAIL_ATTACHMENT_CHOICES)[number];

/** What mail carried before the choice existed, and what settings stored then still mean. */
export const DEFAULT_MAIL_ATTACHMENT: MailAttachmentChoice = 'pdf';

/** How documents reach a customer: by e-mail (through which account and template), printed. */
export type MailingSettings = {
  sendByEmail: boolean;
  /** null: no account chosen yet; sending asks for one. */
  smtpAccountId: string | null;
  /** null: the standard message template of the document's kind. */
  templateId: string | null;
  printInvoices: boolean;
  /** Addresses that receive every document besides the customer's own recipients. */
  extraRecipients: string[];
  /** What an invoice or credit note carries (MAIL_ATTACHMENT_CHOICES). */
  attach: MailAttachmentChoice;
};

/** A customer's or class's mailing settings; null in a field: take the next level's value. */
export type InheritableMailingSettings = {
  [K in keyof MailingSettings]: NonNullable<MailingSettings[K]> | null;
};

export type EffectiveMailingSettings = MailingSettings & {
  /** Where each value came from, so the editor can say "from class Wholesale". */
  source: Record<keyof MailingSettings, DefaultSource>;
};

const MAX_EXTRA_RECIPIENTS = 20;

const extraRecipientsField = z
  .array(emailField('Additional recipient'), { error: 'Additional recipients must be a list.' })
  .max(MAX_EXTRA_RECIPIENTS, `Enter at most ${MAX_EXTRA_RECIPIENTS} additional recipients.`)
  .refine(
    (list) => new Set(list.map((address) => address.toLowerCase())).size === list.length,
    'An additional recipient is listed twice; remove one.',
  );

const attachMessage = 'Choose what to attach: the PDF, the e-invoice, both, or a Factur-X PDF.';

const fields = {
  sendByEmail: flagField('Send by e-mail'),
  smtpAccountId: idField('Choose the e-mail account.'),
  templateId: idField('Choose the message template.'),
  printInvoices: flagField('Print invoices'),
  extraRecipients: extraRecipientsField,
  attach: z.enum(MAIL_ATTACHMENT_CHOICES, { error: attachMessage }),
};

/** The company-wide mailing settings every class and customer starts from. */
export const companyMailingSettingsSchema = z.object({
  ...fields,
  smtpAccountId: fields.smtpAccountId.nullable(),
  templateId: fields.templateId.nullable(),
  // Rows stored before the choice existed have none: they sent the PDF, and still do.
  attach: fields.attach.default(DEFAULT_MAIL_ATTACHMENT),
});

/** A class's or customer's mailing settings, each field null to inherit. */
export const inheritableMailingSettingsSchema = z.object({
  sendByEmail: fields.sendByEmail.nullable(),
  smtpAccountId: fields.smtpAccountId.nullable(),
  templateId: fields.templateId.nullable(),
  printInvoices: fields.printInvoices.nullable(),
  extraRecipients: fields.extraRecipients.nullable(),
  // Records stored before the choice existed have none: they inherit, like null.
  attach: fields.attach.nullable().default(null),
});

/** Settings that inherit everything: what a new customer or class starts with. */
export const INHERIT_ALL_MAILING_SETTINGS: InheritableMailingSettings = {
  sendByEmail: null,
  smtpAccountId: null,
  templateId: null,
  printInvoices: null,
  extraRecipients: null,
  attach: null,
};

// For a company row stored before the choice existed, read without its schema's default.
const COMPANY_FALLBACK = { attach: DEFAULT_MAIL_ATTACHMENT } as const;

/**
 * The mailing settings that apply to a customer: its own value where it has one, else its
 * class's, else the company's. An empty list of additional recipients is a value (none),
 * not a gap.
 */
export function effectiveMailingSettings(
  customer: InheritableMailingSettings,
  customerClass: InheritableMailingSettings | null,
  company: MailingSettings,
): EffectiveMailingSettings {
  const source = {} as Record<keyof MailingSettings, DefaultSource>;
  const companyValues: MailingSettings = { ...COMPANY_FALLBACK, ...company };
  function pick<K extends keyof MailingSettings>(key: K): MailingSettings[K] {
    // undefined: a record stored before the setting existed, which inherits like null.
    const own = customer[key] ?? null;
    if (own !== null) {
      source[key] = 'customer';
      return own as MailingSettings[K];
    }
    const inherited = customerClass?.[key] ?? null;
    if (inherited !== null) {
      source[key] = 'class';
      return inherited as MailingSettings[K];
    }
    source[key] = 'company';
    return companyValues[key];
  }
  return {
    sendByEmail: pick('sendByEmail'),
    smtpAccountId: pick('smtpAccountId'),
    templateId: pick('templateId'),
    printInvoices: pick('printInvoices'),
    extraRecipients: [...pick('extraRecipients')],
    attach: pick('attach'),
    source,
  };
}
