import { z } from 'zod';
import { CREDIT_NOTE_STATUSES } from '../documents/creditNoteStates';
import { INVOICE_STATUSES } from '../documents/invoiceStates';
import { QUOTE_STATUSES } from '../documents/quoteStates';
import { validateManualNumber } from '../numbering/manualNumber';
import { currencyField, minorField } from './amountFields';
import { paymentMethodField, paymentTermsSchema } from './domainFields';
import { documentAdjustmentSchema, documentLineSchema } from './documentLine';
import { documentRules } from './documentRules';
import {
  flagField,
  idField,
  isoDateField,
  languageField,
  optionalText,
  requiredText,
  timestampField,
  typeMessages,
} from './fields';
import { postedSnapshotSchema } from './postedSnapshot';

export const MAX_DOCUMENT_LINES = 500;
export const MAX_DOCUMENT_ADJUSTMENTS = 20;

/** A document number: the rules of shared/numbering for typed numbers (length, characters). */
export function documentNumberField() {
  return z
    .string({ error: 'The document number must be text, like INV-2026-0001.' })
    .trim()
    .superRefine((number, ctx) => {
      const checked = validateManualNumber(number, []);
      if (!checked.ok)
        ctx.addIssue({ code: 'custom', message: checked.error.message, input: number });
    });
}

function statusField<const T extends readonly [string, ...string[]]>(statuses: T, kind: string) {
  const message = `This ${kind} has an unknown status; it must be one of ${statuses.join(', ')}.`;
  return z.enum(statuses, typeMessages(message, message));
}

// The fields every kind of document has. A draft has no number and no posted snapshot; both
// arrive together when it is posted (quotes: sent). See documentRules for all such rules.
const common = {
  id: idField('The document has no id; create it again.'),
  number: documentNumberField().nullable(),
  seriesId: idField('Choose the number series.'),
  customerId: idField('Choose a customer.'),
  currency: currencyField('Currency'),
  language: languageField('Document language'),
  issueDate: isoDateField('Issue date'),
  supplyDate: isoDateField('Supply date').nullable(),
  dueDate: isoDateField('Due date').nullable(),
  paymentTerms: paymentTermsSchema,
  paymentMethod: paymentMethodField('Payment method'),
  lines: z
    .array(documentLineSchema, { error: 'The lines must be a list.' })
    .max(
      MAX_DOCUMENT_LINES,
      `A document can have at most ${MAX_DOCUMENT_LINES} lines; split it into two.`,
    ),
  adjustments: z
    .array(documentAdjustmentSchema, { error: 'The discounts and charges must be a list.' })
    .max(
      MAX_DOCUMENT_ADJUSTMENTS,
      `A document can have at most ${MAX_DOCUMENT_ADJUSTMENTS} discounts and charges.`,
    ),
  prepaid: minorField('Prepaid amount', 'nonNegative'),
  allowPartialPayment: flagField('Allow partial payments'),
  // Signed here so its rule (documentPaymentRules) can say how to fix a negative minimum.
  minimumPartialAmount: minorField('Minimum partial amount', 'any'),
  notes: optionalText({ label: 'Notes', max: 5000 }),
  footer: optionalText({ label: 'Footer', max: 2000 }),
  buyerReference: optionalText({ label: 'Buyer reference', max: 200 }),
  createdAt: timestampField('Created at'),
  updatedAt: timestampField('Updated at'),
  posted: postedSnapshotSchema.nullable(),
};

const damaged = typeMessages('Enter the document.', 'The document record is damaged.');

const invoiceSchema = z.object(
  {
    kind: z.literal('invoice'),
    status: statusField(INVOICE_STATUSES, 'invoice'),
    ...common,
    sourceQuoteId: idField('Choose the quote this invoice comes from, or none.').nullable(),
  },
  damaged,
);

const quoteSchema = z.object(
  {
    kind: z.literal('quote'),
    status: statusField(QUOTE_STATUSES, 'quote'),
    ...common,
    validUntil: isoDateField('Valid-until date').nullable(),
    convertedInvoiceId: idField('Choose the invoice this quote became, or none.').nullable(),
  },
  damaged,
);

const creditNoteSchema = z.object(
  {
    kind: z.literal('creditNote'),
    status: statusField(CREDIT_NOTE_STATUSES, 'credit note'),
    ...common,
    creditedInvoiceId: idField('Choose the invoice this credit note corrects.'),
    // Copied from the credited invoice when the credit note is made, for its PDF.
    creditedInvoiceNumber: requiredText({
      label: 'Credited invoice number',
      max: 40,
      missing: 'Enter the number of the invoice this credit note corrects.',
    }),
    creditedInvoiceDate: isoDateField('Date of the credited invoice'),
  },
  damaged,
);

const kindMessage = 'Choose what the document is: an invoice, a quote or a credit note.';

/**
 * A quote, invoice or credit note as stored, told apart by `kind`, with the rules that tie
 * its fields together (documentRules).
 */
export const documentSchema = documentRules(
  z.discriminatedUnion(
    'kind',
    [invoiceSchema, quoteSchema, creditNoteSchema],
    typeMessages(kindMessage, kindMessage),
  ),
);

export type SalesDocument = z.output<typeof documentSchema>;
export type Invoice = Extract<SalesDocument, { kind: 'invoice' }>;
export type Quote = Extract<SalesDocument, { kind: 'quote' }>;
export type CreditNote = Extract<SalesDocument, { kind: 'creditNote' }>;
