import {
  companyMailingSettingsSchema,
  DEFAULT_MAIL_ATTACHMENT,
  type MailingSettings,
} from '../../shared/mail/mailingSettings';
import {
  DEFAULT_MESSAGE_TEMPLATES,
  messageTemplateFor,
  messageTemplateSchema,
  type MessageTemplate,
} from '../../shared/mail/messageTemplates';
import { MAIL_DOCUMENT_KINDS, type MailDocumentKind } from '../../shared/mail/templatePlaceholders';
import { ok } from '../../shared/result';
import { fail, validate, type DataResult } from './dataError';
import type { InvoicerDb } from './db';

// Mailing lives in the renderer's database, next to the documents it is about, and so goes
// into every backup with them. The SMTP accounts do not: they hold secrets and belong to the
// main process (DESIGN §6).

/** The key of the one row of the mailingSettings table. */
export const COMPANY_MAILING_KEY = 'company';

export type MailingSettingsRow = { key: typeof COMPANY_MAILING_KEY; value: MailingSettings };

/** What a new installation starts from: documents go by e-mail, nothing is printed. */
export const DEFAULT_COMPANY_MAILING: MailingSettings = {
  sendByEmail: true,
  smtpAccountId: null,
  templateId: null,
  printInvoices: false,
  extraRecipients: [],
  attach: DEFAULT_MAIL_ATTACHMENT,
};

const STANDARD_IDS: ReadonlySet<string> = new Set(
  MAIL_DOCUMENT_KINDS.map((kind) => DEFAULT_MESSAGE_TEMPLATES[kind].id),
);

/** True for the id of one of the standard templates (one per kind; reset, never deleted). */
export function isStandardTemplateId(id: string): boolean {
  return STANDARD_IDS.has(id);
}

/**
 * The company's mailing settings, or the defaults before any were saved. A row saved before
 * a setting existed gets that setting's default (attach: the PDF, as mail always had).
 */
export async function getCompanyMailing(db: InvoicerDb): Promise<MailingSettings> {
  const row = await db.mailingSettings.get(COMPANY_MAILING_KEY);
  return row === undefined ? DEFAULT_COMPANY_MAILING : { ...DEFAULT_COMPANY_MAILING, ...row.value };
}

/** Validates (shared/mail companyMailingSettingsSchema) and stores the company's settings. */
export async function saveCompanyMailing(
  db: InvoicerDb,
  input: unknown,
): Promise<DataResult<MailingSettings>> {
  const checked = validate(companyMailingSettingsSchema, input);
  if (!checked.ok) return checked;
  await db.mailingSettings.put({ key: COMPANY_MAILING_KEY, value: checked.value });
  return ok(checked.value);
}

/**
 * Every template a document can be sent with: per kind, the standard one (as edited, if it
 * was) first, then the trader's own by name.
 */
export async function listMessageTemplates(db: InvoicerDb): Promise<MessageTemplate[]> {
  const stored = await db.messageTemplates.toArray();
  const byId = new Map(stored.map((template) => [template.id, template]));
  const result: MessageTemplate[] = [];
  for (const kind of MAIL_DOCUMENT_KINDS) {
    const standard = DEFAULT_MESSAGE_TEMPLATES[kind];
    result.push(byId.get(standard.id) ?? standard);
    result.push(
      ...stored
        .filter((template) => template.documentKind === kind && !isStandardTemplateId(template.id))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  }
  return result;
}

/**
 * Validates (shared/mail messageTemplateSchema: known placeholders only) and stores a
 * template. A standard template keeps its kind: it is the one every document of that kind
 * falls back to.
 */
export async function saveMessageTemplate(
  db: InvoicerDb,
  input: unknown,
): Promise<DataResult<MessageTemplate>> {
  const checked = validate(messageTemplateSchema, input);
  if (!checked.ok) return checked;
  const template = checked.value;
  const standardOfKind = DEFAULT_MESSAGE_TEMPLATES[template.documentKind].id;
  if (isStandardTemplateId(template.id) && template.id !== standardOfKind) {
    const message =
      'A standard template stays with its kind of document; add a new template instead.';
    return fail('INVALID', message, [{ path: 'documentKind', message }]);
  }
  await db.messageTemplates.put(template);
  return ok(template);
}

/**
 * Deletes one of the trader's templates, or brings a standard template back to the text it
 * came with. Documents whose settings name a deleted template use the standard one.
 */
export async function deleteMessageTemplate(db: InvoicerDb, id: string): Promise<void> {
  await db.messageTemplates.delete(id);
}

/**
 * The template a document of `kind` is sent with: the chosen one if it is for this kind,
 * else the kind's standard template as the trader edited it.
 */
export function templateForDocument(
  kind: MailDocumentKind,
  templateId: string | null,
  templates: readonly MessageTemplate[],
): MessageTemplate {
  const chosen = messageTemplateFor(kind, templateId, templates);
  const standard = DEFAULT_MESSAGE_TEMPLATES[kind];
  return chosen === standard ? messageTemplateFor(kind, standard.id, templates) : chosen;
}
