/** The kinds of document a message template is written for. */
export const MAIL_DOCUMENT_KINDS = ['invoice', 'quote', 'creditNote'] as const;
export type MailDocumentKind = (typeof MAIL_DOCUMENT_KINDS)[number];

/**
 * The placeholders a subject or body may use. Each stands for text the caller has already
 * formatted for the customer's language: the amount with its currency, dates as the
 * customer reads them.
 */
export const PLACEHOLDERS = [
  'number',
  'issueDate',
  'dueDate',
  'amountDue',
  'customer.name',
  'company.name',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * The values of one message. null: the document has no such value (a credit note has no
 * due date); a template that uses it cannot be rendered for that document.
 */
export type TemplateValues = Record<Placeholder, string | null>;

// Placeholders that belong to the document may also be written with its kind in front, as
// in DESIGN §6: {invoice.number}, {quote.issueDate}, {creditNote.amountDue}.
const DOCUMENT_FIELDS = ['number', 'issueDate', 'dueDate', 'amountDue'] as const;

/**
 * The placeholder a name in braces stands for, or null if it is none: canonical names,
 * and the aliases with the document kind in front. An alias for another kind of document
 * ({quote.number} in an invoice template) is no placeholder of this template.
 */
export function resolvePlaceholder(name: string, kind?: MailDocumentKind): Placeholder | null {
  const trimmed = name.trim();
  if ((PLACEHOLDERS as readonly string[]).includes(trimmed)) return trimmed as Placeholder;
  const dot = trimmed.indexOf('.');
  if (dot < 0) return null;
  const prefix = trimmed.slice(0, dot);
  const field = trimmed.slice(dot + 1);
  const kinds: readonly string[] = kind === undefined ? MAIL_DOCUMENT_KINDS : [kind];
  if (!kinds.includes(prefix)) return null;
  return (DOCUMENT_FIELDS as readonly string[]).includes(field) ? (field as Placeholder) : null;
}

/** What a placeholder stands for, in the words the template editor shows next to it. */
export const PLACEHOLDER_DESCRIPTIONS: Record<Placeholder, string> = {
  number: 'the document number, like INV-2026-0007',
  issueDate: 'the date of issue',
  dueDate: 'the due date (quotes: valid until)',
  amountDue: 'the amount to pay, with its currency',
  'customer.name': "the customer's name",
  'company.name': 'your company name',
};
