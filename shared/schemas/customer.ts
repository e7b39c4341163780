import { z } from 'zod';
import { electronicAddressProblem } from '../einvoice/electronicAddress';
import { EINVOICE_FORMATS } from '../einvoice/eInvoiceFormats';
import {
  INHERIT_ALL_MAILING_SETTINGS,
  inheritableMailingSettingsSchema,
} from '../mail/mailingSettings';
import { CUSTOMER_VAT_TREATMENTS } from '../tax/customerVatTreatment';
import { addressSchema } from './address';
import { currencyField } from './amountFields';
import { addIssueAt, whenValid } from './crossFieldChecks';
import { paymentMethodField, paymentTermsSchema } from './domainFields';
import {
  flagField,
  idField,
  isoDateField,
  languageField,
  optionalEmailField,
  optionalText,
  phoneField,
  requiredText,
  timestampField,
  typeMessages,
} from './fields';
import { compactIdentifier, ibanProblem, vatIdField } from './identifierFields';

/** What a contact person receives: invoices, or payment reminders (dunning letters). */
export const CONTACT_ROLES = ['invoicing', 'dunning'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

const roleMessage = 'Choose what the contact receives: invoices, reminders, or both.';

/** A contact person of a customer. One who receives invoices must have an e-mail address. */
export const contactSchema = z
  .object(
    {
      id: idField('The contact has no id; add the contact again.'),
      name: requiredText({ label: 'Contact name', max: 200, missing: "Enter the contact's name." }),
      email: optionalEmailField("Contact's e-mail address"),
      phone: phoneField("Contact's phone number"),
      roles: z
        .array(z.enum(CONTACT_ROLES, { error: roleMessage }), { error: roleMessage })
        .refine((roles) => new Set(roles).size === roles.length, roleMessage),
    },
    typeMessages('Enter the contact.', 'Enter the contact with a name.'),
  )
  .superRefine(
    (contact, ctx) => {
      if (contact.roles.includes('invoicing') && contact.email === '') {
        const message =
          "Enter the contact's e-mail address; invoices are sent to it. Or untick Receives invoices.";
        addIssueAt(ctx, ['email'], message, contact.email);
      }
    },
    { when: whenValid('roles', 'email') },
  );

/** The SEPA mandate that allows collecting from the customer by direct debit. */
export const directDebitMandateSchema = z.object(
  {
    mandateId: requiredText({
      label: 'Mandate reference',
      max: 35,
      missing: 'Enter the mandate reference the customer signed.',
      // The characters SEPA allows in a mandate reference.
      pattern: {
        regex: /^[A-Za-z0-9/?:().,'+ -]*$/,
        message:
          "The mandate reference may use only letters, digits, spaces and / - ? : ( ) . , ' +.",
      },
    }),
    // That the mandate date is not in the future is the caller's check: it needs "today".
    mandateDate: isoDateField('Mandate date'),
    // The IBAN the mandate allows to debit (EN 16931 BT-91), which German e-invoices name.
    // Mandates stored before the field existed have none.
    iban: z
      .string({ error: 'The IBAN to debit must be text, like DE89 3704 0044 0532 0130 00.' })
      .overwrite(compactIdentifier)
      .superRefine((value, ctx) => {
        const message = value === '' ? null : ibanProblem(value);
        if (message) ctx.addIssue({ code: 'custom', message, input: value });
      })
      .optional(),
  },
  typeMessages('Enter the mandate reference and date.', 'Enter the mandate reference and date.'),
);

const formatMessage =
  'Choose the e-invoice format: Peppol BIS, XRechnung or CII, or none to choose at each export.';

/**
 * How the customer receives e-invoices (EN 16931): the format they prefer, the reference
 * they want on every invoice (BT-10, e.g. a German authority's Leitweg-ID) and their
 * electronic address (BT-49: a Peppol ID, as scheme and identifier). All may be empty.
 */
export const customerEInvoiceSchema = z
  .object(
    {
      format: z.enum(EINVOICE_FORMATS, typeMessages(formatMessage, formatMessage)).nullable(),
      buyerReference: optionalText({ label: 'Buyer reference', max: 200 }),
      endpointScheme: z
        .string({ error: 'The electronic address scheme must be a code like 0204 or 0088.' })
        .trim()
        .toUpperCase()
        .default(''),
      endpointId: optionalText({ label: 'Electronic address', max: 200 }),
    },
    typeMessages('Enter the e-invoice settings.', 'The e-invoice settings are damaged.'),
  )
  .superRefine(
    (settings, ctx) => {
      const { endpointScheme: scheme, endpointId: id } = settings;
      if (scheme === '' && id === '') return;
      if (scheme === '') {
        const message = 'Choose the scheme of the electronic address, such as 0204 (Leitweg-ID).';
        addIssueAt(ctx, ['endpointScheme'], message, scheme);
        return;
      }
      if (id === '') {
        const message = 'Enter the electronic address, or clear its scheme.';
        addIssueAt(ctx, ['endpointId'], message, id);
        return;
      }
      const problem = electronicAddressProblem({ scheme, id });
      if (problem) addIssueAt(ctx, ['endpointId'], problem, id);
    },
    { when: whenValid('endpointScheme', 'endpointId') },
  );

const vatTreatmentMessage =
  'Choose how VAT applies to this customer: domestic, reverse charge, intra-community supply, export or outside the scope of VAT.';

const shared = {
  paymentTerms: paymentTermsSchema.nullable(),
  currency: currencyField().nullable(),
  language: languageField().nullable(),
  defaultPaymentMethod: paymentMethodField('Default payment method').nullable(),
  // Records stored before the field existed have none: they inherit, like null.
  vatTreatment: z
    .enum(CUSTOMER_VAT_TREATMENTS, typeMessages(vatTreatmentMessage, vatTreatmentMessage))
    .nullable()
    .default(null),
  // How documents reach the customer (shared/mail mailingSettings), each field null to
  // inherit. Records stored before the field existed have none: they inherit everything.
  mailing: z
    .object(
      inheritableMailingSettingsSchema.shape,
      typeMessages('Enter the mailing settings.', 'The mailing settings are damaged.'),
    )
    .default(() => ({ ...INHERIT_ALL_MAILING_SETTINGS })),
};

/**
 * A customer. null in currency, terms, language, payment method or VAT treatment: take the
 * class's value.
 */
export const customerSchema = z
  .object(
    {
      id: idField('The customer has no id; create the customer again.'),
      name: requiredText({ label: 'Name', max: 200, missing: "Enter the customer's name." }),
      classId: idField('Choose a customer class, or none.').nullable(),
      billingAddress: addressSchema,
      deliveryAddress: addressSchema.nullable(),
      contacts: z
        .array(contactSchema, { error: 'Contacts must be a list.' })
        .max(50, 'A customer can have at most 50 contacts.'),
      email: optionalEmailField("Customer's e-mail address"),
      phone: phoneField("Customer's phone number"),
      vatId: vatIdField('VAT ID'),
      taxId: optionalText({ label: 'Tax number', max: 40 }),
      ...shared,
      directDebit: directDebitMandateSchema.nullable(),
      // Records stored before e-invoices existed have none: nothing preferred, no address.
      eInvoice: customerEInvoiceSchema.optional(),
      notes: optionalText({ label: 'Notes', max: 5000 }),
      archived: flagField('Archived'),
      createdAt: timestampField('Created at'),
      updatedAt: timestampField('Updated at'),
    },
    typeMessages('Enter the customer.', 'The customer record is damaged.'),
  )
  .superRefine(
    (customer, ctx) => {
      if (customer.defaultPaymentMethod === 'directDebit' && customer.directDebit === null) {
        const message =
          'Enter the direct-debit mandate reference and date, or choose another payment method.';
        addIssueAt(ctx, ['directDebit'], message, null);
      }
    },
    { when: whenValid('defaultPaymentMethod', 'directDebit') },
  );

export type Contact = z.output<typeof contactSchema>;
export type DirectDebitMandate = z.output<typeof directDebitMandateSchema>;
export type Customer = z.output<typeof customerSchema>;
export type CustomerEInvoice = z.output<typeof customerEInvoiceSchema>;

/** A customer class: defaults its customers inherit unless they set their own. */
export const customerClassSchema = z.object(
  {
    id: idField('The customer class has no id; create it again.'),
    name: requiredText({ label: 'Class name', max: 100, missing: 'Enter a name for the class.' }),
    ...shared,
  },
  typeMessages('Enter the customer class.', 'The customer class record is damaged.'),
);

export type CustomerClass = z.output<typeof customerClassSchema>;
