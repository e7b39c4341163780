import { z } from 'zod';
import { addressSchema } from './address';
import { isoDateField, optionalText, requiredText, timestampField, typeMessages } from './fields';
import { bicField, ibanField } from './identifierFields';
import { documentTotalsSchema } from './totals';

// What posting freezes into a document: seller, buyer, totals, notes and payment details as
// they were that day. Later edits of the customer or the company profile never reach it.
// The identifiers are kept as plain text here, not re-checked against today's format rules:
// a posted record must stay valid for the years the law asks it to be kept.

/** Seller or buyer as printed on a posted document. */
export const partySnapshotSchema = z.object(
  {
    name: requiredText({ label: 'Name', max: 200, missing: 'The name of the party is missing.' }),
    address: addressSchema,
    vatId: optionalText({ label: 'VAT ID', max: 40 }),
    taxId: optionalText({ label: 'Tax number', max: 40 }),
    registrationNumber: optionalText({ label: 'Registration number', max: 100 }),
    email: optionalText({ label: 'E-mail address', max: 254 }),
    phone: optionalText({ label: 'Phone number', max: 40 }),
  },
  typeMessages('The party of the document is missing.', 'The party of the document is damaged.'),
);

/** The account the customer is asked to pay into. */
export const bankDetailsSnapshotSchema = z.object(
  {
    iban: ibanField('IBAN'),
    bic: bicField('BIC'),
    bankName: optionalText({ label: 'Bank name', max: 200 }),
  },
  typeMessages('The bank details are missing.', 'The bank details are damaged.'),
);

/** The direct-debit note of a document paid by SEPA direct debit. */
export const directDebitSnapshotSchema = z.object(
  {
    mandateId: requiredText({ label: 'Mandate reference', max: 35 }),
    mandateDate: isoDateField('Mandate date'),
    creditorId: optionalText({ label: 'SEPA creditor ID', max: 35 }),
  },
  typeMessages('The direct-debit details are missing.', 'The direct-debit details are damaged.'),
);

/** Everything posting froze into a document. */
export const postedSnapshotSchema = z.object(
  {
    postedAt: timestampField('Posted at'),
    seller: partySnapshotSchema,
    buyer: partySnapshotSchema,
    totals: documentTotalsSchema,
    vatNotes: z
      .array(requiredText({ label: 'VAT note', max: 1000, missing: 'A VAT note is empty.' }), {
        error: 'The VAT notes must be a list.',
      })
      .max(20, 'A document can carry at most 20 VAT notes.'),
    bankAccount: bankDetailsSnapshotSchema.nullable(),
    directDebit: directDebitSnapshotSchema.nullable(),
  },
  typeMessages(
    'The figures frozen at posting are missing.',
    'The figures frozen at posting are damaged.',
  ),
);

export type PartySnapshot = z.output<typeof partySnapshotSchema>;
export type BankDetailsSnapshot = z.output<typeof bankDetailsSnapshotSchema>;
export type DirectDebitSnapshot = z.output<typeof directDebitSnapshotSchema>;
export type PostedSnapshot = z.output<typeof postedSnapshotSchema>;
